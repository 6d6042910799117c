import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Addresses broken in a PDF's lines, joined by the document's own evidence: link annotations,
/// the same address or host printed whole elsewhere, words cut in two, and full lines. Each rule
/// with a near miss that must be left alone.
@Suite struct RepairURLsPDFTests {
    /// Runs RepairURLs over one page: `blocks` of (text, width or nil for a dump's line) lines.
    static func run(_ blocks: [[(String, Double?)]], annotations: [String] = []) -> (texts: [String], repairs: [String]) {
        var top = 100.0
        let pageBlocks = blocks.map { lines in
            Block(
                lines: lines.map { entry in
                    defer { top += 12 }
                    return Line(entry.0, box: entry.1.map { Rect(x: 56, y: top, width: $0, height: 10) })
                }, page: 1)
        }
        let links = annotations.map { LinkAnnotation(uri: $0, box: Rect(x: 0, y: 0, width: 1, height: 1)) }
        var document = Document(
            source: SourceInfo(file: "t.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: pageBlocks, linkAnnotations: links)])
        RepairURLs().run(&document, context: Fixtures.context)
        return (document.allBlocks.map(\.text), document.audit.repairs.map { "\($0.kind.rawValue): \($0.before) → \($0.after)" })
    }

    // MARK: A hyphen at a line end inside an address

    @Test func aHostPrintedWholeElsewhereDropsTheWordProcessorsHyphen() {
        let result = Self.run([
            [("Appointments can be booked through www.example-tenant-", 280), ("s.org.uk/energy-advice today.", 150)],
            [("www.example-tenants.org.uk", 140)],
        ])
        #expect(result.texts[0] == "Appointments can be booked through www.example-tenants.org.uk/energy-advice today.")
        #expect(result.repairs == ["url: www.example-tenant- s.org.uk/energy-advice → www.example-tenants.org.uk/energy-advice"])
    }

    @Test func aWordCutInTwoLosesItsHyphen() {
        let result = Self.run([
            [("or by emailing en-", 100), ("ergy.advice@example-tenants.org.uk with a number.", 250)],
            [("Tracks are at www.ex-", 110), ("ample-choir.org.uk/mem-", 120), ("bers/learning-tracks for members.", 180)],
            [("Write to schools.wellbe-", 120), ("ing@example-allotments.org.uk today.", 190)],
        ])
        #expect(
            result.texts == [
                "or by emailing energy.advice@example-tenants.org.uk with a number.",
                "Tracks are at www.example-choir.org.uk/members/learning-tracks for members.",
                "Write to schools.wellbeing@example-allotments.org.uk today.",
            ])
    }

    @Test func anAddresssOwnHyphenStays() {
        // Whole words either side: the hyphen is the address's ("example-borough", "learning-tracks").
        let result = Self.run([
            [("Order through www.example-", 140), ("borough.gov.uk before April.", 150)],
            [("Tracks at www.example.org.uk/learning-", 200), ("tracks/brahms for members.", 150)],
        ])
        #expect(
            result.texts == [
                "Order through www.example-borough.gov.uk before April.",
                "Tracks at www.example.org.uk/learning-tracks/brahms for members.",
            ])
    }

