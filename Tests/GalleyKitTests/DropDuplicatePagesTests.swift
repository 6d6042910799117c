import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

@Suite struct DropDuplicatePagesTests {
    /// Runs the stage alone over a raw document.
    func run(_ text: String) throws -> Document {
        try Fixtures.run(DropDuplicatePages(), on: text)
    }

    static let article = """
        Our volunteers gave more than 4,000 hours last year across the
        food bank, the lunch club and the homework café. We asked three of
        them what keeps them coming back every week.

        Marta has helped at the lunch club since it opened. She says the
        conversations matter as much as the meals.
        """

    @Test func aPageReprintedWithOtherBlockBoundariesIsADuplicate() throws {
        // Page 2 repeats page 1's lines, but split into different blocks and with a bullet between.
        let document = try run(
            """
            Volunteer Spotlight
            \(Self.article)
            \u{0C}Volunteer Spotlight

            Our volunteers gave more than 4,000 hours last year across the
            food bank, the lunch club and the homework café. We asked three of
            them what keeps them coming back every week.
            Marta has helped at the lunch club since it opened. She says the

            •

            conversations matter as much as the meals.
            """)
        #expect(document.pages[1].duplicateOf == 1)
        #expect(document.pages[1].blocks.isEmpty)
        #expect(document.pages[0].blocks.map(\.text).count == 2)
        #expect(document.audit.removed.map(\.kind) == [.duplicate, .duplicate, .duplicate, .duplicate])
        #expect(
            document.audit.removed.map(\.text) == [
                "Volunteer Spotlight",
                "Our volunteers gave more than 4,000 hours last year across the food bank, the lunch club and the homework café. We asked three of them what keeps them coming back every week. Marta has helped at the lunch club since it opened. She says the",
                "•",
                "conversations matter as much as the meals.",
            ])
        #expect(document.audit.removed.allSatisfy { $0.page == 2 })
    }

    @Test func aRepeatedRunIsRemovedAndTheRestOfThePageKept() throws {
        let document = try run(
            """
            \(Self.article)
            \u{0C}\(Self.article)

            Dates for Your Diary
            The summer fair returns on Saturday 6 July at the old library
            garden. Stalls are free for community groups; book by 1 June.
            Lunch club will close for two weeks in August while the kitchen
            is refitted and the new ovens are installed by the contractor.
            """)
        #expect(document.pages[1].duplicateOf == nil)
        #expect(
            document.pages[1].blocks.map(\.text) == [
                "Dates for Your Diary The summer fair returns on Saturday 6 July at the old library garden. Stalls are free for community groups; book by 1 June. Lunch club will close for two weeks in August while the kitchen is refitted and the new ovens are installed by the contractor."
            ])
        #expect(document.audit.removed.count == 2)
    }

    @Test func shortRepeatedBlocksStay() throws {
        // A logo line, "Contents" and a short standing caption repeat on every page: not a reprint.
        let text = """
            Riverside Community Trust

            Contents

            Registered charity number 1234567 in England and Wales
            """
        let document = try run(
            """
            \(text)

            The spring fair raised £1,200 for the community garden.
            \u{0C}\(text)

            Lunch club moves to Thursdays from April.
            """)
        #expect(document.audit.removed.isEmpty)
        #expect(document.pages[1].blocks.count == 4)
        #expect(document.pages[1].duplicateOf == nil)
    }

    @Test func repetitionOnTheSamePageIsNotADuplicatePage() throws {
        // Only earlier pages count: a page that says one thing twice is left to the editor.
        let document = try run("\(Self.article)\n\n\(Self.article)")
        #expect(document.audit.removed.isEmpty)
        #expect(document.pages[0].blocks.count == 4)
    }

    @Test func aQuotedSentenceDoesNotMakeABlockADuplicate() throws {
        // One line of five repeats (a pull quote): far below the duplicate share.
        let document = try run(
            """
            \(Self.article)
            \u{0C}As Marta put it when we spoke in the spring,
            conversations matter as much as the meals.
            Our lunch club guests now arrive early to chat, and several have
            started a walking group that meets on Monday mornings by the river,
            whatever the weather, with tea afterwards at the community centre.
            """)
        #expect(document.audit.removed.isEmpty)
    }

    @Test func theSyntheticSampleKeepsTheFirstCopy() throws {
        let url = Fixtures.samples.appendingPathComponent("synthetic-duplicate-page.txt")
        var document = try RawTextReader().read(InputFile(path: url.path, bytes: Data(contentsOf: url)))
        DropDuplicatePages().run(&document, context: Fixtures.context)
        #expect(document.pages.map(\.duplicateOf) == [nil, nil, 2, nil])
        #expect(document.pages[2].blocks.isEmpty)
        // Page 4 opens with a reprint of page 2's last paragraph: that run goes, the rest stays.
        #expect(document.pages[3].blocks.map(\.text).first?.hasPrefix("Dates for Your Diary") == true)
        #expect(document.pages[3].blocks.map(\.text).suffix(2) == ["Riverside Community Trust", "Contents"])
        #expect(document.audit.removed.filter { $0.page == 4 }.count == 1)
    }

    @Test func theSeedsReprintedBriefingsPointAtTheirFirstPrinting() throws {
        let url = Fixtures.samples.appendingPathComponent("001_ff7c0782f6439bae.txt")
        var document = try RawTextReader().read(InputFile(path: url.path, bytes: Data(contentsOf: url)))
        DropDuplicatePages().run(&document, context: Fixtures.context)
        // The raw reader's page 7 (opening "7 Minute Briefing") reprints both briefings of page 6.
        #expect(document.pages.map(\.duplicateOf) == [nil, nil, nil, nil, nil, nil, 6, nil, nil, nil, nil])
        #expect(document.audit.removed.allSatisfy { $0.kind == .duplicate && $0.page == 7 })
        #expect(document.pages[5].blocks.first { $0.text.hasPrefix("Jaye was 20 years old") } != nil)
    }

    @Test(arguments: [
        ("Jaye was 20 years old — when she was found", "jaye was 20 years old when she was found"),
        ("  CONCERNS   for her online safety. ", "concerns for her online safety"),
        ("• • •", ""),
    ])
    func linesAreComparedNormalised(input: String, expected: String) {
        #expect(DropDuplicatePages.normalise(input) == expected)
    }
}
