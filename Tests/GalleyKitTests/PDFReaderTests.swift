import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The PDF reader: each heuristic on synthetic glyphs (positive and negative cases), then the
/// whole reader on tiny committed PDFs (Tests/GalleyKitTests/Fixtures/pdf, made by make_fixtures.py).
@Suite struct PDFReaderTests {
    // MARK: Synthetic glyphs

    static let regular = FontInfo(name: "Helvetica", size: 10)
    static let bold = FontInfo(name: "Helvetica-Bold", size: 10, isBold: true)

    /// Glyphs for `text` set left to right from `x`, top at `y`, `advance` points a character.
    static func run(_ text: String, x: Double, y: Double, advance: Double = 5, height: Double = 10, font: Int = 0) -> [Glyph] {
        text.unicodeScalars.enumerated().map { offset, scalar in
            Glyph(scalar, Rect(x: x + Double(offset) * advance, y: y, width: advance, height: height), font: font)
        }
    }

    /// Glyphs climbing the page from bottom to top, as text turned 90° comes back from poppler.
    static func climbing(_ text: String, x: Double, bottom: Double, step: Double = 5) -> [Glyph] {
        text.unicodeScalars.enumerated().map { offset, scalar in
            Glyph(scalar, Rect(x: x, y: bottom - Double(offset + 1) * step, width: 8, height: step), font: 0)
        }
    }

    static let newline = Glyph("\n", Rect(x: 0, y: 0, width: 0, height: 0))

    static func page(_ lines: [[Glyph]], fonts: [FontInfo] = [regular, bold], pictures: [Rect] = []) -> PageContent {
        PageContent(
            size: Rect(x: 0, y: 0, width: 595, height: 842), glyphs: Array(lines.joined(separator: [newline])),
            fonts: fonts, pictures: pictures)
    }

    static func texts(_ content: PageContent) -> [String] { LineBuilder.lines(content).map(\.line.text) }

    @Test func popplerLinesSplitAtNewlinesAndKeepTheirSpacing() {
        let content = Self.page([
            Self.run("Club  news ", x: 72, y: 100), Self.run("   ", x: 72, y: 112), Self.run("line two", x: 72, y: 124),
        ])
        #expect(Self.texts(content) == ["Club  news", "line two"])
    }

    @Test func twoColumnsSharingAPopplerLineAreCut() {
        // "Opening times" ends at x 137; "Call us" starts 30 points on: 3 font sizes.
        let content = Self.page([Self.run("Opening times ", x: 72, y: 100) + Self.run("Call us", x: 167, y: 100)])
        let lines = LineBuilder.lines(content)
        #expect(lines.map(\.line.text) == ["Opening times", "Call us"])
        #expect(lines[1].line.box == Rect(x: 167, y: 100, width: 35, height: 10))
    }

    @Test(arguments: [5.0, 12.0, 24.0])
    func wordGapsBelowTheColumnGapDoNotCut(gap: Double) {
        let content = Self.page([Self.run("Opening times", x: 72, y: 100) + Self.run("Call us", x: 137 + gap, y: 100)])
        #expect(Self.texts(content) == ["Opening timesCall us"])
    }

    @Test func climbingGlyphsAreRotated() {
        let lines = LineBuilder.lines(Self.page([Self.climbing("Photo credit", x: 30, bottom: 400)]))
        #expect(lines.map(\.line.text) == ["Photo credit"])
        #expect(lines[0].line.isRotated)
    }

    @Test func superscriptsBaselineShiftsAndHorizontalLinesAreNotRotated() {
        let fonts = [Self.regular, Self.bold, FontInfo(name: "Helvetica", size: 6)]
        // A raised footnote mark in a smaller font, at the end of a word.
        let footnote = Self.run("word", x: 72, y: 100) + [Glyph("2", Rect(x: 92, y: 96, width: 3, height: 6), font: 2)]
        // Two words set a point apart (a baseline nudge), each flat.
        let nudged = Self.run("Spring", x: 72, y: 140) + Self.run(" walks", x: 102, y: 139)
        let lines = LineBuilder.lines(Self.page([footnote, Self.run("Plain text", x: 72, y: 120), nudged], fonts: fonts))
        #expect(lines.map(\.line.isRotated) == [false, false, false])
    }

