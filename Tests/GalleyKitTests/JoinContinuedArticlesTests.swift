import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Continued articles: the jump lines go, the continuation comes to its first part, in raw dumps
/// (text and block order only) and on laid-out pages (fonts tell headings apart).
@Suite struct JoinContinuedArticlesTests {
    static func removed(_ document: Document, _ kind: Removal.Kind) -> [String] {
        document.audit.removed.filter { $0.kind == kind }.map(\.text)
    }

    /// A laid-out line: body 10 pt, headings 13 pt bold, jump lines 8 pt italic.
    static func line(_ text: String, y: Double, size: Double = 10, bold: Bool = false, italic: Bool = false) -> Line {
        Line(
            text, box: Rect(x: 50, y: y, width: 400, height: size),
            font: FontInfo(name: bold ? "Sans-Bold" : "Serif", size: size, isBold: bold, isItalic: italic))
    }

    static func block(_ texts: [String], page: Int, y: Double, size: Double = 10, bold: Bool = false, italic: Bool = false)
        -> Block
    {
        Block(
            lines: texts.enumerated().map {
                line($0.element, y: y + Double($0.offset) * size * 1.2, size: size, bold: bold, italic: italic)
            },
            page: page)
    }

    static func laidOut(_ pages: [[Block]]) -> Document {
        Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: pages.count),
            pages: pages.enumerated().map {
                Page(number: $0.offset + 1, blocks: $0.element, size: Rect(x: 0, y: 0, width: 595, height: 842))
            })
    }

    @Test func aDumpsContinuationJoinsTheSentenceItFinishes() throws {
        let text = """
            Sea Wall Repairs
            Work begins in October. The promenade will close in sections,
            and the contractors expect to
            Continued on page 2

            Beach Clean
            Forty volunteers filled sixty bags of litter on the beach.
            \u{0C}Allotment News
            Two plots have come free on the upper terrace this spring.

            Sea Wall Repairs (continued from page 1)
            finish the work by December, weather permitting.

            Dates for Your Diary
            The annual meeting is on the fourteenth of November this year.
            """
        let document = try Fixtures.run(JoinContinuedArticles(), on: text)
        #expect(
            Fixtures.blockTexts(document) == [
                "Sea Wall Repairs Work begins in October. The promenade will close in sections, and the contractors expect to finish the work by December, weather permitting.",
                "Beach Clean Forty volunteers filled sixty bags of litter on the beach.",
                "Allotment News Two plots have come free on the upper terrace this spring.",
                "Dates for Your Diary The annual meeting is on the fourteenth of November this year.",
            ])
        #expect(Self.removed(document, .jumpLine) == ["Continued on page 2", "Sea Wall Repairs (continued from page 1)"])
        #expect(document.audit.repairs.map(\.kind) == [.moved, .join])
        #expect(document.audit.repairs[0].before == "“finish the work by December, weather…” (page 2)")
    }

    @Test func onLaidOutPagesTheContinuationEndsAtTheNextHeading() {
        let document = Self.run([
            [
                Self.block(["Sunday Club Runs"], page: 1, y: 50, size: 13, bold: true),
                Self.block(
                    ["Club runs leave the market cross at half past eight.", "Every group stops for coffee."], page: 1, y: 70),
                Self.block(["Continued on page 3"], page: 1, y: 100, size: 8, italic: true),
                Self.block(["Club Kit Order"], page: 1, y: 130, size: 13, bold: true),
                Self.block(["The next kit order closes on the thirtieth of April."], page: 1, y: 150),
            ],
            [
                Self.block(["Sunday Club Runs (continued"], page: 2, y: 50, size: 13, bold: true),
                Self.block(["from page 1)"], page: 2, y: 66, size: 8, italic: true),
                Self.block(["Routes for the coming month are posted on the forum."], page: 2, y: 90),
                Self.block(["Riders under eighteen need written consent from a parent."], page: 2, y: 110),
                Self.block(["Ride Calendar"], page: 2, y: 140, size: 13, bold: true),
                Self.block(["The spring reliability ride is on the nineteenth of April."], page: 2, y: 160),
            ],
        ])
        #expect(
            Fixtures.blockTexts(document) == [
                "Sunday Club Runs", "Club runs leave the market cross at half past eight. Every group stops for coffee.",
                "Routes for the coming month are posted on the forum.",
                "Riders under eighteen need written consent from a parent.",
                "Club Kit Order", "The next kit order closes on the thirtieth of April.",
                "Ride Calendar", "The spring reliability ride is on the nineteenth of April.",
            ])
        // The moved blocks keep the page they were printed on, in the first part's page list.
        #expect(document.pages[0].blocks.map(\.page) == [1, 1, 2, 2, 1, 1])
        #expect(Self.removed(document, .jumpLine) == ["Continued on page 3", "Sunday Club Runs (continued", "from page 1)"])
        #expect(document.audit.repairs.map(\.kind) == [.moved])
    }

    @Test func withoutAContinuedOnLineTheContinuationEndsTheSectionItsTitleNames() throws {
        let text = """
            Choir News
            The choir sang sea songs in the parish church.

            Hall Hire
            The hall can be hired by residents for each session.
            \u{0C}Choir News (continued)
            Rehearsals begin again in September, and new singers are welcome.

            Allotment Prizes
            The prize for the best-kept plot goes to the lower terrace.
            """
        let document = try Fixtures.run(JoinContinuedArticles(), on: text)
        #expect(
            Fixtures.blockTexts(document) == [
                "Choir News The choir sang sea songs in the parish church.",
                "Rehearsals begin again in September, and new singers are welcome.",
                "Hall Hire The hall can be hired by residents for each session.",
                "Allotment Prizes The prize for the best-kept plot goes to the lower terrace.",
            ])
        #expect(Self.removed(document, .jumpLine) == ["Choir News (continued)"])
    }

    @Test func aJumpLineReadAfterTheNextArticlesHeadingSendsTheContinuationBeforeIt() throws {
        // pdftotext can set the jump line of one column after the heading at the top of the next.
        let text = """
            Sunday Club Runs
            Club runs leave the market cross at half past eight.

            Riding in a Group

            Continued on page 2

            A good group ride depends on everybody riding predictably.
            \u{0C}Sunday Club Runs (continued from page 1)
            Routes for the coming month are posted on the forum.
            """
        let document = try Fixtures.run(JoinContinuedArticles(), on: text)
        #expect(
            Fixtures.blockTexts(document) == [
                "Sunday Club Runs Club runs leave the market cross at half past eight.",
                "Routes for the coming month are posted on the forum.", "Riding in a Group",
                "A good group ride depends on everybody riding predictably.",
            ])
    }

    @Test func aJumpPhraseThatASentenceRunsThroughStays() throws {
        // "turn to page 4" on a line of its own, but inside a sentence: prose, not a jump line.
        let text = """
            Beach Clean
            The parish magazine lists the dates for next year; please
            turn to page 4
            of its winter issue for the rest. Gloves are provided.
            \u{0C}From page 1 we learn nothing
            Later pages of the issue carry the allotment news as usual.
            """
        let document = try Fixtures.run(JoinContinuedArticles(), on: text)
        #expect(document.audit.removed.isEmpty)
        #expect(document.audit.repairs.isEmpty)
        #expect(Fixtures.blockTexts(document) == Fixtures.blockTexts(try Fixtures.document(text)))
    }

    @Test func aJumpOnAReprintedPageIsACopyAndIsLeftToTheDuplicateStage() {
        var document = Self.laidOut([
            [
                Self.block(["Track Nights"], page: 1, y: 50, size: 13, bold: true),
                Self.block(["Sessions run from half past six until eight."], page: 1, y: 70),
                Self.block(["Continued on page 2"], page: 1, y: 100, size: 8, italic: true),
            ],
            [Self.block(["Continued on page 2"], page: 2, y: 100, size: 8, italic: true)],
        ])
        document.pages[1].duplicateOf = 1
        JoinContinuedArticles().run(&document, context: Fixtures.context)
        #expect(Self.removed(document, .jumpLine) == ["Continued on page 2"])
        #expect(document.pages[1].blocks.map(\.text) == ["Continued on page 2"])
    }

    static func run(_ pages: [[Block]]) -> Document {
        var document = laidOut(pages)
        JoinContinuedArticles().run(&document, context: Fixtures.context)
        return document
    }

    @Test(arguments: [
        ("Continued on page 3", JoinContinuedArticles.Jump.onward),
        ("continued on p. 12", .onward),
        ("Cont'd on p3", .onward),
        ("Continued overleaf", .onward),
        ("Please turn to page 4", .onward),
        ("(continued from page 1)", .back(title: nil)),
        ("from page 1)", .back(title: nil)),
        ("Wardens' Report (continued from page 1)", .back(title: "Wardens' Report")),
        ("Choir News – continued", .back(title: "Choir News")),
    ])
    func jumpPhrases(_ text: String, _ jump: JoinContinuedArticles.Jump) {
        #expect(JoinContinuedArticles.jump(in: text) == jump)
    }

    @Test(arguments: [
        "Continued", "The story continued from there", "page 3", "We turned to page 3 and read on.",
        "Work continued on the sea wall all week", "Continued on page three of the local paper today",
    ])
    func notJumpPhrases(_ text: String) {
        #expect(JoinContinuedArticles.jump(in: text) == nil)
    }
}
