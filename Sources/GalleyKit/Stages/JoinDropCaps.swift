/// Joins drop caps to the word they open: a block of one to three letters set at least twice the
/// body size, beside (left of) the first line of a body paragraph that starts level with it, is
/// taken out and its letters put before the paragraph's first word ("S" + "ummer" → "Summer"),
/// wherever the block landed in the reading order (in a text dump, a lone capital and a paragraph
/// opening with the rest of a word). Each join is a `.dropCap` repair.
package struct JoinDropCaps: Stage {
    /// A drop cap is one to three glyphs ("W", "Th", "“A").
    static let maximumCapLetters = 3
    /// …set at least twice the body size…
    static let minimumSizeInBodySizes = 2.0
    /// …and no taller than five body lines and a half (a larger letter is a poster or a masthead).
    static let maximumHeightInLinePitches = 5.5
    /// The paragraph's first line tops out level with the cap, give or take half a line pitch
    /// below; hand-set caps sit on a lower line's baseline, so up to one and a half pitches above.
    static let maximumTopBelowInLinePitches = 0.5
    /// A glyph box reaches the font's ascent, above the capital's top by up to 0.3 of its size:
    /// the first line may start that much lower too.
    static let ascentAboveCapInCapSizes = 0.3
    static let maximumTopAboveInLinePitches = 1.5
    /// The paragraph's first line starts just right of the cap: within two body sizes of its
    /// right edge, and not more than half a body size inside it.
    static let maximumGapInBodySizes = 2.0
    static let maximumOverlapInBodySizes = 0.5
    /// The paragraph is in the body size, within 15%.
    static let bodySizeTolerance = 0.15

    package init() {}

    /// In a text dump (no geometry) the cap is a lone capital within this many blocks of the paragraph.
    static let dumpSearchBlocks = 2

    package func run(_ document: inout Document, context: StageContext) {
        guard let body = RemoveImageText.bodyFontSize(document), body > 0 else {
            joinInDump(&document, lexicon: context.lexicon)
            return
        }
        // Most documents have no one-line block of a few letters set twice the body size: then there is nothing to do.
        let hasCandidate = document.pages.contains { page in
            page.blocks.contains { block in
                block.lines.count == 1 && (block.lines[0].font?.size ?? 0) >= Self.minimumSizeInBodySizes * body
                    && WordScan.hasAtMostCharacters(block.lines[0].text.trimmingWhitespace(), Self.maximumCapLetters)
            }
        }
        guard hasCandidate else { return }
        let pitch = Self.linePitch(document, body: body) ?? body * 1.2
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            var blocks = document.pages[pageIndex].blocks
            var capIndex = 0
            var joined = false
            while capIndex < blocks.count {
                guard let cap = Self.capLetters(blocks[capIndex], body: body, pitch: pitch),
                    let capBox = blocks[capIndex].box, let capSize = blocks[capIndex].lines[0].font?.size,
                    let target = blocks.indices.first(where: {
                        $0 != capIndex && Self.isBeside(blocks[$0], cap: capBox, capSize: capSize, body: body, pitch: pitch)
                    })
                else {
                    capIndex += 1
                    continue
                }
                let first = blocks[target].lines[0].text.trimmingWhitespace()
                let after = Self.joined(cap, first, lexicon: context.lexicon)
                blocks[target].lines[0].text = after
                document.audit.repair(
                    .dropCap, before: cap + " " + (first.split(separator: " ").first.map(String.init) ?? ""),
                    after: after.split(separator: " ").first.map(String.init) ?? after, page: blocks[target].page,
                    lines: blocks[capIndex].lines + blocks[target].lines.prefix(1))
                blocks.remove(at: capIndex)
                joined = true
            }
            if joined { document.pages[pageIndex].blocks = blocks }
        }
    }

    /// A text dump keeps no sizes: a block of one capital letter is a drop cap when a paragraph
    /// within `dumpSearchBlocks` of it has a line opening with a lower-case word that the letter
    /// makes a word ("S" and "ummer has…", "W" and "hat a…"); the lexicon is the only witness.
    func joinInDump(_ document: inout Document, lexicon: any Lexicon) {
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            var blocks = document.pages[pageIndex].blocks
            var capIndex = 0
            var joined = false
            while capIndex < blocks.count {
                let text = blocks[capIndex].text
                guard blocks[capIndex].kind == .paragraph, blocks[capIndex].lines.count == 1, text.count == 1,
                    let letter = text.first, letter.isUppercase
                else {
                    capIndex += 1
                    continue
                }
                let window = max(0, capIndex - Self.dumpSearchBlocks)...min(blocks.count - 1, capIndex + Self.dumpSearchBlocks)
                // The paragraph may still share a block with its heading: any line not carrying on a hyphenated word.
                var found: (block: Int, line: Int)?
                search: for index in window where index != capIndex && blocks[index].kind == .paragraph {
                    for (lineIndex, line) in blocks[index].lines.enumerated() {
                        if lineIndex > 0, blocks[index].lines[lineIndex - 1].text.trimmingWhitespace().hasSuffix("-") { continue }
                        let word = line.text.trimmingWhitespace().prefix { $0 != " " }.filter(\.isLetter)
                        guard let first = word.first, first.isLowercase, lexicon.isWord(text + word) else { continue }
                        // A whole word ("hat") joins only the paragraph right after the letter.
                        if lexicon.isWord(word), index != capIndex + 1 || lineIndex != 0 { continue }
                        found = (index, lineIndex)
                        break search
                    }
                }
                guard let found else {
                    capIndex += 1
                    continue
                }
                let target = found.block
                let first = blocks[target].lines[found.line].text.trimmingWhitespace()
                let after = text + first
                blocks[target].lines[found.line].text = after
                document.audit.repair(
                    .dropCap, before: text + " " + (first.split(separator: " ").first.map(String.init) ?? ""),
                    after: after.split(separator: " ").first.map(String.init) ?? after, page: blocks[target].page,
                    lines: blocks[capIndex].lines + [blocks[target].lines[found.line]])
                blocks.remove(at: capIndex)
                joined = true
            }
            if joined { document.pages[pageIndex].blocks = blocks }
            joinCapsInsideLines(&document, pageIndex: pageIndex, lexicon: lexicon)
        }
    }

    /// A dump may set a hand-made cap into a line of its paragraph, glued to the end of a word
    /// ("fter eighteen months…" / "…reached its tarA"): a capital closing a lower-case word within
    /// this many lines of a paragraph that opens with a lower-case non-word the capital completes.
    static let maximumCapLineOffset = 3

    func joinCapsInsideLines(_ document: inout Document, pageIndex: Int, lexicon: any Lexicon) {
        let blocks = document.pages[pageIndex].blocks
        for blockIndex in blocks.indices {
            let block = blocks[blockIndex]
            guard block.kind == .paragraph else { continue }
            let opening = block.lines[0].text.trimmingWhitespace()
            let fragment = String(opening.prefix { $0 != " " })
            guard let first = fragment.first, first.isLowercase, fragment.allSatisfy(\.isLetter), !lexicon.isWord(fragment)
            else { continue }
            // The lines after the opening one, running on into the next block (a dump may break the paragraph there).
            var places: [(block: Int, line: Int)] = (1..<block.lines.count).map { (blockIndex, $0) }
            if blockIndex + 1 < blocks.count, blocks[blockIndex + 1].kind == .paragraph {
                places += blocks[blockIndex + 1].lines.indices.map { (blockIndex + 1, $0) }
            }
            search: for place in places.prefix(Self.maximumCapLineOffset) {
                var tokens = document.pages[pageIndex].blocks[place.block].lines[place.line].text.split(
                    separator: " ", omittingEmptySubsequences: false)
                for tokenIndex in tokens.indices {
                    let token = tokens[tokenIndex]
                    guard token.count >= 2, let cap = token.last, cap.isUppercase, cap.isLetter,
                        token.dropLast().allSatisfy({ $0.isLowercase && $0.isLetter }),
                        lexicon.isWord(String(cap) + fragment)
                    else { continue }
                    tokens[tokenIndex] = token.dropLast()
                    let rest = String(token.dropLast())
                    let lines = document.pages[pageIndex].blocks[place.block].lines
                    // The cap may have taken the place of a line-end hyphen ("tarA" / "get"): the word is whole again.
                    if tokens[(tokenIndex + 1)...].allSatisfy({ $0.allSatisfy(\.isWhitespace) }), place.line + 1 < lines.count,
                        let next = lines[place.line + 1].text.trimmingWhitespace().split(separator: " ").first,
                        next.allSatisfy({ $0.isLowercase && $0.isLetter }), lexicon.isWord(rest + next)
                    {
                        tokens[tokenIndex] = Substring(rest + next)
                        let below = lines[place.line + 1].text.trimmingWhitespace()
                        document.pages[pageIndex].blocks[place.block].lines[place.line + 1].text = String(
                            below.dropFirst(next.count).drop { $0 == " " })
                        document.audit.repair(
                            .join, before: rest + " " + next, after: rest + next, page: block.page,
                            lines: lines[place.line...(place.line + 1)])
                    }
                    document.pages[pageIndex].blocks[place.block].lines[place.line].text = tokens.joined(separator: " ")
                    document.pages[pageIndex].blocks[blockIndex].lines[0].text = String(cap) + opening
                    document.audit.repair(
                        .dropCap, before: String(token) + " " + fragment, after: String(cap) + fragment, page: block.page,
                        lines: [lines[place.line], block.lines[0]])
                    break search
                }
            }
        }
    }

    /// The body's line pitch: the median step between neighbouring lines of body-size paragraphs.
    static func linePitch(_ document: Document, body: Double) -> Double? {
        var steps: [Double] = []
        for block in document.allBlocks {
            for (above, below) in zip(block.lines, block.lines.dropFirst()) {
                guard let a = above.box, let b = below.box, let size = below.font?.size,
                    abs(size - body) <= bodySizeTolerance * body
                else { continue }
                let step = b.minY - a.minY
                if step > 0 && step < 3 * body { steps.append(step) }
            }
        }
        guard !steps.isEmpty else { return nil }
        return steps.sorted()[steps.count / 2]
    }

    /// The letters of a drop-cap block: one line of one to three letters (an opening quote
    /// allowed), set large; nil otherwise (a large numeral is a box number, not a cap).
    static func capLetters(_ block: Block, body: Double, pitch: Double) -> String? {
        guard block.kind == .paragraph, block.lines.count == 1, let font = block.lines[0].font, let box = block.box,
            font.size >= minimumSizeInBodySizes * body, box.height <= maximumHeightInLinePitches * pitch
        else { return nil }
        let text = block.lines[0].text.trimmingWhitespace()
        let letters = text.filter(\.isLetter)
        guard (1...maximumCapLetters).contains(text.count), !letters.isEmpty,
            text.allSatisfy({ $0.isLetter || "“‘\"'".contains($0) })
        else { return nil }
        return text
    }

    /// Whether `block` is a body paragraph whose first line starts right of the cap, level with its top.
    static func isBeside(_ block: Block, cap: Rect, capSize: Double, body: Double, pitch: Double) -> Bool {
        guard block.kind == .paragraph, let line = block.lines.first, let box = line.box, let font = line.font,
            abs(font.size - body) <= bodySizeTolerance * body,
            line.text.trimmingWhitespace().first?.isLetter ?? false
        else { return false }
        let top = box.minY - cap.minY
        let gap = box.minX - cap.maxX
        return top <= maximumTopBelowInLinePitches * pitch + ascentAboveCapInCapSizes * capSize
            && top >= -maximumTopAboveInLinePitches * pitch
            && gap <= maximumGapInBodySizes * body && gap >= -maximumOverlapInBodySizes * body
    }

    /// The cap put before the line's first word: without a space when the joined word is a word
    /// or the first word opens lower-case and is no word alone ("S" + "ummer"); with one otherwise
    /// ("A" + "new plan" stays "A new plan" only when "Anew" is no better than "new").
    static func joined(_ cap: String, _ line: String, lexicon: any Lexicon) -> String {
        let firstWord = String(line.prefix { $0 != " " })
        let core = firstWord.filter(\.isLetter)
        let glued = cap + firstWord
        let gluedCore = glued.filter(\.isLetter)
        let opensLower = firstWord.first?.isLowercase ?? false
        if lexicon.isWord(gluedCore) || (opensLower && !lexicon.isWord(core)) { return cap + line }
        return cap + " " + line
    }
}
