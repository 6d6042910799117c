import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Tables whose cells wrap onto several lines, a table crossed by the short lines of prose beside it,
/// and a table whose last rows run onto the next page; with their near misses (a row of its own
/// under an empty first cell, side-headings beside paragraphs, a table that does not end its page).
/// Synthetic pages as in `DetectTablesTests`: 10 pt type, a character 5 pt wide.
@Suite struct TableWrappedCellsTests {
    typealias Page1 = DetectTablesTests

    /// The blocks of a table drawn cell line by cell line: each row a list of cells, each cell its
    /// lines `pitch` apart, the row as tall as its tallest cell, then `padding` before the next row.
    static func table(
        _ rows: [[[String]]], columns: [Double], y: Double, pitch: Double, padding: Double, boldHeader: Bool = true
    ) -> [Block] {
        var blocks: [Block] = []
        var top = y
        for (number, row) in rows.enumerated() {
            for (column, cell) in row.enumerated() where !cell.isEmpty {
                blocks.append(
                    Page1.block(
                        cell.enumerated().map {
                            Page1.line($1, x: columns[column], y: top + pitch * Double($0), bold: boldHeader && number == 0)
                        }))
            }
            top += pitch * Double(row.map(\.count).max() ?? 1) + padding
        }
        return blocks
    }

    /// Each cell's lines joined, as the table block's rows read.
    static func joined(_ rows: [[[String]]]) -> [[String]] {
        rows.map { $0.map { $0.joined(separator: " ") } }
    }

    // MARK: Wrapped cells

    static let walks: [[[String]]] = [
        [["Date"], ["Walk"], ["Meeting point"]],
        [["Sun 4 October"], ["Fungus foray through the", "beech hangers"], ["Car park on the", "hill top"]],
        [["Sat 17 October"], ["River meadows"], ["Old mill footbridge"]],
        [["Sun 1 November"], ["Winter birds at the", "gravel pits"], ["Pit Lane gate"]],
        [["Sat 14 November"], ["Hedgerow berries"], ["Church porch"]],
    ]

    @Test func cellsWrappedOntoSeveralLinesJoinTheirRowWhenRowsAreSetApart() {
        // Lines 11 pt apart inside a cell (1 pt between them), rows 8 pt apart.
        let document = Page1.run(Self.table(Self.walks, columns: [50, 150, 290], y: 100, pitch: 11, padding: 8))
        let tables = Page1.tables(document)
        #expect(tables.count == 1)
        #expect(tables.first?.rows == Self.joined(Self.walks))
        #expect(tables.first?.items?[1] == "Sun 4 October Fungus foray through the beech hangers Car park on the hill top")
    }

    /// A table set without padding (TeX's `p{}` columns): every line 12 pt below the last, a plain
    /// header, no numerals; second lines of cells in lower case.
    static let repairs: [[[String]]] = [
        [["Item"], ["Fault"], ["Who mends it"]],
        [["Village pump"], ["Handle loose and", "spout blocked"], ["Handyman,", "before the fair"]],
        [["Bus shelter"], ["Roof cracked", "by the hailstorm"], ["County council", "depot"]],
        [["Noticeboard"], ["Door will not lock"], ["Green Friends"]],
    ]

    @Test func rowsSetWithoutPaddingJoinWhereTheFirstColumnIsEmptyAndTheLineCarriesOn() {
        let document = Page1.run(
            Self.table(Self.repairs, columns: [50, 150, 260], y: 100, pitch: 12, padding: 0, boldHeader: false))
        #expect(Page1.tables(document).first?.rows == Self.joined(Self.repairs))
    }

    @Test func aRowUnderAnEmptyFirstCellOpeningInCapitalsIsARowOfItsOwn() {
        // "Gate sticks" under an empty first cell, as close as the wrapped lines: a new row, not
        // the last line of "Door will not lock".
        let rows = Self.repairs + [[[], ["Gate sticks"], ["Parish clerk"]]]
        let document = Page1.run(Self.table(rows, columns: [50, 150, 260], y: 100, pitch: 12, padding: 0, boldHeader: false))
        let table = Page1.tables(document).first
        #expect(table?.rows?.count == 5)
        #expect(table?.rows?.last == ["", "Gate sticks", "Parish clerk"])
    }

