import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Running heads and feet of dumps too short for the three-page repeat rule: exact copies near
/// every page's foot, folios carrying their page's number, and page-opening heads that name the
/// masthead (with the other pages' heads of that form); and the lines that must stay.
@Suite struct RemoveRunningHeadersShortDumpTests {
    static func removed(_ document: Document, _ kind: Removal.Kind) -> [String] {
        document.audit.removed.filter { $0.kind == kind }.map(\.text)
    }

    @Test func anExactFootCopyGoesThoughAPageNumberAndANoteFollowIt() throws {
        let text = """
            The Lantern
            Repairs to the hall roof are finished at last.
            Printed 9 May 2026

            1
            \u{0C}The boiler will be serviced in the summer holidays,
            so the hall closes for two days in August.

            2

            Printed 9 May 2026

            Notes from the
            Treasurer
            """
        let document = try Fixtures.run(RemoveRunningHeaders(), on: text)
        #expect(Self.removed(document, .footer) == ["Printed 9 May 2026", "Printed 9 May 2026"])
        #expect(Fixtures.blockTexts(document).contains("Notes from the Treasurer"))
    }

    @Test func aFolioCarryingItsPageNumberGoesOnTwoPages() throws {
        let text = """
            The Lantern
            Repairs to the hall roof are finished at last.
            Lantern newsletter · 1
            \u{0C}The boiler will be serviced in the summer holidays.
            Lantern newsletter · 2
            """
        let document = try Fixtures.run(RemoveRunningHeaders(), on: text)
        #expect(Self.removed(document, .footer) == ["Lantern newsletter · 1", "Lantern newsletter · 2"])
    }

    @Test func headsNamingTheMastheadAndTheirAlternatesGo() throws {
        let text = """
            Members' copy · not for sale

            The Lantern
            The newsletter of Hollins Green Village Hall

            Roof Repairs
            Repairs to the hall roof are finished at last.
            \u{0C}The Lantern · June 2026
            The boiler will be serviced in the summer holidays.
            \u{0C}Hollins Green Village Hall · Members' letter

            Tea Dance
            The tea dance returns on the first Sunday of July.
            """
        let document = try Fixtures.run(RemoveRunningHeaders(), on: text)
        #expect(
            Self.removed(document, .header) == [
                "Members' copy · not for sale", "The Lantern · June 2026", "Hollins Green Village Hall · Members' letter",
            ])
        #expect(Fixtures.blockTexts(document).first == "The Lantern The newsletter of Hollins Green Village Hall")
    }

    @Test func pageOpeningLinesStayWhenNoHeadNamesTheMasthead() throws {
        let text = """
            The Lantern
            The newsletter of Hollins Green Village Hall

            Roof Repairs
            Repairs to the hall roof are finished at last.
            \u{0C}Tea, Cake and Talk

            The boiler will be serviced in the summer holidays.
            """
        let document = try Fixtures.run(RemoveRunningHeaders(), on: text)
        #expect(document.audit.removed.isEmpty)
    }
}
