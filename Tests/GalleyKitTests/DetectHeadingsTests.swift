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

    let prose =
        "Families who get help early are less likely to reach a crisis, and this\nguide explains where to find support in your area.\n"

    @Test func leadingTitleLinesAreSplitOffTheProse() throws {
        let input =
            "Welcome to the spring issue of our bulletin, which is full of news from\nthe teams.\n\nBath Time Safety\n" + prose
        #expect(
            try headings(input) == [
                [
                    "P:Welcome to the spring issue of our bulletin, which is full of news from the teams.",
                    "H2:Bath Time Safety",
                    "P:Families who get help early are less likely to reach a crisis, and this guide explains where to find support in your area.",
                ]
            ])
    }

    @Test func wrappedHeadingsAreOneHeading() throws {
        // Two stacked one-word lines are one heading; the next title is its own. A line ending in
        // a function word runs on.
        #expect(
            try headings(
                "Intro line of text that is long enough to be prose here.\n\nSupporting\nFamilies\nEarly Help\n" + prose)[0]
                .prefix(3) == [
                    "P:Intro line of text that is long enough to be prose here.", "H2:Supporting Families", "H2:Early Help",
                ])
        #expect(
            try headings(
                "Intro line of text that is long enough to be prose here.\n\nThresholds for\naccess to services\n" + prose)[0][1]
                == "H2:Thresholds for access to services")
    }

    @Test func theFirstTitleAtTheTopOfAPageIsLevelOne() throws {
        let result = try headings(" Training and Upcoming Events\nOnline Safety\n\n" + prose)
        #expect(
            result == [
                [
                    "H1:Training and Upcoming Events", "H2:Online Safety",
                    "P:Families who get help early are less likely to reach a crisis, and this guide explains where to find support in your area.",
                ]
            ])
    }

    @Test func aTitleBlockFollowedByProseIsAHeading() throws {
        let result = try headings(
            "Opening paragraph of the page, long enough to be prose.\n\nLearning from Safeguarding\nChildren Practice Reviews\n\n"
                + prose)
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
        let input =
            "Opening paragraph of the page, long enough to be prose.\n\nThe Cruse Bereavement Care Freephone\nNational Helpline is staffed by trained\nbereavement volunteers, who offer support.\n"
        #expect(try headings(input)[0].allSatisfy { $0.hasPrefix("P:") })
    }

    @Test func aLogoRepeatedOnThePageIsNotAHeading() throws {
        let input =
            "Opening paragraph of the page, long enough to be prose.\n\nCounty Adults Board\n\n" + prose
            + "\nCounty Adults Board\n\n" + prose
        #expect(try headings(input)[0].allSatisfy { $0.hasPrefix("P:") })
    }

    @Test func aTitleLineInsideProseSplitsTheBlock() throws {
        // After a sentence's end, before a long line opening a new sentence, narrower than the prose.
        let input = """
            Opening paragraph of the page, long enough to be prose.

            The club meets every Tuesday and all of the sessions are free to families.
            Holiday Club Places
            In July the Riverside Youth Trust opened twenty new places for children aged
            eight to twelve, with lunch provided every day.

            """
        #expect(
            try headings(input) == [
                [
                    "P:Opening paragraph of the page, long enough to be prose.",
                    "P:The club meets every Tuesday and all of the sessions are free to families.",
                    "H2:Holiday Club Places",
                    "P:In July the Riverside Youth Trust opened twenty new places for children aged eight to twelve, with lunch provided every day.",
                ]
            ])
        // Sentence case too, when clearly narrower than the prose.
        let sentenceCase = input.replacingOccurrences(of: "Holiday Club Places", with: "Children missing school")
        #expect(try headings(sentenceCase)[0][2] == "H2:Children missing school")
    }

    @Test(arguments: [
        // The line above does not end a sentence: the short line is the sentence's own.
        "The club meets every Tuesday and the sessions are run by\nLocal Volunteers Together\nIn July the Riverside Youth Trust opened twenty new places for children aged",
        // The line below carries on in lower case.
        "The club meets every Tuesday and all of the sessions are free to families.\nHoliday Club Places\nare open to every child in the county, with lunch provided every day.",
        // Short lines below: a list of items, not a heading over prose.
        "We are collecting these items for the winter appeal this year.\nWarm coats and gloves\nTins of soup\nBlankets",
        // A contact line, a dash-ended lead-in, a line as wide as the prose.
        "Call the team if you are worried about a child in your care.\nTelephone: 0300 123 4567\nOur advisers are available from nine until five on every weekday.",
        "Call the team if you are worried about a child in your care today.\nRead the county guidance –\nOur advisers are available from nine until five on every weekday.",
        "Call the team if you are worried about a child.\nOur Advisers Are Available From Nine Until Five\nOn weekdays the phones are answered by the duty team.",
        // A narrow column's wrap: "Safeguarding" would not have fit after "Support".
        "Our volunteers met every week this year.\nThe Riverside Family Support\nSafeguarding Partnership opened a hub.",
    ])
    func noHeadingInsideProse(block: String) throws {
        let result = try headings("Opening paragraph of the page, long enough to be prose.\n\n" + block + "\n")
        #expect(result[0].allSatisfy { $0.hasPrefix("P:") }, "\(result)")
    }

    @Test func aTitleWrappedInANarrowBoxIsOneHeading() throws {
        let intro = "Intro line of text that is long enough to be prose here.\n\n"
        // A lone word under a short line is the wrap's tail, however many lines.
        #expect(try headings(intro + "Young\nCarers\nWeek\n" + prose)[0][1] == "H2:Young Carers Week")
        #expect(try headings(intro + "Long Term\nAdolescent\nNeglect\n" + prose)[0][1] == "H2:Long Term Adolescent Neglect")
        #expect(try headings(" Community Safety\nPartnership\n" + prose)[0][0] == "H1:Community Safety Partnership")
        // A line ending in a dash goes on below.
        #expect(
            try headings(intro + "Annual Audit -\nEarly Years Settings Across the County\n" + prose)[0][1]
                == "H2:Annual Audit - Early Years Settings Across the County")
        // Under a long line a lone word is a title of its own (the limit of the rule: it never
        // joins a line of four words or more).
        #expect(
            try headings(intro + "Training for School Staff\nSafeguarding\n" + prose)[0].prefix(3) == [
                "P:Intro line of text that is long enough to be prose here.", "H2:Training for School Staff", "H2:Safeguarding",
            ])
    }

    @Test func aTitleAboveAnEntrysSourceAndDateIsAHeading() throws {
        let body = "The network has published advice for families on where to find free meals during the school holidays.\n"
        // Over "Source:" / "Date:" lines in the same block, whatever its case or width.
        #expect(
            try headings(
                "Opening paragraph of the page, long enough to be prose.\n\nHoliday hunger: where to get help\nSource: Food Aid Network\nDate: 3 May 2024\n"
                    + body)[0] == [
                    "P:Opening paragraph of the page, long enough to be prose.", "H2:Holiday hunger: where to get help",
                    "P:Source: Food Aid Network Date: 3 May 2024 " + body.dropLast(),
                ])
        // A one-line block, with another column's title and logo printed between it and its entry.
        let interleaved =
            "Opening paragraph of the page, long enough to be prose.\n\nBike safety for children\n\nNews Updates\n\nGreen\nValley\nCouncil\n\nSource: Road Safety Trust\nDate: 9 June 2024\n"
            + body
        #expect(
            try headings(interleaved)[0] == [
                "P:Opening paragraph of the page, long enough to be prose.", "H2:Bike safety for children", "H2:News Updates",
                "P:Green Valley Council", "P:Source: Road Safety Trust Date: 9 June 2024 " + body.dropLast(),
            ])
    }

    @Test(arguments: [
        // Logos and labels, then prose that is no entry.
        "Bike safety for children\n\nNews Updates\n\nGreen\nValley\nCouncil\n\nThe network has published advice for families on free meals.",
        // The entry too far below: five blocks between.
        "Bike safety for children\n\nOne\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSource: Road Safety Trust\nThe trust has published advice.",
        // A block of prose between: the line belongs to something else.
        "Bike safety for children\n\nThe network has published advice for families on where to find free meals, and more.\n\nSource: Road Safety Trust",
    ])
    func noEntryNoHeading(input: String) throws {
        let result = try headings("Opening paragraph of the page, long enough to be prose.\n\n" + input + "\n")
        #expect(!result[0].contains("H2:Bike safety for children"), "\(result)")
    }

    @Test func aCaptionRepeatingTheNextTitleIsNotAHeading() throws {
        // A logo's words ("Carers Support" / "Helpwell") above the same title in the text.
        let input =
            "Opening paragraph of the page, long enough to be prose.\n\nCarers Support\nHelpwell\n\nCarers Support\nThe Helpwell carers line is staffed by trained volunteers, who offer support.\n"
        #expect(
            try headings(input)[0] == [
                "P:Opening paragraph of the page, long enough to be prose.", "P:Carers Support Helpwell", "H2:Carers Support",
                "P:The Helpwell carers line is staffed by trained volunteers, who offer support.",
            ])
        // At the top of a page, where a stack of titles is otherwise a page heading and a
        // subheading: the caption stays text and the title under it is the page's title.
        let top =
            " Carers Support\nHelpwell\n\nCarers Support\nThe Helpwell carers line is staffed by trained volunteers, who offer support.\n"
        #expect(
            try headings(top)[0] == [
                "P:Carers Support Helpwell", "H1:Carers Support",
                "P:The Helpwell carers line is staffed by trained volunteers, who offer support.",
            ])
    }

    @Test func typographyGivesLevelsInPDFs() {
        func line(_ text: String, _ size: Double, bold: Bool = false) -> Line {
            Line(text, font: FontInfo(name: "Body", size: size, isBold: bold))
        }
        let body = Block(
            lines: [
                line("Body text set in the usual size for the newsletter's running prose.", 10),
                line("More body text in the same size, long enough to count as the body.", 10),
            ], page: 1)
        let blocks = [
            Block(lines: [line("Annual Report", 24)], page: 1),
            Block(lines: [line("Thresholds for", 14), line("access to services", 14)], page: 1),
            Block(
                lines: [
                    line("Key points", 10, bold: true),
                    line("Body text set in the usual size for the newsletter's running prose.", 10),
                ], page: 1),
            body,
        ]
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1), pages: [Page(number: 1, blocks: blocks)])
        DetectHeadings().run(&document, context: Fixtures.context)
        let result = document.pages[0].blocks.map { "\($0.kind)\($0.headingLevel.map(String.init) ?? ""):\($0.text)" }
        #expect(
            result == [
                "heading1:Annual Report", "heading2:Thresholds for access to services", "heading3:Key points",
                "paragraph:Body text set in the usual size for the newsletter's running prose.",
                "paragraph:Body text set in the usual size for the newsletter's running prose. More body text in the same size, long enough to count as the body.",
            ])
    }

    @Test func seedHeadingsComeOut() throws {
        let document = try Fixtures.convert(sample: "001_ff7c0782f6439bae.txt")
        let found = Set(document.sections.compactMap(\.heading))
        for heading in [
            "Bereavement Services", "Supporting Families", "Early Help", "National Review Learning",
            "Training and Upcoming Events", "Supporting Children and Young People through Grief and Loss", "Bath Time Safety",
            "Modern Slavery",
        ] {
            #expect(found.contains(heading), "\(heading)")
        }
        #expect(!found.contains { $0.hasPrefix("Telephone") || $0.hasPrefix("Email") || $0 == "and" })
    }

    @Test func seedHeadingsGainedByTheseRules() throws {
        let document = try Fixtures.convert(sample: "001_ff7c0782f6439bae.txt")
        let found = document.sections.compactMap(\.heading)
        for heading in [
            "Long Term Adolescent Neglect", "Children missing education", "Procedure Updates", "Safeguarding Children Procedures",
            "Information for Children and Adult Workers",
            "Multi-Agency Audit - Transitional Safeguarding Young Adults into Adult Services - Early Learning",
            "Domestic abuse: sources of support", "Parents with learning disabilities", "Online safety: children with autism",
        ] {
            #expect(found.contains(heading), "\(heading)")
        }
        // Split wraps, logos, captions and table labels stay out.
        for text in ["Neglect", "Procedures", "Bereavement Services Cruse", "Safeguarding Adults Board", "Name", "Organisation"] {
            #expect(!found.contains(text), "\(text)")
        }
        let section = document.sections.first { $0.heading == "Children missing education" }
        #expect(section?.blocks.first?.text.hasPrefix("In September 2020") == true)
    }

    @Test func theDigestSampleComesOutWithItsHeadings() throws {
        let document = try Fixtures.convert(sample: "synthetic-digest-entries.txt")
        #expect(
            document.sections.map { "\($0.level) \($0.heading ?? "-")" } == [
                "1 Practice News Digest", "2 Long Term Youth Homelessness", "2 School attendance support",
                "2 Holiday hunger: where to get help", "2 Practice Updates", "2 Carers Support",
            ])
        #expect(document.title == "Practice News Digest")
    }
}

