import GalleyTestSupport
import Testing

@testable import GalleyKit

@Suite struct RepairHyphenationTests {
    /// Runs the stage alone over a raw document.
    func run(_ text: String) throws -> Document {
        try Fixtures.run(RepairHyphenation(), on: text)
    }

    func repairs(_ document: Document) -> [String] {
        document.audit.repairs.map { "\($0.before) → \($0.after)" }
    }

    // MARK: Glued compounds

    @Test func aJoinOnAnOverlongLineGetsItsHyphenBack() throws {
        // pdftotext appended "harming or has …" to the line that ended "self-".
        let document = try run(
            """
            Our family support workers run drop-in sessions for parents who are
            finding things hard, including families where a young person is selfharming or has stopped going to school. Staff
            can arrange a home visit within two working days of a referral and
            will agree a plan with the family before any other service helps.
            """)
        #expect(
            document.pages[0].blocks[0].lines[1].text
                == "finding things hard, including families where a young person is self-harming or has stopped going to school. Staff"
        )
        #expect(repairs(document) == ["selfharming → self-harming"])
        #expect(document.audit.repairs.first?.kind == .hyphenation)
        #expect(document.audit.repairs.first?.page == 1)
    }

    /// Short printed lines, as a dump keeps them, around `paragraph`, a line holding a whole paragraph.
    static func dump(around paragraph: String) -> String {
        """
        Film Club News
        Autumn season
        Doors open at seven.

        \(paragraph)

        Tickets at the door.
        """
    }

    @Test func aDumpsLoneUnknownWordSplittingOneWayGetsItsHyphenBack() throws {
        // A line holding a whole paragraph hides where the printed lines ended, and the document
        // never prints "well-known" or "cut-off" whole.
        let document = try run(
            Self.dump(
                around: "We are delighted to be showing a wellknown documentary about the county's lost railways, and please do finish within the cutoff time."
            ))
        #expect(repairs(document) == ["wellknown → well-known", "cutoff → cut-off"])
        #expect(Fixtures.blockTexts(document).joined(separator: " ").contains("a well-known documentary"))
    }

    @Test(arguments: [
        // A capitalised word is a name ("Wellknown Films"), not a join.
        "Tickets for the whole season can be bought from Wellknown Films, who also sell the programmes for it.",
        // Printed twice: the author's spelling, not a line end's accident.
        "The cutoff is noon on Friday, and entries that arrive after the cutoff are not counted in the table.",
    ])
    func aDumpsWordIsLeftWithoutEvidenceOfAJoin(paragraph: String) throws {
        #expect(repairs(try run(Self.dump(around: paragraph))).isEmpty)
    }

    @Test func aPDFsGluedWordIsTheAuthorsSpelling() throws {
        // A PDF's glyphs keep their line-end hyphens: a glued word there was printed glued.
        var document = try Fixtures.document("We are showing a wellknown documentary about the county's railways.")
        document.source.format = .pdf
        RepairHyphenation().run(&document, context: Fixtures.context)
        #expect(repairs(document).isEmpty)
    }

    @Test func theDocumentsOwnHyphenatedSpellingDecidesAndKeepsTheCapitals() throws {
        // No overlong line here: the evidence is "Multi-Agency" printed elsewhere.
        let document = try run(
            """
            Multi-Agency Working

            The MultiAgency Hub meets on Tuesdays.
            """)
        #expect(Fixtures.blockTexts(document) == ["Multi-Agency Working", "The Multi-Agency Hub meets on Tuesdays."])
        #expect(repairs(document) == ["MultiAgency → Multi-Agency"])
    }

    /// Each line-two of a four-line block, overlong so the layout cue is there; the glued word must stay.
    @Test(arguments: [
        // A dictionary word: pdftotext's join of "co-" + "ordinating" is right as it stands.
        "yet again the team were busy all week long and coordinating visits. Nonetheless the families kept asking",
        // A capitalised unknown word without an internal capital is a name ("Ash" + "worth").
        "pupils from the primary school in the village of Ashworth joined us for the day. A good number of them",
        // An acronym.
        "referrals from the local children’s mental health CAMHS team were discussed at length. The panel agreed",
        // Parts too short: "hat" + "by" would need a two-letter part.
        "the new book swap scheme opened at the library hatby on Monday this week. A volunteer will be there",
        // The author's own spelling, printed twice: "wellbeing" is not a lost hyphen.
        "staff support was the theme of the wellbeing week and staff wellbeing matters. The session was full",
        // Letters glued to a non-ASCII letter belong to a longer word ("rich" + "see" inside it).
        "the choir went to the lakeside town of Zürichsee for a festival. The concert was a success and",
        // A brand in CamelCase whose parts are not both words.
        "parents can download the parenting advice app CareZapp from the usual stores. The service is free",
    ])
    func gluedWordsWithoutEvidenceStay(line: String) throws {
        let text = """
            Our family support workers run drop-in sessions for parents who are
            \(line)
            can arrange a home visit within two working days of a referral and
            will agree a plan with the family before any other service helps.
            """
        let document = try run(text)
        #expect(document.pages[0].blocks[0].lines[1].text == line)
        #expect(document.audit.repairs.isEmpty)
    }

    @Test func aWordTakingTwoHyphensBeforeAnotherRepairedLineIsCountedOnce() throws {
        // One repair per word: "motherinlaw" takes two hyphens, and the line after it must still
        // find its own repair (counting hyphens instead of words once read past the end).
        let document = try run(
            """
            My mother-in-law spoke about self-harming and care.
            Her motherinlaw came to the meeting today.
            We talked about selfharming with the team.
            """)
        let lines = document.pages[0].blocks[0].lines.map(\.text)
        #expect(lines[1] == "Her mother-in-law came to the meeting today.")
        #expect(lines[2] == "We talked about self-harming with the team.")
        #expect(repairs(document) == ["motherinlaw → mother-in-law", "selfharming → self-harming"])
    }

    @Test func aGluedWordOnALineOfOrdinaryLengthStays() throws {
        // Nothing says "selfharming" was a line-end join: no overlong line, no hyphenated spelling.
        let text = """
            Local reviews about young people selfharming have led to new
            guidance for schools, which is published this month online.
            """
        let document = try run(text)
        #expect(Fixtures.blockTexts(document) == [text.replacingOccurrences(of: "\n", with: " ")])
        #expect(document.audit.repairs.isEmpty)
    }

    @Test func aJoinOpeningALineGetsItsHyphenBack() throws {
        // pdftotext may move the joined word whole to the next line ("self-|harming" printed, then
        // "selfharming" opens a line): a dump's line edge is where a join sits.
        let document = try run(
            """
            Our family support workers run drop-in sessions for parents who are
            selfharming is one of the topics that the course covers in its second and third weeks this year.
            can arrange a home visit within two working days of a referral and
            will agree a plan with the family before any other service helps.
            """)
        #expect(repairs(document) == ["selfharming → self-harming"])
    }

    @Test func addressesAreLeftToTheURLStage() throws {
        let document = try run(
            """
            Our family support workers run drop-in sessions for parents who are
            see www.example.org/adult-socialcare and selfharming@example.org for the details this week.
            can arrange a home visit within two working days of a referral and
            will agree a plan with the family before any other service helps.
            """)
        #expect(document.audit.repairs.isEmpty)
    }

    @Test(arguments: [[1, 2, 3], [5, 1, 9, 9, 2], [4, 4, 4, 4], [10, 20, 30, 40, 50, 60], [7, 3]])
    func theMedianOfTheOtherLinesMatchesTheNaiveOne(lengths: [Int]) {
        for index in lengths.indices {
            var others = lengths
            let length = others.remove(at: index)
            let sorted = others.sorted()
            let naive: Double? =
                sorted.count < RepairHyphenation.minimumOtherLines
                ? nil
                : sorted.count % 2 == 1
                    ? Double(sorted[sorted.count / 2])
                    : Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            #expect(RepairHyphenation.median(of: lengths.sorted(), without: length) == naive)
        }
    }

    // MARK: Visible line-end hyphens

    @Test(arguments: [
        // A syllable break: the whole is a word.
        (
            "Sessions are held in the com-", "munity hall on Station Road.",
            "Sessions are held in the community hall on Station Road.", "com- munity → community"
        ),
        ("It arrived some-", "thing like a week late.", "It arrived something like a week late.", "some- thing → something"),
        ("The spring news-", "letter is out.", "The spring newsletter is out.", "news- letter → newsletter"),
        // Both spellings are words and the hyphen parts two like vowels: the British spelling.
        ("Our co-", "ordinator will help.", "Our co-ordinator will help.", "co- ordinator → co-ordinator"),
        ("Partners agreed to co-", "operate fully.", "Partners agreed to co-operate fully.", "co- operate → co-operate"),
        // The hyphenated form is a word and the whole is not.
        ("Staff try to pre-", "empt a crisis.", "Staff try to pre-empt a crisis.", "pre- empt → pre-empt"),
        // A compound: the hyphenated form is a word and the whole is not.
        (
            "It includes a session on self-", "harm and how to talk about it.",
            "It includes a session on self-harm and how to talk about it.", "self- harm → self-harm"
        ),
        // Figures after the hyphen belong to a name.
        ("The rules on COVID-", "19 testing changed.", "The rules on COVID-19 testing changed.", "COVID- 19 → COVID-19"),
        // A capital after the hyphen continues a compound of two words.
        ("Our Multi-", "Agency Hub.", "Our Multi-Agency Hub.", "Multi- Agency → Multi-Agency"),
    ])
    func lineEndHyphens(upper: String, lower: String, expected: String, repair: String) throws {
        let document = try run("\(upper)\n\(lower)")
        #expect(Fixtures.blockTexts(document) == [expected])
        #expect(repairs(document) == [repair])
    }

    @Test func theDocumentsHyphenatedSpellingKeepsTheHyphenEvenWhenTheWholeIsAWord() throws {
        let document = try run(
            """
            Agencies co-ordinate their work.

            The hub will co-
            ordinate visits.
            """)
        #expect(Fixtures.blockTexts(document) == ["Agencies co-ordinate their work.", "The hub will co-ordinate visits."])
        #expect(document.pages[0].blocks[1].lines.map(\.text) == ["The hub will co-ordinate", "visits."])
    }

    @Test(arguments: [
        // A spaced dash, a rule, figures before the hyphen, a web address, a capital that starts something new.
        ("Three sessions -", "all free."),
        ("Timetable --", "to follow."),
        ("Ages 5-", "11 welcome."),
        ("Details at https://www.example.org/my-", "services/carers/"),
        ("Bring these items -", "Water bottle."),
    ])
    func lineEndsThatAreNotWordBreaksStay(upper: String, lower: String) throws {
        let document = try run("\(upper)\n\(lower)")
        #expect(document.pages[0].blocks[0].lines.map(\.text) == [upper, lower])
        #expect(document.audit.repairs.isEmpty)
    }

    @Test func theDocumentsClosedSpellingDropsTheHyphen() throws {
        let document = try run(
            """
            Staff wellbeing matters.

            Our staff well-
            being survey opens today.
            """)
        #expect(Fixtures.blockTexts(document) == ["Staff wellbeing matters.", "Our staff wellbeing survey opens today."])
    }

    @Test func aContinuationThatWasTheWholeLineTakesTheLineAway() throws {
        let document = try run(
            """
            The group meets in the com-
            munity
            hall.
            """)
        #expect(document.pages[0].blocks[0].lines.map(\.text) == ["The group meets in the community", "hall."])
    }

    // MARK: The samples

    @Test func theGluedCompoundsSample() throws {
        let document = try Fixtures.convert(sample: "synthetic-glued-compounds.txt")
        let hyphenation = document.audit.repairs.filter { $0.kind == .hyphenation }.map { "\($0.before) → \($0.after)" }
        #expect(
            hyphenation == [
                "selfharming → self-harming", "MultiAgency → Multi-Agency", "nonaccidental → non-accidental",
                "com- munity → community", "self- harm → self-harm",
            ])
    }

    @Test func theCleanProseSampleIsLeftAlone() throws {
        let document = try Fixtures.convert(sample: "synthetic-clean-prose.txt")
        #expect(document.audit.repairs.filter { $0.kind == .hyphenation || $0.kind == .url || $0.kind == .email }.isEmpty)
    }

    @Test func theSeedsHyphenationRepairs() throws {
        let document = try Fixtures.convert(sample: "001_ff7c0782f6439bae.txt")
        let hyphenation = Set(document.audit.repairs.filter { $0.kind == .hyphenation }.map { "\($0.before) → \($0.after)" })
        #expect(hyphenation == ["MultiAgency → Multi-Agency", "selfharming → self-harming", "nonaccidental → non-accidental"])
    }
}

