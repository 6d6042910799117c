import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Raw-dump headings that pdftotext printed away from their text or in pieces: a title ending
/// on an object pronoun, a justified title whose spread words came apart, side-headings read
/// after their article's opening, and margin headings set inside a sentence or left after the
/// page's prose. Each rule beside a near miss that must stay as it is.
@Suite struct DumpDisplacedHeadingTests {
    func blocks(_ text: String) throws -> [String] {
        var document = try Fixtures.document(text)
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).map { ($0.kind == .heading ? "H:" : "P:") + $0.text }
    }

    // MARK: Object pronouns

    @Test(arguments: [("Before You Call Us", false), ("Thank You", false), ("Notes From The", true), ("Write to Us", false)])
    func anObjectPronounClosesATitle(text: String, isOpen: Bool) {
        #expect(TextShape.endsWithOpenFunctionWord(text) == isOpen)
    }

    @Test func aTitleEndingOnUsHeadsItsProse() throws {
        let result = try blocks(
            "Harbour Notes\nThe newsletter of the harbour\n\nCome Sailing With Us\nThe club has three dinghies that members may borrow on any weekend in summer.\n"
        )
        #expect(result.contains("H:Come Sailing With Us"))
    }

    // MARK: Justified titles

    let masthead = "Millbrook Street News\n\nThe newsletter of the Millbrook Street residents · June 2026\n\n"
    let narrowProse =
        "The\ncouncil\nhas\nagreed\nto open twelve new plots on\nthe old nursery site behind\nthe library, which should cut\nthe waiting list by half.\n"

    @Test func aJustifiedTitleIsPutBackInPrintOrder() throws {
        let result = try blocks(masthead + "Allotment\nShorter\n\nWaiting List\n\n" + narrowProse)
        #expect(result.contains("H:Allotment Waiting List Shorter"))
        #expect(!result.contains("P:Waiting List") && !result.contains("H:Waiting List"))
    }

    @Test func aTitleOverALoneLabelIsNotRejoined() throws {
        // The first line holds two words: no spread line lost its others; the label stays apart.
        let result = try blocks(masthead + "Allotment Plots\nShorter\n\nWaiting List\n\n" + narrowProse)
        #expect(!result.contains { $0.contains("Allotment Waiting") })
    }

    // MARK: Side-headings read after their opening

    let trailing =
        "Ashcombe Rambler\nNotes for members of the Ashcombe Walking Group · Winter 2026\nOur winter programme starts with a short walk along the canal towpath\nfrom the lock cottages to the aqueduct and back, about five miles with\na stop for lunch at the café by the marina.\n\nCanal\nWalk\n\nBoots are a good idea, since the towpath is muddy after rain. Dogs are\nwelcome if they are kept on a lead near the locks and the moorings.\n\nThe group's annual dinner will be held at the village hall in February,\nwith a two-course meal and a short talk about the old drove roads.\n\nAnnual\nDinner\n\nTickets cost twelve pounds and can be bought from the treasurer at any\nwalk before the end of January.\n"

    @Test func sideHeadingsReadAfterTheirOpeningGoBeforeIt() throws {
        let result = try blocks(trailing)
        let canal = try #require(result.firstIndex(of: "H:Canal Walk"))
        let dinner = try #require(result.firstIndex(of: "H:Annual Dinner"))
        #expect(result[canal + 1].hasPrefix("P:Our winter programme"))
        #expect(result[dinner + 1].hasPrefix("P:The group's annual dinner"))
    }

    @Test func aBodyThatOpensUnderATitleKeepsItsTitlesWhereTheyStand() throws {
        // A narrow title over the first prose: the titles stand on the left, before their text.
        let text = trailing.replacingOccurrences(
            of: "Winter 2026\nOur winter", with: "Winter 2026\n\nTowpath\nRambles\n\nOur winter")
        let result = try blocks(text)
        let canal = try #require(result.firstIndex(of: "H:Canal Walk"))
        #expect(result[canal + 1].hasPrefix("P:Boots are a good idea"))
        let dinner = try #require(result.firstIndex(of: "H:Annual Dinner"))
        #expect(result[dinner + 1].hasPrefix("P:Tickets cost"))
    }

    // MARK: Margin headings

    let chapel = "Netherby Chapel Friends\n\nThe newsletter of the Netherby Chapel Friends · Spring 2026\n\n"

    @Test func aTitleLineInsideASentenceHeadsItsParagraph() throws {
        let result = try blocks(
            chapel
                + "The builders finished in March and the scaffolding came down in time\nfor the Easter services.\nThis year the open days will be run through the website, where every\nOpen Day Booking\nvisitor chooses a time and leaves a name, so that the guides know how\nmany to expect on each of the summer Saturdays.\n"
        )
        let heading = try #require(result.firstIndex(of: "H:Open Day Booking"))
        #expect(result[heading - 1].hasSuffix("for the Easter services."))
        #expect(result[heading + 1].hasPrefix("P:This year the open days will be run through the website, where every visitor"))
    }

    @Test func aProseLineInsideASentenceStaysInIt() throws {
        // As wide as the prose: a line of the sentence, whatever its capitals.
        let result = try blocks(
            chapel
                + "The builders finished in March and the scaffolding came down in time\nfor the Easter services, and afterwards we were visited by\nBishop Lindchester, Canon Marlowe And Archdeacon Fairbrother\nwho blessed the new roof and stayed to share the parish tea.\n"
        )
        #expect(!result.contains { $0.hasPrefix("H:") && $0.contains("Bishop") })
    }

    let tail =
        "The ringers practise on Thursday evenings in the tower from half past\nseven, and learners of any age are welcome to come and try a bell.\n\nThe chapel choir will sing at the midsummer concert on the green, with\nteas served in the schoolroom afterwards and a raffle for the organ fund.\nVolunteers to run the tea stall meet in the schoolroom on the first\nTuesday of each month, and new helpers are always welcome to join them.\n\n"

    @Test func titlesLeftAfterThePageTextGoBeforeTheParagraphsTheyName() throws {
        let result = try blocks(chapel + tail + "Notes from the Tower\n\nMidsummer Concert\n\nTea Stall Helpers\n")
        let tower = try #require(result.firstIndex(of: "H:Notes from the Tower"))
        let concert = try #require(result.firstIndex(of: "H:Midsummer Concert"))
        let tea = try #require(result.firstIndex(of: "H:Tea Stall Helpers"))
        #expect(result[tower + 1].hasPrefix("P:The ringers practise"))
        #expect(result[concert + 1].hasPrefix("P:The chapel choir"))
        #expect(result[tea + 1].hasPrefix("P:Volunteers to run the tea stall"))
    }

    @Test func titlesThatNameNoParagraphStayWhereTheyAre() throws {
        let result = try blocks(chapel + tail + "Mary Evans\n\nJohn Price\n")
        #expect(result.suffix(2) == ["P:Mary Evans", "P:John Price"])
    }

    @Test func aTitleAtThePageFootOverTheNextPagesProseStaysThere() throws {
        // A heading at the foot of a page whose text opens the next page: not a margin heading.
        let result = try blocks(
            chapel + tail
                + "Midsummer Concert Tickets\n\u{0C}Tickets for the concert cost five pounds and are sold at the door.\n")
        let tickets = try #require(result.firstIndex { $0.hasSuffix("Midsummer Concert Tickets") })
        #expect(result[tickets + 1].hasPrefix("P:Tickets for the concert"))
    }
}
