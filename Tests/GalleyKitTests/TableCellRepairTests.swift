import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The line repairs reach a table's cells: each cell is repaired on its own, its cells and rows
/// are rebuilt, and every repair is recorded.
@Suite struct TableCellRepairTests {
    static let font = FontInfo(name: "Helvetica", size: 9)

    /// A table block as `DetectTables` makes it: its lines cell by cell, row by row (each cell's
    /// lines `cells[row][column]`), its rows' cells the lines joined by spaces.
    static func table(_ cells: [[[String]]]) -> Block {
        var lines: [Line] = []
        for (rowIndex, row) in cells.enumerated() {
            for (columnIndex, cell) in row.enumerated() {
                for (lineIndex, text) in cell.enumerated() {
                    let y = 100 + Double(rowIndex) * 30 + Double(lineIndex) * 11
                    lines.append(
                        Line(text, box: Rect(x: 50 + Double(columnIndex) * 150, y: y, width: 120, height: 9), font: font))
                }
            }
        }
        let rows = cells.map { row in row.map { $0.joined(separator: " ") } }
        let items = rows.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }
        return Block(lines: lines, kind: .table, items: items, rows: rows, page: 1)
    }

    static func run(_ stage: any Stage, _ block: Block) -> Document {
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: [block], size: Rect(x: 0, y: 0, width: 595, height: 842))])
        stage.run(&document, context: Fixtures.context)
        return document
    }

    static let bookings = table([
        [["Date"], ["Event"], ["Booking"]],
        [["Mon 6 July"], ["Story time in the com-", "munity garden"], ["www.example-library.org.uk/", "events/story-time"]],
        [["Wed 8 July"], ["Knit and natter"], ["No booking needed"]],
        [["Sat 11 July"], ["History walk"], ["walks@", "example-library.org.uk"]],
    ])

    @Test func aLineEndHyphenInsideACellIsResolvedAndRecorded() throws {
        let document = Self.run(RepairHyphenation(), Self.bookings)
        let block = try #require(document.pages.first?.blocks.first)
        #expect(block.rows?[1][1] == "Story time in the community garden")
        #expect(block.items?[1].hasPrefix("Mon 6 July Story time in the community garden ") == true)
        #expect(document.audit.repairs.map(\.before) == ["com- munity"])
        #expect(document.audit.repairs.map(\.after) == ["community"])
        // The other cells are as they were.
        #expect(block.rows?[1][2] == "www.example-library.org.uk/ events/story-time")
        #expect(block.rows?[2] == ["Wed 8 July", "Knit and natter", "No booking needed"])
    }

    @Test func anAddressWrappedInsideACellIsMadeWholeAndRecorded() throws {
        let document = Self.run(RepairURLs(), Self.bookings)
        let block = try #require(document.pages.first?.blocks.first)
        #expect(block.rows?[1][2] == "www.example-library.org.uk/events/story-time")
        #expect(block.rows?[3][2] == "walks@example-library.org.uk")
        #expect(block.items?[3] == "Sat 11 July History walk walks@example-library.org.uk")
        #expect(document.audit.repairs.map(\.kind) == [.url, .email])
        #expect(
            document.audit.repairs.map(\.after) == [
                "www.example-library.org.uk/events/story-time", "walks@example-library.org.uk",
            ])
    }

    @Test func anAddressAtACellsEndDoesNotTakeTheNextCell() throws {
        // The address ends its cell open ("…/"): the next cell's text is no part of it.
        let block = Self.table([
            [["Place"], ["Web"]],
            [["Library"], ["www.example-library.org.uk/"]],
            [["events/today"], ["Open daily"]],
            [["Museum"], ["Closed Mondays"]],
        ])
        let document = Self.run(RepairURLs(), block)
        let after = try #require(document.pages.first?.blocks.first)
        #expect(after.rows == block.rows)
        #expect(document.audit.repairs.isEmpty)
    }

    @Test func cellsAreFoundFromTheLinesAndRebuiltUnchanged() throws {
        let cells = try #require(TableCells(Self.bookings))
        #expect(cells.blocks.map(\.text)[4] == "Story time in the com- munity garden")
        #expect(cells.blocks.count == 12)
        #expect(cells.rebuilt(cells.blocks) == Self.bookings)
    }

    @Test func linesThatNoLongerMatchTheCellsLeaveTheTableAlone() {
        var block = Self.bookings
        block.lines.removeLast()
        #expect(TableCells(block) == nil)
        #expect(TableCells(Block(lines: [Line("Just prose.")], page: 1)) == nil)
    }

    @Test func theTableRepairsSampleHasWholeCells() throws {
        let document = try Fixtures.convert(sample: "pdf-table-repairs.pdf")
        let table = try #require(document.sections.flatMap(\.blocks).first { $0.kind == .table })
        let cells = table.rows?.flatMap { $0 } ?? []
        #expect(cells.contains("Story time in the community garden"))
        #expect(cells.contains("www.example-library.org.uk/events/story-time"))
        #expect(cells.contains("walks@example-library.org.uk"))
        #expect(!cells.contains { $0.contains("- ") || $0.hasSuffix("@") })
        let kinds = document.audit.repairs.map(\.kind)
        #expect(kinds.contains(.hyphenation) && kinds.contains(.url) && kinds.contains(.email))
    }
}