/// A raw dump's first page opens with the publication's name over its strapline.
@Suite struct DetectMastheadTests {
    func headings(_ text: String) throws -> [[String]] {
        let document = try Fixtures.run(DetectHeadings(), on: text)
        return document.pages.map { page in
            page.blocks.map { ($0.kind == .heading ? "H\($0.headingLevel ?? 0):" : "P:") + $0.text }
        }
    }

    let story = "\n\nFrom the Chair\nThe committee met in March and agreed the budget for the coming year.\n"

    @Test(arguments: [
        ("Riverside Parish News\nThe newsletter of St Aidan's, Riverside | April 2024", "Riverside Parish News",
         "The newsletter of St Aidan's, Riverside | April 2024"),
        ("Harbour Lights Food Bank\nWinter appeal | December 2024", "Harbour Lights Food Bank", "Winter appeal | December 2024"),
        ("Westfield Residents' Bulletin\nLinks and resources | Summer 2024", "Westfield Residents' Bulletin",
         "Links and resources | Summer 2024"),
    ])
    func theNameOverAStraplineIsThePageTitle(masthead: String, name: String, strapline: String) throws {
        #expect(
            try headings(masthead + story) == [
                [
                    "H1:\(name)", "P:\(strapline)", "H2:From the Chair",
                    "P:The committee met in March and agreed the budget for the coming year.",
                ]
            ])
    }

    @Test(arguments: [
        // Not title case.
        "our parish news\nnewsletter | april 2024",
        // Too many lines for a masthead.
        "Riverside Parish News\nSpring | 2024\nIssue 3 | Free\nPlease take one | Share it",
    ])
    func otherOpeningBlocksStayText(opening: String) throws {
        #expect(try headings(opening + story)[0].first == "P:" + opening.replacingOccurrences(of: "\n", with: " "))
    }

    @Test func aMastheadRepeatedOnEveryPageIsARunningHeadNotATitle() throws {
        let masthead = "Riverside Parish News\nSpring | 2024"
        let input = masthead + story + "\u{0C}" + masthead + story
        #expect(try headings(input)[0].first == "P:Riverside Parish News Spring | 2024")
    }

    @Test func aMastheadOnALaterPageIsNotAPageTitle() throws {
        let input = "First page text that runs on as a sentence about the parish.\n\u{0C}Riverside Parish News\nSpring | 2024" + story
        #expect(try headings(input)[1].first == "P:Riverside Parish News Spring | 2024")
    }
}

