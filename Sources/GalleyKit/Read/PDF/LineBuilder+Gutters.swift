/// Narrow gutters: two columns set close together (a contents list in two halves 2 ems apart)
/// can share one poppler line with a gap well under `columnGapInFontSizes`. Such a gap is cut
/// only when it is much wider than the line's own word spaces AND the page shows a gutter there:
/// lines nearby start where the text after the gap starts, and (almost) none run across it.
extension LineBuilder {
    /// A gutter is at least one font size (an em) wide: no word space in running text is.
    static let minimumGutterInFontSizes = 1.0
    /// ...and at least 3× the line's median word space (justification stretches spaces up to ~2×).
    static let gutterShareOfWordSpace = 3.0
    /// A gap of only 2–3 word spaces is a gutter when the neighbours show both of its edges: lines
    /// that end where it starts (a justified column's right edge) as well as lines that start where
    /// it ends. TeX's justified spaces run 3.3–5 pt, so its 10 pt two-column gutter is 2–3 of them;
    /// a loosely justified line's wide space has no column edge on its left.
    static let twoSidedGutterShareOfWordSpace = 2.0
    /// ...and may be a little under an em, 0.9 font sizes: LaTeX's 10 pt gutter beside 10 pt type
    /// (9.96 bp) leaves the columns' ink just under an em apart. Such a gap needs a word space
    /// before it on its line, so that a list's number and its text ("1." + "washed…", both edges
    /// aligned down the list) are never two columns.
    static let twoSidedMinimumGutterInFontSizes = 0.9
    /// A gap counts as a word space when poppler put a space there or it is 0.15 ems or more
    /// (poppler sometimes leaves the space out); tighter gaps are between letters.
    static let wordSpaceInFontSizes = 0.15
    /// The word space assumed when a line has no other spaces to measure: a quarter em.
    static let fallbackWordSpaceInFontSizes = 0.25
    /// Lines whose middles lie within 10 line heights above or below are the gap's neighbours (a
    /// table with wrapped cells and padded rows has only a few rows in 6).
    static let gutterWindowInLineHeights = 10.0
    /// At least 2 neighbours must start within half an em of where the text after the gap starts.
    static let minimumAlignedLines = 2
    /// Starts within 0.5 ems of each other are aligned.
    static let alignmentToleranceInFontSizes = 0.5
    /// A heading or banner may bridge a gutter, but at most 1 neighbour for every 4 aligned ones.
    static let maximumCrossingShare = 0.25
    /// Lines less than half a line height apart are lines of one paragraph (its leading).
    static let tightLeadingInLineHeights = 0.5

    /// A wide gap inside a line: where it starts and ends, and the glyph after it.
    struct WideGap: Equatable, Sendable {
        var low: Double
        var high: Double
        var size: Double
        /// Index into `PageContent.glyphs` of the first ink glyph after the gap.
        var next: Int
        /// Under `gutterShareOfWordSpace` of the line's word spaces: a gutter only where the
        /// neighbours show both its edges.
        var needsBothEdges = false

        var middle: Double { (low + high) / 2 }
    }

    /// Cuts each line at the wide gaps the lines around it confirm as a gutter. `uncut`, when
    /// given, marks the lines `mayBeCut` found no gap in: they have no wide gap to measure.
    static func splitAtGutters(_ lines: inout [GlyphLine], _ content: PageContent, uncut: [Bool]? = nil) {
        let gaps = lines.indices.map { index in
            lines[index].line.isRotated || uncut?[index] == true ? [] : wideGaps(lines[index].range, content)
        }
        guard gaps.contains(where: { !$0.isEmpty }) else { return }
        let boxes = lines.map { $0.line.isRotated ? nil : $0.line.box }
        // Lines by the middle of their box, for the neighbour windows.
        let byMiddle = lines.indices.filter { boxes[$0] != nil }.sorted { boxes[$0]!.midY < boxes[$1]!.midY }
        let middles = byMiddle.map { boxes[$0]!.midY }

        var result: [GlyphLine] = []
        result.reserveCapacity(lines.count)
        for index in lines.indices {
            guard !gaps[index].isEmpty, let box = boxes[index] else {
                result.append(lines[index])
                continue
            }
            let window = gutterWindowInLineHeights * max(box.height, 1)
            var neighbours: [Int] = []
            var position = lowerBound(middles, box.midY - window)
            while position < middles.count, middles[position] <= box.midY + window {
                if byMiddle[position] != index { neighbours.append(byMiddle[position]) }
                position += 1
            }
            let cuts = gaps[index].filter { isGutter($0, neighbours: neighbours, boxes: boxes, gaps: gaps, line: box) }
            guard !cuts.isEmpty else {
                result.append(lines[index])
                continue
            }
            var start = lines[index].range.lowerBound
            for cut in cuts {
                if let part = trimmed(start..<cut.next, content.glyphs) {
                    result.append(GlyphLine(range: part, line: line(part, content)))
                }
                start = cut.next
            }
            if let part = trimmed(start..<lines[index].range.upperBound, content.glyphs) {
                result.append(GlyphLine(range: part, line: line(part, content)))
            }
        }
        lines = result
    }