/// A compound broken at a line end twice in one document, and closed up by pdftotext both times.
@Suite struct RepairRepeatedJoinsTests {
    @Test func aCompoundJoinedAtTwoLineEndsGetsBothHyphensBack() throws {
        // Each "selfharm" sits where a printed line ended, on a line far longer than the others.
        let document = try Fixtures.run(
            RepairHyphenation(),
            on: """
                Our youth workers offer confidential
                support to young people who selfharm or who are worried about a
                friend. The community drop-in runs
                every Thursday at the neighbourhood
                centre, and staff can talk about selfharm, anxiety and exam stress
                without judgement. Parents and
                carers are welcome as well.
                """)
        #expect(
            document.pages[0].blocks[0].lines.map(\.text) == [
                "Our youth workers offer confidential",
                "support to young people who self-harm or who are worried about a",
                "friend. The community drop-in runs",
                "every Thursday at the neighbourhood",
                "centre, and staff can talk about self-harm, anxiety and exam stress",
                "without judgement. Parents and",
                "carers are welcome as well.",
            ])
        #expect(document.audit.repairs.map(\.before) == ["selfharm", "selfharm"])
    }

    @Test func aGluedFormAlsoPrintedMidLineIsTheAuthorsSpelling() throws {
        // Twice in the middle of ordinary lines, once at a join: the author writes "selfcare".
        let document = try Fixtures.run(
            RepairHyphenation(),
            on: """
                Our youth workers offer confidential
                support to young people on selfcare and who are worried about a
                friend. The selfcare drop-in runs
                every Thursday, and selfcare packs
                are free to everyone who asks.
                """)
        #expect(document.audit.repairs.isEmpty)
        #expect(document.pages[0].blocks[0].lines[1].text == "support to young people on selfcare and who are worried about a")
    }
}
