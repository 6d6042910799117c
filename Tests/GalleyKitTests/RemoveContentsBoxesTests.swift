import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Contents boxes: entries ending in the issue's own pages go with their title; price lists,
/// timetables and lines pointing past the last page stay.
@Suite struct RemoveContentsBoxesTests {
    static func removed(_ document: Document) -> [String] {
        document.audit.removed.filter { $0.kind == .contents }.map(\.text)
    }

    @Test func aContentsBoxAndItsTitleGo() throws {
        let text = """
            Harbourside News

            In this issue
            Sea wall repairs … 1
            Beach clean, page 1
            Allotment news . . . . p.2
            Dates for your diary 2

            Sea Wall Repairs
            Work begins on the first Monday of October.
            \u{0C}Allotment News
            Two plots have come free on the upper terrace.
            """
        let document = try Fixtures.run(RemoveContentsBoxes(), on: text)
        #expect(
            Self.removed(document) == [
                "In this issue Sea wall repairs … 1 Beach clean, page 1 Allotment news . . . . p.2 Dates for your diary 2"
            ])
        #expect(
            Fixtures.blockTexts(document) == [
                "Harbourside News", "Sea Wall Repairs Work begins on the first Monday of October.",
                "Allotment News Two plots have come free on the upper terrace.",
            ])
    }

    @Test func aPriceListATimetableAndPagesPastTheEndStay() throws {
        let text = """
            Hall Hire Charges
            Morning session . . . . £12
            Afternoon session . . . £15
            Evening session . . . . £20

            Ferry Times
            First crossing . . . . 7.15
            Midday crossing . . . 12.30
            Last crossing . . . . 18.45

            Results
            Hollin Hill 10K
            Aisha Rahman, 38:41
            Owen Gallagher, 1:12:05

            Chapters of the parish history
            The founding . . . . 3
            The war years . . . . 27
            The new church . . . . 64
            """
        let document = try Fixtures.run(RemoveContentsBoxes(), on: text)
        #expect(Self.removed(document).isEmpty)
        #expect(Fixtures.blockTexts(document) == Fixtures.blockTexts(try Fixtures.document(text)))
    }

    @Test func entriesWithoutAMarkNeedTheTitle() throws {
        // Three lines that end in small numbers are heat numbers without "In this issue" above them.
        let text = """
            Heat winners
            Maisie Doyle 1
            Arjun Patel 2
            Tom Okafor 2
            """
        let document = try Fixtures.run(RemoveContentsBoxes(), on: text)
        #expect(Self.removed(document).isEmpty)
    }

    @Test func aTitleReadApartFromItsEntriesIsFoundAboveTheFirst() {
        let font = FontInfo(name: "Sans", size: 8)
        func line(_ text: String, y: Double, x: Double = 300) -> Line {
            Line(text, box: Rect(x: x, y: y, width: 150, height: 8), font: font)
        }
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 2),
            pages: [
                Page(
                    number: 1,
                    blocks: [
                        Block(lines: [line("In this issue", y: 100)], page: 1),
                        Block(lines: [line("It has been a long, wet winter on the estuary.", y: 100, x: 50)], page: 1),
                        Block(
                            lines: [
                                line("Wardens' report … p.1", y: 112), line("Saltmarsh survey … p.2", y: 122),
                                line("Tide walks … p.4", y: 132),
                            ], page: 1),
                    ], size: Rect(x: 0, y: 0, width: 595, height: 842)),
                Page(number: 2, blocks: [], size: Rect(x: 0, y: 0, width: 595, height: 842)),
            ])
        RemoveContentsBoxes().run(&document, context: Fixtures.context)
        #expect(Fixtures.blockTexts(document) == ["It has been a long, wet winter on the estuary."])
        #expect(Self.removed(document) == ["In this issue", "Wardens' report … p.1 Saltmarsh survey … p.2 Tide walks … p.4"])
    }

    @Test(arguments: [
        ("Wardens' report … p.2", 2), ("Club runs . . . . . . p.1", 1), ("Championship update, page 1", 1),
        ("From the Music Director … 1", 1), ("Kit order ....p.3", 3), ("Concert diary 3", 3),
    ])
    func entries(_ text: String, _ page: Int) {
        #expect(RemoveContentsBoxes.entry(text)?.page == page)
    }

    @Test(arguments: ["Morning session £12", "Race 5:31", "Hollin Hill 10K", "Tea and cake 1.50", "Issue 2026", "42", "p.2"])
    func notEntries(_ text: String) {
        #expect(RemoveContentsBoxes.entry(text) == nil)
    }
}
