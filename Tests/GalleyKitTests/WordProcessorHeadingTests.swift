import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Headings as volunteers set them in word processors and layout tools, decided from the
/// document's own type: a heading in the heading face or colour at the body's size and weight
/// over bold event lines or names in the body's face and colour; a bold line in one of two columns (no side-heading);
/// a quotation set large; a masthead's dateline; event lines; a long dump heading wrapping its
/// last word; a label in capitals among mixed-case headings. Near misses keep what they were.
@Suite struct WordProcessorHeadingTests {
    // MARK: PDF: a heading in another face over bold lines at its own size

    static func line(_ text: String, top: Double, face: String, bold: Bool, width: Double = 230) -> Line {
        let name = face + (bold ? "-Bold" : "-Regular")
        return Line(text, box: Rect(x: 60, y: top, width: width, height: 10), font: FontInfo(name: name, size: 10, isBold: bold))
    }

    /// Plain 10 pt serif prose ending 10 pt above `top`, then `block`.
    static func page(_ block: [Line], top: Double) -> [Block] {
        let body = (0..<12).map {
            line(
                "and the text of the letter goes on in the usual way across the page", top: top - 24 - 13 * Double(11 - $0),
                face: "LiberationSerif", bold: false, width: 300)
        }
        return [Block(lines: body, page: 1), Block(lines: block, page: 1)]
    }

    static let events = [
        "Sunday 21 June – Patronal festival, 10.30am", "Saturday 27 June – Strawberry tea, 3pm",
        "Sunday 12 July – Songs of Praise on the green, 6pm",
    ]

    static func headingOverEvents(face: String) -> [String] {
        let top = 300.0
        let lines =
            [line("Summer Services and Events", top: top, face: face, bold: true, width: 140)]
            + events.enumerated().map { line($1, top: top + 16 + 13 * Double($0), face: "LiberationSerif", bold: true) }
        return TypographicHeadings.headings(page(lines, top: top)).filter { $0.kind == .heading }.map(\.text)
    }

    @Test func aSansBoldHeadingOverSerifBoldEventLinesIsAHeading() {
        #expect(Self.headingOverEvents(face: "LiberationSans") == ["Summer Services and Events"])
    }

    @Test func aBoldLineOverEventLinesInItsOwnFaceIsNoHeading() {
        #expect(Self.headingOverEvents(face: "LiberationSerif").isEmpty)
    }

    /// A heading and three names in one bold font, the heading in `headingColor`, the names black.
    static func headingOverNames(headingColor: Int) -> [String] {
        let top = 300.0
        let bold = { (color: Int) in FontInfo(name: "Sans-Bold", size: 10, isBold: true, color: color) }
        let lines =
            [Line("Your Committee", box: Rect(x: 60, y: top, width: 90, height: 10), font: bold(headingColor))]
            + ["Geoffrey Pilkington, Chairman", "Marisol Ferreira, Secretary", "Baljit Sandhu, Treasurer"].enumerated().map {
                Line($1, box: Rect(x: 60, y: top + 16 + 13 * Double($0), width: 170, height: 10), font: bold(0))
            }
        return TypographicHeadings.headings(page(lines, top: top)).filter { $0.kind == .heading }.map(\.text)
    }

    @Test func aColouredHeadingOverBlackBoldNamesOfItsFontIsAHeading() {
        #expect(Self.headingOverNames(headingColor: 0x1F4E9A) == ["Your Committee"])
    }

    @Test func aBlackBoldLineOverBlackBoldNamesOfItsFontIsNoHeading() {
        #expect(Self.headingOverNames(headingColor: 0).isEmpty)
    }

    @Test func fontFamiliesCompareByNameBeforeTheStyle() {
        let sans = FontInfo(name: "LiberationSans-Bold", size: 10, isBold: true)
        #expect(TypographicEvidence.isAnotherFace(sans, FontInfo(name: "LiberationSerif-Bold", size: 10, isBold: true)))
        #expect(!TypographicEvidence.isAnotherFace(sans, FontInfo(name: "LiberationSans,Bold", size: 10, isBold: true)))
        #expect(!TypographicEvidence.isAnotherFace(sans, FontInfo(name: "LiberationSerif", size: 10)))
    }

    @Test func aContinuationStopsAtAHeadingSetTightOverNamesInAnotherFace() {
        let names = ["Margaret and Colin Ashworth", "Florence Tait", "The Bellfield Brownies"]
        func block(face: String) -> Block {
            let lines =
                [Self.line("Thank You to Our Appeal Team", top: 100, face: face, bold: true, width: 160)]
                + names.enumerated().map { Self.line($1, top: 113 + 13 * Double($0), face: "LiberationSerif", bold: true) }
            return Block(lines: lines, page: 2)
        }
        #expect(JoinContinuedArticles.isHeading(block(face: "LiberationSans"), body: 10))
        #expect(!JoinContinuedArticles.isHeading(block(face: "LiberationSerif"), body: 10))
    }

