import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A paragraph set in the column beside a table, whose short lines (long addresses leave few words
/// a line) fall level with some of its rows, is no column of the table: its lines run on above the
/// table at a leading of their own. A table read column by column, a column's block opening with
/// a line above the rows at the rows' own pitch, keeps that column.
@Suite struct ParagraphBesideTableTests {
    static func line(_ text: String, x: Double, top: Double) -> Line {
        Line(
            text, box: Rect(x: x, y: top, width: Double(text.count) * 5, height: 10),
            font: FontInfo(name: "Serif", size: 10))
    }

    static let rows = [("Day", "Hours"), ("Monday", "Closed"), ("Tuesday", "4pm to 7pm"), ("Wednesday", "10am to 1pm"),
                       ("Thursday", "4pm to 7pm"), ("Saturday", "9am to 5pm")]

    /// The table's rows, one block per row (read row by row), 16.6 pt apart from `top`.
    static func tableRows(top: Double) -> [Block] {
        rows.enumerated().map { index, row in
            let y = top + 16.6 * Double(index)
            return Block(lines: [line(row.0, x: 56, top: y), line(row.1, x: 156, top: y)], page: 1)
        }
    }

    static func detect(_ blocks: [Block]) -> [Block] {
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: blocks)])
        DetectTables().run(&document, context: Fixtures.context)
        return document.pages[0].blocks
    }

    @Test func aParagraphBesideTheTableAtItsOwnLeadingStaysAParagraph() {
        // Eight lines 13.8 pt apart from a line above the header row: three fall level with rows.
        let texts = [
            "Membership costs six pounds a year, or", "ten for a household. Renew online at",
            "www.example-allotments-", "society.org.uk/join or call the", "secretary on 01632 960518.",
            "Questions can be sent to", "events.team@example-", "allotments.org.uk at any time.",
        ]
        let paragraph = Block(
            lines: texts.enumerated().map { Self.line($1, x: 308, top: 142 + 13.8 * Double($0)) }, page: 1)
        let blocks = Self.detect(Self.tableRows(top: 156) + [paragraph])
        let tables = blocks.filter { $0.kind == .table }
        #expect(tables.count == 1)
        #expect(tables.first?.rows?.first == ["Day", "Hours"])
        #expect(tables.first?.rows?.allSatisfy { $0.count == 2 } == true)
        #expect(blocks.contains { $0.kind == .paragraph && $0.lines.count == texts.count })
    }

    @Test func aColumnReadWholeUnderALineAboveTheRowsIsStillAColumn() {
        // The near miss: a third column read as one block, opening with a line a row above the
        // header row, at the rows' pitch: a column of the table.
        let notes = ["Notes", "Booking", "Closed all day", "Members only", "Late opening", "Shop open", "Plant sale"]
        let column = Block(
            lines: notes.enumerated().map { Self.line($1, x: 300, top: 156 - 16.6 + 16.6 * Double($0)) }, page: 1)
        let tables = Self.detect(Self.tableRows(top: 156) + [column]).filter { $0.kind == .table }
        #expect(tables.count == 1)
        #expect(tables.first?.rows?.first?.count == 3)
    }
}

extension ParagraphBesideTableTests {
    @Test func aParagraphLeftOfTheTableStaysAParagraphToo() {
        // Mirrored: the paragraph in the first column, the table in the second.
        let texts = [
            "Membership costs six pounds a year, or", "ten for a household. Renew online at",
            "www.example-allotments-", "society.org.uk/join or call the", "secretary on 01632 960518.",
            "Questions can be sent to", "events.team@example-", "allotments.org.uk at any time.",
        ]
        let paragraph = Block(
            lines: texts.enumerated().map { Self.line($1, x: 51, top: 142 + 13.8 * Double($0)) }.map { line in
                var line = line
                line.box = Rect(x: 51, y: line.box!.minY, width: 200, height: 10)
                return line
            }, page: 1)
        let table = Self.rows.enumerated().map { index, row in
            let y = 156 + 16.6 * Double(index)
            return Block(lines: [Self.line(row.0, x: 308, top: y), Self.line(row.1, x: 408, top: y)], page: 1)
        }
        let blocks = Self.detect([paragraph] + table)
        let tables = blocks.filter { $0.kind == .table }
        #expect(tables.count == 1)
        #expect(tables.first?.rows?.allSatisfy { $0.count == 2 } == true)
        #expect(blocks.contains { $0.kind == .paragraph && $0.lines.count == texts.count })
    }
}
