import GalleyKit
import GalleyTestSupport
import Testing

@Suite struct DetectHeadingsTests {
    /// The page's blocks after DetectHeadings, as "H1:text", "H2:text" or "P:text".
    func headings(_ text: String) throws -> [[String]] {
        var document = try Fixtures.document(text)
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages.map { page in
            page.blocks.map { block in
                (block.kind == .heading ? "H\(block.headingLevel ?? 0):" : "P:") + block.text
            }
        }
    }

    let prose = "Families who get help early are less likely to reach a crisis, and this\nguide explains where to find support in your area.\n"

    @Test func leadingTitleLinesAreSplitOffTheProse() throws {
        let input = "Welcome to the spring issue of our bulletin, which is full of news from\nthe teams.\n\nBath Time Safety\n" + prose
        #expect(try headings(input) == [[
            "P:Welcome to the spring issue of our bulletin, which is full of news from the teams.",
            "H2:Bath Time Safety",
            "P:Families who get help early are less likely to reach a crisis, and this guide explains where to find support in your area.",
        ]])
    }

    @Test func wrappedHeadingsAreOneHeading() throws {
        // Two stacked one-word lines are one heading; the next title is its own. A line ending in
        // a function word runs on.
        #expect(try headings("Intro line of text that is long enough to be prose here.\n\nSupporting\nFamilies\nEarly Help\n" + prose)[0].prefix(3) == [
            "P:Intro line of text that is long enough to be prose here.", "H2:Supporting Families", "H2:Early Help",
        ])
        #expect(try headings("Intro line of text that is long enough to be prose here.\n\nThresholds for\naccess to services\n" + prose)[0][1] == "H2:Thresholds for access to services")
    }

    @Test func theFirstTitleAtTheTopOfAPageIsLevelOne() throws {
        let result = try headings(" Training and Upcoming Events\nOnline Safety\n\n" + prose)
        #expect(result == [[
            "H1:Training and Upcoming Events", "H2:Online Safety",
            "P:Families who get help early are less likely to reach a crisis, and this guide explains where to find support in your area.",
        ]])
    }

    @Test func aTitleBlockFollowedByProseIsAHeading() throws {
        let result = try headings("Opening paragraph of the page, long enough to be prose.\n\nLearning from Safeguarding\nChildren Practice Reviews\n\n" + prose)
        #expect(result[0][1] == "H2:Learning from Safeguarding Children Practice Reviews")
    }

    @Test(arguments: [
        "Telephone: 0330 303 6000", "Email: help@example.org", "www.example.org/help", "12 March 2025", "and",
        "Date: 16 September 2021", "• Support from others", "0116 288 4119",
        "Name\nJordan Ellis\nFamily Hub Coordinator",
    ])
    func nonHeadingsStayParagraphs(line: String) throws {
        let result = try headings("Opening paragraph of the page, long enough to be prose.\n\n" + line + "\n\n" + prose)
        #expect(result[0].allSatisfy { $0.hasPrefix("P:") })
    }

    @Test func aLineAsWideAsTheProseIsTheProsesFirstLine() throws {
        // Title-cased but as wide as the paragraph: it is the paragraph's first line.
        let input = "Opening paragraph of the page, long enough to be prose.\n\nThe Cruse Bereavement Care Freephone\nNational Helpline is staffed by trained\nbereavement volunteers, who offer support.\n"
        #expect(try headings(input)[0].allSatisfy { $0.hasPrefix("P:") })
    }

    @Test func aLogoRepeatedOnThePageIsNotAHeading() throws {
        let input = "Opening paragraph of the page, long enough to be prose.\n\nCounty Adults Board\n\n" + prose + "\nCounty Adults Board\n\n" + prose
        #expect(try headings(input)[0].allSatisfy { $0.hasPrefix("P:") })
    }

    @Test func typographyGivesLevelsInPDFs() {
        func line(_ text: String, _ size: Double, bold: Bool = false) -> Line {
            Line(text, font: FontInfo(name: "Body", size: size, isBold: bold))
        }
        let body = Block(lines: [
            line("Body text set in the usual size for the newsletter's running prose.", 10),
            line("More body text in the same size, long enough to count as the body.", 10),
        ], page: 1)
        let blocks = [
            Block(lines: [line("Annual Report", 24)], page: 1),
            Block(lines: [line("Thresholds for", 14), line("access to services", 14)], page: 1),
            Block(lines: [line("Key points", 10, bold: true), line("Body text set in the usual size for the newsletter's running prose.", 10)], page: 1),
            body,
        ]
        var document = Document(source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1), pages: [Page(number: 1, blocks: blocks)])
        DetectHeadings().run(&document, context: Fixtures.context)
        let result = document.pages[0].blocks.map { "\($0.kind)\($0.headingLevel.map(String.init) ?? ""):\($0.text)" }
        #expect(result == [
            "heading1:Annual Report", "heading2:Thresholds for access to services", "heading3:Key points",
            "paragraph:Body text set in the usual size for the newsletter's running prose.",
            "paragraph:Body text set in the usual size for the newsletter's running prose. More body text in the same size, long enough to count as the body.",
        ])
    }

    @Test func seedHeadingsComeOut() throws {
        let document = try Fixtures.convert(sample: "001_ff7c0782f6439bae.txt")
        let found = Set(document.sections.compactMap(\.heading))
        for heading in ["Bereavement Services", "Supporting Families", "Early Help", "National Review Learning",
            "Training and Upcoming Events", "Supporting Children and Young People through Grief and Loss", "Bath Time Safety", "Modern Slavery"]
        {
            #expect(found.contains(heading), "\(heading)")
        }
        #expect(!found.contains { $0.hasPrefix("Telephone") || $0.hasPrefix("Email") || $0 == "and" })
    }
}
