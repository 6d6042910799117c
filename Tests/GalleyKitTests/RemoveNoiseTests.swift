import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Runs `stages` alone over a raw document made from `text`.
private func run(_ stages: [any Stage], _ text: String) throws -> Document {
    var document = try Fixtures.document(text)
    Pipeline.run(&document, context: Fixtures.context, stages: stages)
    return document
}

/// A document from laid-out lines: one block per line, pages 800 points high.
private func laidOut(_ pages: [[Line]]) -> Document {
    Document(
        source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: pages.count),
        pages: pages.enumerated().map { index, lines in
            Page(
                number: index + 1, blocks: lines.map { Block(lines: [$0], page: index + 1) },
                size: Rect(x: 0, y: 0, width: 600, height: 800))
        })
}

private func line(_ text: String, y: Double, size: Double = 10, rotated: Bool = false, inPicture: Bool = false) -> Line {
    Line(
        text, box: Rect(x: 50, y: y, width: 300, height: size), font: FontInfo(name: "Body", size: size),
        isRotated: rotated, isInPicture: inPicture)
}

private func sample(_ name: String) throws -> Document {
    let url = Fixtures.samples.appendingPathComponent(name)
    return try RawTextReader().read(InputFile(path: url.path, bytes: Data(contentsOf: url)))
}

private func removed(_ document: Document, _ kind: Removal.Kind) -> [String] {
    document.audit.removed.filter { $0.kind == kind }.map(\.text)
}

@Suite struct RemoveRunningHeadersTests {
    @Test func aHeadingRepeatedWithChangingNumbersIsARunningHeader() throws {
        let stories = ["The fete raised £300.", "Bins go out on Tuesdays.", "New bench by the pond.", "Choir needs tenors."]
        let pages = stories.enumerated().map { "Parish Post – Issue 3 – page \($0.offset + 1)\n\($0.element)" }
        let document = try run([RemoveRunningHeaders()], pages.joined(separator: "\u{0C}"))
        #expect(removed(document, .header) == (1...4).map { "Parish Post – Issue 3 – page \($0)" })
        #expect(Fixtures.blockTexts(document) == stories)
    }

    @Test func aFooterAboveThePageNumberGoesWithIt() throws {
        let document = try sampleRun()
        #expect(removed(document, .header) == Array(repeating: "THE HILLCREST POST  Issue 14 · Summer 2024", count: 4))
        #expect(removed(document, .footer) == Array(repeating: "Hillcrest & District Residents’ Association", count: 5))
        #expect(
            removed(document, .pageNumber) == [
                "Page 1 of 5", "Page 2 of 5", "PAGE 4", "Page 3 of 5", "- 4 -", "Page 4 of 5", "Page 5 of 5",
            ])
        // "Garden Club" opens two pages only: a heading, not a running header.
        #expect(document.pages[1].blocks.first?.lines.first?.text == "Garden Club")
        #expect(document.pages[2].blocks.first?.lines.first?.text == "Garden Club")
        // "See page 4" in prose is not a page label.
        #expect(Fixtures.blockTexts(document).contains { $0.hasSuffix("See page 4 for a map of the site.") })
    }

    func sampleRun() throws -> Document {
        var document = try sample("synthetic-running-headers.txt")
        RemoveRunningHeaders().run(&document, context: Fixtures.context)
        return document
    }

    @Test func textRepeatedOnTooFewPagesStays() throws {
        // Twice in five pages is below both the three-page floor and half the pages.
        let pages = ["Garden Club\nOne.", "Garden Club\nTwo.", "Three.", "Four.", "Five."]
        let document = try run([RemoveRunningHeaders()], pages.joined(separator: "\u{0C}"))
        #expect(document.audit.removed.isEmpty)
    }

    @Test func onlyTheLabelLineLeavesItsBlock() throws {
        let document = try run([RemoveRunningHeaders()], "Volunteers wanted\nPAGE 8\nfor the refreshment tent.")
        #expect(Fixtures.blockTexts(document) == ["Volunteers wanted for the refreshment tent."])
        // The record says which input line went and which block it was cut from.
        #expect(
            document.audit.removed == [
                Removal(
                    kind: .pageNumber, text: "PAGE 8", page: 1, place: Place(sourceLines: 2...2),
                    cutFrom: Place(sourceLines: 1...3))
            ])
    }

    @Test(arguments: [
        "PAGE 8", "Page 3", "page 3 of 12", "3 of 12", "- 4 -", "– 12 –", "4 | Parish Post", "Parish Post | 4", "p. 7",
    ])
    func pageLabelsAreRecognisedAnywhere(label: String) {
        #expect(RemoveRunningHeaders.isPageLabel(label))
    }

    @Test(arguments: [
        "See page 4 for details", "4", "2021", "Page", "3 of the 12 schools", "Monday | Tuesday", "Chapter 3 of 12 pages",
    ])
    func otherLinesAreNotPageLabels(text: String) {
        #expect(!RemoveRunningHeaders.isPageLabel(text))
    }

    @Test func aBareNumberCountsOnlyAtTheHeadOrFoot() throws {
        let document = try run([RemoveRunningHeaders()], "Top story\nCollected so far:\n12\nmeals a week\nthanks\n7")
        #expect(
            document.audit.removed == [
                Removal(
                    kind: .pageNumber, text: "7", page: 1, place: Place(sourceLines: 6...6), cutFrom: Place(sourceLines: 1...6))
            ])
        let year = try run([RemoveRunningHeaders()], "Annual report\nPublished in\n2021")
        #expect(year.audit.removed.isEmpty)
    }

    @Test func withGeometryTheHeaderMustSitInTheSameBand() throws {
        // The running title sits at y = 20 on four pages; the same words in the body of page 2 stay.
        let pages = (1...4).map { number in
            [line("Valley Voice · Spring", y: 20), line("Story \(number) about the valley.", y: 300)]
                + (number == 2 ? [line("Valley Voice · Spring", y: 500)] : [])
        }
        var document = laidOut(pages)
        RemoveRunningHeaders().run(&document, context: Fixtures.context)
        #expect(removed(document, .header).count == 4)
        #expect(Fixtures.blockTexts(document)[1...2] == ["Story 2 about the valley.", "Valley Voice · Spring"])
    }

    @Test func withGeometryAFooterMustLineUp() throws {
        // A footer at y = 780 on three of four pages, and at y = 740 on the fourth (out of line): that copy stays.
        let pages = (1...4).map { number in
            [line("Body text of page \(number).", y: 300), line("valleyvoice.example · Spring", y: number == 4 ? 740 : 780)]
        }
        var document = laidOut(pages)
        RemoveRunningHeaders().run(&document, context: Fixtures.context)
        #expect(removed(document, .footer).count == 3)
        #expect(Fixtures.blockTexts(document).last == "valleyvoice.example · Spring")
    }
}

