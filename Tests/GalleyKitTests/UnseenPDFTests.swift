import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Newsletters laid out by LibreOffice (Samples/unseen/EXPECTED.md), a producer the reader was
/// not tuned on, and the general rules their defects called for, each on synthetic input with a
/// negative case: spread justified words, two-page running heads, link anchors under a link's box,
/// a title never rejoined across other text, a wrapped URL's pieces are no anchor.
@Suite struct UnseenPDFTests {
    static let fonts = [FontInfo(name: "Helvetica", size: 10), FontInfo(name: "Helvetica-Bold", size: 14, isBold: true)]

    static func run(_ text: String, x: Double, y: Double) -> [Glyph] { PDFReaderTests.run(text, x: x, y: y) }

    static func texts(_ lines: [[Glyph]]) -> [String] {
        LineBuilder.lines(PDFReaderTests.page(lines, fonts: fonts)).map(\.line.text)
    }

    // MARK: Spread words of a justified line

    @Test func wordsPopplerSetApartInAJustifiedLineAreOneLineAgain() {
        // Column x 72–232; "have", "supported", "more" spread over the whole width on one baseline,
        // poppler ending a line at each gap; the lines above and below run across both gaps.
        let lines = [
            Self.run("bulletin. This season we are so", x: 72, y: 100),
            Self.run("have", x: 72, y: 112), Self.run("supported", x: 122, y: 112), Self.run("more", x: 212, y: 112),
            Self.run("families than ever before, and", x: 72, y: 124),
        ]
        #expect(
            Self.texts(lines) == ["bulletin. This season we are so", "have supported more", "families than ever before, and"])
    }

    @Test func twoColumnsSideBySideStayApart() {
        // Left column ends at x 142, right starts at x 182: the lines around leave the gutter empty.
        let lines = [
            Self.run("left column one", x: 72, y: 100), Self.run("right column one", x: 182, y: 100),
            Self.run("left two", x: 72, y: 112), Self.run("right two", x: 182, y: 112),
            Self.run("left three", x: 72, y: 124), Self.run("right three", x: 182, y: 124),
        ]
        #expect(
            Self.texts(lines) == [
                "left column one", "right column one", "left two", "right two", "left three", "right three",
            ])
    }

    @Test func aJustifiedLineWithEveryGapWideIsNotCut() {
        // One poppler line, three words 30 pt apart (3 ems): every space alike, so no gutter.
        let line = PDFLineSplitTests.words(["have", "supported", "more"], x: 72, y: 100, space: 30)
        #expect(Self.texts([line]) == ["have supported more"])
    }

    @Test func oneWideGapAmongNarrowSpacesIsStillAGutter() {
        let line =
            PDFLineSplitTests.words(["Lent", "Lunches", "4"], x: 72, y: 100, space: 5)
            + [Glyph(" ", Rect(x: 152, y: 100, width: 30, height: 10))]
            + PDFLineSplitTests.words(["Parish", "Giving", "4"], x: 182, y: 100, space: 5)
        #expect(Self.texts([line]) == ["Lent Lunches 4", "Parish Giving 4"])
    }

    // MARK: Running heads of a two-page PDF

    static func pdfPage(_ number: Int, _ lines: [(String, Double, Double)]) -> Page {
        let blocks = lines.map { text, y, size in
            Block(
                lines: [Line(text, box: Rect(x: 72, y: y, width: 300, height: size), font: FontInfo(name: "Sans", size: size))],
                page: number)
        }
        return Page(number: number, blocks: blocks, size: Rect(x: 0, y: 0, width: 595, height: 842))
    }

    static func removedByRunningHeaders(_ pages: [Page]) -> [String] {
        var document = Document(source: SourceInfo(file: "t.pdf", format: .pdf, sha256: "", pageCount: pages.count), pages: pages)
        RemoveRunningHeaders().run(&document, context: Fixtures.context)
        return document.audit.removed.map { "\($0.kind.rawValue) \($0.page): \($0.text)" }
    }

    @Test func aSmallHeadRepeatedOnBothPagesOfATwoPagePDFIsRemoved() {
        let body = (0..<4).map { ("Body text of the newsletter, line \($0).", 100 + 14 * Double($0), 10.0) }
        let pages = [
            Self.pdfPage(1, [("Oakfield News · Spring", 30, 8.5)] + body),
            Self.pdfPage(2, [("Oakfield News · Spring", 30, 8.5)] + body),
        ]
        #expect(
            Self.removedByRunningHeaders(pages) == ["header 1: Oakfield News · Spring", "header 2: Oakfield News · Spring"])
    }

    @Test func aMastheadInDisplayTypeOnBothPagesStays() {
        let body = (0..<4).map { ("Body text of the newsletter, line \($0).", 100 + 14 * Double($0), 10.0) }
        let pages = [
            Self.pdfPage(1, [("Oakfield News", 30, 24)] + body), Self.pdfPage(2, [("Oakfield News", 30, 24)] + body),
        ]
        #expect(Self.removedByRunningHeaders(pages).isEmpty)
    }

    @Test func aRawDumpOfTwoPagesKeepsItsRepeatedFirstLine() throws {
        let document = try Fixtures.run(
            RemoveRunningHeaders(),
            on: "Oakfield News\nFirst page text here.\nMore text.\n\u{0C}Oakfield News\nSecond page text.\nMore text.\n")
        #expect(document.audit.removed.isEmpty)
    }

    // MARK: Link anchors

    @Test func aLinkInsideALineAnchorsOnlyTheWordsUnderIt() {
        // "a session. Click here to book or ask": the link box covers "Click here to book" (x 127–217).
        let glyphs = Self.run("a session. Click here to book or ask", x: 72, y: 100)
        let link = LinkAnnotation(uri: "https://example.org/book", box: Rect(x: 127, y: 100, width: 90, height: 10))
        let content = PageContent(
            size: Rect(x: 0, y: 0, width: 595, height: 842), glyphs: glyphs, fonts: Self.fonts, links: [link])
        #expect(content.anchoredLinks.map(\.anchorText) == ["Click here to book"])
    }

    @Test func aLinkOverNoTextHasNoAnchor() {
        let glyphs = Self.run("a session. Click here to book or ask", x: 72, y: 100)
        let link = LinkAnnotation(uri: "https://example.org/book", box: Rect(x: 300, y: 400, width: 90, height: 10))
        let content = PageContent(
            size: Rect(x: 0, y: 0, width: 595, height: 842), glyphs: glyphs, fonts: Self.fonts, links: [link])
        #expect(content.anchoredLinks.map(\.anchorText) == [nil])
    }

    @Test func theBoxesOfAWrappedAddressShareTheirWordsAndAreNoAnchor() {
        let uri = "https://www.example.org/get-involved"
        let glyphs =
            Self.run("https://www.example.", x: 72, y: 100) + [PDFReaderTests.newline]
            + Self.run("org/get-involved", x: 72, y: 112)
        let links = [
            LinkAnnotation(uri: uri, box: Rect(x: 72, y: 112, width: 80, height: 10)),
            LinkAnnotation(uri: uri, box: Rect(x: 72, y: 100, width: 100, height: 10)),
        ]
        let content = PageContent(
            size: Rect(x: 0, y: 0, width: 595, height: 842), glyphs: glyphs, fonts: Self.fonts, links: links)
        let anchored = content.anchoredLinks
        #expect(anchored.map(\.anchorText) == ["https://www.example. org/get-involved", "https://www.example. org/get-involved"])
        let page = Page(number: 1, blocks: [], linkAnnotations: anchored)
        #expect(CollectLinks.links(on: page).map(\.anchorText) == [nil])
    }

    // MARK: A title is not rejoined across other text

    static func block(_ text: String, y: Double, height: Double = 13, lines count: Int = 1) -> Block {
        Block(
            lines: (0..<count).map { index in
                Line(
                    text, box: Rect(x: 387, y: y + Double(index) * height, width: 120, height: height),
                    font: FontInfo(name: "Sans", size: height))
            }, page: 1)
    }

    @Test func aTitleEndingInAFunctionWordIsNotJoinedToTheNextHeadingBelowItsParagraph() {
        let blocks = [
            Self.block("Thank You", y: 232),
            Self.block("A big thank-you to the local businesses.", y: 250, height: 10, lines: 10),
            Self.block("Useful Contacts", y: 386),
        ]
        #expect(!RejoinInterleavedText.isRightUnder(blocks[2], blocks[0]))
    }

    @Test func aTitleLineRightUnderItsFragmentMayFinishIt() {
        #expect(RejoinInterleavedText.isRightUnder(Self.block("Useful Contacts", y: 247), Self.block("Thank You", y: 232)))
        // A raw dump has no boxes: the text rules alone decide.
        #expect(
            RejoinInterleavedText.isRightUnder(
                Block(lines: [Line("Useful Contacts")], page: 1), Block(lines: [Line("Thank You")], page: 1)))
    }

    // MARK: Paragraph space smaller than a blank line

    static func bodyLines(_ texts: [String], tops: [Double], x: Double = 56) -> [Line] {
        zip(texts, tops).map { text, top in
            Line(text, box: Rect(x: x, y: top, width: 200, height: 12), font: FontInfo(name: "Serif", size: 10.5))
        }
    }

    @Test func aStepWiderThanTheBlocksLeadingByAQuarterLineStartsAParagraph() {
        // Lines 12.5 pt apart; "As the weather…" starts 17.6 pt below the line before it (5 pt of paragraph space).
        let lines = Self.bodyLines(
            [
                "looked after our guests and", "answered their questions.", "As the weather improves, please",
                "make sure your child",
            ],
            tops: [100, 112.5, 130.1, 142.6])
        #expect(
            BlockBuilder.blocks(lines, page: 1).map(\.text) == [
                "looked after our guests and answered their questions.", "As the weather improves, please make sure your child",
            ])
    }

    @Test func evenLeadingOrASingleStepKeepsTheBlock() {
        let even = Self.bodyLines(["one line of text", "two lines of text", "three lines"], tops: [100, 112.5, 125])
        #expect(BlockBuilder.blocks(even, page: 1).count == 1)
        // Two lines: nothing to compare the one step with.
        let two = Self.bodyLines(["What you need to do:", "Check the letter."], tops: [100, 117.6])
        #expect(BlockBuilder.blocks(two, page: 1).count == 1)
    }

    @Test func aLineStartingFarLeftOfTheOneAboveIsOtherText() {
        // A table's last value (x 285) right above the prose under the table (x 56, full width).
        let value = Line(
            "www.ashcombe.example.gov.uk", box: Rect(x: 285, y: 124, width: 150, height: 14),
            font: FontInfo(name: "Sans", size: 10.5))
        let prose = Line(
            "Our offices at the Civic Centre are open", box: Rect(x: 56, y: 140, width: 452, height: 14),
            font: FontInfo(name: "Sans", size: 10.5))
        #expect(BlockBuilder.blocks([value, prose], page: 1).count == 2)
    }

    @Test func aFirstLineIndentCentredLinesAndFlushRightLinesStayTogether() {
        let font = FontInfo(name: "Sans", size: 10.5)
        func line(_ x: Double, _ y: Double, _ width: Double) -> Line {
            Line("text", box: Rect(x: x, y: y, width: width, height: 14), font: font)
        }
        // Indented 1.5 em, then flush left.
        #expect(BlockBuilder.blocks([line(72, 100, 380), line(56, 114, 396)], page: 1).count == 1)
        // Centred: a short line over a long one.
        #expect(BlockBuilder.blocks([line(250, 100, 100), line(100, 114, 400)], page: 1).count == 1)
        // Flush right: right edges at 500.
        #expect(BlockBuilder.blocks([line(400, 100, 100), line(300, 114, 200)], page: 1).count == 1)
    }

    // MARK: List items set with hanging indents and item spacing

    static func listPage(_ lines: [Line]) throws -> Document {
        var document = Document(
            source: SourceInfo(file: "t.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: BlockBuilder.blocks(lines, page: 1))])
        BuildLists().run(&document, context: Fixtures.context)
        return document
    }

    @Test func aLineAtTheItemsHangingIndentCarriesItOnWhateverItsFirstLetter() throws {
        let item = [
            Line("• Tuesday 1 April: Easter service at St", box: Rect(x: 62, y: 471, width: 206, height: 12)),
            Line("Mary's church", box: Rect(x: 73, y: 483, width: 77, height: 12)),
        ]
        let items = BuildLists.inlineLists(Block(lines: item, page: 1)).map(\.items)
        #expect(items == [["Tuesday 1 April: Easter service at St Mary's church"]])
        // Flush with the marker, or without boxes, a capitalised line after a finished one is not the item's.
        let flush = [item[0], Line("Mary's church", box: Rect(x: 62, y: 483, width: 77, height: 12))]
        #expect(BuildLists.inlineLists(Block(lines: flush, page: 1)).map(\.kind) == [.list, .paragraph])
        let raw = [Line("• Tuesday 1 April: Easter service at St"), Line("Mary's church")]
        #expect(BuildLists.inlineLists(Block(lines: raw, page: 1)).map(\.kind) == [.list, .paragraph])
    }

    static func listBlock(_ text: String, x: Double, top: Double) -> Block {
        Block(lines: [Line(text, box: Rect(x: x, y: top, width: 150, height: 12))], kind: .list, items: [text], page: 1)
    }

    @Test func listsRightUnderEachOtherWithAlignedMarkersAreOneList() {
        let merged = BuildLists.mergingAdjacentLists([
            Self.listBlock("Monday 17 March", x: 62, top: 382), Self.listBlock("Thursday 20 March", x: 62, top: 398),
        ])
        #expect(merged.map(\.items) == [["Monday 17 March", "Thursday 20 March"]])
    }

    @Test func listsApartOrIndentedDifferentlyStaySeparate() {
        let apart = BuildLists.mergingAdjacentLists([
            Self.listBlock("Monday 17 March", x: 62, top: 382), Self.listBlock("Station Road", x: 62, top: 440),
        ])
        #expect(apart.count == 2)
        let otherColumn = BuildLists.mergingAdjacentLists([
            Self.listBlock("Monday 17 March", x: 62, top: 382), Self.listBlock("Station Road", x: 307, top: 398),
        ])
        #expect(otherColumn.count == 2)
    }

    // MARK: Addresses broken where a narrow column was full

    static func repairURLs(_ lines: [(String, Double?)]) -> (String, [String]) {
        let blockLines = lines.enumerated().map { index, entry in
            Line(entry.0, box: entry.1.map { Rect(x: 387, y: 400 + 12 * Double(index), width: $0, height: 12) })
        }
        var document = Document(
            source: SourceInfo(file: "t.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: [Block(lines: blockLines, page: 1)])])
        RepairURLs().run(&document, context: Fixtures.context)
        return (document.allBlocks[0].text, document.audit.repairs.map { "\($0.before) → \($0.after)" })
    }

    @Test func anAddressFillingItsLineJoinsTheRestOfItOnTheNext() {
        let (text, repairs) = Self.repairURLs([
            ("Email:", 30), ("hello@riverbankfamily", 140), ("trust.example.org.uk", 110), ("Website:", 40),
            ("www.riverbankfamilytr", 139), ("ust.example.org.uk", 100),
        ])
        #expect(text == "Email: hello@riverbankfamilytrust.example.org.uk Website: www.riverbankfamilytrust.example.org.uk")
        #expect(
            repairs == [
                "hello@riverbankfamily trust.example.org.uk → hello@riverbankfamilytrust.example.org.uk",
                "www.riverbankfamilytr ust.example.org.uk → www.riverbankfamilytrust.example.org.uk",
            ])
    }

    @Test func aShortAddressLineOrAWordFillingTheLineIsNotJoined() {
        // The address line is far from full: the line ended by choice, not for lack of room.
        #expect(Self.repairURLs([("see www.example.org", 140), ("www.example", 70), ("news.org.uk today", 110)]).1.isEmpty)
        // A plain word filling its line is prose.
        #expect(Self.repairURLs([("Neighbourhoods", 140), ("example.org is ours", 110)]).1.isEmpty)
        // Without boxes (a raw dump) the geometry is unknown.
        #expect(Self.repairURLs([("hello@riverbankfamily", nil), ("trust.example.org.uk", nil)]).1.isEmpty)
    }

    // MARK: Heading levels never skip

    static func levels(_ headings: [(Int, Bool)]) -> [Int?] {
        let blocks = headings.enumerated().map { index, entry in
            Block(
                lines: [Line("Heading \(index)", font: entry.1 ? FontInfo(name: "Sans-Bold", size: 13, isBold: true) : nil)],
                kind: .heading, headingLevel: entry.0, page: 1)
        }
        var document = Document(
            source: SourceInfo(file: "t.pdf", format: .pdf, sha256: "", pageCount: 1), pages: [Page(number: 1, blocks: blocks)])
        HeadingLevelGaps.close(&document)
        return document.allBlocks.map(\.headingLevel)
    }

    @Test func aPDFsLevelsCloseUpUnderItsTopLevel() {
        // A 24 pt title (1) over 13 pt section heads on 10.5 pt body (3 by ratio): they become 2.
        #expect(Self.levels([(1, true), (3, true), (3, true)]) == [1, 2, 2])
        #expect(Self.levels([(2, true), (3, true)]) == [2, 3])
    }

    @Test func levelsWithoutGapsOrWithoutFontsStay() {
        #expect(Self.levels([(1, true), (2, true), (3, true)]) == [1, 2, 3])
        #expect(Self.levels([(1, false), (3, false)]) == [1, 3])
    }

    // MARK: The unseen samples end to end

    static func reading(_ name: String) throws -> (Document, String) {
        let document = try Fixtures.convert(sample: name)
        return (document, PDFSamplesTests.readingTexts(document).joined(separator: "\n"))
    }

    static func expectInOrder(_ phrases: [String], in whole: String) {
        var cursor = whole.startIndex
        for phrase in phrases {
            let found = whole.range(of: phrase, range: cursor..<whole.endIndex)
            #expect(found != nil, "\(phrase) is missing or out of order")
            if let found { cursor = found.upperBound }
        }
    }

    @Test func theSchoolNewsletterReadsInOrderWithoutItsFurniture() throws {
        let (document, whole) = try Self.reading("unseen-school.pdf")
        #expect(document.title == "Oakfield Primary School")
        Self.expectInOrder(
            [
                "A Message from the Head", "What a busy and happy half term", "Dates for Your Diary", "Monday 17 March",
                "Friday 4 April", "After-School Clubs", "Click here to book", "Reading Challenge", "School Lunches",
                "Attendance", "Sports News", "Parents' Association", "Music and Drama", "Eco Council", "Uniform",
                "Safeguarding",
            ], in: whole)
        let removed = document.audit.removed.map { "\($0.kind.rawValue) \($0.page): \($0.text)" }
        #expect(
            removed == [
                "header 1: Oakfield Primary School · Spring Newsletter", "pageNumber 1: Page 1",
                "header 2: Oakfield Primary School · Spring Newsletter", "pageNumber 2: Page 2",
            ])
        #expect(
            document.links.map { "\($0.value) \($0.anchorText ?? "-")" } == [
                "https://www.oakfieldprimary.example.org/clubs/booking Click here to book"
            ])
        let headings = document.sections.compactMap(\.heading)
        #expect(headings.contains("Dates for Your Diary") && headings.contains("Safeguarding"))
        #expect(
            document.sections.filter { $0.heading != nil }.map(\.level) == [1] + Array(repeating: 2, count: headings.count - 1))
        // The head's two paragraphs stay two; the five dates are one list, the wrapped one whole.
        #expect(document.allBlocks.contains { $0.text.hasPrefix("As the weather improves") })
        let dates = document.allBlocks.first { $0.items?.first?.hasPrefix("Monday 17 March") ?? false }
        #expect(dates?.items?.count == 5)
        #expect(dates?.items?.contains("Tuesday 1 April: Easter service at St Mary's church") ?? false)
    }

    @Test func theCharityBulletinKeepsItsJustifiedLinesWhole() throws {
        let (document, whole) = try Self.reading("unseen-charity.pdf")
        #expect(document.title == "Riverbank Family Trust")
        Self.expectInOrder(
            [
                "Welcome", "This season we have supported more families than ever before", "the well-being of the families",
                "Volunteers at the autumn fun day in Willow Park.", "After-School Support",
                "with fewer arguments over homework and more time together", "Winter Warmth Packs",
                "thermal socks and advice on keeping energy bills down", "Training for Volunteers", "Food Bank Partnership",
                "cannot get to a distribution point", "Thank You", "Over six hundred presents were wrapped", "Useful Contacts",
                "Family support line",
            ], in: whole)
        #expect(document.sections.compactMap(\.heading).contains("Useful Contacts"))
        #expect(!document.audit.removed.contains { $0.kind == .navigation })
        #expect(
            document.links.map(\.value) == [
                "https://www.riverbankfamilytrust.example.org.uk/get-involved/volunteering/induction-course-january",
                "0300 555 0192", "hello@riverbankfamilytrust.example.org.uk", "www.riverbankfamilytrust.example.org.uk",
            ])
        #expect(document.links.allSatisfy { $0.anchorText == nil })
    }

    @Test func theCouncilUpdateDropsItsRunningHeadAndKeepsItsLists() throws {
        let (document, whole) = try Self.reading("unseen-council.pdf")
        #expect(document.title == "Ashcombe District Council")
        Self.expectInOrder(
            [
                "New Waste and Recycling Collection Days Across the District from April", "From Monday 7 April",
                "Check the letter", "Council Tax Support", "you receive Universal Credit", "Road Repairs This Spring",
                "Station Road", "How to Report a Problem", "Warm Spaces", "Contact the Council", "Customer contact centre",
                "01632 960 400",
            ], in: whole)
        #expect(!whole.contains("Residents' Update\nCouncil tax"))
        #expect(document.allBlocks.contains { $0.text == "What you need to do:" })
        // The table reads row by row, and the prose under it is a block of its own.
        Self.expectInOrder(
            ["Email", "contact@ashcombe.example.gov.uk", "Website", "www.ashcombe.example.gov.uk", "Our offices"], in: whole)
        #expect(document.allBlocks.contains { $0.text.hasPrefix("Our offices at the Civic Centre") })
        #expect(document.audit.removed.filter { $0.kind == .header }.count == 2)
        #expect(
            document.sections.contains { $0.heading == "New Waste and Recycling Collection Days Across the District from April" })
        #expect(document.allBlocks.filter { $0.kind == .list }.count >= 4)
    }
}