    /// The gaps in a line at least `minimumGutterInFontSizes` wide and `gutterShareOfWordSpace`
    /// times its median word space.
    static func wideGaps(_ range: Range<Int>, _ content: PageContent) -> [WideGap] {
        let glyphs = content.glyphs
        let pairs = inkPairs(range, content)
        func isWide(_ pair: InkPair) -> Bool { pair.gap >= minimumGutterInFontSizes * pair.size }
        func isCandidate(_ pair: InkPair) -> Bool { pair.gap >= twoSidedMinimumGutterInFontSizes * pair.size }
        // Most lines have no wide gap: their word spaces need not be measured.
        guard pairs.contains(where: isCandidate) else { return [] }
        let wide = pairs.filter(isCandidate)
        let candidates = wide.map { pair in
            WideGap(low: glyphs[pair.previous].box.maxX, high: glyphs[pair.next].box.minX, size: pair.size, next: pair.next)
        }
        let wordSpaces = pairs.filter { !isWide($0) && ($0.next > $0.previous + 1 || $0.gap >= wordSpaceInFontSizes * $0.size) }
        let spaces = wordSpaces.map(\.gap).sorted()
        return zip(candidates, wide).compactMap { candidate, pair in
            let space = spaces.isEmpty ? fallbackWordSpaceInFontSizes * candidate.size : spaces[spaces.count / 2]
            let width = candidate.high - candidate.low
            if isWide(pair) {
                // A gap of an em or more where the type size changes (a side-heading in a narrow cell
                // beside justified text, whose stretched spaces can be as wide) needs no comparison.
                if changesSize(pair, content) || width >= gutterShareOfWordSpace * space { return candidate }
            }
            guard width >= twoSidedGutterShareOfWordSpace * space,
                wordSpaces.contains(where: { $0.next <= pair.previous && !isCandidate($0) })
            else { return nil }
            var marginal = candidate
            marginal.needsBothEdges = true
            return marginal
        }
    }

    /// Type sizes either side of a gap further apart than this share of the larger are two styles.
    static let sizeChangeShare = 0.15

    /// Whether the type size changes across the pair's gap by more than `sizeChangeShare`.
    static func changesSize(_ pair: InkPair, _ content: PageContent) -> Bool {
        let before = fontSize(of: content.glyphs[pair.previous], content.fonts)
        return abs(before - pair.size) > sizeChangeShare * max(before, pair.size)
    }

    /// Whether the neighbours confirm `gap` as a gutter: enough of them start where the text
    /// after it starts (at their left edge or after a wide gap of their own), and few run across
    /// it. A line crosses when it runs over the point just before where the text after the gap
    /// starts: the text before a gutter may be ragged (a table's first column), so a longer line
    /// ending inside the gap does not cross it. A crossing line counts against the gutter only
    /// when it is set tight against the line (a paragraph's own lines) or interrupts the aligned
    /// lines; prose beyond them, above or below a table, does not.
    static func isGutter(_ gap: WideGap, neighbours: [Int], boxes: [Rect?], gaps: [[WideGap]], line: Rect) -> Bool {
        let tolerance = alignmentToleranceInFontSizes * gap.size
        let probe = gap.high - tolerance
        var aligned: [Rect] = [], crossing: [Rect] = []
        for neighbour in neighbours {
            guard let box = boxes[neighbour] else { continue }
            let own = gaps[neighbour]
            if abs(box.minX - gap.high) <= tolerance || own.contains(where: { abs($0.high - gap.high) <= tolerance }) {
                aligned.append(box)
            } else if box.minX < probe, box.maxX > probe, !own.contains(where: { $0.low < probe && $0.high > probe }) {
                crossing.append(box)
            }
        }
        let counted = crossing.filter { box in
            isTight(box, against: line)
                || aligned.contains { min($0.midY, line.midY) < box.midY && box.midY < max($0.midY, line.midY) }
        }
        guard aligned.count >= minimumAlignedLines, Double(counted.count) <= maximumCrossingShare * Double(aligned.count)
        else { return false }
        guard gap.needsBothEdges else { return true }
        // Lines ending where the gap starts, at their right edge or at a wide gap of their own.
        let ending = neighbours.filter { neighbour in
            guard let box = boxes[neighbour] else { return false }
            return abs(box.maxX - gap.low) <= tolerance || gaps[neighbour].contains { abs($0.low - gap.low) <= tolerance }
        }
        return ending.count >= minimumAlignedLines
    }

    /// Whether `other` is set within half a line height above or below `line`: at a paragraph's leading.
    static func isTight(_ other: Rect, against line: Rect) -> Bool {
        let clearance = max(other.minY, line.minY) - min(other.maxY, line.maxY)
        return clearance < tightLeadingInLineHeights * line.height
    }

    /// The first position in ascending `values` not below `value`.
    private static func lowerBound(_ values: [Double], _ value: Double) -> Int {
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
