import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

@Suite struct RejoinInterleavedTextTests {
    func rejoin(_ text: String) throws -> (blocks: [[String]], joins: [String]) {
        var document = try Fixtures.document(text)
        RejoinInterleavedText().run(&document, context: Fixtures.context)
        return (document.pages.map { $0.blocks.map(\.text) }, document.audit.repairs.filter { $0.kind == .join }.map(\.before))
    }

    @Test func aParagraphCutByABoxIsRejoined() throws {
        let input =
            "Members asked for a quieter space where young people can talk to a trained\n\nQuiet Room Opening Times\n\nyouth worker without booking in advance.\n"
        let result = try rejoin(input)
        #expect(
            result.blocks == [
                [
                    "Members asked for a quieter space where young people can talk to a trained youth worker without booking in advance.",
                    "Quiet Room Opening Times",
                ]
            ])
        #expect(result.joins == ["talk to a trained ‖ youth worker without booking"])
    }

    @Test func aParagraphRunsOnAtTheTopOfTheNextPage() throws {
        let input =
            "Volunteers are still needed, especially on the evenings when the\n\u{0C}kitchen team needs extra hands.\n\nNext story.\n"
        #expect(
            try rejoin(input).blocks == [
                ["Volunteers are still needed, especially on the evenings when the kitchen team needs extra hands."],
                ["Next story."],
            ])
    }

    @Test func aTitleCutAfterAFunctionWordTakesTheNextTitleLine() throws {
        // Only the line that finishes the title joins it; the prose under it follows as its own block.
        let input = "Learning from\n\n7 Minute Briefing\n\nCase Reviews\nRecent reviews show that early contact matters.\n"
        #expect(
            try rejoin(input).blocks == [
                [
                    "Learning from Case Reviews", "Recent reviews show that early contact matters.", "7 Minute Briefing",
                ]
            ])
    }

    @Test func aTitleTakesLinesWhileItIsUnfinished() throws {
        // "Guidance for" + "Parents and" + "Carers": each taken line still ended in a function word.
        let input =
            "Guidance for\n\nParents and\nCarers\nThe Schools Network Audit\nThe audit looked at how schools record concerns.\n"
        #expect(
            try rejoin(input).blocks == [
                [
                    "Guidance for Parents and Carers",
                    "The Schools Network Audit The audit looked at how schools record concerns.",
                ]
            ])
        // A finished title line stops the take: the next title is a heading of its own.
        let second =
            "Information for\n\nChildren and Adult Workers\nMulti-Agency Audit - Transitional\nThe audit looked at how schools record concerns.\n"
        #expect(
            try rejoin(second).blocks == [
                [
                    "Information for Children and Adult Workers",
                    "Multi-Agency Audit - Transitional The audit looked at how schools record concerns.",
                ]
            ])
    }

    @Test(arguments: [
        // Ends a sentence.
        "The helpline is open every weekday until eight in the evening.\n\nnext we turn to the garden.",
        // Ends in a colon or dash: it introduces what follows.
        "Information for carers from the county council is online here –\n\nservices/health-and-family/carers/ is the page.",
        // Items after lone bullet glyphs are a list, not a continuation.
        "If the case is heading towards closure, have you checked the\n\n•\n•\n\nconsidered any open concerns?",
        // Continuation starts with a capital: a new paragraph.
        "Members asked for a quieter space where young people can talk to a\n\nQuiet Room Opening Times",
        // A short label is not a cut paragraph.
        "Leicester and the\n\nfamily hub team will be there.",
        // Not a dictionary word: picture text, not prose.
        "Members asked for a quieter space where young people can talk to a\n\nrshire ve wh",
    ])
    func nothingIsJoined(input: String) throws {
        #expect(try rejoin(input).joins.isEmpty)
    }

    @Test func theSeedsSplitTitlesAreRejoined() throws {
        let document = try Fixtures.convert(sample: "001_ff7c0782f6439bae.txt")
        let joins = document.audit.repairs.filter { $0.kind == .join }.map(\.before)
        #expect(joins.contains { $0.hasPrefix("Learning from ‖ Adult Reviews") })
    }

    @Test func aPlainSingleColumnComesOutUnchanged() throws {
        let document = try Fixtures.convert(sample: "synthetic-single-column.txt")
        let input = try Fixtures.document(
            String(contentsOf: Fixtures.samples.appendingPathComponent("synthetic-single-column.txt"), encoding: .utf8))
        #expect(document.audit.repairs.isEmpty && document.audit.warnings.isEmpty)
        #expect(document.sections.compactMap(\.heading) == ["Community Garden Report", "Plans for Next Year"])
        #expect(document.pages.flatMap(\.blocks).map(\.text) == input.pages.flatMap(\.blocks).map(\.text))
    }
}

@Suite struct RejoinAcrossPossessivesTests {
    @Test func aPluralPossessiveLeavesTheSentenceOpenAndOneClosingWordFinishesIt() throws {
        let document = try Fixtures.run(
            RejoinInterleavedText(),
            on: "Tickets for the summer fair are on sale now from the parents'\n\nLunch Menus\n\nassociation.")
        #expect(Fixtures.blockTexts(document) == ["Tickets for the summer fair are on sale now from the parents' association.", "Lunch Menus"])
    }

    @Test(arguments: [
        "Tickets for the summer fair are on sale now from the parents.\n\nLunch Menus\n\nassociation.",
        "Tickets for the summer fair are on sale now from the parent'\n\nLunch Menus\n\nassociation.",
        "Tickets for the summer fair are on sale now from the parents'\n\nLunch Menus\n\nassociation",
    ])
    func noJoinWithoutBothSignals(text: String) throws {
        let document = try Fixtures.run(RejoinInterleavedText(), on: text)
        #expect(document.audit.repairs.isEmpty)
    }
}
