import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Running heads and banners of raw dumps that the band rule alone misses: a head whose copy on
/// one page carries text under it, two heads on a two-up sheet, a banner printed as a lone line
/// somewhere on every page; and the lines that must stay.
@Suite struct RemoveRunningHeadersDumpTests {
    static func removed(_ document: Document, _ kind: Removal.Kind) -> [String] {
        document.audit.removed.filter { $0.kind == kind }.map(\.text)
    }

    @Test func aHeadOpeningEveryPageGoesEvenWhereTextRunsOnUnderIt() throws {
        let text = """
            Wrenfield Tenant · Autumn 2026

            The Wrenfield Tenant
            Repairs are up to date for the first time in three years.
            \u{0C}Wrenfield Tenant · Autumn 2026
            The energy adviser can help you to switch tariffs this winter.
            """
        let document = try Fixtures.run(RemoveRunningHeaders(), on: text)
        #expect(Self.removed(document, .header) == ["Wrenfield Tenant · Autumn 2026", "Wrenfield Tenant · Autumn 2026"])
        #expect(
            Fixtures.blockTexts(document) == [
                "The Wrenfield Tenant Repairs are up to date for the first time in three years.",
                "The energy adviser can help you to switch tariffs this winter.",
            ])
    }

    @Test func aTwoUpSheetsHeadsGoWhereverTheySitOnThePage() throws {
        let text = """
            Reel Talk · Autumn 2026

            Reel Talk · Autumn 2026

            From the Projection Box
            Welcome to the new season of films.

            Reel Talk · Autumn 2026

            Accessible Screenings
            Every film is shown with subtitles.
            \u{0C}Reel Talk · Autumn 2026

            Reel Talk · Autumn 2026

            Members' Evening
            Bring a friend to the members' evening in October.
            """
        let document = try Fixtures.run(RemoveRunningHeaders(), on: text)
        #expect(Self.removed(document, .header).count == 5)
        #expect(!Fixtures.blockTexts(document).contains("Reel Talk · Autumn 2026"))
    }

    @Test func aBannerOnEveryPageGoesAsABanner() throws {
        let text = """
            Fieldnotes

            FALLOWMERE WILDLIFE GROUP · REGISTERED CHARITY

            Dawn Chorus Walk
            Meet at the reserve gate at five in the morning.
            \u{0C}Six Ways to Help Hedgehogs
            Leave a gap under your fence for them to pass.

            FALLOWMERE WILDLIFE GROUP · REGISTERED CHARITY
            """
        let document = try Fixtures.run(RemoveRunningHeaders(), on: text)
        #expect(Self.removed(document, .banner) == Array(repeating: "FALLOWMERE WILDLIFE GROUP · REGISTERED CHARITY", count: 2))
    }

    @Test func aLineOnSomePagesOnlyOrAShortLabelStays() throws {
        let text = """
            Contacts
            Office hours:

            Monday to Thursday, 9am to 3pm

            Notes
            \u{0C}Garden Club
            We meet on Fridays.

            Notes
            \u{0C}Office hours:

            Friday only

            Notes

            Monday to Thursday, 9am to 3pm
            """
        let document = try Fixtures.run(RemoveRunningHeaders(), on: text)
        #expect(Self.removed(document, .banner).isEmpty)
        #expect(Fixtures.blockTexts(document).filter { $0 == "Monday to Thursday, 9am to 3pm" }.count == 2)
    }

    @Test func aHeadingOverItsStoryOnTwoPagesStays() throws {
        // No copy stands alone: a heading with its story under it, twice, is no running head.
        let text = """
            Garden Club
            We meet on Fridays in the hall.
            \u{0C}Garden Club
            The summer show is in August this year.
            """
        let document = try Fixtures.run(RemoveRunningHeaders(), on: text)
        #expect(document.audit.removed.isEmpty)
    }
}

/// Running heads whose words change from page to page (PDF): the style and the height recur, and
/// the line stands clear of the text; a heading opening each page in the same style does not.
@Suite struct VaryingRunningHeadersTests {
    static func line(_ text: String, y: Double, size: Double = 10, italic: Bool = false) -> Line {
        Line(
            text, box: Rect(x: 50, y: y, width: 300, height: size),
            font: FontInfo(name: italic ? "Serif-Italic" : "Serif", size: size, isItalic: italic))
    }

    /// A page with `top` as its first line at y 30 and a story of six body lines from y `storyTop`.
    static func page(_ number: Int, top: String, storyTop: Double, topSize: Double = 8) -> Page {
        let words = [
            "harbour", "meadow", "orchard", "quarry", "river", "village", "common", "chapel", "market", "forest", "bridge",
            "school",
        ]
        let story = (0..<6).map {
            line("The story of the \(words[(number - 1) * 6 + $0]) goes on in the body text.", y: storyTop + Double($0) * 12)
        }
        return Page(
            number: number,
            blocks: [
                Block(lines: [line(top, y: 30, size: topSize, italic: true)], page: number),
                Block(lines: story, page: number),
            ], size: Rect(x: 0, y: 0, width: 595, height: 842))
    }

    @Test func aHeadWhoseWordsChangeGoesWhenItsStyleAndHeightRecur() {
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 2),
            pages: [
                Self.page(1, top: "Chainset · Club News", storyTop: 80),
                Self.page(2, top: "Chainset · Ride Calendar", storyTop: 80),
            ])
        RemoveRunningHeaders().run(&document, context: Fixtures.context)
        #expect(document.audit.removed.map(\.text) == ["Chainset · Club News", "Chainset · Ride Calendar"])
        #expect(document.audit.removed.allSatisfy { $0.kind == .header })
    }

    @Test func aHeadingRightAboveItsStoryOnEachPageStays() {
        // Same style and height, but the story starts one line below: headings, not running heads.
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 2),
            pages: [Self.page(1, top: "Club News", storyTop: 42), Self.page(2, top: "Ride Calendar", storyTop: 42)])
        RemoveRunningHeaders().run(&document, context: Fixtures.context)
        #expect(document.audit.removed.isEmpty)
    }

    @Test func aLineLargerThanTheBodyIsNoRunningHead() {
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 2),
            pages: [
                Self.page(1, top: "Club News", storyTop: 80, topSize: 14),
                Self.page(2, top: "Ride Calendar", storyTop: 80, topSize: 14),
            ])
        RemoveRunningHeaders().run(&document, context: Fixtures.context)
        #expect(document.audit.removed.isEmpty)
    }
}
