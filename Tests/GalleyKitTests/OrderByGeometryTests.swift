import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Reading order from geometry: each layout on a synthetic page of boxed blocks (input order as
/// poppler might give it, expected order beside it), the cases where nothing may move, then the
/// sample PDFs of Samples/ through the real reader against Samples/pdf/EXPECTED.md.
@Suite struct OrderByGeometryTests {
    // MARK: Building synthetic pages

    /// A block of `lines` set from (x, y) downwards, one line every 1.2 sizes, each line `size` high.
    static func block(
        _ lines: [String], x: Double, y: Double, width: Double = 240, size: Double = 10, bold: Bool = false
    ) -> Block {
        let font = FontInfo(name: bold ? "Helvetica-Bold" : "Times-Roman", size: size, isBold: bold)
        return Block(
            lines: lines.enumerated().map { offset, text in
                Line(text, box: Rect(x: x, y: y + Double(offset) * size * 1.2, width: width, height: size), font: font)
            }, page: 1)
    }

    /// A paragraph of `count` filler lines whose first line is `first`.
    static func paragraph(_ first: String, lines count: Int, x: Double, y: Double, width: Double = 240, size: Double = 10)
        -> Block
    {
        block(
            [first] + Array(repeating: "and the text of the article goes on", count: count - 1), x: x, y: y, width: width,
            size: size)
    }

    static func heading(_ text: String, x: Double, y: Double, width: Double = 160) -> Block {
        block([text], x: x, y: y, width: width, size: 13, bold: true)
    }

    /// Runs the stage over one page holding `blocks` in the given order.
    static func run(_ blocks: [Block], orderedByStructure: Bool = false) -> Document {
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [
                Page(
                    number: 1, blocks: blocks, size: Rect(x: 0, y: 0, width: 595, height: 842),
                    isOrderedByStructure: orderedByStructure)
            ])
        OrderByGeometry().run(&document, context: Fixtures.context)
        return document
    }

    /// Each block's first line, in the order the stage left them.
    static func firstLines(_ document: Document) -> [String] {
        document.pages.flatMap(\.blocks).map { $0.lines.first?.text ?? "" }
    }

    // MARK: Columns

    @Test func twoColumnsUnderAMastheadReadColumnByColumn() {
        // Poppler's order here runs across the page row by row; the heading gaps of the two
        // columns line up at y 170, which must not cut the columns into bands.
        let left = 48.0, right = 308.0
        let blocks = [
            Self.block(["Riverbend Trust News"], x: left, y: 40, width: 300, size: 20, bold: true),
            Self.paragraph("the first Saturday of each month.", lines: 3, x: right, y: 100),
            Self.heading("Spring Fair", x: left, y: 100),
            Self.paragraph("Our spring fair raised", lines: 4, x: left, y: 120),
            Self.heading("Volunteers Needed", x: right, y: 175),
            Self.heading("Repair Café", x: left, y: 175),
            Self.paragraph("Drivers and befrienders", lines: 6, x: right, y: 195),
            Self.block(["Issue 7 | May 2024 | Free to members of the trust"], x: left, y: 66, width: 320),
            Self.block(
                ["Bring your broken toasters and", "lamps to the hall, where our", "fixers will open on"],
                x: left, y: 195),
        ]
        let document = Self.run(blocks)
        #expect(
            Self.firstLines(document) == [
                "Riverbend Trust News",
                "Issue 7 | May 2024 | Free to members of the trust",
                "Spring Fair",
                "Our spring fair raised",
                "Repair Café",
                "Bring your broken toasters and",  // now holds the next column's head too
                "Volunteers Needed",
                "Drivers and befrienders",
            ])
        #expect(
            document.pages[0].blocks[5].text
                == "Bring your broken toasters and lamps to the hall, where our fixers will open on the first Saturday of each month. and the text of the article goes on and the text of the article goes on"
        )
        #expect(
            document.audit.repairs.unplaced == [
                Repair(
                    kind: .join, before: "fixers will open on ‖ the first Saturday of",
                    after: "fixers will open on the first Saturday of", page: 1)
            ])
    }

    @Test func threeColumnsReadLeftToRight() {
        let xs = [48.0, 218.0, 388.0]
        var blocks: [Block] = []
        // Poppler-like row order: the first block of each column, then the second of each.
        for (row, y) in [100.0, 200.0].enumerated() {
            for (column, x) in xs.enumerated() {
                blocks.append(Self.paragraph("Column \(column + 1) block \(row + 1).", lines: 7, x: x, y: y, width: 150))
            }
        }
        #expect(
            Self.firstLines(Self.run(blocks)) == [
                "Column 1 block 1.", "Column 1 block 2.", "Column 2 block 1.", "Column 2 block 2.",
                "Column 3 block 1.", "Column 3 block 2.",
            ])
    }

    @Test func aBannerAndAContentsListComeBeforeTheColumnsBelow() {
        // The contents list and the articles share one gutter; the wide gap between them makes
        // the contents a band of its own, read whole before the articles.
        let blocks = [
            Self.block(["Brook Lane School", "Summer newsletter"], x: 48, y: 20, width: 420, size: 24, bold: true),
            Self.paragraph("Sports day . . . 4", lines: 5, x: 308, y: 110),
            Self.block(["In This Issue"], x: 48, y: 90, width: 90, bold: true),
            Self.paragraph("Welcome . . . 2", lines: 5, x: 48, y: 110),
            Self.paragraph("Our new library opened", lines: 20, x: 48, y: 220),
            Self.paragraph("Walking to school", lines: 20, x: 308, y: 220),
        ]
        #expect(
            Self.firstLines(Self.run(blocks)) == [
                "Brook Lane School", "In This Issue", "Welcome . . . 2", "Sports day . . . 4", "Our new library opened",
                "Walking to school",
            ])
    }

    @Test func aSidebarInSmallerTypeIsReadAfterTheMainColumns() {
        // A shaded contacts panel down the left at 8.5 pt beside two columns of 10 pt articles.
        let blocks = [
            Self.block(["Useful Contacts"], x: 56, y: 100, width: 100, size: 11, bold: true),
            Self.block(["Helpline", "0300 000 0000"], x: 56, y: 120, width: 100, size: 8.5),
            Self.block(["Email", "help@example.org"], x: 56, y: 150, width: 100, size: 8.5),
            Self.paragraph("Our chair writes", lines: 20, x: 178, y: 100, width: 170),
            Self.paragraph("Money matters", lines: 20, x: 368, y: 100, width: 170),
        ]
        #expect(
            Self.firstLines(Self.run(blocks)) == [
                "Our chair writes", "Money matters", "Useful Contacts", "Helpline", "Email",
            ])
    }

    @Test func aNarrowSidebarInBodyTypeIsReadAfterTheMainColumns() {
        let blocks = [
            Self.paragraph("Did you know?", lines: 6, x: 48, y: 100, width: 90),
            Self.paragraph("Main story", lines: 20, x: 160, y: 100, width: 190),
            Self.paragraph("Second story", lines: 20, x: 370, y: 100, width: 190),
        ]
        #expect(Self.firstLines(Self.run(blocks)) == ["Main story", "Second story", "Did you know?"])
    }

    @Test func numberedBoxesReadInNumericOrder() {
        // Two columns of four boxes numbered across the rows, set tight (no wide gaps between
        // rows), given in scrambled order: column order would read 01 03 05 07 02 …
        let titles = ["Background", "Smoke alarms", "Escape plan", "Kitchen", "Electrics", "Candles", "Bedtime", "Help"]
        var blocks: [Block] = []
        for index in [5, 2, 7, 0, 6, 3, 1, 4] {
            let (row, column) = index.quotientAndRemainder(dividingBy: 2)
            let x = 60.0 + Double(column) * 260, y = 100.0 + Double(row) * 70
            blocks.append(Self.heading(String(format: "%02d %@", index + 1, titles[index]), x: x, y: y))
            blocks.append(Self.paragraph("Text of box \(index + 1)", lines: 3, x: x, y: y + 20, width: 220))
        }
        #expect(
            Self.firstLines(Self.run(blocks)) == [
                "01 Background", "Text of box 1", "02 Smoke alarms", "Text of box 2", "03 Escape plan", "Text of box 3",
                "04 Kitchen", "Text of box 4", "05 Electrics", "Text of box 5", "06 Candles", "Text of box 6",
                "07 Bedtime", "Text of box 7", "08 Help", "Text of box 8",
            ])
    }

    @Test func datesOpeningBlocksAreNotBoxNumbers() {
        // A diary in two columns: the numbers are dates, not a run 1, 2, 3 …, so columns win.
        let blocks = [
            Self.paragraph("4 May Coffee morning", lines: 3, x: 48, y: 100),
            Self.paragraph("18 May Plant sale", lines: 3, x: 308, y: 100),
            Self.paragraph("11 May Quiz night", lines: 3, x: 48, y: 150),
            Self.paragraph("25 May Litter pick", lines: 3, x: 308, y: 150),
        ]
        #expect(
            Self.firstLines(Self.run(blocks)) == [
                "4 May Coffee morning", "11 May Quiz night", "18 May Plant sale", "25 May Litter pick",
            ])
    }

    // MARK: Where nothing may move

    @Test func oneColumnKeepsItsOrder() {
        let blocks = [
            Self.heading("Parish Notes", x: 48, y: 60),
            Self.paragraph("The vestry meeting", lines: 4, x: 48, y: 80, width: 500),
            Self.paragraph("Flowers for Easter", lines: 3, x: 48, y: 140, width: 500),
            Self.paragraph("Thank you to all", lines: 2, x: 48, y: 190, width: 500),
        ]
        let document = Self.run(blocks)
        #expect(document.pages[0].blocks.unpaged == blocks)
        #expect(document.audit == Audit())
    }

    @Test func bulletsStayBesideTheirItems() {
        // A lone bullet glyph is its own block; a column of bullets is too narrow to be a column.
        let blocks = [
            Self.paragraph("What to bring:", lines: 1, x: 48, y: 80, width: 300),
            Self.block(["•"], x: 56, y: 100, width: 4),
            Self.block(["a packed lunch"], x: 70, y: 100, width: 120),
            Self.block(["•"], x: 56, y: 116, width: 4),
            Self.block(["a waterproof coat"], x: 70, y: 116, width: 140),
            Self.paragraph("We leave at nine.", lines: 1, x: 48, y: 136, width: 300),
        ]
        #expect(
            Self.firstLines(Self.run(blocks)) == [
                "What to bring:", "•", "a packed lunch", "•", "a waterproof coat", "We leave at nine.",
            ])
    }

    @Test func aRawDumpIsLeftAlone() throws {
        var document = try Fixtures.document(
            """
            Second column first

            First column second
            """)
        let before = document
        OrderByGeometry().run(&document, context: Fixtures.context)
        #expect(document == before)
    }

    @Test func aPageOrderedByItsStructureTreeIsLeftAlone() {
        let blocks = [
            Self.paragraph("Second column", lines: 5, x: 308, y: 100),
            Self.paragraph("First column", lines: 5, x: 48, y: 100),
        ]
        #expect(Self.run(blocks, orderedByStructure: true).pages[0].blocks.unpaged == blocks)
        #expect(Self.firstLines(Self.run(blocks)) == ["First column", "Second column"])
    }

    @Test(arguments: [
        ("the fixers will open on", "the first Saturday", true),
        ("the fixers will open on", "Ring the bell", false),  // a capital: a new sentence
        ("the fixers will open in May.", "the first Saturday", false),  // a full stop ends it
        ("the fixers will open on:", "the first Saturday", false),  // a colon introduces something
        ("run by the parents'", "association and friends", true),  // a plural possessive
        ("run by the parents\u{2019}", "association and friends", true),
        ("as we say 'thank you'", "Ring the bell", false),  // a closing quote, then a new sentence
    ])
    func aColumnBreakIsJoinedOnlyMidSentence(end: String, start: String, joined: Bool) {
        let blocks = [
            Self.paragraph("The repair café", lines: 16, x: 48, y: 100),
            Self.block(["Bring your broken lamps,", end], x: 48, y: 300),
            Self.block([start, "and every month after."], x: 308, y: 100),
        ]
        let document = Self.run(blocks)
        #expect(document.pages[0].blocks.count == (joined ? 2 : 3))
        #expect(document.audit.repairs.isEmpty == !joined)
    }

    @Test func aHeadingAtTheHeadOfTheNextColumnIsNotJoined() {
        let blocks = [
            Self.paragraph("The repair café", lines: 16, x: 48, y: 100),
            Self.block(["Bring your broken lamps to the", "hall, where our fixers will"], x: 48, y: 300),
            Self.block(["volunteers needed"], x: 308, y: 100, size: 13, bold: true),
        ]
        #expect(Self.run(blocks).pages[0].blocks.count == 3)
    }

    @Test func aSidebarOpeningInLowerCaseIsNotJoinedToTheColumnBeforeIt() {
        // The main text runs on to the next page; the 8.5 pt sidebar to its right is another story.
        let blocks = [
            Self.paragraph("Our chair writes", lines: 20, x: 48, y: 100, width: 200),
            Self.block(["The story continues on"], x: 268, y: 100, width: 200),
            Self.block(["to the next page without a stop"], x: 268, y: 114, width: 200),
            Self.block(["www.example.org/help", "0300 000 0000"], x: 488, y: 100, width: 80, size: 8.5),
        ]
        let document = Self.run(blocks)
        #expect(document.pages[0].blocks.count == 4)
        #expect(document.audit.repairs.isEmpty)
    }

    @Test func aLineEndHyphenAtAColumnFootJoinsTheWordsHalves() {
        let blocks = [
            Self.paragraph("The garden", lines: 16, x: 48, y: 100),
            Self.block(["a workshop covers compost-"], x: 48, y: 300),
            Self.block(["ing and seed-saving."], x: 308, y: 100),
        ]
        let document = Self.run(blocks)
        #expect(document.pages[0].blocks.map(\.text).last == "a workshop covers compost- ing and seed-saving.")
        #expect(document.audit.repairs.map(\.kind) == [.join])
    }

    @Test(
        arguments: [
            ("01 Background", 1), ("7. Escape plan", 7), ("12", 12), ("3) Kitchen safety", 3),
            ("3Mark your queens", 3),
        ] as [(String, Int)])
    func boxLabels(text: String, number: Int) {
        #expect(OrderByGeometry.numberLabel(text) == number)
    }

    @Test(arguments: ["2024 Annual report", "10:30 Coffee", "1.5 million visitors", "Background", "4x4 club", "3 . . . 4", "3D printing", "4K screens"])
    func notBoxLabels(text: String) {
        #expect(OrderByGeometry.numberLabel(text) == nil)
    }

    @Test func aLargePageIsOrderedColumnByColumn() {
        // 3 columns of 300 one-line blocks, given row by row.
        var blocks: [Block] = []
        for row in 0..<300 {
            for column in 0..<3 {
                blocks.append(
                    Self.block(["Row \(row), column \(column)."], x: 48 + Double(column) * 170, y: Double(row) * 14, width: 150))
            }
        }
        let expected = (0..<3).flatMap { column in (0..<300).map { "Row \($0), column \(column)." } }
        #expect(Self.firstLines(Self.run(blocks)) == expected)
    }

    // MARK: The sample PDFs

    /// Each sample PDF's key phrases (the opening words of blocks) in the order Samples/pdf/EXPECTED.md gives.
    static let expectedOrders: [(String, [String])] = [
        (
            "pdf-two-columns.pdf",
            [
                "Riverside Parish News", "The newsletter of", "From the Vicar", "As the evenings", "Flower Guild",
                "Bells and Ringers", "Our band of ringers", "Churchyard Working Party", "The working party",
            ]
        ),
        (
            "pdf-three-columns.pdf",
            [
                "Hillcrest Primary School", "Head Teacher's Welcome", "Sports Day", "Reading Volunteers", "Lunch Menus",
                "Lost Property", "Dates for Your Diary",
            ]
        ),
        (
            "pdf-sidebar-contacts.pdf",
            [
                "Northgate Carers' Network", "A Word from Our Chair", "Looking After Yourself", "Young Carers",
                "Money Matters", "Useful Contacts", "Carers' helpline", "0300 123 4567", "Out of hours",
            ]
        ),
        (
            "pdf-numbered-grid.pdf",
            [
                "Eight Steps to a Safer Home", "01 Background", "House fires", "02 Smoke Alarms", "Fit an alarm",
                "03 Escape Plan", "04 Kitchen Safety", "05 Electrical Safety", "06 Candles and Heaters", "07 Bedtime Checks",
                "08 Further Help", "Book a free",
            ]
        ),
        (
            "pdf-banner-contents.pdf",
            [
                "St Aidan's Parish Magazine", "Easter 2024", "In This Issue", "From the Vicar ...", "Lent Lunches ...",
                "Parish Giving ...", "Who's Who ...", "As the evenings", "The flower guild welcomes", "Our band of ringers",
                "The working party", "Simple soup lunches",
            ]
        ),
        (
            "pdf-repeated-page.pdf",
            [
                "Northgate Carers' Network", "Members' newsletter | Page 1", "A Word from Our Chair", "Young Carers",
                "Northgate Carers' Network", "Members' newsletter | Page 2", "Money Matters", "Volunteer With Us",
                "Northgate Carers' Network", "Members' newsletter | Page 1", "A Word from Our Chair", "Young Carers",
            ]
        ),
        (
            "pdf-hyphenation.pdf",
            [
                "Eastbrook Community Matters", "Supporting Young", "Our youth workers", "Community Garden",
                "The community garden behind the library", "Keeping Safe Online",
            ]
        ),
        (
            "pdf-long-urls.pdf",
            [
                "Westfield Residents' Bulletin", "Consultation on the Town Plan", "Bus Timetable Changes", "Useful Links",
                "Draft town plan:", "Comment online:", "Bus timetables:", "Volunteer enquiries:",
            ]
        ),
        (
            "pdf-running-header.pdf",
            [
                "Parish Newsletter", "From the Vicar", "Lent Lunches", "Page 1", "Parish Newsletter", "Parish Giving",
                "Lost Property", "Page 2", "Parish Newsletter", "association.", "Dates for Your Diary", "Training for Carers",
                "Page 3", "Parish Newsletter", "often pay", "Volunteer With Us", "We are looking", "Page 4",
            ]
        ),
        ("pdf-click-here.pdf", ["Harbour Lights Food Bank", "Our Winter Appeal", "Every winter", "CLICK HERE", "to donate"]),
        (
            "pdf-rotated-caption.pdf",
            [
                "Greenway Litter Pickers", "Spring River Clean", "Forty-two volunteers", "Volunteers at the spring river clean",
                "Photo: Greenway Litter Pickers", "Join Us", "We meet",
            ]
        ),
        (
            "pdf-tagged.pdf",
            [
                "Hillcrest Primary School", "Summer term newsletter", "Head Teacher's Welcome", "Sports Day",
                "Reading Volunteers", "Lunch Menus", "Lost Property", "Dates for Your Diary",
            ]
        ),
    ]

    @Test(arguments: expectedOrders)
    func samplePDFsReadInTheirExpectedOrder(name: String, keys: [String]) throws {
        let path = Fixtures.samples.appendingPathComponent(name).path
        var document: Document
        do {
            document = try PDFReader().read(InputFile.load(path))
        } catch let error where "\(error)".contains("not implemented") {
            withKnownIssue("the PDF reader is not implemented yet") { throw error }
            return
        }
        OrderByGeometry().run(&document, context: Fixtures.context)
        // The keys appear in this order in the blocks' text, read one block after another.
        let text = document.pages.flatMap(\.blocks).map(\.text).joined(separator: "\n")
        var rest = text[...]
        for key in keys {
            guard let found = rest.range(of: key) else {
                Issue.record("\(name): \"\(key)\" is missing or out of order in:\n\(text)")
                return
            }
            rest = rest[found.upperBound...]
        }
        #expect(document.audit.removed.isEmpty)
    }

    @Test func aParagraphRunningIntoTheNextColumnIsOneBlock() throws {
        var document = try PDFReader().read(InputFile.load(Fixtures.samples.appendingPathComponent("pdf-two-columns.pdf").path))
        OrderByGeometry().run(&document, context: Fixtures.context)
        let texts = document.pages.flatMap(\.blocks).map(\.text)
        #expect(texts.contains { $0.hasPrefix("Our band of ringers") && $0.hasSuffix("the coronation anniversary in May.") })
        #expect(
            document.audit.repairs.unplaced == [
                Repair(
                    kind: .join, before: "chamber. We hope to ‖ ring a quarter peal",
                    after: "chamber. We hope to ring a quarter peal", page: 1)
            ])
    }

    // MARK: Projections

    @Test func runsSplitAtGapsAtLeastTheMinimum() {
        let spans = [Span(low: 0, high: 10), Span(low: 30, high: 40), Span(low: 12, high: 20), Span(low: 41, high: 50)]
        #expect(Projection.runs(spans, of: [0, 1, 2, 3], minimumGap: 5) == [[0, 2], [1, 3]])
        #expect(Projection.runs(spans, of: [0, 1, 2, 3], minimumGap: 0) == [[0], [2], [1], [3]])
    }

    @Test func aSparseStretchIsWhereOnlyABannerPasses() {
        // A two-line banner over two columns of 30 lines with a gutter from 290 to 310.
        let spans = [
            Span(low: 48, high: 400, weight: 2), Span(low: 48, high: 290, weight: 30), Span(low: 310, high: 550, weight: 30),
        ]
        #expect(Projection.sparseStretches(spans, of: [0, 1, 2], share: 0.25, minimumWidth: 8) == [Span(low: 290, high: 310)])
        #expect(Projection.sparseStretches(spans, of: [1, 2], share: 0.25, minimumWidth: 8) == [Span(low: 290, high: 310)])
        #expect(Projection.sparseStretches(spans, of: [0, 1], share: 0.25, minimumWidth: 8) == [])
    }
}
