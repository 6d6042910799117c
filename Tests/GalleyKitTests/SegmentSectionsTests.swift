import GalleyKit
import GalleyTestSupport
import Testing

@Suite struct SegmentSectionsTests {
    func sections(_ document: Document) -> [String] {
        document.sections.map {
            "\($0.id) L\($0.level) \($0.heading ?? "-"): " + $0.blocks.map { "\($0.kind)" }.joined(separator: ",")
        }
    }

    @Test func headingsOpenSectionsAndTheFrontTextIsUntitled() throws {
        var document = try Fixtures.document("Intro text.\n\nTopic One\n\nBody one.\n\nTopic Two\n\nBody two.\n\nMore two.\n")
        document.pages[0].blocks[1].kind = .heading
        document.pages[0].blocks[1].headingLevel = 1
        document.pages[0].blocks[3].kind = .heading
        document.pages[0].blocks[3].headingLevel = 2
        SegmentSections().run(&document, context: Fixtures.context)
        #expect(
            sections(document) == ["s1 L1 -: paragraph", "s2 L1 Topic One: paragraph", "s3 L2 Topic Two: paragraph,paragraph"])
        #expect(document.title == "Topic One")
        #expect(document.sections[2].pages == [1])
    }

    @Test func noHeadingOnPageOneMeansNoTitle() throws {
        var document = try Fixtures.document("Just prose here.\n\u{0C}Later Heading\n\nText.\n")
        document.pages[1].blocks[0].kind = .heading
        SegmentSections().run(&document, context: Fixtures.context)
        #expect(document.title == nil)
        #expect(sections(document) == ["s1 L1 -: paragraph", "s2 L1 Later Heading: paragraph"])
    }

    @Test func duplicatePagesAreSkipped() throws {
        var document = try Fixtures.document("One.\n\u{0C}Copy.\n\u{0C}Three.\n")
        document.pages[1].duplicateOf = 1
        SegmentSections().run(&document, context: Fixtures.context)
        #expect(document.sections.flatMap(\.blocks).map(\.text) == ["One.", "Three."])
    }

    @Test(arguments: [
        ("Telephone: 0330 303 6000", true), ("Email: help@example.org\nWebsite: www.example.org", true),
        ("The number is 0808 808 1677", true), ("www.example.org/support/", true),
        ("Phone:0808 1644572", true),
        ("Call us if you need help with anything at all.", false), ("Published on 14th May 2021.", false),
        ("Email: help@example.org\nWe answer within two days, and we read every message.\nOur team is small.", false),
    ])
    func contactBlocks(text: String, isContact: Bool) throws {
        var document = try Fixtures.document(text)
        SegmentSections().run(&document, context: Fixtures.context)
        #expect((document.pages[0].blocks[0].kind == .contact) == isContact)
    }

    @Test func aPDFsTitleIsItsLargestHeadingOnPageOne() {
        let blocks = [
            Block(lines: [Line("Issue 4", font: FontInfo(name: "B", size: 12))], kind: .heading, headingLevel: 2, page: 1),
            Block(lines: [Line("Spring Bulletin", font: FontInfo(name: "B", size: 30))], kind: .heading, headingLevel: 1, page: 1),
            Block(lines: [Line("Body text.", font: FontInfo(name: "B", size: 10))], page: 1),
        ]
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1), pages: [Page(number: 1, blocks: blocks)])
        SegmentSections().run(&document, context: Fixtures.context)
        #expect(document.title == "Spring Bulletin")
    }

    @Test func aPDFSetInOneSizeHasNoTitle() {
        let blocks = [
            Block(lines: [Line("Members only: the password is on the back page.", font: FontInfo(name: "R", size: 11))], page: 1),
            Block(lines: [Line("Meetings resume in March.", font: FontInfo(name: "R", size: 11))], page: 1),
        ]
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1), pages: [Page(number: 1, blocks: blocks)])
        SegmentSections().run(&document, context: Fixtures.context)
        #expect(document.title == nil)
    }
}
