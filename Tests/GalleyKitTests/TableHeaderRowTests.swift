import Testing

@testable import GalleyKit

/// A table whose bold header row does not keep to the columns under it: "Time Event" stands over
/// both the times (set in the first column, after the dates) and the events, so the header row
/// cannot open the same stretch of columns as the rows. Right above the rows, bold over plain
/// cells and within the table's width, it is still the table's header row. The near miss: the
/// same row in plain type is no header, and the table is found without it.
@Suite struct TableHeaderRowTests {
    typealias Page = DetectTablesTests

    static let rows = [
        ["Wed 14 Oct 7pm", "Annual meeting", "Sail Loft"], ["Sat 31 Oct 4pm", "Lantern walk", "Harbour"],
        ["Sat 7 Nov 9am", "Bulky waste", "Wharf St"], ["Fri 11 Dec 6pm", "Carols", "Custom house"],
    ]

    /// The header row at y 100 (bold or not), the rows 12 points apart under it, one block per column.
    static func page(boldHeader: Bool) -> [Block] {
        let header = [
            Page.line("Date", x: 50, y: 100, bold: boldHeader), Page.line("Time Event", x: 105, y: 100, bold: boldHeader),
            Page.line("Venue", x: 250, y: 100, bold: boldHeader),
        ]
        let columns = [50.0, 150, 250].enumerated().map { column, x in
            Page.block(Self.rows.enumerated().map { Page.line($1[column], x: x, y: 112 + 12 * Double($0)) })
        }
        return header.map { Page.block([$0]) } + columns
    }

    @Test func aBoldHeaderRowOverTwoColumnsHeadsTheTable() {
        let tables = Page.tables(Page.run(Self.page(boldHeader: true)))
        #expect(tables.count == 1)
        #expect(tables.first?.lines.count == 15)
        #expect(tables.first?.lines.first?.text == "Date")
    }

    @Test func aPlainRowAboveIsNoHeader() {
        let tables = Page.tables(Page.run(Self.page(boldHeader: false)))
        #expect(tables.count == 1)
        #expect(tables.first?.lines.count == 12)
    }
}
