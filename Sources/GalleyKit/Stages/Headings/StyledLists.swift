/// Makes a PDF page's runs of short lines in one emphasised style (a bold list of names, roles,
/// one a line) into list blocks, so that the heading rules do not take them for a stack of
/// headings. Lines before or after a run in its blocks stay as they were. A first line that the
/// run's entries show to be their title (`isTitleOverEntries`) becomes a heading over the list.
struct StyledLists {
    /// PDF: a run of at least this many short lines in one emphasised style is a list (names,
    /// roles, one a line), not a stack of headings.
    static let minimumStyledListLines = 3
    /// …its lines evenly spaced: the largest step between them at most this multiple of the smallest.
    static let styledListPitchSpread = 1.3
    /// …lined up on the left within this share of their type size…
    static let styledListAlignmentShare = 0.5
    /// …and each clearly narrower than the prose beside it: at most this share of the widest
    /// body-style line on the page that overlaps it across (of the page's widest body line when
    /// none does).
    static let styledListWidthShare = 0.75

    /// The page's blocks.
    let blocks: [Block]
    /// The page's body size.
    let body: Double
    /// Every line of the page in order, as (block, line) positions.
    let flat: [(block: Int, line: Int)]

    /// `blocks` with each run of `minimumStyledListLines` or more list lines (`isStyledListLine`)
    /// in one font, evenly spaced, left-aligned and narrower than the body text, made one list
    /// block (one item a line).
    static func make(_ blocks: [Block], body: Double) -> [Block] {
        let lists = StyledLists(blocks: blocks, body: body)
        let runs = lists.runs()
        guard !runs.isEmpty else { return blocks }
        // Blocks without lines were skipped by the walk: keep them where they stood.
        if blocks.contains(where: \.lines.isEmpty) { return blocks }
        return lists.rebuilt(with: runs)
    }

    private init(blocks: [Block], body: Double) {
        self.blocks = blocks
        self.body = body
        var flat: [(block: Int, line: Int)] = []
        for (blockIndex, block) in blocks.enumerated() {
            for lineIndex in block.lines.indices { flat.append((blockIndex, lineIndex)) }
        }
        self.flat = flat
    }

    private func line(_ position: (block: Int, line: Int)) -> Line { blocks[position.block].lines[position.line] }

    /// Whether flat line `index` may join a run: only a paragraph's lines may.
    private func isCandidate(_ index: Int) -> Bool {
        blocks[flat[index].block].kind == .paragraph && Self.isStyledListLine(line(flat[index]), body: body)
    }

