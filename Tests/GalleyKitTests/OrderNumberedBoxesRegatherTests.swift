import GalleyKit
import GalleyTestSupport
import Testing

/// Text a dump scattered between the boxes of one grid goes back where it points.
@Suite struct OrderNumberedBoxesRegatherTests {
    func order(_ text: String) throws -> [String] {
        let document = try Fixtures.run(BuildLists(), OrderNumberedBoxes(), on: text)
        return document.pages.flatMap(\.blocks).map {
            ($0.kind == .heading ? "H:" : $0.kind == .list ? "L:" : "") + ($0.items?.joined(separator: "|") ?? $0.text)
        }
    }

    @Test func aColonWithNoListTakesTheListNothingIntroduces() throws {
        let input = """
            01 Background
            Sam was nine.

            02 Questions
            Before you close the case, have you:

            03 Resources
            Guidance is published by the partnership.

            • checked every open referral?
            • told the family what happens next?
            """
        #expect(
            try order(input) == [
                "H:01 Background", "Sam was nine.", "H:02 Questions", "Before you close the case, have you:",
                "L:checked every open referral?|told the family what happens next?", "H:03 Resources",
                "Guidance is published by the partnership.",
            ])
    }

    @Test func aListAfterAnOpenSentenceStaysWhereItIs() throws {
        // "there were" introduces the list below it: it is not free for the colon in box 02.
        let input = """
            01 Background
            During the year there were

            • several crises
            • two moves

            02 Questions
            Before you close the case, have you:

            03 Resources
            Guidance is published by the partnership.
            """
        let blocks = try order(input)
        #expect(blocks[1...2] == ["During the year there were", "L:several crises|two moves"])
        #expect(blocks.last == "Guidance is published by the partnership.")
    }

    @Test func aBulletBesideALoneWordDoesNotAnswerTheColon() throws {
        let input = """
            01 Background
            Sam was nine.

            02 Questions
            Before you close the case, have you:

            • Sam

            03 Resources
            Guidance is published by the partnership.

            • checked every open referral?
            • told the family what happens next?
            """
        let blocks = try order(input)
        #expect(
            blocks[3...5] == [
                "Before you close the case, have you:", "L:checked every open referral?|told the family what happens next?",
                "L:Sam",
            ])
    }

    @Test func aLabelEndingInADashTakesTheAddressNoLabelHolds() throws {
        let input = """
            01 Background
            Sam was nine.

            02 Findings
            Agencies shared information late.

            https://www.example.org/escalation-policy

            03 Find Out More
            Resolving disagreements between agencies –
            """
        #expect(
            try order(input) == [
                "H:01 Background", "Sam was nine.", "H:02 Findings", "Agencies shared information late.", "H:03 Find Out More",
                "Resolving disagreements between agencies –", "https://www.example.org/escalation-policy",
            ])
    }

    @Test func anAddressUnderItsOwnLabelStays() throws {
        let input = """
            01 Background
            Sam was nine.

            02 Findings
            Carers' guidance from the council –

            https://www.example.org/carers

            03 Find Out More
            Resolving disagreements between agencies –
            """
        let blocks = try order(input)
        #expect(blocks[3...4] == ["Carers' guidance from the council –", "https://www.example.org/carers"])
        #expect(blocks.last == "Resolving disagreements between agencies –")
    }

    @Test func anItemJoinsItsTwinsInAnotherBox() throws {
        let input = """
            01 Background
            Sam was nine.

            02 Questions
            Have you asked the young carer?

            Support for young carers from Northfield Council – www.northfield.example.org

            03 Find Out More
            Support for young carers from Southdale Council – www.southdale.example.org
            """
        #expect(
            try order(input) == [
                "H:01 Background", "Sam was nine.", "H:02 Questions", "Have you asked the young carer?", "H:03 Find Out More",
                "Support for young carers from Southdale Council – www.southdale.example.org",
                "Support for young carers from Northfield Council – www.northfield.example.org",
            ])
    }

    @Test func proseThatOpensLikeAnotherBoxStays() throws {
        let input = """
            01 A
            Sam was nine.

            02 B
            There is a need for one agency to lead.

            03 C
            There is a need for a key worker in every case.
            """
        #expect(
            try order(input) == [
                "H:01 A", "Sam was nine.", "H:02 B", "There is a need for one agency to lead.", "H:03 C",
                "There is a need for a key worker in every case.",
            ])
    }

    @Test func anOpeningOfFunctionWordsIsNoParallel() throws {
        let input = """
            01 A
            Sam was nine.

            02 B
            Read this.

            If you are in doubt – www.one.example.org

            03 C
            If you are in any doubt – www.two.example.org
            """
        #expect(
            try order(input) == [
                "H:01 A", "Sam was nine.", "H:02 B", "Read this.", "If you are in doubt – www.one.example.org", "H:03 C",
                "If you are in any doubt – www.two.example.org",
            ])
    }

    @Test func theSeedsSecondBriefingRegathersItsScatteredText() throws {
        let document = try Fixtures.convert(sample: "001_ff7c0782f6439bae.txt")
        func box(_ number: String) -> [String] {
            document.sections.last { $0.printedHeading?.hasPrefix(number) == true }?.blocks.map(\.text) ?? []
        }
        let six = box("06"), seven = box("07"), four = box("04")
        let intro = six.firstIndex { $0.hasSuffix("have you:") }
        #expect(intro.map { six[$0 + 1].hasPrefix("considered any outstanding") } == true)
        #expect(!seven.contains { $0.contains("considered any outstanding") })
        let label = seven.firstIndex { $0.hasPrefix("Resolving Professional Disagreements") }
        #expect(label.map { seven[$0 + 1].hasPrefix("https://www.llradultsafeguarding") } == true)
        #expect(!four.contains { $0.contains("llradultsafeguarding") })
        #expect(seven.contains { $0.hasPrefix("Information for carers from Rutland") })
        #expect(!six.contains { $0.hasPrefix("Information for carers") })
    }
}
