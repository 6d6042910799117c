import Testing

@testable import GalleyKit

/// A table set with exactly one em between its columns (ConTeXt's tabulate), rows at the text's own
/// pitch and no bold header: measured between glyph boxes, the gap at the widest cell comes out a
/// hair under an em, and the table is still found. The near miss: columns 0.9 em apart are too
/// close for a table's columns (two word spaces, hardly more), and the lines stay as they were.
@Suite struct TableColumnGapTests {
    typealias Page = DetectTablesTests

    static let rows = [
        ["Wed 14 Oct", "Annual meeting", "Sail Loft"], ["Sat 31 Oct", "Lantern walk", "Harbour"],
        ["Sat 7 Nov", "Bulky waste", "Wharf St"], ["Fri 11 Dec", "Carols", "Custom house"],
    ]

    /// One block per column, 12 pt apart, each column `gap` points right of the widest cell before it.
    static func columns(gap: Double) -> [Block] {
        var x = 50.0
        var blocks: [Block] = []
        for column in 0..<3 {
            let cells = rows.map { $0[column] }
            blocks.append(Page.block(cells.enumerated().map { Page.line($1, x: x, y: 100 + 12 * Double($0)) }))
            x += Double(cells.map(\.count).max()!) * 5 + gap
        }
        return blocks
    }

    @Test func columnsAHairUnderAnEmApartMakeATable() {
        let tables = Page.tables(Page.run(Self.columns(gap: 9.95)))
        #expect(tables.count == 1)
        #expect(tables.first?.lines.count == 12)
    }

    @Test func columnsNineTenthsOfAnEmApartMakeNone() {
        #expect(Page.tables(Page.run(Self.columns(gap: 9.0))).isEmpty)
    }
}