    /// The runs of flat lines that read as lists, in order.
    private func runs() -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        while start < flat.count {
            guard isCandidate(start), let font = line(flat[start]).font else {
                start += 1
                continue
            }
            var end = start + 1
            while end < flat.count, isCandidate(end), let next = line(flat[end]).font, next.name == font.name,
                abs(next.size - font.size) <= 0.5, next.isBold == font.isBold, next.isItalic == font.isItalic,
                next.color == font.color
            {
                end += 1
            }
            if Self.isStyledList(Array(flat[start..<end]).map(line), blocks: blocks, body: body) { runs.append(start..<end) }
            start = end
        }
        return runs
    }

    /// The page's blocks with each of `runs` made a list block and the lines around them kept in their blocks.
    private func rebuilt(with runs: [Range<Int>]) -> [Block] {
        var runOf = [Int?](repeating: nil, count: flat.count)
        for (number, run) in runs.enumerated() {
            for index in run { runOf[index] = number }
        }
        var result: [Block] = []
        var index = 0
        while index < flat.count {
            let position = flat[index]
            let block = blocks[position.block]
            if let run = runOf[index] {
                var lines = runs[run].map { line(flat[$0]) }
                if Self.isTitleOverEntries(lines), let font = lines[0].font {
                    // The run's first line names the entries under it: their heading, not an entry.
                    result.append(
                        Block(
                            lines: [lines[0]], kind: .heading, headingLevel: TypeScale.headingLevel(font, body: body) ?? 3,
                            page: block.page))
                    lines.removeFirst()
                }
                result.append(
                    Block(lines: lines, kind: .list, items: lines.map { $0.text.trimmingWhitespace() }, page: block.page))
                index = runs[run].upperBound
                continue
            }
            // The lines of this block up to its end or the next run.
            var end = index
            while end < flat.count, flat[end].block == position.block, runOf[end] == nil { end += 1 }
            let lines = flat[index..<end].map(line)
            let whole = position.line == 0 && lines.count == block.lines.count
            result.append(
                whole ? block : Block(lines: lines, kind: block.kind, headingLevel: block.headingLevel, page: block.page))
            index = end
        }
        return result
    }

    /// What sets an entry's two parts apart ("Trumpet — Priya Raman", "Treasurer: Ann Hale").
    static let entrySeparators = [" — ", " – ", ": "]

    /// Whether the first of a styled list's `lines` is the list's title rather than an entry:
    /// every other line (at least `minimumStyledListLines`) holds one separator of
    /// `entrySeparators` and the first holds none ("Soloists" over "Trumpet — Priya Raman"…).
    static func isTitleOverEntries(_ lines: [Line]) -> Bool {
        guard lines.count > minimumStyledListLines else { return false }
        let texts = lines.map { $0.text.trimmingWhitespace() }
        return entrySeparators.contains { separator in
            !texts[0].contains(separator) && texts.dropFirst().allSatisfy { $0.contains(separator) }
        }
    }

    /// Whether `line` may be a line of a styled list: emphasised at about body size (level 3),
    /// short, opening with a capital or a digit, closing no sentence and leaving nothing open.
    static func isStyledListLine(_ line: Line, body: Double) -> Bool {
        guard let font = line.font, TypeScale.headingLevel(font, body: body) == 3, line.box != nil else { return false }
        let text = line.text.trimmingWhitespace()
        guard let first = text.first, first.isUppercase || first.isNumber, let last = text.last,
            !TextShape.terminalPunctuation.contains(last) || last == ",",
            TextShape.wordCount(text) <= TextShape.maximumWordsPerLine,
            !TextShape.endsWithFunctionWord(text), !TextShape.endsWithDash(text), last != "-"
        else { return false }
        return true
    }

    /// Whether `lines`, consecutive lines in one font, read as a list: enough of them, evenly
    /// spaced, left-aligned, and each narrower than the page's body lines that overlap it.
    static func isStyledList(_ lines: [Line], blocks: [Block], body: Double) -> Bool {
        guard lines.count >= minimumStyledListLines else { return false }
        let boxes = lines.compactMap(\.box)
        guard boxes.count == lines.count, let size = lines.first?.font?.size else { return false }
        let steps = zip(boxes, boxes.dropFirst()).map { $1.minY - $0.minY }
        guard let smallest = steps.min(), let largest = steps.max(), smallest > 0,
            largest <= styledListPitchSpread * smallest
        else { return false }
        let lefts = boxes.map(\.minX)
        guard let left = lefts.min(), let right = lefts.max(), right - left <= styledListAlignmentShare * size else {
            return false
        }
        let runLeft = left, runRight = boxes.map(\.maxX).max() ?? left
        var widestOverlapping: Double?, widestOnPage: Double?
        for line in blocks.lazy.flatMap(\.lines) {
            guard let font = line.font, !font.isBold, abs(font.size - body) <= 0.5, let box = line.box else { continue }
            widestOnPage = max(widestOnPage ?? 0, box.width)
            if box.minX < runRight, box.maxX > runLeft { widestOverlapping = max(widestOverlapping ?? 0, box.width) }
        }
        // A run in a column of its own (a slide's box of names beside its text box) has no body
        // line across it: it is measured against the page's widest body line instead.
        guard let widest = widestOverlapping ?? widestOnPage else { return false }
        return boxes.allSatisfy { $0.width <= styledListWidthShare * widest }
    }
}
