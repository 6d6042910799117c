import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A part title stacked right over an article title in another face, close enough that the
/// reader made them one block with the text under them: both are headings. The near miss puts a
/// bold opening sentence of the text under the part title: it stays a paragraph.
@Suite struct StackedHeadingsTests {
    static func line(_ text: String, top: Double, size: Double, bold: Bool, sans: Bool = false, width: Double = 240)
        -> Line
    {
        let name = sans ? "Helvetica-Bold" : (bold ? "Times-Bold" : "Times-Roman")
        return Line(text, box: Rect(x: 56, y: top, width: width, height: size), font: FontInfo(name: name, size: size, isBold: bold))
    }

    /// Two columns' worth of body text so that 10.5 pt is the body, then the stacked block.
    static func page(_ stacked: [Line]) -> [Block] {
        let body = (0..<12).map {
            line("and the text of the article goes on in the usual way", top: 400 + 14.25 * Double($0), size: 10.5, bold: false)
        }
        return [Block(lines: stacked, page: 1), Block(lines: body, page: 1)]
    }

    static func headings(_ blocks: [Block]) -> [String] {
        TypographicHeadings.headings(blocks).filter { $0.kind == .heading }.map(\.text)
    }

    @Test func anArticleTitleUnderAPartTitleInOneBlockIsAHeadingToo() {
        let blocks = Self.page([
            Self.line("AROUND THE ESTATE", top: 120, size: 12, bold: true, sans: true, width: 140),
            Self.line("Resurfacing of Beech Crescent and the Lower", top: 137.5, size: 11, bold: true),
            Self.line("Car Park Will Begin in October", top: 150.25, size: 11, bold: true, width: 160),
            Self.line("The council has confirmed that Beech Crescent will", top: 162.5, size: 10.5, bold: false),
            Self.line("be resurfaced in the second half of October.", top: 176.75, size: 10.5, bold: false),
        ])
        #expect(
            Self.headings(blocks) == [
                "AROUND THE ESTATE", "Resurfacing of Beech Crescent and the Lower Car Park Will Begin in October",
            ])
    }

    @Test func aBoldOpeningSentenceUnderAPartTitleStaysText() {
        let blocks = Self.page([
            Self.line("AROUND THE ESTATE", top: 120, size: 12, bold: true, sans: true, width: 140),
            Self.line("The council has confirmed that Beech Crescent will", top: 137.5, size: 11, bold: true),
            Self.line("be resurfaced in the second half of October, and", top: 150.25, size: 11, bold: true),
            Self.line("the work will take about nine days in all.", top: 162.5, size: 10.5, bold: false),
        ])
        #expect(Self.headings(blocks) == ["AROUND THE ESTATE"])
    }
}
