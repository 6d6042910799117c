/// Where things sit, as the JSON gives it: boxes as `[x0, y0, x1, y1]` in points rounded to
/// hundredths and clipped to their page, raw-dump line ranges as `[first, last]`. One place
/// computes them, so the fast printer and the reference encoder agree.
package struct OutputGeometry {
    /// Each page number's printed sheet (a split spread's halves share theirs).
    private var sheets: [Int: Rect] = [:]

    /// Geometry of no page: boxes are rounded but not clipped.
    package init() {}

    package init(_ document: Document) {
        for page in document.pages {
            if let sheet = page.sheet ?? page.size, sheets[page.number] == nil { sheets[page.number] = sheet }
        }
    }

    /// `box` as the JSON writes it: clipped to page `page`'s sheet, rounded to hundredths.
    package func bbox(_ box: Rect?, page: Int) -> [Double]? {
        guard let box else { return nil }
        var x0 = box.minX, y0 = box.minY, x1 = box.maxX, y1 = box.maxY
        if let sheet = sheets[page] {
            x0 = min(max(x0, sheet.minX), sheet.maxX)
            x1 = min(max(x1, sheet.minX), sheet.maxX)
            y0 = min(max(y0, sheet.minY), sheet.maxY)
            y1 = min(max(y1, sheet.minY), sheet.maxY)
        }
        return [x0, y0, x1, y1].map(Self.rounded)
    }

    /// A block's box: the union of the boxes of its lines on its page as they are now (stages
    /// move lines between blocks, and an article's continuation brings lines from another page),
    /// or the box it was made with.
    package func bbox(of block: Block) -> [Double]? {
        let here = block.lines.lazy.filter { ($0.page ?? block.page) == block.page }.compactMap(\.box)
        return bbox(Rect.union(here) ?? block.box, page: block.page)
    }

    /// The raw-dump lines a block was read from, first and last.
    package static func sourceLines(of block: Block) -> [Int]? {
        sourceLines(Place(of: block.lines).sourceLines)
    }

    package static func sourceLines(_ range: ClosedRange<Int>?) -> [Int]? {
        range.map { [$0.lowerBound, $0.upperBound] }
    }

    /// A block's printed lines (PDF input only): each with its box and font, empty lines left out.
    package func spans(of block: Block) -> [Span]? {
        guard block.lines.contains(where: { $0.box != nil || $0.font != nil }) else { return nil }
        return block.lines.compactMap { line in
            let text = line.text.trimmingWhitespace()
            guard !text.isEmpty else { return nil }
            let page = line.page ?? block.page
            return Span(
                text: text, page: page == block.page ? nil : page, bbox: bbox(line.box, page: page), font: line.font?.name,
                size: line.font.map { Self.rounded($0.size) }, bold: line.font?.isBold, italic: line.font?.isItalic)
        }
    }

    /// `value` to hundredths, never negative zero.
    package static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100 + 0.0
    }

    /// One printed line of a block, as the JSON gives it.
    package struct Span: Encodable {
        let text: String
        /// The line's page when it is not the block's (text brought from another page).
        let page: Int?
        let bbox: [Double]?
        let font: String?
        let size: Double?
        let bold: Bool?
        let italic: Bool?
    }
}
