/// Finds landscape sheets that carry two printed pages side by side (a reader's spread, or a
/// booklet imposed for printing: 4|1, 2|3), splits each at the empty strip down its middle into
/// two pages of its own, and puts the halves in printed-page order by their folios ("– 2 –", "3",
/// "Page 3"); a half read away from its sheet's place is recorded as `.moved`. Blocks keep the
/// number of the PDF page they were printed on.
package struct SplitSpreads: Stage {
    /// A sheet holds two portrait pages when it is at least 1.25× as wide as it is tall.
    static let minimumAspect = 1.25
    /// The strip between the two pages is at least 2 line heights wide: wider than any column
    /// gutter a designer sets inside one page.
    static let minimumStripInLineHeights = 2.0
    /// The strip's middle lies within 10% of the sheet's width from the sheet's middle.
    static let centreToleranceShare = 0.1
    /// Each half holds at least this many lines: a landscape page with text on one side only is
    /// one page with a picture or a margin beside it, not a spread.
    static let minimumLinesPerHalf = 3
    /// A folio is one of the 2 lines at the head or the foot of a half.
    static let folioLinesAtEachEnd = 2
    /// The audit shows this many words of a moved half.
    static let snippetWords = 6

    package init() {}

    /// One logical page: a PDF page, or one half of a spread with the folio printed on it.
    struct Half {
        var page: Page
        var isSpreadHalf: Bool
        var folio: Int?
        var side: String
    }

    package func run(_ document: inout Document, context: StageContext) {
        var halves: [Half] = []
        var splitAny = false
        for page in document.pages {
            if page.duplicateOf == nil, !page.isOrderedByStructure, let (left, right) = Self.split(page) {
                halves.append(Half(page: left, isSpreadHalf: true, folio: Self.folio(left), side: "left"))
                halves.append(Half(page: right, isSpreadHalf: true, folio: Self.folio(right), side: "right"))
                splitAny = true
            } else {
                halves.append(Half(page: page, isSpreadHalf: false, folio: nil, side: ""))
            }
        }
        guard splitAny else { return }
        // Printed-page order, when every half of every spread carries its own folio: the halves
        // take the spreads' places in the document in folio order. Otherwise left, then right.
        let slots = halves.indices.filter { halves[$0].isSpreadHalf }
        let folios = slots.compactMap { halves[$0].folio }
        if folios.count == slots.count, Set(folios).count == folios.count {
            let sorted = slots.map { halves[$0] }.sorted { $0.folio! < $1.folio! }
            for (slot, half) in zip(slots, sorted)
            where halves[slot].page.number != half.page.number || halves[slot].side != half.side {
                let words = half.page.blocks.lazy.map(\.text).joined(separator: " ")
                    .split(separator: " ").prefix(Self.snippetWords).joined(separator: " ")
                document.audit.repair(
                    .moved, before: "\(words) (page \(half.page.number), \(half.side) half, read in sheet order)",
                    after: "\(words) (page \(half.page.number), \(half.side) half: printed page \(half.folio!))",
                    page: half.page.number, lines: half.page.blocks.lazy.flatMap(\.lines))
            }
            for (slot, half) in zip(slots, sorted) { halves[slot] = half }
        }
        document.pages = halves.map(\.page)
    }

    // MARK: - Finding the strip

    /// The page's two halves, split at the middle of an empty strip down the sheet's middle, or
    /// nil when the page is no spread.
    static func split(_ page: Page) -> (Page, Page)? {
        guard let size = page.size, size.height > 0, size.width >= minimumAspect * size.height else { return nil }
        let boxes = page.blocks.flatMap(\.lines).filter { !$0.isRotated }.compactMap(\.box)
        guard let strip = middleStrip(boxes, sheet: size) else { return nil }
        let cut = (strip.low + strip.high) / 2
        var left: [Block] = [], right: [Block] = []
        for block in page.blocks {
            // Lines go to the side their middle is on; a block with lines on both sides splits.
            let leftLines = block.lines.filter { ($0.box?.midX ?? block.box?.midX ?? cut) < cut }
            let rightLines = block.lines.filter { ($0.box?.midX ?? block.box?.midX ?? cut) >= cut }
            if !leftLines.isEmpty {
                var part = block
                part.lines = leftLines
                part.box = Rect.union(leftLines.compactMap(\.box)) ?? block.box
                left.append(part)
            }
            if !rightLines.isEmpty {
                var part = block
                part.lines = rightLines
                part.box = Rect.union(rightLines.compactMap(\.box)) ?? block.box
                right.append(part)
            }
        }
        let leftSize = Rect(x: size.minX, y: size.minY, width: cut - size.minX, height: size.height)
        let rightSize = Rect(x: cut, y: size.minY, width: size.maxX - cut, height: size.height)
        func links(in half: Rect) -> [LinkAnnotation] {
            page.linkAnnotations.filter { $0.box.midX >= half.minX && $0.box.midX < half.maxX }
        }
        var leftPage = Page(number: page.number, blocks: left, size: leftSize, linkAnnotations: [])
        leftPage.sheet = size
        leftPage.linkAnnotations = links(in: leftSize)
        var rightPage = Page(number: page.number, blocks: right, size: rightSize, linkAnnotations: [])
        rightPage.sheet = size
        rightPage.linkAnnotations = links(in: rightSize)
        // Each half keeps the pictures whose middle lies in it (coordinates stay the sheet's).
        (leftPage.pictures, rightPage.pictures) = (
            page.pictures.filter { $0.midX < cut }, page.pictures.filter { $0.midX >= cut }
        )
        return (leftPage, rightPage)
    }

    /// The widest stretch near the sheet's middle that no line crosses, at least
    /// `minimumStripInLineHeights` line heights wide, with enough lines either side.
    static func middleStrip(_ boxes: [Rect], sheet: Rect) -> Span? {
        let heights = boxes.map(\.height).filter { $0 > 0 }.sorted()
        guard !heights.isEmpty else { return nil }
        let lineHeight = heights[heights.count / 2]
        let spans = boxes.map { Span(low: $0.minX, high: $0.maxX) }
        let runs = Projection.runs(spans, of: Array(spans.indices), minimumGap: minimumStripInLineHeights * lineHeight)
        guard runs.count > 1 else { return nil }
        var best: (strip: Span, distance: Double)?
        var leftCount = 0
        for index in 0..<(runs.count - 1) {
            leftCount += runs[index].count
            let rightCount = boxes.count - leftCount
            let low = runs[index].map { spans[$0].high }.max()!
            let high = runs[index + 1].map { spans[$0].low }.min()!
            let distance = abs((low + high) / 2 - sheet.midX)
            guard distance <= centreToleranceShare * sheet.width, leftCount >= minimumLinesPerHalf,
                rightCount >= minimumLinesPerHalf
            else { continue }
            if best == nil || distance < best!.distance { best = (Span(low: low, high: high), distance) }
        }
        return best?.strip
    }

    // MARK: - Folios

    /// The page number printed at the head or foot of a half: "– 2 –", "2", "Page 2", "Page 2 of 4".
    static func folio(_ half: Page) -> Int? {
        let lines = half.blocks.flatMap(\.lines).filter { !$0.isRotated && $0.box != nil }
            .sorted { $0.box!.minY < $1.box!.minY }
        let ends = lines.prefix(folioLinesAtEachEnd) + lines.suffix(folioLinesAtEachEnd)
        for line in ends.reversed() {
            let text = line.text.trimmingWhitespace()
            guard RemoveRunningHeaders.isBareNumber(text) || RemoveRunningHeaders.isPageLabel(text) else { continue }
            return firstNumber(text)
        }
        return nil
    }

    /// The first run of ASCII digits in `text`, as a number.
    static func firstNumber(_ text: String) -> Int? {
        let digits = text.drop { !($0.isASCII && $0.isNumber) }.prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}
