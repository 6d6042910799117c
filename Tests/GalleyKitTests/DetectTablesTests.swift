import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Tables set as text: synthetic pages of boxed lines (10 pt type, a character 5 pt wide, rows
/// 20 pt apart) in the shapes readers leave them (one block per cell, one block per column, a
/// wrapped cell, a contact panel), and the near misses that must stay as they are (prose set in
/// two columns, a list of names, names side by side, a table cut by a line of prose).
@Suite struct DetectTablesTests {
    // MARK: Building synthetic pages

    /// A line of `text` at (x, y), 5 points a character, `size` high.
    static func line(_ text: String, x: Double, y: Double, size: Double = 10, bold: Bool = false) -> Line {
        let font = FontInfo(name: bold ? "Helvetica-Bold" : "Helvetica", size: size, isBold: bold)
        return Line(text, box: Rect(x: x, y: y, width: Double(text.count) * size / 2, height: size), font: font)
    }

    static func block(_ lines: [Line]) -> Block { Block(lines: lines, page: 1) }

    /// A paragraph of body lines, 12 pt apart, from (x, y).
    static func paragraph(_ texts: [String], x: Double, y: Double) -> Block {
        block(texts.enumerated().map { line($1, x: x, y: y + 12 * Double($0)) })
    }

    /// One block per cell, as a reader leaves a table whose rows are set apart: each row's cells at
    /// `columns`, rows 20 pt apart from `y`, the first row in bold.
    static func cellBlocks(_ rows: [[String]], columns: [Double], y: Double) -> [Block] {
        rows.enumerated().flatMap { row, cells in
            cells.enumerated().compactMap { column, text in
                text.isEmpty ? nil : block([line(text, x: columns[column], y: y + 20 * Double(row), bold: row == 0)])
            }
        }
    }

    /// A page of `blocks` with enough body text elsewhere (at the foot) to make 10 pt the body size.
    static func run(_ blocks: [Block]) -> Document {
        let body = paragraph(
            Array(repeating: "the body text of the page runs on in lines of ten words or so", count: 8), x: 50, y: 600)
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: blocks + [body], size: Rect(x: 0, y: 0, width: 595, height: 842))])
        DetectTables().run(&document, context: Fixtures.context)
        return document
    }

    static func tables(_ document: Document) -> [Block] {
        document.pages[0].blocks.filter { $0.kind == .table || $0.kind == .contact }
    }

    static let events = [
        ["Date", "Time", "Event"],
        ["Tue 7 July", "10am", "Reading challenge launch"],
        ["Fri 17 July", "2pm", "Book sale"],
        ["Sat 18 July", "9.30am", "Book sale, open to all"],
        ["Thu 13 August", "7pm", "Author talk"],
    ]

    // MARK: Tables

    @Test func cellsSetAsBlocksOfTheirOwnBecomeOneTableUnderItsHeading() {
        let heading = Self.block([Self.line("Dates for the Summer", x: 50, y: 76, size: 14, bold: true)])
        let document = Self.run([heading] + Self.cellBlocks(Self.events, columns: [50, 150, 220], y: 100))
        let blocks = document.pages[0].blocks
        #expect(blocks[0].unpaged == heading)
        #expect(blocks[1].kind == .table)
        #expect(blocks[1].rows == Self.events)
        #expect(
            blocks[1].items == [
                "Date Time Event", "Tue 7 July 10am Reading challenge launch", "Fri 17 July 2pm Book sale",
                "Sat 18 July 9.30am Book sale, open to all", "Thu 13 August 7pm Author talk",
            ])
        #expect(blocks[1].lines.count == 15)
        #expect(blocks.count == 3)
    }

    @Test func columnsReadAsBlocksOfTheirOwnBecomeOneTable() {
        // A reader that groups each column's cells into one block (pdflatex tabular, lualatex).
        let columns: [Block] = [50.0, 150.0, 220.0].enumerated().map { column, x in
            Self.block(Self.events.enumerated().map { row, cells in Self.line(cells[column], x: x, y: 100 + 14 * Double(row)) })
        }
        let tables = Self.tables(Self.run(columns))
        #expect(tables.count == 1)
        #expect(tables.first?.rows == Self.events)
    }

    @Test func aCellWrappedOntoASecondLineStaysInItsRow() {
        var blocks = Self.cellBlocks(
            [
                ["Date", "Concert", "Venue"], ["Sat 17 October", "Requiem", "St Alban's Abbey"],
                ["Sun 13 December", "Carols", "Heronsgate Methodist"],
            ],
            columns: [50, 150, 220], y: 100)
        // "Church" wraps under "Heronsgate Methodist", tight below it: the row is taller, and the
        // next row follows the usual 10 pt under it.
        blocks.append(Self.block([Self.line("Church", x: 220, y: 151)]))
        blocks += Self.cellBlocks([["Sat 20 March", "Messiah", "Town hall"]], columns: [50, 150, 220], y: 171).map {
            var plain = $0
            plain.lines = plain.lines.map {
                var line = $0; line.font?.isBold = false; return line
            }
            return plain
        }
        let tables = Self.tables(Self.run(blocks))
        #expect(tables.first?.items?[2] == "Sun 13 December Carols Heronsgate Methodist Church")
        #expect(tables.first?.rows?.count == 4)
    }

    @Test func aTableBesideAProseColumnLeavesTheProseAlone() {
        let prose = Self.paragraph(
            Array(repeating: "a column of running prose beside the table goes on and on", count: 8), x: 30, y: 100)
        let document = Self.run([prose] + Self.cellBlocks(Self.events, columns: [340, 425, 470], y: 100))
        #expect(document.pages[0].blocks[0].unpaged == prose)
        #expect(Self.tables(document).first?.rows == Self.events)
    }

    @Test func aLineOfProseAcrossTheColumnsEndsTheTable() {
        // The prose line crosses both column gaps: the two rows below it are no part of the table.
        let rows = Self.cellBlocks(Self.events, columns: [50, 150, 220], y: 100)
        let prose = Self.paragraph(["and then the article goes on below the table as running text."], x: 50, y: 198)
        let below = Self.cellBlocks(
            [["Fri 4 Sept", "6pm", "Quiz"], ["Sat 5 Sept", "7pm", "Dance"]], columns: [50, 150, 220], y: 216)
        let tables = Self.tables(Self.run(rows + [prose] + below))
        #expect(tables.count == 1)
        #expect(tables.first?.rows == Self.events)
    }

    @Test func aBlockFusingProseWithTheFirstColumnIsSplitThere() {
        // The reader ran the paragraph above on into the table's first column (same left edge,
        // tight below): the prose stays a block of its own and the cells join the table.
        let prose = [
            Self.line("the last lines of the article above the table, set in the body type", x: 50, y: 72),
            Self.line("and ending just over the table's first row, as running text does.", x: 50, y: 84),
        ]
        let firstColumn = Self.events.enumerated().map { row, cells in
            Self.line(cells[0], x: 50, y: 100 + 20 * Double(row), bold: row == 0)
        }
        let others = Self.cellBlocks(Self.events.map { Array($0.dropFirst()) }, columns: [150, 220], y: 100)
        let document = Self.run([Self.block(prose + firstColumn)] + others)
        #expect(document.pages[0].blocks[0].lines.unpaged == prose)
        #expect(Self.tables(document).first?.rows == Self.events)
    }

    // MARK: Contact panels

    @Test func labelsEndingInColonsMakeAContactPanel() {
        let rows = [
            ["Tel:", "0113 496 0417"], ["Email:", "friends@example.org.uk"], ["Web:", "www.example.org.uk"],
        ]
        let blocks = rows.enumerated().flatMap { row, cells in
            [
                Self.block([Self.line(cells[0], x: 50, y: 100 + 14 * Double(row), bold: true)]),
                Self.block([Self.line(cells[1], x: 110, y: 100 + 14 * Double(row))]),
            ]
        }
        let panel = Self.tables(Self.run(blocks))
        #expect(panel.count == 1)
        #expect(panel.first?.kind == .contact)
        #expect(panel.first?.items == ["Tel: 0113 496 0417", "Email: friends@example.org.uk", "Web: www.example.org.uk"])
        #expect(panel.first?.rows == nil)
    }

    @Test func labelsAndValuesInTwoColumnBlocksMakeAContactPanel() {
        let labels = Self.block(
            ["Tel:", "Email:", "Meetings:"].enumerated().map { Self.line($1, x: 50, y: 100 + 15 * Double($0), bold: true) })
        let values = Self.block(
            ["0113 496 0785", "sightings@example.org.uk", "Second Thursday, 7.30pm"].enumerated().map {
                Self.line($1, x: 120, y: 100 + 15 * Double($0))
            })
        let panel = Self.tables(Self.run([labels, values]))
        #expect(panel.first?.kind == .contact)
        #expect(
            panel.first?.items == ["Tel: 0113 496 0785", "Email: sightings@example.org.uk", "Meetings: Second Thursday, 7.30pm"])
    }

    @Test func aTwoColumnTableWithoutColonsIsATable() {
        let rows = [
            ["Room", "Rate"], ["Main hall", "£18 an hour"], ["Committee room", "£9 an hour"], ["Kitchen", "£6 an hour"],
        ]
        let tables = Self.tables(Self.run(Self.cellBlocks(rows, columns: [50, 150], y: 100)))
        #expect(tables.first?.kind == .table)
        #expect(tables.first?.rows == rows)
    }

    // MARK: Near misses

    @Test func proseInTwoColumnsIsNoTable() {
        // Two article columns whose short lines share baselines and edges: long lines, lower case.
        let left = Self.paragraph(
            ["Volunteers met on", "Saturday to clear", "the towpath and", "plant the bank", "with primroses."], x: 50, y: 100)
        let right = Self.paragraph(
            ["The committee has", "agreed to fund", "two new benches", "for the garden", "by the gate."], x: 160, y: 100)
        let document = Self.run([left, right])
        #expect(Self.tables(document).isEmpty)
        #expect(document.pages[0].blocks.prefix(2).unpaged == [left, right])
    }

    @Test func justifiedProseInThreeColumnsIsNoTable() {
        let texts = [
            "the club has joined the", "county campaign to make", "the lanes safer for all", "riders who use them daily",
        ]
        let columns = [50.0, 200.0, 350.0].map { Self.paragraph(texts, x: $0, y: 100) }
        #expect(Self.tables(Self.run(columns)).isEmpty)
    }

    @Test func aListOfNamesIsNoTable() {
        let names = Self.paragraph(
            ["Bernadette Okonjo", "Callum Fairweather", "Ines Marchetti", "Priya Venkatesh"], x: 50, y: 100)
        #expect(Self.tables(Self.run([names])).isEmpty)
    }

    @Test func namesSetSideBySideAreNoTable() {
        // Two columns of names, nothing in bold, no numerals, no labels: no data, no table.
        let left = Self.paragraph(["Bernadette Okonjo", "Callum Fairweather", "Ines Marchetti"], x: 50, y: 100)
        let right = Self.paragraph(["Priya Venkatesh", "Tomasz Wilczek", "Marcus Ellery"], x: 200, y: 100)
        #expect(Self.tables(Self.run([left, right])).isEmpty)
    }

    @Test func aContentsListIsNoTable() {
        // Titles and page numbers in two columns: a contents box, left to the contents stage.
        let rows = [["From the Chair", "1"], ["Summer Events", "2"], ["Local History", "3"], ["Contacts", "4"]]
        let blocks = rows.enumerated().flatMap { row, cells in
            [
                Self.block([Self.line(cells[0], x: 50, y: 100 + 14 * Double(row))]),
                Self.block([Self.line(cells[1], x: 200, y: 100 + 14 * Double(row))]),
            ]
        }
        #expect(Self.tables(Self.run(blocks)).isEmpty)
    }

    @Test func twoRowsAreNoTable() {
        let rows = Array(Self.events.prefix(2))
        #expect(Self.tables(Self.run(Self.cellBlocks(rows, columns: [50, 150, 220], y: 100))).isEmpty)
    }

    // MARK: Scale

    /// `blocks` with every box and font size scaled by `factor` about the page's origin.
    static func scaled(_ blocks: [Block], by factor: Double) -> [Block] {
        blocks.map { block in
            Self.block(
                block.lines.map { line in
                    var copy = line
                    if let box = line.box {
                        copy.box = Rect(
                            x: box.x * factor, y: box.y * factor, width: box.width * factor, height: box.height * factor)
                    }
                    copy.font?.size *= factor
                    return copy
                })
        }
    }

    @Test(arguments: [0.7, 1.6])
    func aTableIsFoundAtAnyScaleAndProseIsNot(factor: Double) {
        let table = Self.scaled(Self.cellBlocks(Self.events, columns: [50, 150, 220], y: 100), by: factor)
        let body = Self.scaled(
            [
                Self.paragraph(
                    Array(repeating: "the body text of the page runs on in lines of ten words", count: 8), x: 50, y: 300)
            ],
            by: factor)
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: table + body, size: Rect(x: 0, y: 0, width: 595 * factor, height: 842 * factor))])
        DetectTables().run(&document, context: Fixtures.context)
        #expect(Self.tables(document).first?.rows == Self.events)

        let prose = Self.scaled(
            [
                Self.paragraph(["Volunteers met on", "Saturday to clear", "the towpath and", "plant the bank"], x: 50, y: 100),
                Self.paragraph(["The committee has", "agreed to fund", "two new benches", "for the garden"], x: 160, y: 100),
            ], by: factor)
        var near = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: prose + body, size: Rect(x: 0, y: 0, width: 595 * factor, height: 842 * factor))])
        DetectTables().run(&near, context: Fixtures.context)
        #expect(Self.tables(near).isEmpty)
    }

    // MARK: Through the whole pipeline

    @Test func theSampleTableFollowsItsHeadingAndNoCellBecomesAHeading() throws {
        let document = try Fixtures.convert(sample: "pdf-table-events.pdf")
        let section = try #require(document.sections.first { $0.heading == "Dates for the Summer" })
        #expect(section.blocks.first?.kind == .table)
        #expect(section.blocks.first?.rows?.first == ["Date", "Time", "Event"])
        #expect(section.blocks.first?.rows?.count == 5)
        #expect(!document.sections.contains { ["Date", "Time", "Event"].contains($0.heading ?? "") })
    }

    @Test func theSampleContactPanelReadsLabelAndValue() throws {
        let document = try Fixtures.convert(sample: "pdf-contact-panel.pdf")
        let section = try #require(document.sections.first { $0.heading == "Contact the Group" })
        #expect(section.blocks.first?.kind == .contact)
        #expect(section.blocks.first?.items?.first == "Tel: 0113 496 0785")
    }

    @Test func aRawDumpIsLeftAlone() throws {
        let document = try Fixtures.run(
            DetectTables(), on: "Date  Time  Event\nTue 7 July  10am  Launch\nFri 17 July  2pm  Sale\n")
        #expect(document.allBlocks.allSatisfy { $0.kind == .paragraph })
    }
}
