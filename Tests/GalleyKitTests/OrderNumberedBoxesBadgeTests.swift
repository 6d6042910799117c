import GalleyKit
import GalleyTestSupport
import Testing

/// Box numbers printed apart from their labels (a badge beside a title) become the box's heading.
@Suite struct OrderNumberedBoxesBadgeTests {
    func order(_ text: String) throws -> [String] {
        let document = try Fixtures.run(OrderNumberedBoxes(), on: text)
        return document.pages.flatMap(\.blocks).map { ($0.kind == .heading ? "H\($0.headingLevel ?? 0):" : "") + $0.text }
    }

    @Test func aLoneNumberAndTheLabelAfterItAreOneHeading() throws {
        // Two rows of badges: numbers 1 3 then 2 4 (boxes numbered down the columns).
        let input =
            "Intro text.\n\n1\n\nLeave a gap\n\n3\n\nBuild a log pile\n\nCut a hole.\n\nPile the logs.\n\n"
            + "2\n\nCheck the grass\n\n4\n\nOffer water\n\nLook first.\n\nUse a dish.\n"
        #expect(
            try order(input) == [
                "Intro text.", "H3:1 Leave a gap", "Cut a hole.", "H3:2 Check the grass", "Look first.",
                "H3:3 Build a log pile", "Pile the logs.", "H3:4 Offer water", "Use a dish.",
            ])
    }

    @Test func aLabelPrintedBeforeItsNumberJoinsIt() throws {
        let input =
            "Intro text.\n\nLeave a gap\n\n1\n\nCut a hole.\n\nCheck the grass\n\n2\n\nLook first.\n\n"
            + "Offer water\n\n3\n\nUse a dish.\n"
        #expect(
            try order(input) == [
                "Intro text.", "H3:1 Leave a gap", "Cut a hole.", "H3:2 Check the grass", "Look first.",
                "H3:3 Offer water", "Use a dish.",
            ])
    }

    @Test func aTitleClosedByTheFirstNumberIsTheGroupHeading() throws {
        let input =
            "Intro text.\n\nSix Ways to Help\n1\n\nLeave a gap\n\n2\n\nCheck the grass\n\n3\n\nOffer water\n\n"
            + "Cut a hole.\n\nLook first.\n\nUse a dish.\n"
        #expect(
            try order(input) == [
                "Intro text.", "H2:Six Ways to Help", "H3:1 Leave a gap", "Cut a hole.", "H3:2 Check the grass",
                "Look first.", "H3:3 Offer water", "Use a dish.",
            ])
    }

    @Test(arguments: [
        // Numbers beside prose, not labels.
        "1\n\nThe first point is made here.\n\n2\n\nThe second point follows.\n\n3\n\nAnd a third.\n",
        // Too few boxes.
        "1\n\nLeave a gap\n\n2\n\nCheck the grass\n",
        // A column of figures.
        "Scores\n\n12\n\n7\n\n9\n",
    ])
    func numbersThatAreNoBadgesStay(input: String) throws {
        let before = try Fixtures.document(input).pages.flatMap(\.blocks).map(\.text)
        #expect(try order(input) == before)
    }

    @Test func theBadgeSampleReadsOneToFive() throws {
        let document = try Fixtures.convert(sample: "synthetic-numbered-badges.txt")
        let boxes = document.sections.compactMap(\.printedHeading).filter { $0.first?.isNumber == true }
        #expect(boxes == ["1 Lift the dahlias", "2 Plant garlic", "3 Sow broad beans", "4 Clear the paths", "5 Mend the shed"])
        #expect(document.sections.contains { $0.heading == "Five Jobs Before the Frost" })
    }
}
