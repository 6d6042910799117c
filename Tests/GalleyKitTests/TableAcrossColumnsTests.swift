import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A table that columns break in two: its last rows head the next column, higher on the page,
/// at the table's own column offsets from that column's edge. They join the table. Rows at other
/// offsets, or a table that does not end its column, stay apart.
@Suite struct TableAcrossColumnsTests {
    static let body = FontInfo(name: "Serif", size: 10)

    static func line(_ text: String, x: Double, top: Double, width: Double? = nil) -> Line {
        Line(text, box: Rect(x: x, y: top, width: width ?? Double(text.count) * 5, height: 10), font: body)
    }

    static let rows = [("Class", "Fee"), ("Vegetables", "50p"), ("Flowers", "50p"), ("Fruit", "40p"), ("Preserves", "60p")]

    /// The table's rows at the first column's foot (one block per row), the carried rows at the
    /// second column's head (`offset` from its edge for the second cell), then the column's text.
    static func page(offset: Double = 100, textUnderTable: Bool = false) -> [Block] {
        var blocks = [
            Block(lines: [line("Show Entry Fees", x: 36, top: 40)], page: 1),
            Block(lines: [line("Entries close on the Friday before the show.", x: 36, top: 60, width: 178)], page: 1),
        ]
        blocks += rows.enumerated().map { index, row in
            let top = 420 + 16 * Double(index)
            return Block(lines: [line(row.0, x: 40, top: top), line(row.1, x: 140, top: top)], page: 1)
        }
        if textUnderTable {
            blocks.append(Block(lines: [line("Fees are paid at the hut on the day.", x: 36, top: 510, width: 178)], page: 1))
            blocks.append(Block(lines: [line("Cheques are no longer taken.", x: 36, top: 524, width: 178)], page: 1))
        }
        blocks += [("Baking", "60p"), ("Crafts", "£1")].enumerated().map { index, row in
            let top = 36 + 16 * Double(index)
            return Block(lines: [line(row.0, x: 236, top: top), line(row.1, x: 236 + offset, top: top)], page: 1)
        }
        blocks.append(Block(lines: [line("Judges Wanted", x: 232, top: 80)], page: 1))
        blocks.append(
            Block(
                lines: (0..<4).map { line("The society is looking for two more judges for the", x: 232, top: 100 + 13.8 * Double($0), width: 178) },
                page: 1))
        return blocks
    }

    static func detect(_ blocks: [Block]) -> Document {
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1), pages: [Page(number: 1, blocks: blocks)])
        DetectTables().run(&document, context: Fixtures.context)
        return document
    }

    @Test func theRowsHeadingTheNextColumnJoinTheTable() {
        let document = Self.detect(Self.page())
        let tables = document.pages[0].blocks.filter { $0.kind == .table }
        #expect(tables.count == 1)
        #expect(tables.first?.rows?.map { $0.joined(separator: " ") }.suffix(2) == ["Baking 60p", "Crafts £1"])
        #expect(!document.pages[0].blocks.contains { $0.kind != .table && $0.text.contains("Baking") })
        #expect(document.audit.repairs.contains { $0.kind == .moved })
    }

    @Test func rowsAtOtherOffsetsStayApart() {
        let tables = Self.detect(Self.page(offset: 60)).pages[0].blocks.filter { $0.kind == .table }
        #expect(tables.count == 1)
        #expect(tables.first?.rows?.count == Self.rows.count)
    }

    @Test func aTableWithTextUnderItInItsColumnTakesNoRows() {
        let tables = Self.detect(Self.page(textUnderTable: true)).pages[0].blocks.filter { $0.kind == .table }
        #expect(tables.first?.rows?.count == Self.rows.count)
    }
}
