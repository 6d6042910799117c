import Testing

@testable import GalleyKit

/// A footnote reference raised above its line ("quad.¹") lifts no line's top: the line's box is
/// its own glyphs, so the steps into and out of that line stay the paragraph's pitch and the
/// paragraph stays one block.
@Suite struct RaisedReferenceLineBoxTests {
    static let body = FontInfo(name: "Serif", size: 10)
    static let small = FontInfo(name: "Serif", size: 6.5)

    /// Glyphs of `text` in `font`, 5 pt apart from `x`, tops at `top`, `height` tall.
    func glyphs(_ text: String, font: Int, x: Double, top: Double, height: Double) -> [Glyph] {
        text.unicodeScalars.enumerated().map { Glyph($1, Rect(x: x + Double($0) * 5, y: top, width: 5, height: height), font: font) }
    }

    func content(_ glyphs: [Glyph]) -> PageContent {
        PageContent(size: Rect(x: 0, y: 0, width: 595, height: 842), glyphs: glyphs, fonts: [Self.body, Self.small])
    }

    @Test func aRaisedReferenceIsWrittenAsASuperscriptAndLeftOutOfTheBox() {
        // "quad.1 She" with the digit set small, its foot 4 pt above the line's foot, its top 3 pt above the line's.
        let page = content(
            glyphs("new quad.", font: 0, x: 50, top: 100, height: 12) + glyphs("1", font: 1, x: 95, top: 97, height: 11)
                + glyphs(" She", font: 0, x: 100, top: 100, height: 12))
        let line = LineBuilder.line(0..<page.glyphs.count, page)
        #expect(line.text == "new quad.¹ She")
        #expect(line.box?.minY == 100)
        #expect(line.box?.maxY == 112)
    }

    @Test func aDigitOnTheBaselineStaysInTheBox() {
        // Near miss: a small digit that is not raised ("Room 1" in a smaller font) is text of the line.
        let page = content(glyphs("Room ", font: 0, x: 50, top: 100, height: 12) + glyphs("1", font: 1, x: 75, top: 104, height: 9))
        let line = LineBuilder.line(0..<page.glyphs.count, page)
        #expect(line.text == "Room 1")
        #expect(line.box?.maxX == 80)
    }

    @Test func theParagraphAroundARaisedReferenceIsOneBlock() {
        let lines = [
            Line("After two years of raffles the club has", box: Rect(x: 50, y: 100, width: 230, height: 10), font: Self.body),
            Line("bought a new quad.¹ She arrived in March,", box: Rect(x: 50, y: 113.6, width: 230, height: 10), font: Self.body),
            Line("and the naming ceremony was well attended.", box: Rect(x: 50, y: 127.2, width: 230, height: 10), font: Self.body),
        ]
        #expect(BlockBuilder.blocks(lines, page: 1).count == 1)
        // Near miss: with the raised digit's top counted (2.5 pt higher) the steps read as a paragraph break.
        var lifted = lines
        lifted[1].box = Rect(x: 50, y: 111.1, width: 230, height: 12.5)
        #expect(BlockBuilder.blocks(lifted, page: 1).count == 2)
    }
}