    // MARK: PDF: a bold line in one of two columns, a side-heading

    /// A left column of 10 pt serif prose with a bold name line inside it, at x 60, and a right
    /// column of prose at x 320 set on the same leading, so every line has one level with it.
    static func columns(nameUnder: Bool) -> [Block] {
        var left: [Line] = (0..<6).map {
            line("and the text of the letter goes on in the usual way", top: 100 + 13 * Double($0), face: "Serif", bold: false)
        }
        let nameTop = 100.0 + 13 * 6 + 4
        let name = line("Colin Tait", top: nameTop, face: "Serif", bold: true, width: 50)
        var blocks = [Block(lines: left, page: 1), Block(lines: [name], page: 1)]
        if nameUnder {
            left = (0..<4).map {
                line(
                    "and the text of the letter goes on in the usual way", top: nameTop + 16 + 13 * Double($0), face: "Serif",
                    bold: false)
            }
            blocks.append(Block(lines: left, page: 1))
        }
        let right = (0..<14).map {
            Line(
                "while the other column carries its own article down the page",
                box: Rect(x: 320, y: 100 + 13 * Double($0) + 4, width: 230, height: 10),
                font: FontInfo(name: "Serif-Regular", size: 10))
        }
        blocks.append(Block(lines: right, page: 1))
        return blocks
    }

    @Test func aBoldLineWithItsColumnsTextRightUnderItIsNoSideHeading() {
        let headings = TypographicHeadings.headings(Self.columns(nameUnder: true)).filter { $0.kind == .heading }
        #expect(headings.isEmpty)
    }

    @Test func aBoldLineAloneInItsColumnBesideTextIsASideHeading() {
        let headings = TypographicHeadings.headings(Self.columns(nameUnder: false)).filter { $0.kind == .heading }
        #expect(headings.map(\.text) == ["Colin Tait"])
    }

    // MARK: Quotations, datelines, event lines

    @Test func aLineWhollyInQuotationMarksIsAQuotation() {
        #expect(TypographicEvidence.isQuotation(["“The best fair we have", "had in years”"]))
        #expect(TypographicEvidence.isQuotation(["\"Worth every penny.\""]))
        #expect(!TypographicEvidence.isQuotation(["The “Big Lunch” Returns"]))
        #expect(!TypographicEvidence.isQuotation(["‘Oliver!’ Comes to the Hall"]))
    }

    @Test func aDatelineIsNoTitle() {
        #expect(TextShape.isDateline("Issue 41 · Spring 2026"))
        #expect(TextShape.isDateline("Vol. 3 No. 2 | Winter 2025/26"))
        #expect(!TextShape.isTitleCandidate("Issue 41 · Spring 2026"))
        #expect(!TextShape.isDateline("Spring Fair 2026"))
        #expect(!TextShape.isDateline("Summer Term"))
        #expect(TextShape.isTitleCandidate("Spring Fair 2026"))
    }

    @Test func anEventLineIsNoTitle() {
        #expect(TextShape.isEventLine("Saturday 12 July – Summer fair on the green, 11am to 4pm"))
        #expect(TextShape.isEventLine("Sat 3 May, 7.30pm – Quiz night"))
        #expect(TextShape.isEventLine("14 June – Duck race, 2 p.m."))
        #expect(!TextShape.isTypographicTitle("Saturday 12 July – Summer fair on the green, 11am to 4pm"))
        #expect(!TextShape.isEventLine("Saturday Volunteers Needed"))
        #expect(!TextShape.isEventLine("Saturday 12 July: Summer Fair"))
        #expect(!TextShape.isEventLine("The 10am Club Turns Ten"))
    }

    @Test func aDatelineOverTheFirstHeadingInOneBlockIsTextAndTheHeadingIsRead() {
        let top = 300.0
        let lines = [
            Line(
                "Issue 41 · Spring 2026", box: Rect(x: 60, y: top, width: 140, height: 14),
                font: FontInfo(name: "Sans-Bold", size: 14, isBold: true)),
            Line(
                "From the Editor", box: Rect(x: 60, y: top + 24, width: 110, height: 13),
                font: FontInfo(name: "Sans-Bold", size: 13, isBold: true)),
        ]
        let result = TypographicHeadings.headings(Self.page(lines, top: top))
        #expect(result.filter { $0.kind == .heading }.map(\.text) == ["From the Editor"])
        #expect(result.contains { $0.kind == .paragraph && $0.text == "Issue 41 · Spring 2026" })
    }

