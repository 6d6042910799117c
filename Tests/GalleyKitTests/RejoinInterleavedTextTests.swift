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

/// pdftotext's default reading order sets a column's continuation away from its foot: before
/// it on the page, or after another cut paragraph's.
@Suite struct RejoinOutOfOrderDumpTests {
    func rejoin(_ text: String) throws -> (blocks: [[String]], joins: [String]) {
        var document = try Fixtures.document(text)
        RejoinInterleavedText().run(&document, context: Fixtures.context)
        return (document.pages.map { $0.blocks.map(\.text) }, document.audit.repairs.filter { $0.kind == .join }.map(\.before))
    }

    @Test func aContinuationSetAboveItsFragmentIsTakenBack() throws {
        let input = """
            Garden Club
            The garden club meets every Thursday evening at the hall.

            including three new members who joined the club in spring.

            Plant Sale
            The plant sale raised more than ever before.

            Membership
            Our membership has grown to forty this year,
            \u{0C}sun hats are on sale at the door for the summer show.
            """
        let result = try rejoin(input)
        #expect(
            result.blocks[0] == [
                "Garden Club The garden club meets every Thursday evening at the hall.",
                "Plant Sale The plant sale raised more than ever before.",
                "Membership Our membership has grown to forty this year, including three new members who joined the club in spring.",
            ])
        // The next page's lower-case opening is not taken: the fragment found its continuation on its own page.
        #expect(result.blocks[1] == ["sun hats are on sale at the door for the summer show."])
        #expect(result.joins == ["to forty this year, ‖ including three new members"])
    }

    @Test func aContinuationBelongsToTheNearestCutParagraph() throws {
        // "dog show" is within reach of both cut paragraphs: the nearer one takes it, and the
        // farther one finds its own continuation above it.
        let input = """
            stories. All volunteers are given a short training session.

            We are looking for volunteers who can spare an hour to listen to children read, with patience and a love of

            Class photographs are on Tuesday. Summer fair on Saturday from noon, with a

            The lost property box is overflowing again.

            dog show, cake stall and tombola.
            """
        let result = try rejoin(input)
        #expect(
            result.blocks[0] == [
                "We are looking for volunteers who can spare an hour to listen to children read, with patience and a love of stories. All volunteers are given a short training session.",
                "Class photographs are on Tuesday. Summer fair on Saturday from noon, with a dog show, cake stall and tombola.",
                "The lost property box is overflowing again.",
            ])
    }

    @Test func aFinishedParagraphDoesNotReachBack() throws {
        // Neither block before the last ends mid-sentence in a way a lower-case block could finish.
        let input = """
            e.g. bring a packed lunch and a waterproof coat on the walk.

            Walking Group
            The walking group meets at the church gate on Sundays.
            """
        let result = try rejoin(input)
        #expect(result.joins.isEmpty)
        #expect(result.blocks[0].count == 2)
    }

    @Test func aCutTitleDoesNotReachBack() throws {
        let input = """
            and a Plan

            News from the Committee
            The committee met in March to agree the budget for the year.

            Looking Back and
            """
        let result = try rejoin(input)
        #expect(result.joins.isEmpty)
    }
}

/// A word broken by a hyphen at a column's foot, its second part set elsewhere by the dump.
@Suite struct RejoinBrokenWordTests {
    func rejoin(_ text: String) throws -> [String] {
        Fixtures.blockTexts(try Fixtures.run(RejoinInterleavedText(), on: text))
    }

    @Test func aCompoundBrokenAtAColumnFootIsRejoinedWithItsHyphen() throws {
        // The line-end hyphen stays for RepairHyphenation to decide ("self- image" → "self-image").
        let blocks = try rejoin(
            """
            A free workshop for parents explains how to talk with children about self-

            Useful Numbers

            image and self-esteem. Our co-ordinator will also be there.
            """)
        #expect(
            blocks == [
                "A free workshop for parents explains how to talk with children about self- image and self-esteem. Our co-ordinator will also be there.",
                "Useful Numbers",
            ])
    }

    @Test func aSyllableBreakIsRejoinedWhenTheWholeIsAWord() throws {
        // "munity" is no word; "community" is.
        let blocks = try rejoin(
            """
            The workshop will also introduce the com-

            munity safety officer and leave time for questions.
            """)
        #expect(blocks == ["The workshop will also introduce the com- munity safety officer and leave time for questions."])
    }

    @Test(arguments: [
        // A dash after a space is punctuation ending a list's lead-in, not a broken word.
        "Bring the following to the session on Saturday morning -\n\nsnacks for the children and a waterproof coat.",
        // The pieces make no word together, and the second is no word alone.
        "The workshop will also introduce the xyl-\n\nmunity safety officer and leave time for questions.",
    ])
    func hyphensThatDoNotBreakAWordStayApart(input: String) throws {
        #expect(try rejoin(input).count == 2)
    }
}

/// A heading ending in a function word ("When the Taps Go On") at the foot of a PDF page is whole:
/// the heading that opens the next page is not its second line.
@Suite struct TitleAcrossPageBreakTests {
    static func block(_ text: String, page: Int, y: Double, size: Double = 11) -> Block {
        Block(
            lines: [Line(text, box: Rect(x: 45, y: y, width: 200, height: size), font: FontInfo(name: "Sans-Bold", size: size, isBold: true))],
            page: page)
    }

    static func document(_ pages: [[Block]]) -> Document {
        Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: pages.count),
            pages: pages.enumerated().map {
                Page(number: $0.offset + 1, blocks: $0.element, size: Rect(x: 0, y: 0, width: 420, height: 595))
            })
    }

    @Test func aHeadingAtAPageFootDoesNotTakeTheNextPagesHeading() {
        var document = Self.document([
            [Self.block("When the Taps Go On", page: 1, y: 540)],
            [Self.block("Seed Swap", page: 2, y: 50, size: 12.5)],
        ])
        RejoinInterleavedText().run(&document, context: Fixtures.context)
        #expect(document.pages.map { $0.blocks.map(\.text) } == [["When the Taps Go On"], ["Seed Swap"]])
        #expect(document.audit.repairs.isEmpty)
    }

    @Test func aTitleLineRightUnderItsFirstLineIsStillTaken() {
        var document = Self.document([
            [Self.block("When the Taps Go On", page: 1, y: 300), Self.block("Again in Spring", page: 1, y: 312)]
        ])
        RejoinInterleavedText().run(&document, context: Fixtures.context)
        #expect(document.pages[0].blocks.map(\.text) == ["When the Taps Go On Again in Spring"])
    }
}
