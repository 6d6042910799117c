import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A paragraph that opens with a few bold words run on in plain type on the same line ("**The
/// work** was paid for by a") has a mostly bold first line, but it is no heading and stays one
/// block with the plain lines under it. A line set wholly in bold over plain text still heads it.
@Suite struct BoldLeadInTests {
    static let bold = FontInfo(name: "Serif-Bold", size: 10, isBold: true)
    static let plain = FontInfo(name: "Serif", size: 10)

    static func line(_ text: String, _ font: FontInfo, trailing: FontInfo? = nil, top: Double) -> Line {
        Line(text, box: Rect(x: 70, y: top, width: 200, height: 10), font: font, trailingFont: trailing)
    }

    static func kinds(_ lines: [Line]) -> [String] {
        let body = Block(
            lines: [
                line("Body text set in the usual size for the newsletter's running prose.", plain, top: 300),
                line("More body text in the same size, long enough to count as the body.", plain, top: 313),
                line("And a third line of it, so that the body size is beyond doubt here.", plain, top: 326),
            ], page: 1)
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: [Block(lines: lines, page: 1), body])])
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages[0].blocks.map { "\($0.kind):\($0.text)" }
    }

    @Test func aRunInLeadInIsNoHeading() {
        let result = Self.kinds([
            Self.line("Ninety-three volunteers filled more", Self.bold, trailing: Self.plain, top: 100),
            Self.line("than two hundred bags on the spring beach clean, the largest", Self.plain, top: 113),
            Self.line("turnout since the group began last year.", Self.plain, top: 126),
        ])
        #expect(!result.contains { $0.hasPrefix("heading:") })
        #expect(result.first?.hasPrefix("paragraph:Ninety-three volunteers filled more than two hundred") == true)
    }

    @Test func aWhollyBoldLineOverPlainTextIsAHeading() {
        let result = Self.kinds([
            Self.line("Ninety-three Volunteers", Self.bold, top: 80),
            Self.line("than two hundred bags on the spring beach clean, the largest", Self.plain, top: 96),
            Self.line("turnout since the group began last year.", Self.plain, top: 109),
        ])
        #expect(result.first == "heading:Ninety-three Volunteers")
    }

    @Test func aHeadingOverALeadInParagraphStaysAHeading() {
        // "Harbour Notes" is bold throughout; the line under it is mostly bold but ends plain.
        let result = Self.kinds([
            Self.line("Harbour Notes", Self.bold, top: 80),
            Self.line("Moorings for visiting boats are now", Self.bold, trailing: Self.plain, top: 96),
            Self.line("bookable a week ahead through the harbour office.", Self.plain, top: 109),
        ])
        #expect(result.first == "heading:Harbour Notes")
        #expect(result.dropFirst().first?.hasPrefix("paragraph:Moorings") == true)
    }

    @Test func aLeadInLineJoinsThePlainLineUnderIt() {
        let leadIn = Self.line("The work was paid for by a", Self.bold, trailing: Self.plain, top: 100)
        let whollyBold = Self.line("The Work Ahead", Self.bold, top: 100)
        let under = Self.line("coastal access grant and by the harbour", Self.plain, top: 113)
        #expect(BlockBuilder.joins(leadIn, under))
        #expect(!BlockBuilder.joins(whollyBold, under))
    }

    @Test func theReaderNamesTheFontALineEndsIn() {
        let fonts = [Self.bold, Self.plain]
        func glyphs(_ text: String, font: Int, from x: Double) -> [Glyph] {
            text.unicodeScalars.enumerated().map { Glyph($1, Rect(x: x + Double($0) * 5, y: 100, width: 5, height: 10), font: font) }
        }
        let mixed = PageContent(
            size: Rect(x: 0, y: 0, width: 595, height: 842),
            glyphs: glyphs("Ninety-three volunteers ", font: 0, from: 70) + glyphs("filled more", font: 1, from: 190),
            fonts: fonts)
        let line = LineBuilder.line(0..<mixed.glyphs.count, mixed)
        #expect(line.font == Self.bold)
        #expect(line.trailingFont == Self.plain)
        // A closing mark in another font is not the last word: the line ends in its own font.
        let marked = PageContent(
            size: mixed.size, glyphs: glyphs("Harbour Notes", font: 0, from: 70) + glyphs("*", font: 1, from: 135), fonts: fonts)
        #expect(LineBuilder.line(0..<marked.glyphs.count, marked).trailingFont == nil)
    }
}
