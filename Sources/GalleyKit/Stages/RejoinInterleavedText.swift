/// Rejoins text cut in two by an unrelated block: a paragraph stopped mid-sentence whose
/// continuation, starting in lower case with a dictionary word, follows a few blocks later on the
/// same page (unless a nearer cut paragraph takes it), precedes it on the same page (pdftotext's
/// own reading order puts column tails out of place), or opens the next page; and a title cut after a function word ("Learning from" …
/// "Adult Reviews"). Moves the continuation's lines into the fragment's block (for a title, only
/// the lines that finish it; the rest follows as its own block); records `.join`.
///
/// Conservative by design: the fragment must end in a letter, a comma, a plural possessive
/// ("the parents'") or a word broken by a hyphen ("self-", "com-"), never in a sentence stop,
/// colon or dash (those introduce lists and links); a block right after lone bullet glyphs is
/// list items, not a continuation; a title fragment only takes a title line, never prose.
package struct RejoinInterleavedText: Stage {
    /// A continuation is looked for among this many following blocks.
    static let searchWindow = 3
    /// A prose fragment holds at least this many words: a short line is a label, not a cut paragraph.
    static let minimumFragmentWords = 6
    /// A continuation holds at least this many words.
    static let minimumContinuationWords = 2
    /// A title fragment has at most this many lines.
    static let maximumTitleFragmentLines = 2
    /// Two blocks set in sizes further apart than this share are not one paragraph (PDF only).
    static let fontSizeTolerance = 0.15
    /// In a PDF a wrapped title's next line sits right under it: at most one line height below, same
    /// column, same page.
    static let maximumTitleGapInLineHeights = 1.0
    /// The audit shows this many words either side of the join.
    static let snippetWords = 4

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        let live = document.pages.indices.filter { document.pages[$0].duplicateOf == nil }
        for (position, pageIndex) in live.enumerated() {
            let nextPage = position + 1 < live.count ? live[position + 1] : nil
            var blocks = PageBlocks(taking: &document.pages[pageIndex].blocks)
            var shapes = ShapeCache(count: blocks.count)
            var blockIndex = 0
            // The fragment's box is the union of its lines' boxes, folded in reading order, once a
            // join has set it: the next join folds in only the lines it adds.
            var boxIsFolded = false
            while blockIndex < blocks.count {
                blocks.split(at: blockIndex + 1)
                guard let shape = shapes.shape(of: blocks, at: blockIndex) else {
                    blockIndex += 1
                    boxIsFolded = false
                    continue
                }
                let chosen = Self.continuation(
                    of: blockIndex, shape: shape, in: blocks, nextPage: nextPage.map { document.pages[$0].blocks },
                    shapes: &shapes, context: context)
                // A joined block may end mid-sentence again; look once more from the same block.
                guard let candidate = chosen else {
                    blockIndex += 1
                    boxIsFolded = false
                    continue
                }
                let block = candidate.onNextPage ? document.pages[nextPage!].blocks[candidate.block] : blocks[candidate.block]
                do {
                    let fragment = blocks[blockIndex]
                    let tail = Self.lastWords(of: fragment, Self.snippetWords).joined(separator: " ")
                    let head = Self.firstWords(of: block, Self.snippetWords).joined(separator: " ")
                    document.audit.repair(
                        .join, before: "\(tail) ‖ \(head)", after: "\(tail) \(head)", page: fragment.page,
                        lines: fragment.lines.suffix(1) + block.lines.prefix(1))
                }
                // A title takes only the lines that finish it; the rest of that block (the
                // prose under the title) follows it as a block of its own.
                let taken = shape == .title ? Self.titleLinesTaken(block) : block.lines.count
                blocks.modify(at: blockIndex) { fragment in
                    fragment.lines += block.lines[..<taken]
                    if boxIsFolded {
                        fragment.box = block.lines[..<taken].compactMap(\.box).reduce(fragment.box) { $0?.union($1) ?? $1 }
                    } else {
                        fragment.box = Rect.union(fragment.lines.compactMap(\.box))
                    }
                }
                boxIsFolded = true
                if candidate.onNextPage {
                    document.pages[nextPage!].blocks.remove(at: candidate.block)
                } else {
                    blocks.remove(at: candidate.block)
                    shapes.remove(at: candidate.block)
                    // A continuation taken from before the fragment moves the fragment up by one.
                    if candidate.block < blockIndex { blockIndex -= 1 }
                }
                shapes.forget(at: blockIndex)
                if taken < block.lines.count {
                    let rest = Block(lines: Array(block.lines[taken...]), kind: block.kind, page: block.page)
                    blocks.insert(rest, at: blockIndex + 1)
                    shapes.insert(at: blockIndex + 1)
                }
            }
            document.pages[pageIndex].blocks = blocks.blocks
        }
    }

    /// The block that continues block `blockIndex` of a page's `blocks`, a fragment of the given
    /// shape: the first of the candidates that does, the next blocks on this page that no nearer
    /// fragment takes, the blocks before it on this page (a dump's reading order can put a column's
    /// continuation first), then the first blocks of the next live page.
    static func continuation<Blocks: RandomAccessCollection>(
        of blockIndex: Int, shape: FragmentShape, in blocks: Blocks, nextPage: [Block]?, shapes: inout ShapeCache,
        context: StageContext
    ) -> (onNextPage: Bool, block: Int)? where Blocks.Element == Block, Blocks.Index == Int {
        let fragment = blocks[blockIndex]
        func accepts<Page: RandomAccessCollection>(_ blocks: Page, _ index: Int) -> Bool
        where Page.Element == Block, Page.Index == Int {
            let before: Block? = index > 0 ? blocks[index - 1] : nil
            if let before, BuildLists.isGlyphOnly(before.lines.last?.text.trimmingWhitespace() ?? "") { return false }
            return Self.continues(fragment, shape: shape, with: blocks[index], context: context)
        }
        let forwardEnd = min(blocks.count, blockIndex + 1 + Self.searchWindow)
        for next in (blockIndex + 1)..<forwardEnd
        where !Self.isTakenByNearerFragment(blocks, fragment: blockIndex, candidate: next, shapes: &shapes, context: context)
            && accepts(blocks, next)
        {
            return (false, next)
        }
        // Backward, nearest first, as far as the page's start: pdftotext's reading order can set
        // a column's continuation anywhere above the column's foot. Each block's opening is
        // judged once, so the blocks that could never continue a fragment are passed over
        // at the cost of a look-up, not of the word tests.
        if shape == .prose {
            let brokenWord = fragment.lines.last.map { Self.endsWithBreakHyphen($0.text.trimmingWhitespace()) } ?? false
            for previous in stride(from: blockIndex - 1, through: 0, by: -1) {
                switch shapes.opening(of: blocks, at: previous, context: context) {
                case .never: continue
                case .stem where !brokenWord: continue
                default: break
                }
                if accepts(blocks, previous) { return (false, previous) }
            }
        }
        if blockIndex + 1 + Self.searchWindow > blocks.count, let nextPage {
            let room = Self.searchWindow - (forwardEnd - blockIndex - 1)
            for next in 0..<min(nextPage.count, room) where accepts(nextPage, next) {
                return (true, next)
            }
        }
        return nil
    }

    /// Whether a prose fragment between `fragment` and `candidate` would take the candidate
    /// itself: a continuation belongs to the nearest cut paragraph before it.
    static func isTakenByNearerFragment<Blocks: RandomAccessCollection>(
        _ blocks: Blocks, fragment: Int, candidate: Int, shapes: inout ShapeCache, context: StageContext
    ) -> Bool where Blocks.Element == Block, Blocks.Index == Int {
        for between in (fragment + 1)..<candidate {
            if let shape = shapes.shape(of: blocks, at: between), shape == .prose,
                continues(blocks[between], shape: shape, with: blocks[candidate], context: context)
            {
                return true
            }
        }
        return false
    }

    enum FragmentShape { case prose, title }

    /// `fragmentShape` and `opening` of each block of the page being read, worked out once: the
    /// nearer-fragment test asks again for the blocks between a fragment and each candidate, and
    /// every prose fragment looks back over the blocks before it. A join changes only the fragment
    /// (forgotten), the block it took (removed) and the rest of a title's block (inserted): the
    /// other blocks keep their answers, which depend on the block alone.
    struct ShapeCache {
        private var shapes: [FragmentShape??]
        private var openings: [Opening?]

        init(count: Int) {
            shapes = Array(repeating: nil, count: count)
            openings = Array(repeating: nil, count: count)
        }

        mutating func shape<Blocks: RandomAccessCollection>(of blocks: Blocks, at index: Int) -> FragmentShape?
        where Blocks.Element == Block, Blocks.Index == Int {
            if let known = shapes[index] { return known }
            let shape = fragmentShape(blocks[index])
            shapes[index] = .some(shape)
            return shape
        }

        mutating func opening<Blocks: RandomAccessCollection>(of blocks: Blocks, at index: Int, context: StageContext) -> Opening
        where Blocks.Element == Block, Blocks.Index == Int {
            if let known = openings[index] { return known }
            let opening = RejoinInterleavedText.opening(blocks[index], context: context)
            openings[index] = opening
            return opening
        }

        mutating func remove(at index: Int) {
            shapes.remove(at: index)
            openings.remove(at: index)
        }

        mutating func forget(at index: Int) {
            shapes[index] = nil
            openings[index] = nil
        }

        mutating func insert(at index: Int) {
            shapes.insert(nil, at: index)
            openings.insert(nil, at: index)
        }
    }

    /// What a block's opening says of it as the continuation of a prose fragment, whatever the
    /// fragment: never one, one (a dictionary word opens it), or one only of a fragment ending in
    /// a broken word that its first letters finish.
    enum Opening { case never, word, stem }

    /// The part of `continues(_:shape: .prose, with: block, …)` that depends on the block alone:
    /// `.never` when it is false whatever the fragment, `.stem` when only `finishesBrokenWord`
    /// could make it true.
    static func opening(_ block: Block, context: StageContext) -> Opening {
        guard block.kind == .paragraph, let first = block.lines.first?.text.trimmingWhitespace() else { return .never }
        if let byte = WordScan.firstASCIICharacter(first), !byte.isASCIILetterLowercase { return .never }
        guard let initial = first.first, initial.isLowercase else { return .never }
        guard hasAtLeastWords(block, minimumContinuationWords) || Self.isClosingWord(block.text),
            let word = TextShape.words(first).first
        else { return .never }
        let letters = String(word.prefix(while: { $0.isLetter || $0 == "’" || $0 == "'" }))
        guard letters.count == word.count || (letters.count >= 1 && ",.;:".contains(word.last!)), !letters.isEmpty
        else { return .never }
        return context.lexicon.isWord(letters) ? .word : .stem
    }

    /// Whether the block stops mid-sentence, and as what.
    static func fragmentShape(_ block: Block) -> FragmentShape? {
        guard block.kind == .paragraph, let lastLine = block.lines.last?.text.trimmingWhitespace() else { return nil }
        // Most blocks end in a full stop or other punctuation, which the last byte shows.
        if let byte = WordScan.lastASCIICharacter(lastLine),
            !(byte.isASCIILetter || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-"))
        {
            return nil
        }
        guard let last = lastLine.last,
            last.isLetter || last == "," || Self.endsWithPluralPossessive(lastLine) || Self.endsWithBreakHyphen(lastLine)
        else { return nil }
        // The cheapest tests first: a title line opens with a capital, and the function word rules out most headings.
        if block.lines.count <= maximumTitleFragmentLines {
            let texts = block.lines.map { $0.text.trimmingWhitespace() }
            if texts.allSatisfy(mayBeTitleLine), TextShape.endsWithFunctionWord(lastLine), texts.allSatisfy(isTitleLine) {
                return .title
            }
        }
        // Prose: enough words and a line that reads as running text, so a stack of labels never
        // qualifies. Lines are read from the first only until one is prose: a fragment that has
        // taken its continuations is asked again, and its first prose line has not moved.
        guard hasAtLeastWords(block, minimumFragmentWords),
            block.lines.contains(where: { TextShape.isProse($0.text.trimmingWhitespace()) })
        else {
            return nil
        }
        if SegmentSections.isContactLine(lastLine) { return nil }
        return .prose
    }

    /// How many leading lines of `block` finish a cut title: the first, and each next title line
    /// while the one before still ends in a function word or a dash.
    static func titleLinesTaken(_ block: Block) -> Int {
        let texts = block.lines.map { $0.text.trimmingWhitespace() }
        var taken = 1
        while taken < texts.count, taken < maximumTitleFragmentLines,
            TextShape.endsWithFunctionWord(texts[taken - 1]) || TextShape.endsWithDash(texts[taken - 1]),
            isTitleLine(texts[taken])
        {
            taken += 1
        }
        return taken
    }

    /// `TextShape.wordCount(block.text) >= minimum`, without joining the lines when they are
    /// plain ASCII: then each line's words are words of the text (a joining space is a character of
    /// its own), so they are counted line by line until there are enough.
    static func hasAtLeastWords(_ block: Block, _ minimum: Int) -> Bool {
        var words = 0
        for line in block.lines {
            let counted: Int? = line.text.utf8.withContiguousStorageIfAvailable { bytes in
                guard WordScan.isPlainASCII(bytes) else { return nil }
                // The trimmed line: without spaces, tabs and line breaks at either end.
                var start = 0, end = bytes.count
                while start < end, bytes[start].isASCIIWhitespace { start += 1 }
                while end > start, bytes[end - 1].isASCIIWhitespace { end -= 1 }
                // Words are runs of anything but spaces and tabs.
                var runs = 0, inWord = false
                for byte in bytes[start..<end] {
                    let separates = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
                    if !separates, !inWord { runs += 1 }
                    inWord = !separates
                }
                return runs
            } ?? nil
            guard let counted else { return TextShape.wordCount(block.text) >= minimum }
            words += counted
            if words >= minimum { return true }
        }
        return words >= minimum
    }

    /// `TextShape.words(block.text).suffix(count)`, from the last line alone when it is plain
    /// ASCII with more than `count` words: then each space and tab in it is a character of its own,
    /// and only its first word could run into the line before it in the joined text.
    static func lastWords(of block: Block, _ count: Int) -> [Substring] {
        if let line = block.lines.last?.text.trimmingWhitespace(), WordScan.isPlainASCII(line.utf8) {
            let words = TextShape.words(line)
            if words.count > count { return Array(words.suffix(count)) }
        }
        return Array(TextShape.words(block.text).suffix(count))
    }

    /// `TextShape.words(block.text).prefix(count)`, from the first line alone when it is plain
    /// ASCII with more than `count` words: only its last word could run into the line after it.
    static func firstWords(of block: Block, _ count: Int) -> [Substring] {
        if let line = block.lines.first?.text.trimmingWhitespace(), WordScan.isPlainASCII(line.utf8) {
            let words = TextShape.words(line)
            if words.count > count { return Array(words.prefix(count)) }
        }
        return Array(TextShape.words(block.text).prefix(count))
    }

    /// "the parents'": an apostrophe after a plural s leaves the sentence open.
    static func endsWithPluralPossessive(_ text: String) -> Bool {
        let tail = Array(text.suffix(2))
        return tail.count == 2 && (tail[0] == "s" || tail[0] == "S") && (tail[1] == "'" || tail[1] == "’")
    }

    /// "about self-", "the com-": a word broken at the column's foot, hyphen still printed
    /// (a dash after a space is punctuation, not a broken word).
    static func endsWithBreakHyphen(_ text: String) -> Bool {
        let tail = Array(text.suffix(2))
        return tail.count == 2 && tail[1] == "-" && tail[0].isLetter
    }

    /// A lone word that ends the sentence ("association."): the last word of a cut paragraph.
    static func isClosingWord(_ text: String) -> Bool {
        let text = text.trimmingWhitespace()
        guard let last = text.last, ".!?".contains(last) else { return false }
        return TextShape.wordCount(text) == 1
    }

    /// "com-" + "munity": the fragment's broken word and the continuation's first letters make a word.
    static func finishesBrokenWord(_ fragment: Block, with letters: String, context: StageContext) -> Bool {
        guard let last = fragment.lines.last?.text.trimmingWhitespace(), endsWithBreakHyphen(last),
            let broken = TextShape.words(last).last
        else { return false }
        let stem = broken.dropLast().reversed().prefix(while: \.isLetter).reversed()
        return context.lexicon.isWord(String(stem) + letters)
    }

    /// False when the first byte of a trimmed line shows `isTitleLine` is false: a lone ASCII character that is no capital.
    static func mayBeTitleLine(_ text: String) -> Bool {
        guard let first = WordScan.firstASCIICharacter(text) else { return true }
        return first.isASCIICapital
    }

    static func isTitleLine(_ text: String) -> Bool {
        let text = text.trimmingWhitespace()
        guard let first = text.first, first.isLetter, first.isUppercase else { return false }
        return TextShape.isTitleContinuation(text) && TextShape.isTitleCase(text)
    }

    /// Whether `block` could be the next line of the title `fragment` on the page: always for raw
    /// dumps (no boxes); in a PDF, only right under it in the same column, not across other text.
    static func isRightUnder(_ block: Block, _ fragment: Block) -> Bool {
        guard block.page == fragment.page, let below = block.box, let above = fragment.box,
            let height = fragment.lines.last?.box?.height
        else {
            // Without boxes (a dump) the next page's opening may finish the title; in a PDF a title
            // never runs over a page break (a heading ending "Go On" at a page's foot is whole).
            return fragment.box == nil || block.box == nil
        }
        let gap = below.minY - above.maxY
        return gap >= -height && gap <= maximumTitleGapInLineHeights * height && below.minX < above.maxX
            && below.maxX > above.minX
    }

    static func continues(_ fragment: Block, shape: FragmentShape, with block: Block, context: StageContext) -> Bool {
        guard block.kind == .paragraph, let first = block.lines.first?.text.trimmingWhitespace() else { return false }
        switch shape {
        case .title:
            // A wrapped title goes on in its own size: a line set a step smaller or larger under it
            // (bold event lines under "What's On") is what the title stands over.
            if let a = fragment.lines.last?.font, let b = block.lines.first?.font,
                abs(a.size - b.size) > 0.5 || TypographicEvidence.stepsDown(from: a, to: b)
            {
                return false
            }
            return isRightUnder(block, fragment) && isTitleLine(first)
        case .prose:
            // Most blocks open with a capital or a figure, which the first byte shows.
            if let byte = WordScan.firstASCIICharacter(first), !byte.isASCIILetterLowercase {
                return false
            }
            guard let initial = first.first, initial.isLowercase else { return false }
            guard hasAtLeastWords(block, minimumContinuationWords) || Self.isClosingWord(block.text),
                let word = TextShape.words(first).first
            else { return false }
            let letters = String(word.prefix(while: { $0.isLetter || $0 == "’" || $0 == "'" }))
            guard letters.count == word.count || (letters.count >= 1 && ",.;:".contains(word.last!)),
                !letters.isEmpty, context.lexicon.isWord(letters) || Self.finishesBrokenWord(fragment, with: letters, context: context)
            else { return false }
            if let a = fragment.lines.last?.font?.size, let b = block.lines.first?.font?.size,
                abs(a - b) > fontSizeTolerance * max(a, b)
            {
                return false
            }
            return true
        }
    }
}
