import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Emphasised text that is not a heading, on synthetic PDF pages (10 pt body on a 12.5 pt pitch):
/// bold lists of names, labels with their value beside them, bold event lines, header rows; and
/// the near misses that must stay headings (a bold body-size heading with room above it, a panel's
/// title, a heading cut in pieces on one baseline).
@Suite struct HeadingPrecisionTests {
    static let pitch = 12.5

    static func line(_ text: String, x: Double = 56, top: Double, width: Double? = nil, size: Double = 10, bold: Bool = false)
        -> Line
    {
        let font = FontInfo(name: bold ? "Times-Bold" : "Times-Roman", size: size, isBold: bold)
        let width = width ?? Double(text.count) * size * 0.45
        return Line(text, box: Rect(x: x, y: top, width: width, height: size), font: font)
    }

    /// A paragraph of `count` full body lines from `top`, the first reading `first`.
    static func prose(_ first: String, lines count: Int = 3, x: Double = 56, top: Double) -> Block {
        let lines = (0..<count).map { index in
            line(
                index == 0 ? first : "and the text of the article goes on in the usual way for a while", x: x,
                top: top + Double(index) * pitch, width: 300)
        }
        return Block(lines: lines, page: 1)
    }

    static func single(_ line: Line) -> Block { Block(lines: [line], page: 1) }