    /// Glyphs of "Stamp" set along a baseline at `degrees` from the horizontal.
    static func sloped(_ degrees: Double) -> [Glyph] {
        let angle = degrees * .pi / 180
        return "Stamp".unicodeScalars.enumerated().map { offset, scalar in
            Glyph(
                scalar,
                Rect(x: 100 + 6 * cos(angle) * Double(offset), y: 300 - 6 * sin(angle) * Double(offset), width: 6, height: 6))
        }
    }

    @Test(arguments: [(90.0, true), (60.0, true), (30.0, true), (10.0, true), (0.0, false), (1.0, false)])
    func slopedTextIsRotated(degrees: Double, rotated: Bool) {
        #expect(LineBuilder.lines(Self.page([Self.sloped(degrees)]))[0].line.isRotated == rotated)
    }

    @Test func aTiltedRunInMixedFontsIsNotRotated() {
        var glyphs = Self.sloped(30)
        glyphs[2].font = 1
        #expect(!LineBuilder.lines(Self.page([glyphs]))[0].line.isRotated)
    }

    @Test func dominantFontIsTheOneMostGlyphsUse() {
        let line = Self.run("Bold", x: 72, y: 100, font: 1) + Self.run(" lead and plain tail", x: 92, y: 100, font: 0)
        #expect(LineBuilder.lines(Self.page([line]))[0].line.font == Self.regular)
    }

    static let photo = Rect(x: 300, y: 250, width: 200, height: 150)

    static func body() -> [[Glyph]] {
        (0..<4).map { Self.run("Body text set in ten point type", x: 72, y: 100 + 12 * Double($0)) }
    }

    @Test func smallTextInsideAPhotoIsPictureText() {
        let fonts = [Self.regular, Self.bold, FontInfo(name: "Helvetica", size: 6)]
        let caption = Self.run("Photo: A. Walker", x: 310, y: 380, advance: 3, height: 6, font: 2)
        let lines = LineBuilder.lines(Self.page(Self.body() + [caption], fonts: fonts, pictures: [Self.photo]))
        #expect(lines.map(\.line.isInPicture) == [false, false, false, false, true])
    }

