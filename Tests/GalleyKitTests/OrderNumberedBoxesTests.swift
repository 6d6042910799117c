import GalleyKit
import GalleyTestSupport
import Testing

@Suite struct OrderNumberedBoxesTests {
    func order(_ text: String) throws -> (blocks: [String], warnings: Int) {
        var document = try Fixtures.document(text)
        OrderNumberedBoxes().run(&document, context: Fixtures.context)
        let blocks = document.pages.flatMap(\.blocks).map { ($0.kind == .heading ? "H\($0.headingLevel ?? 0):" : "") + $0.text }
        return (blocks, document.audit.warnings.count)
    }

    @Test func rowsOfBoxesComeOutInNumericOrderEachWithItsText() throws {
        // pdftotext prints rows: headings 01 and 02, then the body of 01, then the body of 02.
        let input = """
            Practice Briefing

            01 Summary

            02 What Happened

            Sam was nine.

            The family moved.

            04 Questions
            Have you checked?

            03 What We Learned

            Records did not match.
            """
        let result = try order(input)
        #expect(
            result.blocks == [
                "Practice Briefing", "H3:01 Summary", "Sam was nine.", "H3:02 What Happened", "The family moved.",
                "H3:03 What We Learned", "Records did not match.", "H3:04 Questions", "Have you checked?",
            ])
        #expect(result.warnings == 1)
    }

    @Test func aBodyCutMidSentenceStaysWithItsBox() throws {
        let input =
            "01 One\n\n02 Two\n\nBody of one.\n\nBody of two starts\n\n03 Three\n\nand carries on here.\n\nBody of three.\n"
        #expect(
            try order(input).blocks == [
                "H3:01 One", "Body of one.", "H3:02 Two", "Body of two starts", "and carries on here.", "H3:03 Three",
                "Body of three.",
            ])
    }

    @Test func twoGridsOnOnePageAndATitleAboveTheSecond() throws {
        // The title above the second grid is that grid's heading, one level above its boxes.
        let input =
            "01 A\n\n02 B\n\n03 C\n\nText a.\n\nText b.\n\nText c.\n\nSecond Briefing\n01 A\n\n03 C\n\n02 B\n\nMore a.\n\nMore c.\n\nMore b.\n"
        #expect(
            try order(input).blocks == [
                "H3:01 A", "Text a.", "H3:02 B", "Text b.", "H3:03 C", "Text c.", "H2:Second Briefing",
                "H3:01 A", "More a.", "H3:02 B", "More b.", "H3:03 C", "More c.",
            ])
    }

    /// A grid of three boxes printed row by row, box 02 last in the dump with `own` as its text,
    /// then `tail`: blocks that go on box 02 sit before box 03, a panel after the grid after it.
    func gridWith(own: String = "Have you asked?", tail: String) -> String {
        "01 Background\n\n03 What Happened\n\nAlex was fourteen.\n\nThe school noticed.\n\n02 Questions\n\(own)\n\n" + tail
    }

    /// Eight lines on another topic, after box bodies of one line each: a side panel.
    let panel = """
        Riverside Advice Centre offers free and
        confidential help with money, housing
        and benefits to anyone in the district.
        Our advisers work from three libraries
        and can also visit people at home when
        they are unable to travel to see us.
        You can find out more on our website,
        where there is a form to book a visit.
        """

    @Test func aLongPanelAfterTheBoxesStaysOutsideTheGrid() throws {
        let result = try order(gridWith(tail: panel + "\n\nTelephone: 0300 123 4567\n"))
        #expect(
            result.blocks == [
                "H3:01 Background", "Alex was fourteen.", "H3:02 Questions", "Have you asked?", "H3:03 What Happened",
                "The school noticed.", panel.split(separator: "\n").joined(separator: " "), "Telephone: 0300 123 4567",
            ])
        #expect(result.warnings == 1)
    }

    @Test func shortTextAfterTheBoxesStaysInTheLastBox() throws {
        let result = try order(gridWith(tail: "Have you shared what you know with the\nschool and the family doctor?\n"))
        #expect(
            result.blocks == [
                "H3:01 Background", "Alex was fourteen.", "H3:02 Questions", "Have you asked?",
                "Have you shared what you know with the school and the family doctor?", "H3:03 What Happened",
                "The school noticed.",
            ])
    }

    @Test func aLongBlockCarryingOnACutSentenceStaysInTheLastBox() throws {
        let tail = panel.lowercased()
        let result = try order(gridWith(own: "Have you asked about", tail: tail))
        #expect(
            result.blocks == [
                "H3:01 Background", "Alex was fourteen.", "H3:02 Questions", "Have you asked about",
                tail.split(separator: "\n").joined(separator: " "), "H3:03 What Happened", "The school noticed.",
            ])
    }

    @Test(arguments: [
        // Only two numbered lines.
        "01 One\n\nText.\n\n02 Two\n\nText.",
        // Numbers too scattered to be a sequence.
        "1 One\n\n5 Five\n\n9 Nine\n\nText.",
        // Numbers inside prose, or ending in punctuation, are not box headings.
        "We met 12 Residents in March.\n\n3 Things happened.\n\n4 More things, too.\n\n5 Others.",
        // Years and dates.
        "2021 15 – 21 November\n\n2022 Annual Report\n\n2023 Plans",
    ])
    func noGridNoChange(input: String) throws {
        let before = try Fixtures.document(input).pages.flatMap(\.blocks).map(\.text)
        let result = try order(input)
        #expect(result.blocks == before)
        #expect(result.warnings == 0)
    }

    @Test func theSidePanelSampleFollowsTheGrid() throws {
        let document = try Fixtures.convert(sample: "synthetic-grid-side-panel.txt")
        let texts = Fixtures.blockTexts(document).map { String($0.prefix(16)) }
        #expect(
            texts == [
                "Seven Minute Bri", "01 Background", "Alex was fourtee", "02 What Happened", "Alex stopped att", "03 Key Themes",
                "Information shar", "04 Questions", "Have you checked", "Riverside Advice", "Telephone: 0300 ",
                "Email: advice@ex",
            ])
    }

    @Test func theSeedsSidePanelIsNotInABox() throws {
        // The second grid's panel ("Turning Point delivers…", its telephone and emails) follows the
        // grid instead of sitting in box 05.
        let document = try Fixtures.convert(sample: "001_ff7c0782f6439bae.txt")
        let fives = document.sections.filter { $0.printedHeading?.hasPrefix("05") == true }
        #expect(fives.count == 2)
        #expect(!fives.contains { $0.blocks.contains { $0.text.contains("Turning Point delivers") } })
        let sevens = document.sections.filter { $0.printedHeading?.hasPrefix("07") == true }
        #expect(sevens.last?.blocks.contains { $0.text.hasPrefix("Turning Point delivers") } == true)
    }

    @Test func theSeedsBriefingBoxesAreInOrder() throws {
        let document = try Fixtures.convert(sample: "001_ff7c0782f6439bae.txt")
        let boxes = document.sections.compactMap(\.printedHeading).filter { $0.first == "0" }.map { String($0.prefix(2)) }
        #expect(boxes == ["01", "02", "03", "04", "05", "06", "07", "01", "02", "03", "04", "05", "06", "07"])
    }
}