    // MARK: Sign-offs

    /// A bold name over `under` in italic (a role, or a contact field), then prose.
    static func signOff(under: String) -> [String] {
        let top = 300.0
        let lines = [
            Line(
                "Margaret Ashworth", box: Rect(x: 60, y: top, width: 90, height: 10),
                font: FontInfo(name: "Serif-Bold", size: 10, isBold: true)),
            Line(
                under, box: Rect(x: 60, y: top + 13, width: 120, height: 10),
                font: FontInfo(name: "Serif-Italic", size: 10, isItalic: true)),
        ]
        return TypographicHeadings.headings(page(lines, top: top)).filter { $0.kind == .heading }.map(\.text)
    }

    @Test func aNameOverItsRoleIsASignOff() {
        #expect(Self.signOff(under: "Chair of the committee").isEmpty)
        #expect(TextShape.isRoleLine("Vicar of St Mary's"))
        #expect(!TextShape.isRoleLine("Chair: Desmond Okafor"))
        #expect(!TextShape.isRoleLine("The chair thanked everyone who came."))
    }

    @Test func aDumpNameOverItsRoleInsideProseIsNoHeading() throws {
        let text =
            opening
            + "Our volunteers met on the green last week to plan the summer, and agreed the dates.\nMargaret Ashworth\nEditor\nThe committee met in the hut on Sunday and agreed the plans for the season ahead.\n"
        #expect(!(try headings(text)).contains { $0.contains("Margaret") })
        #expect(DumpHeadings.isSignOff(["Jane Smith,", "Chair of the committee"]))
        #expect(!DumpHeadings.isSignOff(["Your Committee", "Chair: Desmond Okafor"]))
    }

    // MARK: Dumps

    @Test func aDumpDatelineUnderTheMastheadLeavesTheHeadingUnderItAHeading() throws {
        let text =
            "Parish Pump\nIssue 41 · Spring 2026\nFrom the Editor\nOur volunteers met on the green last week to plan the summer, and the\ncommittee agreed that every event will again be free to members.\n"
        let found = try headings(text)
        #expect(found.contains("From the Editor"))
        #expect(!found.contains { $0.contains("Issue 41") })
    }

    func headings(_ text: String) throws -> [String] {
        var document = try Fixtures.document(text)
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).filter { $0.kind == .heading }.map(\.text)
    }

    let opening = "The Garden Gate\nThe newsletter of the allotments\n\n"
    let prose =
        "A year ago the tool store opened in the old potting shed behind\nthe hut with a single donated mower and a rota of six people\nwho have kept it open every weekend since it first opened.\n\n"

    @Test func aLongDumpHeadingWrappingItsLastWordIsOneHeading() throws {
        let text = opening + "Village Tool Store Celebrates Its First\nBirthday\n" + prose
        #expect(try headings(text).contains("Village Tool Store Celebrates Its First Birthday"))
    }

    @Test func aTitleWellShortOfTheMeasureOverAOneWordSubheadingStaysTwo() throws {
        let wide =
            "A year ago the tool store opened in the old potting shed behind the hut with a single donated\nmower and a rota of six volunteers who have kept it open every weekend since the day it opened.\n\n"
        let found = try headings(opening + "Village Tool Store Celebrates Its First\nBirthday\n" + wide)
        #expect(!found.contains("Village Tool Store Celebrates Its First Birthday"))
    }

    let mixed = [
        "Water Troughs", "Spring Work Party", "Plant Sale and Open Day",
    ].map { "\($0)\nThe committee met in the hut on Sunday and agreed the plans for the season ahead, as set out below.\n\n" }
        .joined()

    @Test func aLabelInCapitalsAmongMixedCaseHeadingsIsText() throws {
        let text =
            opening + mixed
            + "REMINDER\nBonfires are allowed only between October and March, and never when the wind is\nblowing towards the houses.\n"
        let found = try headings(text)
        #expect(found.contains("Water Troughs"))
        #expect(!found.contains("REMINDER"))
    }

    @Test func headingsInCapitalsThroughoutStayHeadings() throws {
        let caps = ["WATER TROUGHS", "SPRING WORK PARTY", "PLANT SALE AND OPEN DAY"].map {
            "\($0)\nThe committee met in the hut on Sunday and agreed the plans for the season ahead, as set out below.\n\n"
        }.joined()
        let text = opening + caps
        #expect(try headings(text).contains("SPRING WORK PARTY"))
    }
}
