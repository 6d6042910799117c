import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Event listings without markers (issue #10, class 12): lines each opening with one date token
/// shape ("Friday 2 October 7.30pm …"), one event a line, become a list; an event wrapped at the
/// column's edge keeps its short second line. Near misses stay paragraphs: prose whose lines open
/// with a word and a number but run on, a column header over date lines in a dump, fewer than
/// three events.
@Suite struct EventListingTests {
    static func line(_ text: String, y: Double, width: Double) -> Line {
        Line(text, box: Rect(x: 72, y: y, width: width, height: 10.5), font: FontInfo(name: "Times-Roman", size: 10.5))
    }

    /// The page's blocks after BuildLists, one block of `lines` (text, width) at a 14 pt pitch.
    static func run(_ lines: [(String, Double)]) -> [Block] {
        let block = Block(lines: lines.enumerated().map { line($1.0, y: 100 + 14 * Double($0), width: $1.1) }, page: 1)
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: [block], size: Rect(x: 0, y: 0, width: 595, height: 842))])
        BuildLists().run(&document, context: Fixtures.context)
        return document.pages[0].blocks
    }

    /// Each block after BuildLists on a dump: "L:item | item" for lists, "P:text" otherwise.
    static func dump(_ text: String) throws -> [String] {
        var document = try Fixtures.document(text)
        BuildLists().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).map { block in
            block.kind == .list ? "L:" + (block.items ?? []).joined(separator: " | ") : "P:" + block.text
        }
    }

    @Test func columnWideEventLinesUnderALeadInAreAList() {
        let blocks = Self.run([
            ("Tickets go on sale on the first of September:", 200),
            ("Friday 2 October 7.30pm The Alder Quartet in the Long Room", 265),
            ("Saturday 10 October 2pm Family workshop: shadow puppets", 263),
            ("Thursday 22 October 8pm Comedy night with three new acts", 262),
            ("Sunday 8 November 11am Autumn craft fair in the studio", 243),
        ])
        #expect(blocks.map(\.kind) == [BlockKind.paragraph, .list])
        #expect(blocks.first?.text == "Tickets go on sale on the first of September:")
        #expect(blocks.last?.items?.count == 4)
        #expect(blocks.last?.items?.first == "Friday 2 October 7.30pm The Alder Quartet in the Long Room")
    }

    @Test func anEventWrappedAtTheColumnEdgeKeepsItsSecondLine() {
        let blocks = Self.run([
            ("Thursday 15 October, 7pm — Annual General", 207), ("Meeting", 37),
            ("Saturday 31 October, 4pm — Pumpkin Trail", 200), ("Saturday 5 December, 11am — Christmas Fair", 210),
        ])
        #expect(blocks.map(\.kind) == [BlockKind.list])
        #expect(
            blocks.first?.items == [
                "Thursday 15 October, 7pm — Annual General Meeting", "Saturday 31 October, 4pm — Pumpkin Trail",
                "Saturday 5 December, 11am — Christmas Fair",
            ])
    }

    @Test func aHeadingInItsBlockOverTheListingStaysOut() {
        // "What's On" in bold 11 pt at the head of the block of bold 10.5 pt event lines.
        func bold(_ text: String, y: Double, size: Double, width: Double) -> Line {
            Line(
                text, box: Rect(x: 72, y: y, width: width, height: size),
                font: FontInfo(name: "Times-Bold", size: size, isBold: true))
        }
        let block = Block(
            lines: [
                bold("What's On", y: 86, size: 11, width: 50),
                bold("Thursday 15 October, 7pm — Annual General", y: 100, size: 10.5, width: 207),
                bold("Meeting", y: 114, size: 10.5, width: 37),
                bold("Saturday 31 October, 4pm — Pumpkin Trail", y: 128, size: 10.5, width: 200),
                bold("Saturday 5 December, 11am — Christmas Fair", y: 142, size: 10.5, width: 210),
            ], page: 1)
        let blocks = BuildLists.listings(block, texts: block.lines.map(\.text))
        #expect(blocks.map(\.kind) == [BlockKind.paragraph, .list])
        #expect(blocks.first?.text == "What's On")
        #expect(blocks.last?.items?.first == "Thursday 15 October, 7pm — Annual General Meeting")
        // The same line in the listing's own style is a column header: the block stays as it is.
        var plain = block
        plain.lines[0] = bold("What's On", y: 86, size: 10.5, width: 50)
        #expect(BuildLists.listings(plain, texts: plain.lines.map(\.text)).map(\.kind) == [BlockKind.paragraph])
    }

    @Test func aShortLineUnderAShortEventOpensNoWrap() {
        // "Meeting" under a line well short of the column is not its wrapped end: the run stops there.
        let blocks = Self.run([
            ("Thursday 15 October — AGM", 120), ("Meeting", 37),
            ("Saturday 31 October, 4pm — Pumpkin Trail", 200), ("Saturday 5 December, 11am — Christmas Fair", 210),
        ])
        #expect(!blocks.contains { $0.kind == .list })
    }

    @Test func proseWhoseLinesOpenWithAWordAndANumberStaysAParagraph() {
        let lines = [
            ("Class sizes were capped at eight, so the Saturday workshops were full by the end of", 420.0),
            ("August 2026 and the Tuesday evenings soon after. Our thanks go to the volunteers in", 420),
            ("Room 2 and to the potters who lent their wheels for the extra classes held in", 420),
            ("Studio 4 over the summer. We hope to see you all again this winter.", 330),
        ]
        #expect(Self.run(lines).map(\.kind) == [BlockKind.paragraph])
        // The same lines from the second on: each runs on into the next, so no item closes.
        #expect(Self.run(Array(lines.dropFirst())).map(\.kind) == [BlockKind.paragraph])
    }

    @Test func twoEventsAreNoListing() {
        let blocks = Self.run([
            ("Saturday 31 October, 4pm — Pumpkin Trail", 200), ("Saturday 5 December, 11am — Christmas Fair", 210),
        ])
        #expect(blocks.map(\.kind) == [BlockKind.paragraph])
    }

    @Test func aDumpsListingIsAListButAColumnHeaderKeepsItsColumn() throws {
        #expect(
            try Self.dump(
                "Saturday 11 April, 10am — Read-Through\nSaturday 9 May, 2pm — Fitting\nFriday 24 July, 7pm — Opening Night\n")
                == [
                    "L:Saturday 11 April, 10am — Read-Through | Saturday 9 May, 2pm — Fitting | Friday 24 July, 7pm — Opening Night"
                ])
        // A table's column printed on its own: its header over the dates, no sentence closing it.
        #expect(
            try Self.dump("Date\nFri 18 September\nFri 2 October\nFri 16 October\n")
                == ["P:Date Fri 18 September Fri 2 October Fri 16 October"])
    }

    @Test func theSampleListingsAreListsAndItsProseStaysWhole() throws {
        let document = try Fixtures.convert(sample: "pdf-event-listing.pdf")
        let blocks = document.sections.flatMap(\.blocks)
        let lists = blocks.filter { $0.kind == .list }.compactMap(\.items)
        #expect(lists.map(\.count) == [3, 3])
        #expect(lists.last?.first?.hasSuffix("with tea and cake in the interval") ?? false)
        #expect(blocks.contains { $0.kind == .paragraph && $0.text.hasPrefix("Tickets go on sale") })
        #expect(
            blocks.contains {
                $0.kind == .paragraph && $0.text.contains("end of August 2026 and") && $0.text.contains("Studio 4 over")
            })
    }

    /// The byte look before the word split passes every line that opens with either shape,
    /// spaces, combining marks and non-ASCII letters included, and turns away lines that cannot.
    @Test(arguments: [
        "Friday 6 March 7.30pm The Linden Trio", "15 October Quiz Night", "  Sat 21 November",
        "12 \u{301}x Foo", "Frid\u{E1}y 6 March", "Friday\u{301} 6 March", "The 12 lamps",
    ])
    func theByteLookKeepsEveryOpening(text: String) {
        #expect(BuildLists.opensFirstOrSecondWordWithDigit(text))
        #expect(BuildLists.listingOpening(text) != nil)
    }

    @Test(arguments: ["In the spring", "A long line with 12 in it", "", "   ", "\u{301}6 May"])
    func linesWithoutADigitWordOpenNoListing(text: String) {
        #expect(BuildLists.listingOpening(text) == nil)
    }
}