    @Test func sideHeadingsBesideParagraphsAreNoTable() {
        // Short headings on the left, paragraphs of five short lines on the right, set apart by a
        // paragraph's space: aligned tops, a cell of one line beside cells of several, but the
        // right column holds paragraphs.
        let sections: [[[String]]] = [
            [["Choir Practice"], ["Practice resumes on the", "first Tuesday in the", "vestry at half past", "seven, and new voices", "are always welcome."]],
            [["Bell Ringers"], ["The tower is looking", "for two more ringers", "to make up a band", "for the harvest and", "the carol service."]],
            [["Flower Rota"], ["The rota for autumn", "is pinned inside the", "porch door; please swap", "with somebody if you", "cannot manage a week."]],
        ]
        let blocks = Self.table(sections, columns: [50, 150], y: 100, pitch: 12, padding: 12, boldHeader: false)
        let document = Page1.run(blocks)
        #expect(Page1.tables(document).isEmpty)
        #expect(document.pages[0].blocks.dropLast().map(\.unpaged) == blocks)
    }

    // MARK: Prose beside the table

    @Test func shortLinesOfProseBesideTheTableAreNoColumnOfIt() {
        // A prose column on the right whose lines fall between the table's baselines; its short
        // lines line up at its left edge like a column, but longer lines of it cross that column.
        let texts = (0..<9).map {
            $0 % 2 == 0 ? "Short lines of prose here" : "and a longer line of the prose beside the table runs on"
        }
        let prose = Page1.block(texts.enumerated().map { Page1.line($1, x: 340, y: 105 + 10 * Double($0)) })
        let document = Page1.run([prose] + Page1.cellBlocks(Page1.events, columns: [50, 150, 220], y: 100))
        #expect(Page1.tables(document).first?.rows == Page1.events)
        #expect(document.pages[0].blocks.contains { $0.unpaged == prose })
    }

    // MARK: A table over a page break

    static let overleaf = [["Sat 3 October", "8pm", "Quiz night"], ["Sun 4 October", "3pm", "Cake sale"]]

    /// Two pages: body text, then the events table at the foot of page 1 (and, when `proseUnder`,
    /// a paragraph under it); page 2 opens with a running head, two rows in the table's columns and body text.
    static func twoPages(proseUnder: Bool) -> Document {
        let body = Array(repeating: "the body text of the page runs on in lines of ten words or so", count: 8)
        var first = [Page1.paragraph(body, x: 50, y: 100)] + Page1.cellBlocks(Page1.events, columns: [50, 150, 220], y: 600)
        if proseUnder {
            first.append(Page1.paragraph(["and the article goes on under the table in lines of ten words"], x: 50, y: 720))
        }
        first.append(Page1.block([Page1.line("Page 1", x: 280, y: 800)]))
        let second =
            [Page1.block([Page1.line("Club news | Autumn", x: 400, y: 30)])]
            + Page1.cellBlocks(Self.overleaf, columns: [50, 150, 220], y: 60).map {
                var plain = $0
                plain.lines = plain.lines.map {
                    var line = $0
                    line.font?.isBold = false
                    return line
                }
                return plain
            }
            + [Page1.paragraph(body, x: 50, y: 120)]
        let size = Rect(x: 0, y: 0, width: 595, height: 842)
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 2),
            pages: [Page(number: 1, blocks: first, size: size), Page(number: 2, blocks: second, size: size)])
        DetectTables().run(&document, context: Fixtures.context)
        return document
    }

    @Test func rowsOpeningTheNextPageInTheColumnsOfATableEndingItsPageJoinIt() {
        let document = Self.twoPages(proseUnder: false)
        let table = document.pages[0].blocks.first { $0.kind == .table }
        #expect(table?.rows == Page1.events + Self.overleaf)
        #expect(table?.items?.last == "Sun 4 October 3pm Cake sale")
        // The rows left page 2: its running head and body text stay.
        #expect(!document.pages[1].blocks.contains { $0.text.contains("Quiz night") })
        #expect(document.pages[1].blocks.count == 2)
        #expect(document.audit.repairs.filter { $0.kind == .moved }.count == 1)
        #expect(document.audit.repairs.first?.page == 2)
    }

    @Test func aTableWithTextUnderItOnItsPageTakesNoRowsFromTheNext() {
        let document = Self.twoPages(proseUnder: true)
        #expect(document.pages[0].blocks.first { $0.kind == .table }?.rows == Page1.events)
        #expect(document.pages[1].blocks.contains { $0.text.contains("Quiz night") })
        #expect(document.audit.repairs.isEmpty)
    }
}
