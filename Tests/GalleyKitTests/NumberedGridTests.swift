import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Grids of numbered boxes whose rows are closer than a band gap: read by number whether the
/// numbers run down the columns or across the rows; rotated margin banners kept out of the cut.
@Suite struct NumberedGridTests {
    typealias Page = OrderByGeometryTests

    /// A 3×2 grid: each box a large label beside a bold title, its text under the title; a
    /// paragraph across the page follows close under the grid, so the grid's columns are no
    /// page columns and its rows are cut first.
    static func grid(labels: [[String]]) -> [Block] {
        var blocks = [Page.paragraph("After the grid", lines: 20, x: 60, y: 340, width: 430)]
        for (row, pair) in labels.enumerated() {
            for (column, label) in pair.enumerated() {
                let x = 60 + Double(column) * 250, y = 100 + Double(row) * 80
                if !label.isEmpty { blocks.append(Page.block([label], x: x, y: y, width: 10, size: 17, bold: true)) }
                blocks.append(Page.block(["Title \(row)\(column)"], x: x + 22, y: y + 1, width: 100, bold: true))
                blocks.append(Page.paragraph("Text \(row)\(column) of the box", lines: 4, x: x + 22, y: y + 14, width: 180))
            }
        }
        return blocks
    }

    /// The titles in the order the stage left them.
    static func titles(_ document: Document) -> [String] {
        Page.firstLines(document).filter { $0.hasPrefix("Title") }
    }

    @Test func boxesNumberedDownTheColumnsReadByNumber() {
        let document = Page.run(Self.grid(labels: [["1", "4"], ["2", "5"], ["3", "6"]]))
        #expect(Self.titles(document) == ["Title 00", "Title 10", "Title 20", "Title 01", "Title 11", "Title 21"])
        // Each label goes with its title and text.
        #expect(Array(Page.firstLines(document).prefix(3)) == ["1", "Title 00", "Text 00 of the box"])
    }

    @Test func boxesNumberedAcrossTheRowsReadByNumber() {
        let document = Page.run(Self.grid(labels: [["1", "2"], ["3", "4"], ["5", "6"]]))
        #expect(Self.titles(document) == ["Title 00", "Title 01", "Title 10", "Title 11", "Title 20", "Title 21"])
    }

    @Test func unnumberedBoxesReadRowByRow() {
        let document = Page.run(Self.grid(labels: [["", ""], ["", ""], ["", ""]]))
        #expect(Self.titles(document) == ["Title 00", "Title 01", "Title 10", "Title 11", "Title 20", "Title 21"])
    }

    @Test func numbersWithAGapAreNoGrid() {
        let document = Page.run(Self.grid(labels: [["1", "7"], ["2", "8"], ["3", "9"]]))
        #expect(Self.titles(document) == ["Title 00", "Title 01", "Title 10", "Title 11", "Title 20", "Title 21"])
    }

    @Test func aRotatedBannerDownTheMarginStaysOutOfTheColumns() {
        // The banner runs down the left margin level with both columns; without it the columns
        // read one after the other, and it reads last.
        var banner = Page.block(["CLUB BANNER · EVERY PAGE"], x: 20, y: 100, width: 10)
        banner.lines[0].isRotated = true
        banner.lines[0].box = Rect(x: 20, y: 100, width: 10, height: 400)
        banner.box = banner.lines[0].box
        let blocks = [
            banner,
            Page.paragraph("Left column opens", lines: 20, x: 60, y: 100),
            Page.paragraph("Right column opens", lines: 20, x: 320, y: 100),
        ]
        #expect(
            Page.firstLines(Page.run(blocks)) == ["Left column opens", "Right column opens", "CLUB BANNER · EVERY PAGE"])
    }
}
