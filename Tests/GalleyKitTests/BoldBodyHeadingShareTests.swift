import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A short newsletter whose every heading is bold at body size (groff `-ms` `.SH`/`.NH`, Word
/// "Strong" headings) and which also sets event lines and names in that bold: together they pass
/// `EmphasisStyles.maximumHeadingStyleShare` of its lines, the lists alone do not. Lines spaced as
/// headings (room above, text in the plain style right under) are not counted as emphasis; the
/// near miss sets the same bold lines on the text's own pitch, and the style stays emphasis.
@Suite struct BoldBodyHeadingShareTests {
    static let pitch = 12.5
    static let titles = ["Water Butts", "The Trading Hut", "Composting Toilet", "Plot Inspections", "Hedges", "Bonfires"]
    static let events = [
        "Saturday 14 March, 7.30pm, Quiz Night", "Sunday 5 April, 10am, Seed Swap", "Saturday 16 May, 2pm, Pest Talk",
        "Sunday 21 June, noon, Barbecue", "Saturday 4 July, 11am, Open Day",
    ]
    static let names = ["Harriet Lumsden, Chair", "Desmond Achter, Secretary", "Priya Mistry, Treasurer", "Owen Caddick, Warden", "Ruth Abel, Minutes"]

    static func line(_ text: String, top: Double, bold: Bool = false, width: Double? = nil) -> Line {
        let font = FontInfo(name: bold ? "Times-Bold" : "Times-Roman", size: 10, isBold: bold)
        return Line(text, box: Rect(x: 56, y: top, width: width ?? Double(text.count) * 4.5, height: 10), font: font)
    }

    /// Lays out the two pages: each heading `above` points under the text before it and `below`
    /// points over its own text; event lines and names one a line on the text's pitch.
    static func document(above: Double, below: Double) -> Document {
        var pages: [Page] = []
        var sections = titles[...]
        for number in 1...2 {
            var blocks: [Block] = []
            var top = 60.0
            func prose(_ count: Int) {
                let lines = (0..<count).map {
                    line("and the text of the article goes on in the usual way for a while", top: top + pitch * Double($0), width: 300)
                }
                blocks.append(Block(lines: lines, page: number))
                top += pitch * Double(count - 1) + 10
            }
            func bold(_ texts: [String]) {
                top += 5
                blocks.append(
                    Block(lines: texts.enumerated().map { line($1, top: top + pitch * Double($0), bold: true) }, page: number))
                top += pitch * Double(texts.count - 1) + 10
            }
            prose(4)
            for _ in 0..<3 {
                top += above
                blocks.append(Block(lines: [line(sections.removeFirst(), top: top, bold: true)], page: number))
                top += 10 + below
                prose(6)
            }
            top += 5
            prose(2)
            bold(number == 1 ? events : names)
            top += 5
            prose(number == 1 ? 2 : 4)
            pages.append(Page(number: number, blocks: blocks, size: Rect(x: 0, y: 0, width: 595, height: 842)))
        }
        return Document(source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 2), pages: pages)
    }

    static func headings(_ document: Document) -> [String] {
        var document = document
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).filter { $0.kind == .heading }.map(\.text)
    }

    @Test func boldHeadingsSpacedAsHeadingsAreNotEmphasis() {
        let document = Self.document(above: 14, below: 3)
        let lines = document.pages.flatMap(\.blocks).flatMap(\.lines)
        let bold = lines.filter { $0.font?.isBold == true }.count
        // The premise: more than the share of lines are bold, the lists alone are not.
        #expect(lines.count >= EmphasisStyles.minimumLinesForStyleShare)
        #expect(Double(bold) > EmphasisStyles.maximumHeadingStyleShare * Double(lines.count))
        #expect(Double(bold - Self.titles.count) <= EmphasisStyles.maximumHeadingStyleShare * Double(lines.count))
        #expect(EmphasisStyles.of(document).isEmpty)
        #expect(Self.headings(document) == Self.titles)
    }

    @Test func boldLinesOnTheTextsPitchStayEmphasis() {
        // The same bold lines with no more room above than below: nothing sets them apart.
        let document = Self.document(above: 2.5, below: 2.5)
        #expect(EmphasisStyles.of(document) == [EmphasisStyles.Style(FontInfo(name: "Times-Bold", size: 10, isBold: true))])
        #expect(Self.headings(document).isEmpty)
    }
}
