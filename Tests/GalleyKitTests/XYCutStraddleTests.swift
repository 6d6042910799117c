import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A heading across three columns half way down the page (a straddle): its words may reach over
/// the first gutter only, and a one-line running head above may bridge that gutter too; the
/// columns above it still read column by column before it, and the columns below after it.
@Suite struct XYCutStraddleTests {
    typealias Page = OrderByGeometryTests

    static func page(straddleSize: Double, grid: Bool = false) -> [Block] {
        var blocks = [
            Page.block(["Saltmarsh Lane Residents' Association"], x: 48, y: 30, width: 200, size: 8),
            Page.paragraph("First column above", lines: 6, x: 48, y: 60, width: 150),
            Page.paragraph("second column above", lines: 6, x: 218, y: 60, width: 150),
            Page.paragraph("third column above", lines: 5, x: 388, y: 60, width: 150),
            Page.block(["News from Around the Lane"], x: 48, y: 150, width: 220, size: straddleSize, bold: true),
            Page.paragraph("First column below", lines: 3, x: 48, y: 180, width: 150),
            Page.paragraph("second column below", lines: 3, x: 218, y: 180, width: 150),
            Page.paragraph("third column below", lines: 3, x: 388, y: 180, width: 150),
        ]
        if grid {
            // Six numbered boxes under it all, numbered across the rows.
            for row in 0..<2 {
                for column in 0..<3 {
                    let x = 48 + Double(column) * 170, y = 240 + Double(row) * 60
                    blocks.append(Page.block(["\(row * 3 + column + 1)"], x: x, y: y, width: 12, size: 18, bold: true))
                    blocks.append(Page.paragraph("Box \(row * 3 + column + 1) text", lines: 3, x: x + 20, y: y, width: 130))
                }
            }
        }
        return blocks
    }

    static let expected = [
        "Saltmarsh Lane Residents' Association", "First column above", "second column above", "third column above",
        "News from Around the Lane", "First column below", "second column below", "third column below",
    ]

    @Test func aStraddleHeadingEndsTheColumnsAboveIt() {
        #expect(Page.firstLines(Page.run(Self.page(straddleSize: 15))) == Self.expected)
    }

    @Test func aGridOfNumberedBoxesBelowDoesNotStopTheCut() {
        let order = Page.firstLines(Page.run(Self.page(straddleSize: 15, grid: true)))
        #expect(Array(order.prefix(Self.expected.count)) == Self.expected)
        let boxes = order.filter { $0.hasPrefix("Box ") }
        #expect(boxes == (1...6).map { "Box \($0) text" })
    }

    @Test func onlyAOneLineBlockSetLargerThanTheBodyIsAStraddle() {
        // The near miss: the same line at the body's size (a caption, a table's header row)
        // does not change the layout by itself.
        for (size, isStraddle) in [(15.0, true), (10.0, false)] {
            let items = Self.page(straddleSize: size).map(OrderByGeometry.layoutItem)
            #expect(XYCut(items, lineHeight: 10).changesLayout(4) == isStraddle)
        }
    }
}