    @Test func aLinkAnnotationDecidesTheJoin() {
        // "sun" and "flower" are words each: left alone the hyphen stays; the link says otherwise.
        let lines: [[(String, Double?)]] = [
            [("the growers' club at www.example-sun-", 200), ("flower-growers.org.uk today.", 150)]
        ]
        #expect(Self.run(lines).texts == ["the growers' club at www.example-sun-flower-growers.org.uk today."])
        #expect(
            Self.run(lines, annotations: ["https://www.example-sunflower-growers.org.uk"]).texts == [
                "the growers' club at www.example-sunflower-growers.org.uk today."
            ])
    }

    // MARK: Broken where the line was full

    static let reportlab: [(String, Double?)] = [
        ("over a drink. Places can be booked at www.example-q", 228),
        ("uarryhill.org.uk/membership/newmemberseve", 226),
        ("ning before the end of June, or by emailing membersh", 228),
        ("ip.secretary@example-quarryhill.org.uk with", 200),
        ("your name.", 50),
    ]

    @Test func anAddressSplitWhereTheLineWasFullJoins() {
        let result = Self.run([Self.reportlab])
        #expect(
            result.texts == [
                "over a drink. Places can be booked at www.example-quarryhill.org.uk/membership/newmembersevening before the end of June, or by emailing membership.secretary@example-quarryhill.org.uk with your name."
            ])
        #expect(
            result.repairs == [
                "url: www.example-q uarryhill.org.uk/membership/newmemberseve ning → www.example-quarryhill.org.uk/membership/newmembersevening",
                "email: membersh ip.secretary@example-quarryhill.org.uk → membership.secretary@example-quarryhill.org.uk",
            ])
    }

    @Test func aLineEndingShortOfItsWidthOrInAWordStaysBroken() {
        // The same text with the address line far from full: the line ended by choice.
        var short = Self.reportlab
        short[0].1 = 120
        short[2].1 = 120
        #expect(Self.run([short]).texts[0].contains("www.example-q uarryhill"))
        #expect(Self.run([short]).texts[0].contains("membersh ip.secretary"))
        // A full line ending in a complete address, then a word: prose.
        let complete = Self.run([
            [("our new page is now online at www.example.org.uk/news", 228), ("and more is on the way.", 120)]
        ])
        #expect(complete.texts == ["our new page is now online at www.example.org.uk/news and more is on the way."])
        #expect(complete.repairs.isEmpty)
    }

    @Test func aDumpJoinsOnlyAWordCutInTwo() {
        // No boxes: a long line ending in an address joins a rest that glues onto it as a word.
        let joined = Self.run([
            [
                ("You can also borrow from home by signing in at www.examp", nil),
                ("le-kestrel.gov.uk/borrow with your card.", nil),
            ]
        ])
        #expect(
            joined.texts == ["You can also borrow from home by signing in at www.example-kestrel.gov.uk/borrow with your card."])
        let apart = Self.run([
            [("You can also borrow from home by signing in at www.example", nil), ("news.org.uk is the other site.", nil)]
        ])
        #expect(apart.texts == ["You can also borrow from home by signing in at www.example news.org.uk is the other site."])
    }

    @Test func anAnnotationOverAnAddressHyphenatedInsideAWordGivesNoAnchorText() {
        // The link's words are the address printed in two pieces: no anchor of their own.
        let page = Page(
            number: 1, blocks: [Block(lines: [Line("club at www.example-sunflower-growers.org.uk; to join")], page: 1)],
            linkAnnotations: [
                LinkAnnotation(
                    uri: "https://www.example-sunflower-growers.org.uk", box: Rect(x: 0, y: 0, width: 1, height: 1),
                    anchorText: "club at www.example-sun- flower-growers.org.uk; to join")
            ])
        #expect(CollectLinks.links(on: page).map(\.anchorText) == [nil])
        // A label over the link stays its anchor.
        var labelled = page
        labelled.linkAnnotations[0].anchorText = "Visit the growers"
        #expect(CollectLinks.links(on: labelled).map(\.anchorText) == ["Visit the growers"])
    }

    // MARK: Hyphens a dump lost

    @Test func aHostPrintedWithItsHyphensElsewhereGetsThemBack() {
        // pdftotext glues a hyphen broken at a line end; the email prints the host whole.
        let result = Self.run([
            [("The rules are at www.exampleottermouth-estuary.org.uk/get-involved/photo-rules2026 and entry is free.", nil)],
            [("wardens@example-ottermouth-estuary.org.uk", nil)],
        ])
        #expect(
            result.texts[0]
                == "The rules are at www.example-ottermouth-estuary.org.uk/get-involved/photo-rules-2026 and entry is free.")
        // No other printing of the host, and a single digit after a word: left as printed.
        let alone = Self.run([[("The rules are at www.exampleottermouth.org.uk/get-involved/top5 this year.", nil)]])
        #expect(alone.repairs.isEmpty)
    }

    // MARK: Across blocks, spaces, telephone numbers

    @Test func anOpenAddressGoesOnPastASideHeading() {
        let result = Self.run([
            [("From July all bookings will be made online at www.example-hall.", 280)],
            [("A New Way to Book", 100)],
            [("org.uk/bookings/calendar, where you can see which rooms are free.", 280)],
        ])
        #expect(
            result.texts == [
                "From July all bookings will be made online at www.example-hall.org.uk/bookings/calendar,", "A New Way to Book",
                "where you can see which rooms are free.",
            ])
        let sentence = Self.run([
            [("Book online at www.example-hall.org.uk.", 280)], [("A New Way to Book", 100)],
            [("Other news follows in the next issue.", 280)],
        ])
        #expect(sentence.repairs.isEmpty)
    }

    @Test func aSpaceAfterWwwGoes() {
        #expect(Self.run([[("Website: www. Example-hall.org.uk", 200)]]).texts == ["Website: www.example-hall.org.uk"])
        // "www." ending a sentence before a word that is no host.
        #expect(Self.run([[("Type www. Then the name of the site.", 200)]]).repairs.isEmpty)
    }

    @Test func aTelephoneNumberRunIntoAnEmailIsSplitOff() {
        let result = Self.run([[("Tel: 01632 960464priest@example-parish.org.uk", 250)]])
        #expect(result.texts == ["Tel: 01632 960464 priest@example-parish.org.uk"])
        #expect(result.repairs == ["email: 960464priest@example-parish.org.uk → priest@example-parish.org.uk"])
        // Digits that open a mailbox's name after a label are its own.
        #expect(Self.run([[("Email: 2020vision@example.org", 200)]]).repairs.isEmpty)
    }
}
