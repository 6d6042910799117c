/// Margin headings (side-headings set beside the text, as `\marginpar` does) that pdftotext
/// printed away from the paragraph they stand beside: a title line set inside a sentence
/// ("…online at www.example.org.uk," / "A Better Way to Pay" / "where you can…"), or title blocks
/// left after the page's prose with no prose of their own ("The Book Swap Moves" after the
/// text that opens "The book swap will move…"). Each becomes a heading before the paragraph
/// it belongs to: the one it interrupts, or the one whose first sentence carries its words.
enum DisplacedSideHeadings {
    /// A title line inside a sentence is at most this share of the block's widest line: a
    /// prose line inside a sentence runs to the measure.
    static let interposedWidthShare = 0.6
    /// A title line inside a sentence has at least this many words: a lone word is a fragment.
    static let interposedMinimumWords = 2
    /// The words of a paragraph's opening compared with a title: its first sentence, at most this many words.
    static let openingWords = 30
    /// Words match on their first letters (a title's "Meetings", the text's "meet").
    static let stemLength = 4
    /// A title names its paragraph when at least this many of its words open it…
    static let minimumSharedStems = 2
    /// …and at least this share of the title's words.
    static let minimumSharedShare = 0.5

    /// `blocks` of one raw-dump page with displaced margin headings put before their paragraphs.
    /// `nextPage` is the first block of the following page, if any.
    /// On the document's first page (`isFirstPage`) the blocks above the first prose are its
    /// masthead, no paragraph a heading could stand before.
    static func place(
        _ blocks: [Block], nextPage: Block?, isFirstPage: Bool, repeated: Set<String>,
        titles: TitleLineMemo = TitleLineMemo()
    ) -> [Block] {
        var blocks = blocks
        liftInterposedTitles(&blocks, titles: titles)
        placeLeftoverTitles(&blocks, nextPage: nextPage, isFirstPage: isFirstPage, repeated: repeated, titles: titles)
        return blocks
    }

    // MARK: - A title line inside a sentence

    /// Lifts each title line that stands between a line that does not end its sentence and one
    /// that carries it on in lower case, and sets it as a heading before the paragraph it
    /// interrupts (after the last line above it that ends a sentence).
    static func liftInterposedTitles(_ blocks: inout [Block], titles: TitleLineMemo) {
        var index = 0
        while index < blocks.count {
            defer { index += 1 }
            let block = blocks[index]
            guard block.kind == .paragraph, block.lines.count >= 3 else { continue }
            let texts = block.lines.map { $0.text.trimmingWhitespace() }
            guard let title = interposedTitle(texts, titles: titles) else { continue }
            var opening = title - 1
            while opening > 0, !TextShape.endsSentence(texts[opening - 1]) { opening -= 1 }
            var replacement: [Block] = []
            if opening > 0 {
                replacement.append(Block(lines: Array(block.lines[..<opening]), kind: .paragraph, page: block.page))
            }
            replacement.append(Block(lines: [block.lines[title]], kind: .heading, headingLevel: 2, page: block.page))
            replacement.append(
                Block(
                    lines: Array(block.lines[opening..<title] + block.lines[(title + 1)...]), kind: .paragraph,
                    page: block.page))
            blocks.replaceSubrange(index...index, with: replacement)
            index += replacement.count - 1
        }
    }

    /// The first line of `texts` that is a short title set inside a sentence, if any.
    static func interposedTitle(_ texts: [String], titles: TitleLineMemo) -> Int? {
        // The block's width (its lines' characters counted) only once a line could be such a title.
        var knownWidth: Int?
        for index in 1..<(texts.count - 1) {
            let text = texts[index], above = texts[index - 1], below = texts[index + 1]
            guard titles.isTitleCandidate(text), titles.isTitleCase(text),
                TextShape.wordCount(text) >= interposedMinimumWords
            else { continue }
            let width = knownWidth ?? texts.map(\.characterCount).max() ?? 0
            knownWidth = width
            guard Double(text.count) <= interposedWidthShare * Double(width),
                !TextShape.endsWithFunctionWord(text), !TextShape.endsSentence(above), !above.hasSuffix(":"),
                TextShape.wordCount(above) > TextShape.maximumWordsPerLine || TextShape.isProse(above),
                TextShape.startsLowercase(below), TextShape.wordCount(below) >= interposedMinimumWords
            else { continue }
            return index
        }
        return nil
    }

    // MARK: - A panel glued under a cut sentence