@Suite struct RemoveNavigationLabelsTests {
    func navigation(_ text: String) throws -> Document { try run([RemoveNavigationLabels()], text) }

    @Test(arguments: [
        "CLICK HERE", "Click here", "HERE", "Read more »", "Contents ", "Back to top ▲", "› Next page", "VIEW ONLINE",
        "Download", "Continued on page 4", "Click\nhere", "Contents\nContents",
    ])
    func aLoneLabelGoes(text: String) throws {
        let document = try navigation("Story text.\n\n\(text)\n\nMore story text.")
        #expect(Fixtures.blockTexts(document) == ["Story text.", "More story text."])
        #expect(
            removed(document, .navigation).joined(separator: " ")
                == text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.joined(separator: " "))
    }

    @Test func aCapitalsButtonOverTwoLinesGoesButTheProseUnderItStays() throws {
        let document = try navigation(
            "CLICK HERE TO FIND OUT\nTHE LATEST CHANGES\nTo unsubscribe or change your\ndetails, click here.")
        #expect(removed(document, .navigation) == ["CLICK HERE TO FIND OUT", "THE LATEST CHANGES"])
        #expect(Fixtures.blockTexts(document) == ["To unsubscribe or change your details, click here."])
    }

    @Test func aBareLabelDoesNotSwallowTheCapitalsHeadingUnderIt() throws {
        let document = try navigation("CLICK HERE\nSAFEGUARDING NEWS\nStories from the board.")
        #expect(removed(document, .navigation) == ["CLICK HERE"])
        #expect(Fixtures.blockTexts(document) == ["SAFEGUARDING NEWS Stories from the board."])
    }

    @Test(arguments: [
        "To book a place, click here to read the course outline.", "Here are some helpful links", "Family Support - HERE",
        "HOME SAFETY", "Home Safety Week", "Contents of the carers’ pack", "Next steps for the lunch club",
        "Download the form and return it to the office.",
    ])
    func labelsInsideProseOrHeadingsStay(text: String) throws {
        let document = try navigation(text)
        #expect(document.audit.removed.isEmpty)
        #expect(Fixtures.blockTexts(document) == [text])
    }

    @Test func theSyntheticSample() throws {
        var document = try sample("synthetic-navigation-and-picture-text.txt")
        RemoveNavigationLabels().run(&document, context: Fixtures.context)
        #expect(
            removed(document, .navigation) == [
                "CLICK HERE", "Read more »", "Contents", "Contents", "Back to top ▲", "DOWNLOAD THE CARERS’ GUIDE",
                "FREE FOR MEMBERS", "Next page ›",
            ])
    }
}