/// A title over a list, not over prose: "Dates for Your Diary" above its bullets.
@Suite struct DetectHeadingOverListTests {
    func blocks(_ text: String) throws -> [String] {
        let document = try Fixtures.run(BuildLists(), DetectHeadings(), on: text)
        return document.pages[0].blocks.map { ($0.kind == .heading ? "H\($0.headingLevel ?? 0):" : "\($0.kind):") + $0.text }
    }

    let opening = "The spring term has been busy, and we thank every family for their help with the fair.\n\n"

    @Test func aTitleLineOverAListIsAHeading() throws {
        let input = opening + "Dates for Your Diary\n• Monday 17 March: Year 5 trip to the museum\n• Friday 4 April: term ends at 1.30pm\n"
        let result = try blocks(input)
        #expect(result.count == 3)
        #expect(result[1] == "H2:Dates for Your Diary")
        #expect(result[2].hasPrefix("list:"))
    }

    @Test(arguments: [
        // A lead-in sentence ends in a colon: it introduces the list, it is no title.
        "What you need to do:\n1. Check the letter for your new day.\n2. Put your bins out by 7am.\n",
        // Not title case.
        "things to bring\n• a packed lunch\n• a waterproof coat\n",
    ])
    func otherLinesOverAListStayText(input: String) throws {
        let result = try blocks(opening + input)
        #expect(!result.contains { $0.hasPrefix("H") })
    }
}