    /// Runs DetectHeadings over one page: each block as "heading<level>:text", "list:[items]" or "paragraph:text".
    static func run(_ blocks: [Block]) -> [String] {
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: blocks, size: Rect(x: 0, y: 0, width: 595, height: 842))])
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages[0].blocks.map { block in
            switch block.kind {
            case .heading: return "heading\(block.headingLevel ?? 0):\(block.text)"
            case .list: return "list:\((block.items ?? []).joined(separator: "|"))"
            default: return "\(block.kind):\(block.text)"
            }
        }
    }

    static let names = ["Bernadette Okonjo", "Callum Fairweather", "Ines Marchetti", "Priya Venkatesh", "Tomasz Wilczek"]

    // MARK: Bold lists of names

    @Test func boldNamesOneALineAreAList() {
        let intro = Self.prose("This year we would particularly like to thank the volunteers below.", top: 100)
        let names = Block(
            lines: Self.names.enumerated().map { Self.line($1, x: 66, top: 145 + 13 * Double($0), bold: true) }, page: 1)
        let after = Self.prose("A volunteer is simply somebody who decided the library was worth it.", top: 220)
        let result = Self.run([intro, names, after])
        #expect(result.contains("list:" + Self.names.joined(separator: "|")))
        #expect(!result.contains { $0.hasPrefix("heading") })
    }

    @Test func boldNamesOneAParagraphAreAList() {
        // Each name its own paragraph, with paragraph spacing between them (a word processor's list).
        let roles = ["Marcus Ellery, Chair", "Funmilayo Adebayo, Secretary", "Gwen Pritchard, Treasurer"]
        var blocks = [Self.prose("At the annual meeting members elected the following committee for the year.", top: 100)]
        blocks += roles.enumerated().map { Self.single(Self.line($1, top: 145 + 23 * Double($0), bold: true)) }
        blocks.append(Self.prose("Committee meetings are open to all members of the co-operative.", top: 220))
        let result = Self.run(blocks)
        #expect(result.contains("list:" + roles.joined(separator: "|")))
        #expect(!result.contains { $0.hasPrefix("heading") })
    }

    @Test func aWrappedBoldHeadingIsNotAList() {
        // Three bold lines as wide as the prose, the last going on the line above: one heading, not items.
        let heading = Block(
            lines: [
                Self.line("Annual General Meeting of the Society", top: 100, width: 290, bold: true),
                Self.line("and of the Trustees of the Village Hall", top: 112.5, width: 290, bold: true),
                Self.line("with the Parish Council Representatives", top: 125, width: 290, bold: true),
            ], page: 1)
        let result = Self.run([
            Self.prose("The last paragraph of the previous article ends here.", top: 40), heading,
            Self.prose("The meeting will be held in the hall on the first Tuesday of May.", top: 145),
        ])
        #expect(!result.contains { $0.hasPrefix("list:") })
    }

    @Test func twoBoldNamesAreTooFewForAList() {
        let names = Block(
            lines: Self.names.prefix(2).enumerated().map { Self.line($1, top: 145 + 13 * Double($0), bold: true) }, page: 1)
        let result = Self.run([
            Self.prose("We would like to thank two volunteers in particular this year.", top: 100), names,
            Self.prose("Both have given their time every week for five years now.", top: 180),
        ])
        #expect(!result.contains { $0.hasPrefix("list:") })
    }

    // MARK: Labels, event lines, header rows

    @Test func aLabelWithItsValueBesideItIsNoHeading() {
        let label = Self.single(Self.line("Office hours:", top: 145, bold: true))
        let value = Self.single(Self.line("Monday to Friday, nine till five", x: 160, top: 145))
        let result = Self.run([
            Self.prose("The office is in the community centre on the high street.", top: 100), label, value,
            Self.prose("Outside those hours please leave a message with the caretaker.", top: 170),
        ])
        #expect(!result.contains { $0.hasPrefix("heading") })
    }

    @Test func aBoldBodySizeHeadingWithRoomAboveItStays() {
        let heading = Self.single(Self.line("Opening Hours", top: 150, bold: true))
        let result = Self.run([
            Self.prose("The office is in the community centre on the high street.", top: 100), heading,
            Self.prose("The office is open on weekday mornings and on Thursday evenings.", top: 162.5),
        ])
        #expect(result.contains("heading3:Opening Hours"))
    }

    @Test(arguments: [(11.3, true), (10.2, false)])
    func aBoldHeadingAnyLargerThanTheBodyNeedsOnlyNoLessRoomAbove(size: Double, isHeading: Bool) {
        // 7 pt above, 6 pt below: too little for bold at the body's own size (it must show 0.15
        // pitch more room above), enough for a heading set larger (13% here) than the body.
        let above = Self.prose("The office is in the community centre on the high street.", lines: 2, top: 100)
        let headingTop = 100 + Self.pitch + 10 + 7
        let heading = Self.single(Self.line("Opening Hours", top: headingTop, size: size, bold: true))
        let below = Self.prose("The office is open on weekday mornings and on Thursday evenings.", top: headingTop + size + 6)
        let result = Self.run([above, heading, below])
        #expect(result.contains { $0.hasPrefix("heading") && $0.hasSuffix(":Opening Hours") } == isHeading, "\(result)")
    }

    @Test func boldEventLinesAtTheBodysLeadingAreNoHeadings() {
        // Bold line, plain description, bold line…: no more room above a bold line than below it.
        var blocks = [Self.prose("Please keep these dates free if you can this summer.", lines: 2, top: 100)]
        let events = [
            ("Saturday 4 July, Village Fete", "We sing at two o'clock on the green beside the church."),
            ("Sunday 19 July, Evensong", "The choir joins the parish for evensong at six o'clock."),
        ]
        var top = 125.0
        for (title, text) in events {
            blocks.append(Self.single(Self.line(title, top: top, bold: true)))
            blocks.append(Self.single(Self.line(text, top: top + Self.pitch, width: 280)))
            top += 2 * Self.pitch
        }
        #expect(!Self.run(blocks).contains { $0.hasPrefix("heading") })
    }

    @Test func aBoldRowOfTableHeadersIsNoPanelTitle() {
        // 8 pt cells on a 10 pt page: the smaller bold is not measured against the plain row under it.
        let page = Self.prose("Body text of the page set in the usual size for the newsletter.", lines: 6, top: 60)
        let header = [("Date", 56.0), ("Low water", 150.0), ("Meeting point", 240.0)].map {
            Self.single(Self.line($0.0, x: $0.1, top: 200, size: 8, bold: true))
        }
        let row = Self.single(
            Self.line("Sun 10 May 11.40am Harbour car park and then the slipway", top: 212, width: 280, size: 8))
        let result = Self.run([page] + header + [row])
        #expect(!result.contains { $0.hasPrefix("heading") })
    }

    @Test func aPanelsBoldTitleOverItsSmallerTextIsAHeading() {
        let page = Self.prose("Body text of the page set in the usual size for the newsletter.", lines: 6, top: 60)
        let panel = Block(
            lines: [
                Self.line("Ride Leaders Wanted", x: 77, top: 200, size: 8, bold: true),
                Self.line("We need six more ride leaders for the social group this year.", x: 77, top: 210, width: 150, size: 8),
                Self.line("Training is free and takes one Saturday morning in the spring.", x: 77, top: 220, width: 150, size: 8),
            ], page: 1)
        #expect(Self.run([page, panel]).contains("heading3:Ride Leaders Wanted"))
    }

    // MARK: Pieces of one heading

    @Test func piecesOfAHeadingOnOneBaselineJoin() {
        let first = Self.single(Self.line("Annual General", top: 100, width: 100, size: 14, bold: true))
        let second = Self.single(Self.line("Meeting", x: 164, top: 100, width: 56, size: 14, bold: true))
        let result = Self.run([
            first, second, Self.prose("The meeting will be held in the hall on the first Tuesday of May.", top: 122),
        ])
        #expect(result.first == "heading2:Annual General Meeting")
    }

    @Test func titlesOfBoxesSideBySideStayApart() {
        let left = Self.single(Self.line("Leave a gap", top: 100, width: 80, size: 14, bold: true))
        let right = Self.single(Self.line("Offer water", x: 320, top: 100, width: 80, size: 14, bold: true))
        let result = Self.run([left, right, Self.prose("Hedgehogs travel a mile a night looking for food and mates.", top: 122)])
        #expect(result.prefix(2) == ["heading2:Leave a gap", "heading2:Offer water"])
    }

    // MARK: Paragraphs set large, dates

    @Test func aParagraphSetLargeIsNoHeading() {
        // A 13 pt introduction: its first lines look like a title, but the text goes on in their style.
        let intro = Block(
            lines: [
                Self.line("Welcome to the summer issue of our", top: 60, width: 300, size: 13),
                Self.line("newsletter with news from every corner", top: 76, width: 300, size: 13),
                Self.line("of the village and beyond.", top: 92, width: 180, size: 13),
            ], page: 1)
        #expect(
            !Self.run([intro, Self.prose("Body text of the page set in the usual size for the newsletter.", top: 120)]).contains {
                $0.hasPrefix("heading")
            })
        // The same size over body text is a heading.
        let title = Block(lines: [Self.line("Welcome to the Summer Issue", top: 60, width: 200, size: 13)], page: 1)
        #expect(
            Self.run([title, Self.prose("Body text of the page set in the usual size for the newsletter.", top: 80)]).first
                == "heading2:Welcome to the Summer Issue")
    }

    @Test func aDateSetLargeIsNoHeading() {
        let date = Self.single(Self.line("June 2026", top: 60, size: 16, bold: true))
        let result = Self.run([date, Self.prose("Body text of the page set in the usual size for the newsletter.", top: 85)])
        #expect(!result.contains { $0.hasPrefix("heading") })
        let season = Self.single(Self.line("Summer Fair", top: 60, size: 16, bold: true))
        #expect(
            Self.run([season, Self.prose("Body text of the page set in the usual size for the newsletter.", top: 85)]).first
                == "heading1:Summer Fair")
    }

    // MARK: Styles

    @Test func boldMarksNothingWhereTheBodyIsBold() {
        let body = Block(
            lines: (0..<4).map {
                Self.line(
                    "Every line of this notice is set in bold type by its author.", top: 100 + Self.pitch * Double($0),
                    width: 300, bold: true)
            }, page: 1)
        let candidate = Self.single(Self.line("Parking", top: 170, bold: true))
        #expect(
            !Self.run([body, candidate, Self.prose("Cars may be left in the school car park after six.", top: 185)]).contains {
                $0.hasPrefix("heading")
            })
    }

    @Test func aBoldStyleOnAFifthOfTheLinesIsNoHeadingStyle() {
        var lines: [Line] = []
        for index in 0..<80 {
            let bold = index % 4 == 0
            lines.append(
                Self.line(
                    bold ? "Bold Lead Line" : "plain text of the notice goes on and on here", top: 40 + 9 * Double(index),
                    bold: bold))
        }
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: [Block(lines: lines, page: 1)])])
        #expect(
            EmphasisStyles.of(document) == [
                EmphasisStyles.Style(FontInfo(name: "Times-Bold", size: 10, isBold: true))
            ])
        // A few bold lines among many are a heading style still.
        for index in document.pages[0].blocks[0].lines.indices where index % 4 == 0 && index % 16 != 0 {
            document.pages[0].blocks[0].lines[index].font = FontInfo(name: "Times-Roman", size: 10)
        }
        #expect(EmphasisStyles.of(document).isEmpty)
    }
}