    @Test func aPhotoReportedWithWidthAndHeightSwappedStillHoldsItsText() {
        let fonts = [Self.regular, Self.bold, FontInfo(name: "Helvetica", size: 6)]
        // Inside the true area (x 300–500, y 250–400) but right of the reported one.
        let caption = Self.run("Photo: A.", x: 460, y: 300, advance: 3, height: 6, font: 2)
        let swapped = Rect(x: 300, y: 250, width: 150, height: 200)
        #expect(
            LineBuilder.lines(Self.page(Self.body() + [caption], fonts: fonts, pictures: [swapped])).last?.line.isInPicture
                == true)
    }

    @Test func bodySizeTextOverAPhotoOrSmallTextOverABackgroundOrOutsideIsNotPictureText() {
        let fonts = [Self.regular, Self.bold, FontInfo(name: "Helvetica", size: 6)]
        let bodyInPhoto = Self.run("Text set over the photo", x: 310, y: 300)
        let smallOutside = Self.run("Small print", x: 72, y: 700, advance: 3, height: 6, font: 2)
        let background = Rect(x: 0, y: 0, width: 595, height: 842)
        let smallOnBackground = Self.run("Small print", x: 72, y: 720, advance: 3, height: 6, font: 2)
        let onPhoto = LineBuilder.lines(
            Self.page(Self.body() + [bodyInPhoto, smallOutside], fonts: fonts, pictures: [Self.photo]))
        #expect(onPhoto.allSatisfy { !$0.line.isInPicture })
        let onBackground = LineBuilder.lines(Self.page(Self.body() + [smallOnBackground], fonts: fonts, pictures: [background]))
        #expect(onBackground.allSatisfy { !$0.line.isInPicture })
    }

    // MARK: Blocks

    static func line(_ text: String, x: Double = 72, y: Double, width: Double = 150, font: FontInfo = regular) -> Line {
        Line(text, box: Rect(x: x, y: y, width: width, height: 9.25), font: font)
    }

    @Test func linesOfOneColumnCloseBelowEachOtherFormABlock() {
        let lines = [
            Self.line("Riverside Walkers", y: 60, font: FontInfo(name: "Helvetica-Bold", size: 18, isBold: true)),
            Self.line("Our walk starts at", y: 100), Self.line("the old mill.", y: 112),
            Self.line("Next paragraph", y: 140),
            Self.line("Right column", x: 320, y: 100), Self.line("continues here.", x: 320, y: 112),
        ]
        #expect(
            BlockBuilder.blocks(lines, page: 1).map(\.text) == [
                "Riverside Walkers", "Our walk starts at the old mill.", "Next paragraph", "Right column continues here.",
            ])
    }

    @Test func aChangeOfSizeOrWeightStartsABlock() {
        let lines = [
            Self.line("Spring Walks", y: 100, font: Self.bold), Self.line("Body line", y: 112),
            Self.line("Small print", y: 124, font: FontInfo(name: "Helvetica", size: 7)),
            Self.line("Slightly larger body", y: 136, font: FontInfo(name: "Helvetica", size: 7.5)),
        ]
        #expect(
            BlockBuilder.blocks(lines, page: 1).map(\.text) == ["Spring Walks", "Body line", "Small print Slightly larger body"])
    }

    @Test func rotatedAndPictureLinesStayApart() {
        var rotated = Self.line("Rotated", y: 112)
        rotated.isRotated = true
        var caption = Self.line("Caption", y: 124)
        caption.isInPicture = true
        let lines = [Self.line("Body", y: 100), rotated, caption, Self.line("Body again", y: 136)]
        #expect(BlockBuilder.blocks(lines, page: 1).count == 4)
    }

    @Test(arguments: [
        ("ABCDEF+GillSans-Bold", "GillSans-Bold", true, false),
        ("Helvetica-Oblique", "Helvetica-Oblique", false, true),
        ("Arial-BlackItalic", "Arial-BlackItalic", true, true),
        ("MyriadPro-Semibold", "MyriadPro-Semibold", true, false),
        ("Times-Roman", "Times-Roman", false, false),
        ("Abc+Sans", "Abc+Sans", false, false),
    ])
    func fontNamesGiveWeightAndSlant(raw: String, name: String, isBold: Bool, isItalic: Bool) {
        #expect(FontInfo(name: raw, size: 9).described() == FontInfo(name: name, size: 9, isBold: isBold, isItalic: isItalic))
    }

    // MARK: Structure

    @Test func structureEntriesTakeTheirGlyphsInTreeOrderAndLeftoversFollow() throws {
        let content = Self.page([
            Self.run("Page 3", x: 500, y: 20), Self.run("Seed swap", x: 72, y: 100), Self.run("on Sunday.", x: 72, y: 112),
            Self.run("Garden Club", x: 72, y: 60, font: 1),
        ])
        let entries = [
            StructureEntry(kind: .heading, headingLevel: 1, text: "Garden Club"),
            StructureEntry(kind: .paragraph, text: "Seed swap on\nSunday."),
        ]
        let blocks = try #require(StructureMatcher.blocks(entries, lines: LineBuilder.lines(content), content: content, page: 3))
        #expect(blocks.map(\.text) == ["Garden Club", "Seed swap on Sunday.", "Page 3"])
        #expect(blocks.map(\.kind) == [.heading, .paragraph, .paragraph])
        #expect(blocks[1].lines.map(\.box?.y) == [100, 112])
    }

    @Test func aStructureParagraphPopplerCutInTwoIsFoundInPieces() throws {
        let content = Self.page([
            Self.run("Seed swap in the", x: 72, y: 100), Self.run("Page 3 footer", x: 72, y: 800),
            Self.run("hall this Sunday.", x: 320, y: 100),
        ])
        let entries = [StructureEntry(kind: .paragraph, text: "Seed swap in the hall this Sunday.")]
        let blocks = try #require(StructureMatcher.blocks(entries, lines: LineBuilder.lines(content), content: content, page: 1))
        #expect(blocks.map { $0.lines.map(\.text) } == [["Seed swap in the", "hall this Sunday."], ["Page 3 footer"]])
    }

    @Test func structureTextIsNeverAssembledFromScatteredLetters() {
        let content = Self.page([Self.run("Sam and Andy", x: 72, y: 100)])
        let entries = [StructureEntry(kind: .paragraph, text: "Sandy")]
        #expect(StructureMatcher.blocks(entries, lines: LineBuilder.lines(content), content: content, page: 1) == nil)
    }

    @Test func structureTextMissingFromThePageGivesNoBlocks() {
        let content = Self.page([Self.run("Seed swap", x: 72, y: 100)])
        let entries = [StructureEntry(kind: .paragraph, text: "Plant sale")]
        #expect(StructureMatcher.blocks(entries, lines: LineBuilder.lines(content), content: content, page: 1) == nil)
    }

    // MARK: Fixture PDFs

    @Test func aTreeThatCannotOrderThePageStillNamesItsHeadings() {
        // The layout's blocks keep their order; a heading element whose text is exactly a block's
        // (spaces aside) makes that block a heading of its level, and nothing else changes.
        let blocks = [
            Block(lines: [Line("Garden Club  Update")], page: 1),
            Block(lines: [Line("Seed swap in the hall this Sunday.")], page: 1),
            Block(lines: [Line("Garden Club Update and more")], page: 1),
        ]
        let entries = [
            StructureEntry(kind: .heading, headingLevel: 1, text: "Garden Club Update"),
            StructureEntry(kind: .paragraph, text: "Seed swap in the hall this Sunday."),
            StructureEntry(kind: .heading, headingLevel: 2, text: "A heading printed nowhere"),
        ]
        let (marked, count) = StructureMatcher.headingEvidence(entries, blocks: blocks)
        #expect(count == 1)
        #expect(marked.map(\.kind) == [.heading, .paragraph, .paragraph])
        #expect(marked[0].headingLevel == 1)
        #expect(marked.map(\.text) == blocks.map(\.text))
        #expect(StructureMatcher.headingEvidence([entries[1]], blocks: blocks).blocks == blocks)
    }

    @Test func theTreesTaggedRunsAreCountedWithoutReadingTheirText() throws {
        // The fixture tags a heading, two paragraphs and a list of two items: at least one run each.
        let bytes = GBytesRef(copying: Self.fixture("tagged.pdf").bytes)
        let tagged = try PDFReader().open(Self.fixture("tagged.pdf"), bytes: bytes)
        #expect(StructureReader.contentCount(of: tagged, limit: 100) >= 5)
        #expect(StructureReader.contentCount(of: tagged, limit: 2) == 2)  // the count stops at its limit
        let plainBytes = GBytesRef(copying: Self.fixture("columns.pdf").bytes)
        let untagged = try PDFReader().open(Self.fixture("columns.pdf"), bytes: plainBytes)
        #expect(StructureReader.contentCount(of: untagged, limit: 100) == 0)
    }

    @Test func autoReadsADenseTreeByLayoutAndOffIgnoresTheTree() throws {
        // One page whose tree has more tagged runs than a third of a pass a page allows.
        let auto = try PDFReader().read(Self.fixture("tagged.pdf"))
        let off = try PDFReader(structure: .off).read(Self.fixture("tagged.pdf"))
        #expect(!auto.pages.contains { $0.isOrderedByStructure })
        #expect(auto == off)
        #expect(try PDFReader(structure: .on).read(Self.fixture("tagged.pdf")).pages[0].isOrderedByStructure)
    }

    static func fixture(_ name: String) -> InputFile {
        let url = Fixtures.root.appendingPathComponent("Tests/GalleyKitTests/Fixtures/pdf/\(name)")
        return InputFile(path: url.path, bytes: (try? Data(contentsOf: url)) ?? Data())
    }

    static func near(_ a: Double?, _ b: Double, _ tolerance: Double = 1) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance
    }

    @Test func columnsPDFGivesBlocksInPopplersOrderWithGeometryAndFonts() throws {
        let document = try PDFReader().read(Self.fixture("columns.pdf"))
        #expect(document.source.format == .pdf)
        #expect(document.source.pageCount == 1)
        let page = document.pages[0]
        #expect(page.size == Rect(x: 0, y: 0, width: 595, height: 842))
        #expect(!page.isOrderedByStructure)
        #expect(
            page.blocks.map(\.text) == [
                "Riverside Walkers News",
                "Our spring walk starts at the old mill car park at ten on Saturday. Bring water and stout boots.",
                "Volunteers are needed for the re- freshment stall.",
                "Photo credit",
                "Join online at example.org/join",
                "The committee meets on the first Monday of every month in the hall. All members are welcome.",
            ])
        let heading = page.blocks[0].lines[0]
        // Set in black: the reader reports the fill colour with the font.
        #expect(heading.font == FontInfo(name: "Helvetica-Bold", size: 18, isBold: true, color: 0))
        // Drawn with its baseline 72 pt below the top: the box spans the font's ascent and descent.
        #expect(Self.near(heading.box?.x, 72) && Self.near(heading.box?.y, 59.1) && Self.near(heading.box?.maxY, 75.7))
        let right = page.blocks[5]
        #expect(Self.near(right.box?.x, 320) && Self.near(right.box?.y, 102.8) && Self.near(right.box?.height, 33.3))
        // The line-end hyphen stays for the hyphenation stage to judge.
        #expect(page.blocks[2].lines.map(\.text) == ["Volunteers are needed for the re-", "freshment stall."])
        #expect(page.blocks[2].lines[0].font?.isItalic == true)
        #expect(page.blocks[3].lines[0].isRotated)
        #expect(page.blocks.filter { $0.lines.contains(where: \.isRotated) }.count == 1)
    }

    @Test func linkAreasComeBackWithATopLeftOrigin() throws {
        let page = try PDFReader().read(Self.fixture("columns.pdf")).pages[0]
        // /Rect [72 618 230 632] on a 842 pt page: 210 pt from the top.
        #expect(
            page.linkAnnotations == [
                LinkAnnotation(
                    uri: "https://example.org/join", box: Rect(x: 72, y: 210, width: 158, height: 14),
                    anchorText: "Join online at example.org/join")
            ])
        let joinLine = try #require(page.blocks[4].lines[0].box)
        #expect(joinLine.minY >= 210 && joinLine.maxY <= 224)
    }

    @Test func aCaptionPrintedOnAPhotoIsFlaggedAndTheBodyIsNot() throws {
        let page = try PDFReader().read(Self.fixture("picture.pdf")).pages[0]
        #expect(
            page.blocks.map(\.text) == [
                "The new footbridge opened last week after months of work by local volunteers.", "Photo: A. Walker",
            ])
        #expect(page.blocks.map { $0.lines.allSatisfy(\.isInPicture) } == [false, true])
    }

    @Test func aTaggedPageFollowsItsStructureTree() throws {
        let document = try PDFReader(structure: .on).read(Self.fixture("tagged.pdf"))
        let page = document.pages[0]
        #expect(page.isOrderedByStructure)
        #expect(
            page.blocks.map(\.text) == [
                "Garden Club Update",
                "Write to the secretary at the club house.",
                "Seed swap in the hall this Sunday.",
                "- Bring labelled packets - Stay for tea and cake",
                "Page 1",
            ])
        #expect(page.blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .list, .paragraph])
        #expect(page.blocks[0].headingLevel == 1)
        #expect(page.blocks[3].items == ["- Bring labelled packets", "- Stay for tea and cake"])
        // Structure order, but each block keeps the geometry of its glyphs.
        #expect(Self.near(page.blocks[1].box?.y, 734.8))
        #expect(page.blocks[0].lines[0].font?.isBold == true)
        #expect(document.audit.warnings.isEmpty)
    }

    @Test func anUntaggedPDFHasNoStructureOrder() throws {
        #expect(try PDFReader().read(Self.fixture("columns.pdf")).pages.allSatisfy { !$0.isOrderedByStructure })
    }

    @Test func aScannedPDFGivesNoBlocksAndAWarning() throws {
        let document = try PDFReader().read(Self.fixture("scanned.pdf"))
        #expect(document.pages.count == 1)
        #expect(document.pages[0].blocks.isEmpty)
        #expect(document.audit.warnings == ["no text layer: the PDF looks scanned; OCR is needed"])
    }

    @Test func anEncryptedPDFOpensWithItsPassword() throws {
        let document = try PDFReader(password: "secret").read(Self.fixture("encrypted.pdf"))
        #expect(Fixtures.blockTexts(document) == ["Members only: the minutes of the annual meeting."])
    }

    static let failures: [(String, String?, GalleyError)] = {
        func path(_ name: String) -> String { PDFReaderTests.fixture(name).path }
        return [
            ("encrypted.pdf", nil, .passwordRequired(path("encrypted.pdf"))),
            ("encrypted.pdf", "wrong", .wrongPassword(path("encrypted.pdf"))),
            ("truncated.pdf", nil, .damagedPDF(path("truncated.pdf"), reason: "PDF document is damaged")),
            ("zero-pages.pdf", nil, .damagedPDF(path("zero-pages.pdf"), reason: "the PDF has no pages")),
            ("garbage.pdf", nil, .notAPDF(path("garbage.pdf"))),
        ]
    }()

    @Test(arguments: failures)
    func badPDFsThrowOneClearError(name: String, password: String?, expected: GalleyError) {
        #expect(throws: expected) { try PDFReader(password: password).read(Self.fixture(name)) }
    }

    @Test func theConverterSendsPDFBytesToThePDFReader() throws {
        let document = try Converter(options: ConvertOptions(), lexicon: Fixtures.lexicon).convert(Self.fixture("columns.pdf"))
        #expect(document.source.format == .pdf)
        #expect(document.source.file == "columns.pdf")
    }
}
