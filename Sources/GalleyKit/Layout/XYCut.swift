/// What the layout analysis needs to know about one block: where it sits and what it holds.
struct LayoutItem: Equatable, Sendable {
    var box: Rect
    /// Lines in the block: a banner of two lines weighs less than a column of forty.
    var lineCount: Int
    /// The size most of the block's lines are set in, when the PDF said.
    var fontSize: Double?
    /// The number a block opens with ("01 Summary" → 1), when it looks like a box's label.
    var numberLabel: Int?

    init(box: Rect, lineCount: Int = 1, fontSize: Double? = nil, numberLabel: Int? = nil) {
        self.box = box
        self.lineCount = lineCount
        self.fontSize = fontSize
        self.numberLabel = numberLabel
    }
}

/// Reading order by recursive XY-cut: a region of blocks is cut across at wide horizontal gaps
/// (bands: banners, contents lists, rows of boxes; rows of numbered boxes read by number), else
/// down its column gutters (columns left
/// to right, sidebars after the main columns, numbered boxes by number), else around the banners
/// that bridge a gutter, else at any horizontal gap; what is left is read top to bottom.
///
/// Every threshold is in line heights (the page's median line-box height), so the cut works at
/// any type size. Each step sorts once; a page of n blocks costs O(n log n) per level of cuts.
struct XYCut {
    /// A horizontal gap of 2.5 line heights or more ends a band: more than any paragraph or
    /// heading space, less than the space around a banner or between rows of boxes.
    static let bandGapInLineHeights = 2.5
    /// A column gutter is at least 0.8 line heights wide: wider than the space a line breaker
    /// leaves between two words, narrower than any gutter a designer sets.
    static let gutterInLineHeights = 0.8
    /// A line height counts at most 1.2 body sizes when gutters are measured: poppler's line box
    /// is the font's bounding box, 1.4 sizes for Latin Modern, so a LaTeX gutter of one size (10 pt
    /// beside 10 pt type) would fall under 0.8 such heights though no word space comes near it.
    static let gutterLineHeightInBodySizes = 1.2
    /// A column is at least 3 line heights wide: anything narrower (a bullet, a list number, a
    /// rotated caption) belongs with the column beside it.
    static let minimumColumnInLineHeights = 3.0
    /// A banner may bridge a gutter that columns at least 4× its lines stand either side of.
    static let bannerShareOfColumn = 0.25

    let items: [LayoutItem]
    let lineHeight: Double
    private let xs: [Span]
    private let ys: [Span]
    /// The size most of the items' lines are set in, when the items say.
    private let bodySize: Double?

    init(_ items: [LayoutItem], lineHeight: Double) {
        self.items = items
        self.lineHeight = max(lineHeight, 1)
        xs = items.map { Span(low: $0.box.minX, high: $0.box.maxX, weight: max($0.lineCount, 1)) }
        ys = items.map { Span(low: $0.box.minY, high: $0.box.maxY, weight: max($0.lineCount, 1)) }
        var linesBySize: [Double: Int] = [:]
        for item in items { if let size = item.fontSize { linesBySize[size, default: 0] += item.lineCount } }
        bodySize = linesBySize.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key
    }

