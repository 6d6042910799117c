/// Spread words: in a narrow justified column, word spaces can grow so wide that poppler ends its
/// line at each of them ("have", "supported", "more" on one baseline, three lines). Such pieces
/// are one line again when the lines just above and below run across every gap between them: a
/// gutter has nothing crossing it, a stretched word space has the column's text above and below.
/// A line stretched before a long unbreakable word (a web address) often sits under a heading or
/// over the address's own short line, which cross only some of its gaps: its pieces are one line
/// too when its gaps are all one width (justification stretches every space alike, a table's
/// columns are set apart unevenly) and each neighbour starts flush with it and crosses one of its
/// gaps (the next row of a table, or the next column's line, starts with a cell crossing none).
extension LineBuilder {
    /// Pieces sit on one baseline when their middles are within a quarter of their height.
    static let sameBaselineShareOfHeight = 0.25
    /// …and their heights (font sizes) within 20% of each other.
    static let sameHeightShare = 0.2
    /// The lines checked for crossing sit within 2 line heights above or below the pieces.
    static let spreadNeighbourWindowInLineHeights = 2.0
    /// Justified spaces of one line are one width: the widest within 10% of the narrowest.
    static let evenGapTolerance = 0.1
    /// Evenness says something only with at least 2 gaps (3 pieces).
    static let minimumEvenGaps = 2
    /// The stretched line starts flush with its neighbours, within half its height: one column's lines.
    static let flushToleranceShareOfHeight = 0.5

    /// Poppler's line ranges, with consecutive pieces of one spread line joined into one range
    /// (the "\n" glyphs between them then read as word spaces).
    static func mergeSpreadWords(_ ranges: [Range<Int>], _ content: PageContent) -> [Range<Int>] {
        guard ranges.count >= 3 else { return ranges }
        let boxes = ranges.map { box(of: $0, content.glyphs) }
        var result: [Range<Int>] = []
        result.reserveCapacity(ranges.count)
        var first = 0
        while first < ranges.count {
            var last = first
            while last + 1 < ranges.count, let a = boxes[last], let b = boxes[last + 1], continuesBaseline(a, b) {
                last += 1
            }
            if last > first, isSpread(first...last, boxes: boxes) || isTrackedTitle(first...last, boxes: boxes) {
                result.append(ranges[first].lowerBound..<ranges[last].upperBound)
            } else {
                result.append(contentsOf: ranges[first...last])
            }
            first = last + 1
        }
        return result
    }

    /// Whether `b` goes on along `a`'s baseline, to its right.
    static func continuesBaseline(_ a: Rect, _ b: Rect) -> Bool {
        let height = max(a.height, b.height, 1)
        return b.minX > a.maxX && abs(a.midY - b.midY) <= sameBaselineShareOfHeight * height
            && abs(a.height - b.height) <= sameHeightShare * height
    }

    /// Whether the pieces `run` (on one baseline, left to right) are words of one line: the
    /// poppler lines just before and after them lie close above or below and cross every gap.
    static func isSpread(_ run: ClosedRange<Int>, boxes: [Rect?]) -> Bool {
        guard let head = boxes[run.lowerBound] else { return false }
        let window = spreadNeighbourWindowInLineHeights * max(head.height, 1)
        let neighbours = [run.lowerBound - 1, run.upperBound + 1].compactMap { index -> Rect? in
            guard boxes.indices.contains(index), let box = boxes[index], abs(box.midY - head.midY) <= window,
                abs(box.midY - head.midY) > sameBaselineShareOfHeight * max(head.height, 1)
            else { return nil }
            return box
        }
        guard !neighbours.isEmpty else { return false }
        var gaps: [(left: Rect, right: Rect)] = []
        for index in run.dropLast() {
            guard let left = boxes[index], let right = boxes[index + 1] else { return false }
            gaps.append((left, right))
        }
        func crosses(_ neighbour: Rect, _ gap: (left: Rect, right: Rect)) -> Bool {
            neighbour.minX < gap.left.maxX && neighbour.maxX > gap.right.minX
        }
        if gaps.allSatisfy({ gap in neighbours.allSatisfy { crosses($0, gap) } }) { return true }
        // A line stretched before a long word: even gaps, and every neighbour flush with it and
        // crossing one of them (a table's next row starts with a cell of its own, crossing none).
        let widths = gaps.map { $0.right.minX - $0.left.maxX }
        guard widths.count >= minimumEvenGaps, let narrowest = widths.min(), let widest = widths.max(), narrowest > 0,
            widest - narrowest <= evenGapTolerance * widest
        else { return false }
        let height = max(head.height, 1)
        return neighbours.allSatisfy { neighbour in
            gaps.contains { crosses(neighbour, $0) } && abs(neighbour.minX - head.minX) <= flushToleranceShareOfHeight * height
        }
    }

    /// A title set with wide tracking ("HARBOUR" … "LIGHTS", 28 pt, 0.35 em tracking) comes as one
    /// piece per word, the tracking counted in each glyph's box and widening the word break to about
    /// an em: its pieces are one line when the gaps are at most 1.5 of their height, the line just
    /// after them crosses every gap (the dateline under a masthead), and the line just before them,
    /// if any, crosses every gap too or is set at most half their size (a running head in the
    /// margin). Headings side by side in two columns have their columns' text under them, which
    /// crosses no gutter.
    static let titleWordBreakInHeights = 1.5
    static let titleMarginLineShareOfHeight = 0.5

    static func isTrackedTitle(_ run: ClosedRange<Int>, boxes: [Rect?]) -> Bool {
        guard let head = boxes[run.lowerBound] else { return false }
        let height = max(head.height, 1)
        var gaps: [(left: Rect, right: Rect)] = []
        for index in run.dropLast() {
            guard let left = boxes[index], let right = boxes[index + 1], right.minX - left.maxX <= titleWordBreakInHeights * height
            else { return false }
            gaps.append((left, right))
        }
        func crossesAll(_ other: Rect) -> Bool {
            gaps.allSatisfy { other.minX < $0.left.maxX && other.maxX > $0.right.minX }
        }
        func near(_ index: Int) -> Rect? {
            guard boxes.indices.contains(index), let box = boxes[index],
                abs(box.midY - head.midY) <= spreadNeighbourWindowInLineHeights * height,
                abs(box.midY - head.midY) > sameBaselineShareOfHeight * height
            else { return nil }
            return box
        }
        guard let after = near(run.upperBound + 1), after.minY > head.minY, crossesAll(after) else { return false }
        guard let before = near(run.lowerBound - 1) else { return true }
        return crossesAll(before) || before.height <= titleMarginLineShareOfHeight * height
    }

    /// The union of the ink glyph boxes of `range`.
    static func box(of range: Range<Int>, _ glyphs: [Glyph]) -> Rect? {
        var box: Rect?
        for index in range where !glyphs[index].isWhitespace {
            box = box?.union(glyphs[index].box) ?? glyphs[index].box
        }
        return box
    }
}