    /// A boxed panel printed in the middle of a sentence ("…who can explain" / [Ride Leaders
    /// Wanted / We need six more…] / "the hand signals…") that pdftotext glued under the
    /// sentence's first part: the part is rejoined with its rest (the next block, opening in lower
    /// case), and the panel, its title a heading, goes after the article (before the page's next
    /// heading, or at its end). Runs after the page's headings are marked; each move is recorded.
    static func liftGluedPanels(_ blocks: [Block], audit: inout Audit) -> [Block] {
        var blocks = blocks
        var index = 0
        while index + 1 < blocks.count {
            defer { index += 1 }
            let block = blocks[index], next = blocks[index + 1]
            guard block.kind == .paragraph, next.kind == .paragraph, block.lines.count >= 3,
                let first = next.lines.first, TextShape.startsLowercase(first.text),
                let title = gluedPanelTitle(block.lines.map { $0.text.trimmingWhitespace() })
            else { continue }
            let heading = Block(lines: [block.lines[title]], kind: .heading, headingLevel: 2, page: block.page)
            let panel = Block(lines: Array(block.lines[(title + 1)...]), kind: .paragraph, page: block.page)
            var joined = block
            joined.lines = Array(block.lines[..<title]) + next.lines
            audit.repair(
                .moved, before: "\(heading.text) \(panel.text)",
                after: "\(heading.text) (after the article it interrupts)", page: block.page, lines: heading.lines)
            blocks[index] = joined
            blocks.remove(at: index + 1)
            let end = blocks[(index + 1)...].firstIndex { $0.kind == .heading } ?? blocks.count
            blocks.insert(contentsOf: [heading, panel], at: end)
        }
        return blocks
    }

    /// The line of `texts` that titles a panel glued under an unfinished sentence: a short
    /// title (not a numbered box's) after article prose that leaves its sentence open, over prose
    /// that ends a sentence.
    static func gluedPanelTitle(_ texts: [String]) -> Int? {
        for index in 1..<(texts.count - 1) {
            let text = texts[index], above = texts[index - 1]
            let panel = texts[(index + 1)...]
            // A numbered title is a box of a set, and the sentence cut is the article's own prose.
            guard text.first?.isLetter == true, TextShape.isTitleCandidate(text), TextShape.isTitleCase(text),
                TextShape.wordCount(text) >= interposedMinimumWords, !TextShape.endsWithFunctionWord(text),
                !TextShape.endsSentence(above), !above.hasSuffix(":"), !TextShape.endsWithDash(above),
                TextShape.wordCount(above) >= interposedMinimumWords, texts[..<index].contains(where: TextShape.isProse),
                let opening = panel.first, opening.first?.isUppercase == true,
                let last = panel.last, TextShape.endsSentence(last), panel.contains(where: TextShape.isProse)
            else { continue }
            return index
        }
        return nil
    }

    // MARK: - Titles left after the prose

    /// A paragraph that opens a page's text: a block's first line or a line after one that ends a sentence.
    struct Opening {
        var block: Int
        var line: Int
    }

    /// Sets the title blocks that have no prose of their own (the page's text goes on with
    /// notes, other such titles or nothing) before the paragraph each names: its words open
    /// that paragraph's first sentence. A run of such titles at the page's foot places the ones
    /// that name no paragraph by their order, when at least one names one.
    static func placeLeftoverTitles(
        _ blocks: inout [Block], nextPage: Block?, isFirstPage: Bool, repeated: Set<String>, titles memo: TitleLineMemo
    ) {
        let titles = blocks.indices.filter { isLeftoverTitle(blocks[$0], repeated: repeated, titles: memo) }
        guard !titles.isEmpty else { return }
        // Only titles with nothing but notes or titles after them, up to the page's end.
        let titleSet = Set(titles)
        let leftover = titles.filter { title in
            ((title + 1)..<blocks.count).allSatisfy { blocks[$0].kind == .note || titleSet.contains($0) }
        }
        guard !leftover.isEmpty, let firstTitle = leftover.first else { return }
        // A single title at the page's foot over prose on the next page is that prose's heading.
        if leftover.count == 1, leftover[0] == blocks.count - 1, let nextPage, nextPage.kind == .paragraph,
            let first = nextPage.lines.first?.text, !TextShape.startsLowercase(first)
        {
            return
        }
        let body =
            isFirstPage ? blocks.firstIndex { $0.lines.contains { TextShape.isProse($0.text) } } ?? firstTitle : 0
        guard body < firstTitle else { return }
        let openings = self.openings(blocks[body..<firstTitle])
        guard !openings.isEmpty else { return }
        var anchors: [Int?] = leftover.map { title in
            openings.indices.first { names(blocks[title], openings[$0], in: blocks) }
        }
        // Anchors keep the titles' order; one that breaks it is dropped.
        var last = -1
        for position in anchors.indices {
            guard let anchor = anchors[position] else { continue }
            if anchor <= last { anchors[position] = nil } else { last = anchor }
        }
        guard anchors.contains(where: { $0 != nil }) else { return }
        if leftover.count == 1, anchors[0] == nil { return }
        // The others: the first opening after the previous title's, before the next title's.
        var previous = -1
        for position in anchors.indices {
            if let anchor = anchors[position] {
                previous = anchor
                continue
            }
            let next = anchors[(position + 1)...].compactMap { $0 }.first ?? openings.count
            guard previous + 1 < next else { return }
            previous += 1
            anchors[position] = previous
        }
        // Insert from the last opening back, so that earlier positions still hold.
        var headings = leftover.map { title -> Block in
            var heading = blocks[title]
            heading.kind = .heading
            heading.headingLevel = 2
            return heading
        }
        for title in leftover.reversed() { blocks.remove(at: title) }
        for position in anchors.indices.reversed() {
            let opening = openings[anchors[position]!]
            var heading = headings.removeLast()
            heading.page = blocks[opening.block].page
            if opening.line == 0 {
                blocks.insert(heading, at: opening.block)
            } else {
                let block = blocks[opening.block]
                var head = block, tail = block
                head.lines = Array(block.lines[..<opening.line])
                tail.lines = Array(block.lines[opening.line...])
                blocks.replaceSubrange(opening.block...opening.block, with: [head, heading, tail])
            }
        }
    }