    /// The items' indices in reading order.
    func order() -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(items.count)
        cut(Array(items.indices), into: &result)
        return result
    }

    private func cut(_ region: [Int], into result: inout [Int]) {
        guard region.count > 1 else {
            result += region
            return
        }
        // 1. Bands separated by wide horizontal gaps, top to bottom.
        let bands = Projection.runs(ys, of: region, minimumGap: Self.bandGapInLineHeights * lineHeight)
        if bands.count > 1 {
            readRows(bands, into: &result)
            return
        }
        // 2. Rows whose column layouts differ (three columns of text over a table under two of
        // them), top to bottom, before any gutter is followed down through both.
        if let parts = layoutChange(region) {
            for part in parts { cut(part, into: &result) }
            return
        }
        // 3. Columns between gutters.
        let columns = self.columns(region)
        if columns.count > 1 {
            for part in ColumnRoles.readingOrder(columns, items: items, lineHeight: lineHeight) {
                cut(part, into: &result)
            }
            return
        }
        // 4. Banners bridging a gutter: each its own band, the columns between them cut again.
        if let parts = bannerBands(region) {
            for part in parts { cut(part, into: &result) }
            return
        }
        // 5. Any horizontal gap.
        let rows = Projection.runs(ys, of: region, minimumGap: 0)
        if rows.count > 1 {
            readRows(rows, into: &result)
            return
        }
        // 6. Boxes overlapping both ways: top to bottom, then left to right.
        result += region.sorted {
            let a = items[$0].box, b = items[$1].box
            if a.minY != b.minY { return a.minY < b.minY }
            return a.minX != b.minX ? a.minX < b.minX : $0 < $1
        }
    }

    /// A gap across the whole region of at least 1 line height may end one column layout and
    /// start another: smaller than a band gap, wider than a paragraph's leading.
    static let layoutGapInLineHeights = 1.0
    /// A one-column section over a multi-column one (a word processor's section break) is set a
    /// paragraph's space apart: at least 0.6 line heights.
    static let sectionGapInLineHeights = 0.6

    /// A block changes the layout when it holds at least 2 lines: a one-line banner or table
    /// header row across a gutter is left to the banner and row cuts...
    static let layoutChangeMinimumLines = 2
    /// ...unless it is set at least 1.15× the body size: a heading across the columns (a
    /// straddle, "column-span: all") ends the column layout above it, even when its words reach
    /// over only the first gutter of three columns.
    static let straddleSizeRatio = 1.15

    /// Whether the item can change the column layout by crossing a gutter.
    func changesLayout(_ member: Int) -> Bool {
        if items[member].lineCount >= Self.layoutChangeMinimumLines { return true }
        guard let size = items[member].fontSize, let bodySize else { return false }
        return size >= Self.straddleSizeRatio * bodySize
    }

    /// The region cut in two at the first gap across it where the column layout changes: a block
    /// of some lines on one side crosses a gutter of the other side. Nil when there is none, so that columns
    /// whose paragraph gaps line up are still read column by column.
    func layoutChange(_ region: [Int]) -> [[Int]]? {
        // A grid of numbered boxes is read by its labels, whole: no layout cut inside it. When
        // its labels run 1, 2, 3… without a gap, a cut above or below the whole grid is fine (a
        // heading across the columns above it); other labels leave the region to the rows.
        let labels = region.compactMap { member in items[member].numberLabel.map { (number: $0, members: [member]) } }
        let isGrid = labels.count >= ColumnRoles.minimumNumberedBoxes
        guard !isGrid || ColumnRoles.isNumbered(labels) else { return nil }
        let rows = Projection.runs(ys, of: region, minimumGap: Self.layoutGapInLineHeights * lineHeight)
        // Gutters are those of the blocks that could change the layout: a one-line running
        // head or caption across a gutter does not close it. `sorted`: such blocks, in
        // `Projection.sorted(_:by:)` order across.
        func gutters(ofSorted sorted: [Int]) -> [Span] {
            let extents = columnExtents(ofSorted: sorted)
            return zip(extents, extents.dropFirst()).map { left, right in Span(low: left.high, high: right.low) }
        }
        func gutters(_ part: [Int]) -> [Span] {
            gutters(ofSorted: Projection.sorted(part.filter(changesLayout), by: xs))
        }
        // The blocks that can change the layout, sorted across once, and the row each lies in:
        // the gutters above and below every split are read from them without sorting again.
        let movers = Projection.sorted(region.filter(changesLayout), by: xs)
        var rowOf = [Int](repeating: 0, count: items.count)
        for (row, members) in rows.enumerated() {
            for member in members { rowOf[member] = row }
        }
        func crosses(_ part: [Int], _ gutters: [Span]) -> Bool {
            part.contains { member in
                changesLayout(member)
                    && gutters.contains { xs[member].low < $0.low && xs[member].high > $0.high }
            }
        }
        for split in rows.indices.dropFirst() {
            let guttersAbove = gutters(ofSorted: movers.filter { rowOf[$0] < split })
            let guttersBelow = gutters(ofSorted: movers.filter { rowOf[$0] >= split })
            guard !guttersAbove.isEmpty || !guttersBelow.isEmpty else { continue }
            let above = Array(rows[..<split].joined()), below = Array(rows[split...].joined())
            if isGrid, above.contains(where: { items[$0].numberLabel != nil }),
                below.contains(where: { items[$0].numberLabel != nil })
            {
                continue
            }
            if crosses(below, guttersAbove) || crosses(above, guttersBelow) { return [above, below] }
        }
        // A one-column section over a multi-column one, set only a paragraph's space apart (a
        // word processor's section break), with full-width text further down: the layout changes
        // where a block of lines right above a gap of `sectionGapInLineHeights` crosses the
        // gutters of the longest run of rows under the gap that has any, each of its columns
        // holding running text (a block of lines, not a table's one-line cells).
        guard !isGrid else { return nil }
        func sectionBreak(minimumGap: Double, oneColumnAbove: Bool) -> [[Int]]? {
            let sections = Projection.runs(ys, of: region, minimumGap: minimumGap)
            for split in sections.indices.dropFirst() {
                if oneColumnAbove, !gutters(sections[split - 1]).isEmpty { continue }
                for end in stride(from: sections.count, to: split, by: -1) {
                    let run = Array(sections[split..<end].joined())
                    let guttersRun = gutters(run)
                    guard !guttersRun.isEmpty else { continue }
                    guard
                        columns(run).allSatisfy({ column in
                            column.contains { items[$0].lineCount >= Self.layoutChangeMinimumLines }
                        })
                    else { break }
                    if crosses(sections[split - 1], guttersRun) {
                        return [Array(sections[..<split].joined()), Array(sections[split...].joined())]
                    }
                    break
                }
            }
            return nil
        }
        if let parts = sectionBreak(minimumGap: Self.sectionGapInLineHeights * lineHeight, oneColumnAbove: false) {
            return parts
        }
        // Closer than that, with no gap at all: ConTeXt starts the second column on the line right
        // under the section above, the first opening lower with its heading's space, so only the
        // section's own lower edge separates them. The rows right above must then be one column
        // (a letter across the page), not a column's paragraph beside another column's text with a
        // panel's short lines under it.
        return sectionBreak(minimumGap: 0, oneColumnAbove: true)
    }

    /// Reads rows (or bands) top to bottom, except that a run of at least 2 rows whose columns
    /// each open with a number label, the numbers together running without a gap, is a grid of
    /// numbered boxes: its boxes read by number, whether numbered down the columns or across.
    private func readRows(_ rows: [[Int]], into result: inout [Int]) {
        var index = 0
        while index < rows.count {
            var end = index
            var cells: [(number: Int, members: [Int])] = []
            while end < rows.count {
                let columns = self.columns(rows[end])
                guard columns.count > 1,
                    let row = ColumnRoles.labelledCells(columns, items: items, lineHeight: lineHeight)
                else { break }
                cells += row
                end += 1
            }
            if end - index >= 2, ColumnRoles.isNumbered(cells) {
                for cell in cells.sorted(by: { $0.number < $1.number }) { cut(cell.members, into: &result) }
                index = end
            } else {
                cut(rows[index], into: &result)
                index += 1
            }
        }
    }

    /// The narrowest gap that is a column gutter: 0.8 line heights, the line height capped at 1.2
    /// body sizes when the items say their size.
    var gutterWidth: Double {
        let height = bodySize.map { min(lineHeight, Self.gutterLineHeightInBodySizes * $0) } ?? lineHeight
        return Self.gutterInLineHeights * height
    }

    /// The region's columns, left to right: runs of boxes between gutters, with any run
    /// narrower than a column merged into the neighbour across the narrower gutter.
    func columns(_ region: [Int]) -> [[Int]] {
        var runs = Projection.runs(xs, of: region, minimumGap: gutterWidth)
        guard runs.count > 1 else { return runs }
        func extent(_ run: [Int]) -> Span { self.extent(of: run) }
        let minimum = Self.minimumColumnInLineHeights * lineHeight
        while runs.count > 1, let narrow = runs.indices.first(where: { extent(runs[$0]).length < minimum }) {
            let leftGap = narrow > 0 ? extent(runs[narrow]).low - extent(runs[narrow - 1]).high : .infinity
            let rightGap = narrow + 1 < runs.count ? extent(runs[narrow + 1]).low - extent(runs[narrow]).high : .infinity
            let into = leftGap <= rightGap ? narrow - 1 : narrow + 1
            runs[into] += runs[narrow]
            runs.remove(at: narrow)
        }
        return runs
    }

    /// The extents of `columns(sorted)`, left to right, found without the lists
    /// of their members: where runs start, how narrow they are and which neighbour a narrow one
    /// joins all follow from the extents alone.
    func columnExtents(ofSorted sorted: [Int]) -> [Span] {
        let gap = gutterWidth
        var runs: [Span] = []
        var reach = -Double.infinity
        for member in sorted {
            // As `Projection.runs`: a run starts at its member that starts furthest left.
            if runs.isEmpty || xs[member].low - reach >= gap {
                runs.append(Span(low: xs[member].low, high: xs[member].high))
            } else {
                runs[runs.count - 1].high = max(runs[runs.count - 1].high, xs[member].high)
            }
            reach = max(reach, xs[member].high)
        }
        let minimum = Self.minimumColumnInLineHeights * lineHeight
        while runs.count > 1, let narrow = runs.indices.first(where: { runs[$0].length < minimum }) {
            let leftGap = narrow > 0 ? runs[narrow].low - runs[narrow - 1].high : .infinity
            let rightGap = narrow + 1 < runs.count ? runs[narrow + 1].low - runs[narrow].high : .infinity
            let into = leftGap <= rightGap ? narrow - 1 : narrow + 1
            runs[into] = Span(low: min(runs[into].low, runs[narrow].low), high: max(runs[into].high, runs[narrow].high))
            runs.remove(at: narrow)
        }
        return runs
    }

    /// The horizontal extent of a non-empty run of items: its leftmost start and rightmost end,
    /// found in one pass without arrays of the edges.
    private func extent(of run: [Int]) -> Span {
        var low = xs[run[0]].low, high = xs[run[0]].high
        for member in run.dropFirst() {
            low = min(low, xs[member].low)
            high = max(high, xs[member].high)
        }
        return Span(low: low, high: high)
    }

    /// The region cut around the banners that bridge a gutter, or nil when none do: banners
    /// hold few lines and cross a stretch that columns of many lines stand either side of.
    func bannerBands(_ region: [Int]) -> [[Int]]? {
        let gutter = gutterWidth
        let stretches = Projection.sparseStretches(
            xs, of: region, share: Self.bannerShareOfColumn, minimumWidth: gutter)
        for stretch in stretches {
            let banners = Set(region.filter { xs[$0].low < stretch.low && xs[$0].high > stretch.high })
            guard !banners.isEmpty, banners.count < region.count else { continue }
            // Without the banners, a true gutter must open inside the stretch.
            let rest = region.filter { !banners.contains($0) }
            let inside = rest.filter { xs[$0].low < stretch.high && xs[$0].high > stretch.low }
                .map { Span(low: max(xs[$0].low, stretch.low), high: min(xs[$0].high, stretch.high)) }
            guard opensGap(inside, within: stretch, minimum: gutter) else { continue }
            return bands(region, banners: banners)
        }
        return shortBannerBands(region)
    }

    /// A banner holds at most 2 lines (a subtitle, a headline across the columns).
    static let shortBannerMaximumLines = 2

    /// The region cut around its short blocks over the columns that cross the gutters the other
    /// blocks leave, or nil when there are none: a column holding few lines beside a long one is no sparse
    /// stretch for `bannerBands` to find, but the gutter is still there without the banners.
    func shortBannerBands(_ region: [Int]) -> [[Int]]? {
        let rest = region.filter { items[$0].lineCount > Self.shortBannerMaximumLines }
        guard rest.count >= 2 else { return nil }
        let runs = columns(rest)
        guard runs.count > 1 else { return nil }
        var gutters: [Span] = []
        for (left, right) in zip(runs, runs.dropFirst()) {
            gutters.append(Span(low: left.map { xs[$0].high }.max()!, high: right.map { xs[$0].low }.min()!))
        }
        // Only banners over the columns' tops (a subtitle under the masthead): lower down, short
        // blocks across a gutter are as often a table's rows.
        let top = rest.map { ys[$0].low }.min()!
        let banners = Set(region.filter { member in
            items[member].lineCount <= Self.shortBannerMaximumLines && ys[member].high <= top
                && gutters.contains { xs[member].low < $0.low && xs[member].high > $0.high }
        })
        guard !banners.isEmpty else { return nil }
        return bands(region, banners: banners)
    }

    /// Whether `spans` (clipped to `stretch`) leave an uncovered piece of it at least `minimum` long.
    private func opensGap(_ spans: [Span], within stretch: Span, minimum: Double) -> Bool {
        var reach = stretch.low
        for span in spans.sorted(by: { $0.low < $1.low }) {
            if span.low - reach >= minimum { return true }
            reach = max(reach, span.high)
        }
        return stretch.high - reach >= minimum
    }

    /// The region in bands top to bottom: each run of adjacent banners, and between them the
    /// other boxes, each going with the banners' gap its middle falls in.
    private func bands(_ region: [Int], banners: Set<Int>) -> [[Int]] {
        let bannerList = banners.sorted { ys[$0].low != ys[$1].low ? ys[$0].low < ys[$1].low : $0 < $1 }
        // Slots: 0 = above the first banner, 2k+1 = banner k, 2k+2 = between banner k and k+1.
        var slots = [[Int]](repeating: [], count: bannerList.count * 2 + 1)
        for (k, banner) in bannerList.enumerated() { slots[2 * k + 1].append(banner) }
        let middles = bannerList.map { (ys[$0].low + ys[$0].high) / 2 }
        for member in region where !banners.contains(member) {
            let middle = (ys[member].low + ys[member].high) / 2
            // Binary search: how many banners lie above this box's middle.
            var low = 0, high = middles.count
            while low < high {
                let mid = (low + high) / 2
                if middles[mid] < middle { low = mid + 1 } else { high = mid }
            }
            slots[2 * low].append(member)
        }
        // Adjacent banners with nothing between them read as one band.
        var result: [[Int]] = []
        var previousWasBanner = false
        for (index, slot) in slots.enumerated() where !slot.isEmpty {
            let isBanner = index % 2 == 1
            if isBanner && previousWasBanner {
                result[result.count - 1] += slot
            } else {
                result.append(slot)
            }
            previousWasBanner = isBanner
        }
        return result
    }
}