@Suite struct RemoveImageTextTests {
    /// Prose that gives the document the whole words the clipped fragments come from.
    static let prose = """
        The Supporting Families practice handbook has been refreshed by the Northampton and
        Northamptonshire carers partnership for families and older people across the district.
        The department, the government and the hotel telephone line include details and forms.
        """

    func imageText(_ text: String) throws -> Document { try run([RemoveImageText()], "\(Self.prose)\n\n\(text)") }

    @Test func aDenseRunOfClippedLinesGoesButTheLinesAroundItStay() throws {
        let document = try imageText(
            """
            Supporting Carers of People with Dementia
            nshire
            Northam, Northampto
            and District
            and
            ar
            s: helping Famil ve
            Practice Handboo
            and/or su
            wh
             o
            Older People
            Memory Loss
            """)
        #expect(
            removed(document, .imageText) == [
                "nshire Northam, Northampto and District and ar s: helping Famil ve Practice Handboo and/or su wh o"
            ])
        #expect(Fixtures.blockTexts(document).last == "Supporting Carers of People with Dementia Older People Memory Loss")
    }

    @Test func aSmallBlockEndingInAClippedWordGoes() throws {
        let document = try imageText("Northampton,\nNorthamptonshir")
        #expect(removed(document, .imageText) == ["Northampton, Northamptonshir"])
        #expect(document.pages[0].blocks.count == 1)
    }

    @Test(arguments: [
        // Names and job titles that are not dictionary words.
        "Tamsin Okonjo\nCarers Lead Officer",
        // Abbreviations.
        "NHS\nDWP\nCAMHS\nIDVA",
        // Addresses.
        "Email: t.okonjo@example.org\nwww.example.org\nhttps://example.org/a",
        // Bullets.
        "•\n•\n•\n•",
        // An acrostic with single capitals.
        "I = Invite a carer for a cuppa\nC = Check in with a neighbour\nE = Encourage someone to ask\nN = Never give up",
        // Initials.
        "J. K. Rowling\nC. S. Lewis\nE. B. White",
        // A narrow column with a word hyphenated across lines.
        "Carers who look after\nolder people and fam-\nilies in the district\nmeet on Mondays",
        // Dates and times.
        "Monday 4th March\n10am – 12.30pm\nTuesday 5th March",
        // Short headings in a row.
        "Bereavement Services\nCruse\nSue Ryder",
        // Contact lines whose labels are not dictionary words but end longer words ("hotel").
        "Tel 01234 567890",
        "Tel: 01234 567890\nHotel bookings only",
        // Abbreviations with full stops.
        "Dept. of Housing\nGovt. guidance, etc.\nincl. forms",
    ])
    func ordinaryShortLinesStay(text: String) throws {
        let document = try imageText(text)
        #expect(document.audit.removed.isEmpty)
        #expect(Fixtures.blockTexts(document).last == text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    @Test func ordinaryProseStays() throws {
        let document = try run([RemoveImageText()], Self.prose + "\n\ne.g. a handbook for Northam families, and so on.")
        #expect(document.audit.removed.isEmpty)
    }

    @Test func rotatedAndSmallPictureTextGoesButCaptionsOverPicturesStay() throws {
        var document = laidOut([
            [
                line("Body text set at ten points for the whole article.", y: 100),
                line("More body text set at ten points for the article.", y: 112),
                line("SPRING 2024", y: 300, rotated: true),
                line("photo credit J Smith", y: 400, size: 6, inPicture: true),
                line("ab", y: 420, inPicture: true),
                line("A caption set over the photograph", y: 440, inPicture: true),
            ]
        ])
        RemoveImageText().run(&document, context: Fixtures.context)
        #expect(removed(document, .imageText) == ["SPRING 2024", "photo credit J Smith", "ab"])
        #expect(Fixtures.blockTexts(document).last == "A caption set over the photograph")
    }

    @Test func theSyntheticSample() throws {
        var document = try sample("synthetic-navigation-and-picture-text.txt")
        RemoveImageText().run(&document, context: Fixtures.context)
        #expect(
            removed(document, .imageText) == [
                "nshire Northam, Northampto and District and ar s: helping Famil ve Practice Handboo and/or su wh o",
                "Northampton, Northamptonshir",
            ])
    }

    @Test func theSeedsCoverThumbnail() throws {
        var document = try sample("001_ff7c0782f6439bae.txt")
        RemoveImageText().run(&document, context: Fixtures.context)
        #expect(
            removed(document, .imageText) == [
                "rshire Leicester, Leiceste and Rutland and en e: supporting Childr ve Practice Guidanc and/or ha arm lf-H o wh",
                "Leicester, Leicestershir",
            ])
    }
}