    /// A block of one short title (at most `maximumHeadingLines` lines, title case, no closing
    /// stop), not a logo or label printed on several pages.
    static func isLeftoverTitle(_ block: Block, repeated: Set<String>, titles: TitleLineMemo = TitleLineMemo()) -> Bool {
        guard block.kind == .paragraph, !block.lines.isEmpty, block.lines.count <= DetectHeadings.maximumHeadingLines
        else { return false }
        let texts = block.lines.map { $0.text.trimmingWhitespace() }
        // The first line's test turns most blocks away before their lines are joined, and the
        // title tests before the block's text is made to be looked up among the repeated ones.
        guard titles.isTitleCandidate(texts[0]) else { return false }
        let title = texts.joinedLines()
        return texts.dropFirst().allSatisfy(titles.isTitleContinuation)
            && titles.isTitleCase(title) && TextShape.wordCount(title) <= TextShape.maximumWordsPerLine
            && !TextShape.endsSentence(title) && !repeated.contains(block.text)
    }

    /// The paragraph openings among `blocks`: the first line of each paragraph or list, and each
    /// line of a paragraph that starts with a capital after a line that ends a sentence.
    static func openings(_ blocks: ArraySlice<Block>) -> [Opening] {
        var result: [Opening] = []
        for index in blocks.indices {
            let block = blocks[index]
            guard block.kind == .paragraph || block.kind == .list, !block.lines.isEmpty else { continue }
            result.append(Opening(block: index, line: 0))
            guard block.kind == .paragraph else { continue }
            for line in block.lines.indices.dropFirst()
            where TextShape.endsSentence(block.lines[line - 1].text) && !TextShape.startsLowercase(block.lines[line].text) {
                result.append(Opening(block: index, line: line))
            }
        }
        return result
    }

    /// Whether `title`'s words open the paragraph at `opening`: enough of them among its first sentence's.
    static func names(_ title: Block, _ opening: Opening, in blocks: [Block]) -> Bool {
        let titleStems = Set(stems(title.text))
        guard titleStems.count >= minimumSharedStems else { return false }
        var words: [Substring] = []
        for line in blocks[opening.block].lines[opening.line...] {
            words += TextShape.words(line.text)
            if words.count >= openingWords || TextShape.endsSentence(line.text) { break }
        }
        var sentence: [Substring] = []
        for word in words.prefix(openingWords) {
            sentence.append(word)
            if TextShape.endsSentence(String(word)) { break }
        }
        let shared = titleStems.intersection(stems(sentence.joined(separator: " "))).count
        return shared >= minimumSharedStems && Double(shared) >= minimumSharedShare * Double(titleStems.count)
    }

    /// The content words of `text`, lower-cased, cut to `stemLength` letters.
    static func stems(_ text: String) -> [String] {
        TextShape.words(text).compactMap { word in
            let bare = TextShape.bare(word)
            guard !TextShape.functionWords.contains(bare) else { return nil }
            let letters = bare.prefix { $0.isLetter }
            return letters.count >= stemLength - 1 ? String(letters.prefix(stemLength)) : nil
        }
    }
}
