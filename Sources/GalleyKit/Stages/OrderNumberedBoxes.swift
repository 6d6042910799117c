/// Puts a grid of numbered boxes ("01 Summary", "02 Key Facts", …) in numeric order, each
/// numbered heading (marked `.heading`, level 3) followed by its own text. A page may hold
/// several grids. Moves blocks without changing text; records a warning per reordered grid.
///
/// A grid is at least three short numbered lines on one page, numbers written the same width,
/// distinct, covering most of their range. A numbered line may open a block (its text below it)
/// or close a short title block ("Briefing" / "01 Summary"); such blocks are split. A number
/// printed apart from its label (a badge: "1" then "Fix the gate", or the label first) joins the
/// label as one heading, "1 Fix the gate". A one-line title right above a grid (not the document's
/// first line) becomes the group's heading, one level above the boxes.
///
/// Which body belongs to which box is a guess in a text dump, which prints boxes row by row
/// (headings 01 and 02, then the body of 01, then the body of 02). The rule: a heading's own
/// lines are its body; other headings wait in a first-in-first-out queue; a block continues the
/// box of the block before it when that one stopped mid-sentence (no closing . ? !) and was not
/// a list, and otherwise goes to the next waiting heading, or, with none waiting, to the box of
/// the block before it. Blocks before the first box stay in place.
///
/// Text that sits in no box but lies inside the grid's run of blocks (a side panel printed after
/// the boxes) is told apart only by its length: once every numbered heading has been seen and no
/// box waits for text, a paragraph of at least `panelMinimumLines` lines and `panelLengthRatio`
/// times the grid's median body ends the grid, and it and every later block of the run follow the
/// last box in dump order. A short panel (a few lines) still lands in the last box, and a box
/// whose own text is one long paragraph after short ones may lose it to after the grid.
package struct OrderNumberedBoxes: Stage {
    /// A grid has at least this many numbered boxes.
    static let minimumBoxes = 3
    /// The distinct numbers cover at least this share of the range from lowest to highest.
    static let minimumCoverage = 0.75
    /// A numbered heading has at most this many words after its number.
    static let maximumHeadingWords = 8
    /// A block after the grid's bodies is a panel of its own from this many times the median body length (lines)…
    static let panelLengthRatio = 3.0
    /// …and at least this many lines: a box holds a few short paragraphs, a side panel a column.
    static let panelMinimumLines = 6
    /// Numbered boxes are headings one level below the page's own headings.
    static let headingLevel = 3

    package init() {}

    /// A numbered heading line: one or two digits, a space, then a short capitalised title with no
    /// closing punctuation. Returns the number and how many digits it was written with.
    package static func numberedHeading(_ text: String) -> (number: Int, width: Int)? {
        // A plain-ASCII line is read on its bytes (each a character), without splitting its words.
        if WordScan.isPlainASCII(text.utf8), let read = text.utf8.withContiguousStorageIfAvailable(asciiNumberedHeading) {
            return read
        }
        let digits = text.prefix(while: \.isNumber)
        guard (1...2).contains(digits.count), let number = Int(digits) else { return nil }
        let rest = text.dropFirst(digits.count)
        guard rest.first == " ", let initial = rest.dropFirst().first, initial.isUppercase else { return nil }
        let words = rest.split(separator: " ")
        guard words.count <= maximumHeadingWords, let last = text.last, !TextShape.terminalPunctuation.contains(last) else {
            return nil
        }
        return (number, digits.count)
    }

    /// `numberedHeading` of a plain-ASCII line's bytes: one or two digit bytes, a space, a
    /// capital; at most `maximumHeadingWords` runs of bytes between spaces after the number (as
    /// `split(separator: " ")` counts them: a tab is no separator there); no closing punctuation.
    static func asciiNumberedHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> (number: Int, width: Int)? {
        var width = 0
        while width < bytes.count, bytes[width].isASCIIDigit { width += 1 }
        guard (1...2).contains(width), width + 1 < bytes.count, bytes[width] == UInt8(ascii: " "),
            bytes[width + 1].isASCIICapital
        else { return nil }
        var words = 0
        var inWord = false
        for byte in bytes[width...] {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        guard words <= maximumHeadingWords, let last = bytes.last, !TextShape.asciiTerminalPunctuation[Int(last)] else {
            return nil
        }
        return (bytes[..<width].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }, width)
    }

    package func run(_ document: inout Document, context: StageContext) {
        let sectioned = Self.sectionNumbersWithSubsections(document)
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            let page = document.pages[pageIndex]
            let grids = Self.grids(page.blocks).filter { grid in
                !grid.contains { sectioned.contains(Self.printedNumber(page.blocks[$0.block].lines[$0.line].text) ?? "") }
            }
            guard !grids.isEmpty else { continue }
            document.pages[pageIndex].blocks = Self.reorder(page.blocks, grids: grids, opensDocument: pageIndex == 0)
            // On a PDF page the boxes were already read in place by their geometry, so the
            // assignment is no guess there and needs no warning.
            guard page.blocks.contains(where: { $0.box == nil }) else { continue }
            for grid in grids {
                let numbers = grid.map(\.number).sorted()
                document.audit.warn(
                    .inferredBoxOrder,
                    "page \(page.number): numbered boxes \(numbers.first!)–\(numbers.last!) put in numeric order; "
                        + "which text belongs to which box is inferred from the dump's order",
                    page: page.number)
            }
        }
    }

    struct Candidate: Equatable {
        var block: Int
        var line: Int
        var number: Int
        var width: Int
        /// The block holding the box's label when the number stands alone in its block (a
        /// badge printed apart): the two become one heading.
        var label: Int?
    }

    /// A box label printed apart from its number has at most this many lines.
    static let maximumLabelLines = 2

    /// A block that is only a box number ("1", "05") and the block beside it in reading order
    /// that reads as its label: the one after it, or else the one before it (a label printed
    /// left of or above its badge), a short capitalised title that is not itself numbered.
    static func loneNumber(_ blocks: [Block], at index: Int) -> (Candidate, label: Int)? {
        let block = blocks[index]
        guard block.kind == .paragraph || block.kind == .heading, let last = block.lines.last else { return nil }
        let text = last.text.trimmingWhitespace()
        guard (1...2).contains(text.utf8.count), text.utf8.allSatisfy(\.isASCIIDigit), let number = Int(text) else {
            return nil
        }
        // Under a short title in the same block ("Five Ways to Save Water" / "1"), never under prose.
        guard block.lines.dropLast().allSatisfy({ TextShape.isTitleCandidate($0.text.trimmingWhitespace()) }) else {
            return nil
        }
        func isLabel(_ neighbour: Int) -> Bool {
            guard blocks.indices.contains(neighbour) else { return false }
            let label = blocks[neighbour]
            guard label.kind == .paragraph || label.kind == .heading, label.lines.count <= maximumLabelLines,
                label.page == block.page, !(label.text.first?.isNumber ?? true)
            else { return false }
            return numberedHeading(text + " " + label.text) != nil && TextShape.isTitleCandidate(label.text)
        }
        let label = isLabel(index + 1) ? index + 1 : block.lines.count == 1 && isLabel(index - 1) ? index - 1 : nil
        return label.map {
            (Candidate(block: index, line: block.lines.count - 1, number: number, width: text.count, label: $0), $0)
        }
    }

    /// A box's number line set before its label's first line. On a PDF page the two become one
    /// line in the label's font ("1 Mend the fence", as a number printed beside its title reads),
    /// so that later stages take it for one heading line; a dump keeps its lines and their numbers.
    static func labelledLines(number: Line, label: [Line]) -> [Line] {
        guard let numberBox = number.box, let first = label.first, let labelBox = first.box else { return [number] + label }
        var line = first
        line.text = number.text.trimmingWhitespace() + " " + first.text.trimmingWhitespace()
        line.box = numberBox.union(labelBox)
        return [line] + label.dropFirst()
    }

    /// The numbered heading lines of a page that form grids, each grid in page order.
    static func grids(_ blocks: [Block]) -> [[Candidate]] {
        var candidates: [Candidate] = []
        var labels: Set<Int> = []
        for blockIndex in blocks.indices where !labels.contains(blockIndex) {
            guard let (candidate, label) = loneNumber(blocks, at: blockIndex), !labels.contains(label) else { continue }
            candidates.append(candidate)
            labels.insert(label)
        }
        for (blockIndex, block) in blocks.enumerated() where block.kind == .paragraph && !labels.contains(blockIndex) {
            if candidates.contains(where: { $0.block == blockIndex }) { continue }
            for (lineIndex, line) in block.lines.enumerated() {
                let text = line.text.trimmingWhitespace()
                guard let heading = numberedHeading(text) else { continue }
                // Below the first line only under a short title, never inside prose.
                let above = block.lines[..<lineIndex].map { $0.text.trimmingWhitespace() }
                guard above.allSatisfy(TextShape.isTitleCandidate) else { break }
                candidates.append(Candidate(block: blockIndex, line: lineIndex, number: heading.number, width: heading.width))
            }
        }
        candidates.sort { ($0.block, $0.line) < ($1.block, $1.line) }
        var grids: [[Candidate]] = []
        for width in Set(candidates.map(\.width)).sorted() {
            var current: [Candidate] = []
            for candidate in candidates where candidate.width == width {
                if current.contains(where: { $0.number == candidate.number }) {
                    grids.append(current)
                    current = []
                }
                current.append(candidate)
            }
            grids.append(current)
        }
        return grids.filter { isGrid($0) && !isSectionRun($0, in: blocks) }.sorted { $0[0].block < $1[0].block }
    }

    /// A box holds a short text; on a PDF page, where blocks come in reading order, numbered
    /// headings with more than this many words (the median) between one and the next head the
    /// sections of an article flow ("1 Spring Planting", three paragraphs, "2 Summer Mowing"), and
    /// their numbers stay part of their headings. (Boxes hold 10–25 words; sections run to 50 and more.)
    static let maximumBoxBodyWords = 40

    /// Whether `grid`, on a PDF page, is a run of numbered sections: the median text between one
    /// numbered heading and the next is longer than `maximumBoxBodyWords`. A text dump prints
    /// boxes row by row, so the text between its headings says nothing.
    static func isSectionRun(_ grid: [Candidate], in blocks: [Block]) -> Bool {
        guard grid.count >= 2, blocks.allSatisfy({ $0.box != nil || $0.lines.allSatisfy { $0.box != nil } }) else { return false }
        let labels = Set(grid.compactMap(\.label))
        let ordered = grid.sorted { ($0.block, $0.line) < ($1.block, $1.line) }
        func words(_ lines: ArraySlice<Line>) -> Int {
            lines.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
        }
        var bodies: [Int] = []
        for (head, next) in zip(ordered, ordered.dropFirst()) {
            var count = 0
            if head.block == next.block {
                count = words(blocks[head.block].lines[(head.line + 1)..<next.line])
            } else {
                count = words(blocks[head.block].lines[(head.line + 1)...])
                for index in (head.block + 1)..<next.block where !labels.contains(index) {
                    count += words(blocks[index].lines[...])
                }
                count += words(blocks[next.block].lines[..<next.line])
            }
            bodies.append(count)
        }
        let sorted = bodies.sorted()
        return sorted[sorted.count / 2] > maximumBoxBodyWords
    }

    /// The printed numbers ("2") of the document's numbered sections that have numbered
    /// subsections: a line of its own opening with a dotted number under them ("2.1 Method",
    /// "2.3.1 Samples") followed by a short capitalised title. A report numbers its sections so,
    /// a grid of boxes ("01 Summary", "02 Key Facts") does not: "1 Overview" over "1.1 Method"
    /// is a section heading in the flow of the text, at its own level above its subsections, not
    /// a box to put in numeric order one level below the page's headings.
    static func sectionNumbersWithSubsections(_ document: Document) -> Set<String> {
        var parents: Set<String> = []
        for page in document.pages where page.duplicateOf == nil {
            for block in page.blocks where block.kind == .paragraph || block.kind == .heading {
                for line in block.lines {
                    if let parent = subsectionParent(line.text) { parents.insert(parent) }
                }
            }
        }
        return parents
    }

    /// The section number a subsection heading line is numbered under ("2" of "2.1 Roof and
    /// Gutters", "2.1" → "2" of "2.1.3 Culverts"), when the line is a dotted number of at most
    /// two digits a part, a space, and a short capitalised title; nil for other lines ("2.5 million
    /// visitors came", "3.30pm Tea").
    static func subsectionParent(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard let first = trimmed.utf8.first, first.isASCIIDigit else { return nil }
        let number = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 4, parts.allSatisfy({ (1...2).contains($0.count) }) else { return nil }
        let rest = trimmed.dropFirst(number.count)
        guard rest.first == " ", let initial = rest.dropFirst().first, initial.isUppercase,
            rest.split(separator: " ").count <= maximumHeadingWords
        else { return nil }
        return String(parts[0])
    }

    /// The digits that open a numbered heading, as printed ("01" of "01 Summary").
    static func printedNumber(_ text: String) -> String? {
        let digits = text.trimmingWhitespace().prefix(while: \.isNumber)
        return digits.isEmpty ? nil : String(digits)
    }

    static func isGrid(_ grid: [Candidate]) -> Bool {
        guard grid.count >= minimumBoxes, let low = grid.map(\.number).min(), let high = grid.map(\.number).max() else {
            return false
        }
        return Double(grid.count) >= minimumCoverage * Double(high - low + 1)
    }

    /// A piece of the page once numbered headings are split from their blocks.
    struct Piece {
        var block: Block
        /// The number when this piece is a numbered heading.
        var number: Int?
        /// The number of the heading this piece was printed under in the same block.
        var ownNumber: Int?
        /// Lines above a numbered heading in its block: they stay before the grid.
        var isLead = false
        /// Which grid this piece starts (its first heading or that heading's lead).
        var startsGrid: Int?
    }

    static func reorder(_ blocks: [Block], grids: [[Candidate]], opensDocument: Bool = false) -> [Block] {
        // One numbered heading per block: the first that belongs to a grid.
        var byBlock: [Int: (Candidate, Int)] = [:]
        for (gridIndex, grid) in grids.enumerated() {
            for candidate in grid where byBlock[candidate.block].map({ candidate.line < $0.0.line }) ?? true {
                byBlock[candidate.block] = (candidate, gridIndex)
            }
        }
        // A label printed apart from its number goes into the number's heading.
        let labels = Set(byBlock.values.compactMap(\.0.label))
        var pieces: [Piece] = []
        for (blockIndex, block) in blocks.enumerated() where !labels.contains(blockIndex) {
            guard let (candidate, gridIndex) = byBlock[blockIndex] else {
                pieces.append(Piece(block: block))
                continue
            }
            let starts = grids[gridIndex][0] == candidate ? gridIndex : nil
            if candidate.line > 0 {
                pieces.append(
                    Piece(
                        block: Block(lines: Array(block.lines[..<candidate.line]), page: block.page), isLead: true,
                        startsGrid: starts))
            }
            var heading: Block
            if let label = candidate.label {
                heading = Block(
                    lines: labelledLines(number: block.lines[candidate.line], label: blocks[label].lines), kind: .heading,
                    headingLevel: headingLevel, page: block.page)
            } else {
                heading = Block(
                    lines: [block.lines[candidate.line]], kind: .heading, headingLevel: headingLevel, page: block.page)
                heading.box = block.lines[candidate.line].box
            }
            heading.boxNumber = printedNumber(heading.text)
            pieces.append(Piece(block: heading, number: candidate.number, startsGrid: candidate.line > 0 ? nil : starts))
            if candidate.label == nil, candidate.line + 1 < block.lines.count {
                pieces.append(
                    Piece(
                        block: Block(lines: Array(block.lines[(candidate.line + 1)...]), page: block.page),
                        ownNumber: candidate.number))
            }
        }
        var result: [Block] = []
        var index = 0
        for gridIndex in grids.indices {
            while index < pieces.count, pieces[index].startsGrid != gridIndex {
                result.append(pieces[index].block)
                index += 1
            }
            // Lead lines above the first heading stay where they are, before the grid.
            while index < pieces.count, pieces[index].isLead {
                result.append(pieces[index].block)
                index += 1
            }
            // A short title right above the grid is the group's heading, one level above its boxes
            // (marked here, so that no later stage takes it for the first line of box 1's heading);
            // the document's first line is its title, left to the heading stage.
            if result.count > 1 || !opensDocument, let last = result.last, isGroupTitle(last) {
                result[result.count - 1] = Block(
                    lines: last.lines, kind: .heading, headingLevel: headingLevel - 1, page: last.page, box: last.box)
            }
            var end = index
            while end < pieces.count, pieces[end].startsGrid == nil || pieces[end].startsGrid == gridIndex { end += 1 }
            result.append(contentsOf: assign(Array(pieces[index..<end])))
            index = end
        }
        result.append(contentsOf: pieces[index...].map(\.block))
        return result
    }

    /// Whether `block` reads as the title of the grid below it: a paragraph of one short line in
    /// Title Case that could open a heading, not ending in punctuation (two lines are a title and
    /// its subtitle, which the heading stage tells apart).
    static func isGroupTitle(_ block: Block) -> Bool {
        guard block.kind == .paragraph, block.lines.count == 1, let first = block.lines.first else {
            return false
        }
        let text = block.text
        return TextShape.isTitleCandidate(first.text.trimmingWhitespace()) && TextShape.isTitleCase(text)
            && TextShape.wordCount(text) <= maximumHeadingWords
            && !(text.last.map(TextShape.terminalPunctuation.contains) ?? true)
    }

    /// Orders one grid's pieces: each heading in numeric order followed by the bodies assigned to
    /// it, then the blocks that end the grid (see `endsGrid`). Text scattered by the dump is then
    /// regathered between the boxes (see `regather`).
    static func assign(_ pieces: [Piece]) -> [Block] {
        var waiting: [Int] = []
        var bodies: [Int: [BoxBody]] = [:]
        var headings: [Int: Block] = [:]
        var owner: Int?
        var previous: Block?
        var loose: [Block] = []
        var after: [Block] = []
        var bodyLineCounts: [Int] = []
        let lastHeading = pieces.lastIndex { $0.number != nil } ?? pieces.count
        for (position, piece) in pieces.enumerated() {
            if !after.isEmpty {
                after.append(piece.block)
                continue
            }
            if let number = piece.number {
                headings[number] = piece.block
                waiting.append(number)
                continue
            }
            let target: Int?
            if let own = piece.ownNumber {
                waiting.removeAll { $0 == own }
                target = own
            } else if let last = previous, last.kind != .list, !TextShape.endsSentence(last.text), let owner {
                target = owner
            } else if !waiting.isEmpty {
                target = waiting.removeFirst()
            } else if position > lastHeading, endsGrid(piece.block, bodyLineCounts: bodyLineCounts) {
                after.append(piece.block)
                continue
            } else {
                target = owner
            }
            // The grid's run opens with a heading, so some heading always takes the block.
            guard let target = target ?? headings.keys.min() else {
                loose.append(piece.block)
                continue
            }
            bodies[target, default: []].append(
                BoxBody(block: piece.block, position: position, isOwn: piece.ownNumber == target))
            bodyLineCounts.append(piece.block.lines.count)
            owner = target
            previous = piece.block
        }
        regather(&bodies)
        return loose + headings.keys.sorted().flatMap { [headings[$0]!] + (bodies[$0] ?? []).map(\.block) } + after
    }

    /// Whether a block that no box is waiting for, after every numbered heading, starts text of
    /// its own (a side panel on another topic) rather than more of the last box: it is a
    /// paragraph far longer than the bodies the boxes hold so far.
    static func endsGrid(_ block: Block, bodyLineCounts: [Int]) -> Bool {
        guard block.kind == .paragraph, block.lines.count >= panelMinimumLines, !bodyLineCounts.isEmpty else { return false }
        let median = bodyLineCounts.sorted()[bodyLineCounts.count / 2]
        return Double(block.lines.count) >= panelLengthRatio * Double(median)
    }
}