@Suite struct NoiseStagesLoseNothingTests {
    static let stages: [any Stage] = [DropDuplicatePages(), RemoveRunningHeaders(), RemoveNavigationLabels(), RemoveImageText()]

    /// Every non-space character of the input is still in a block or in the audit's removals.
    @Test(arguments: Fixtures.sampleNames.filter { $0.hasSuffix(".txt") })
    func everyCharacterIsKeptOrRecorded(name: String) throws {
        var document = try sample(name)
        let before = Self.characters(Fixtures.blockTexts(document))
        Pipeline.run(&document, context: Fixtures.context, stages: Self.stages)
        let after = Self.characters(Fixtures.blockTexts(document) + document.audit.removed.map(\.text))
        #expect(after == before)
    }

    static func characters(_ texts: [String]) -> [Character: Int] {
        var counts: [Character: Int] = [:]
        for text in texts {
            for character in text where !character.isWhitespace { counts[character, default: 0] += 1 }
        }
        return counts
    }
}

/// A raw dump that kept its form feeds: the line alone at the top of each page is its running head.
@Suite struct RemoveRawRunningHeadsTests {
    @Test func aLoneLineOpeningBothPagesOfATwoPageDumpIsAHeader() throws {
        let pages = [
            "Ashdown Village Hall · Members' News\n\nAshdown Village Hall\nMembers' News · March 2025\n\nThe hall committee met in February.\n\nPage 1",
            "Ashdown Village Hall · Members' News\n\nBookings for the summer are open now.\n\nPage 2",
        ]
        let document = try run([RemoveRunningHeaders()], pages.joined(separator: "\u{0C}"))
        #expect(removed(document, .header) == ["Ashdown Village Hall · Members' News", "Ashdown Village Hall · Members' News"])
        #expect(removed(document, .pageNumber) == ["Page 1", "Page 2"])
        #expect(
            Fixtures.blockTexts(document) == [
                "Ashdown Village Hall Members' News · March 2025", "The hall committee met in February.",
                "Bookings for the summer are open now.",
            ])
    }

    @Test(arguments: [
        // A masthead with its strapline in one block: the name is not alone, so it stays.
        ["Ashdown Village Hall\nMembers' News · Page 1\n\nThe hall committee met.", "Ashdown Village Hall\nMembers' News · Page 2\n\nBookings are open."],
        // The same first line, but not a block of its own: a heading over its story.
        ["Garden Club\nThe club meets on Monday.", "Garden Club\nThe show is in June."],
        // Alone, but not at the top of the page.
        ["The hall committee met.\n\nGarden Club\n\nMore news.", "Bookings are open.\n\nGarden Club\n\nEven more news."],
    ])
    func otherRepeatsOnTwoPagesStay(pages: [String]) throws {
        let document = try run([RemoveRunningHeaders()], pages.joined(separator: "\u{0C}"))
        #expect(removed(document, .header).isEmpty)
    }
}

/// pdftotext breaks a widely justified line into one word a line: a label word among them is prose.
@Suite struct NavigationWordInsideASentenceTests {
    @Test func aLabelWordASentenceRunsThroughStays() throws {
        let text = "Welcome to our winter\nbulletin. This season we\nhave\nsupported\nmore\nfamilies than ever before."
        let document = try run([RemoveNavigationLabels()], text)
        #expect(
            Fixtures.blockTexts(document) == [
                "Welcome to our winter bulletin. This season we have supported more families than ever before."
            ])
        #expect(document.audit.removed.isEmpty)
    }

    @Test(arguments: [
        // After a finished sentence.
        "The fair raised two hundred pounds.\nRead more\nthe full report is online.",
        // Before a capital: the next line is a new sentence or heading.
        "The fair raised two hundred pounds for the\nmore\nNext Steps",
        // The last line of its block.
        "The fair raised two hundred pounds for the\nmore",
    ])
    func aLabelBetweenSentencesStillGoes(text: String) throws {
        let document = try run([RemoveNavigationLabels()], text)
        #expect(removed(document, .navigation).count == 1)
    }
}
