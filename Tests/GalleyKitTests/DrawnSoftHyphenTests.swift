import Testing

@testable import GalleyKit

/// Some layout programs write a word's own hyphen ("low-energy", drawn) as U+00AD in the text
/// layer; a browser leaves undrawn U+00AD inside words for its hyphenation. The drawn one moves
/// the pen on and is read as "-"; the undrawn one does not and stays for the hyphenation stage.
@Suite struct DrawnSoftHyphenTests {
    /// Glyphs for `text`, 5 pt apart, with the soft hyphen `advance` points wide in the pen's travel.
    static func glyphs(_ text: String, softHyphenAdvance advance: Double) -> [Glyph] {
        var x = 70.0
        return text.unicodeScalars.map { scalar in
            let width = scalar == "\u{00AD}" ? (advance > 0 ? 3.3 : 1e-7) : 5
            let glyph = Glyph(scalar, Rect(x: x, y: 100, width: width, height: 10))
            x += scalar == "\u{00AD}" ? advance : 5
            return glyph
        }
    }

    static func read(_ glyphs: [Glyph]) -> String {
        var glyphs = glyphs
        PageContent.readDrawnSoftHyphens(&glyphs)
        return String(String.UnicodeScalarView(glyphs.map(\.scalar)))
    }

    @Test func aDrawnSoftHyphenIsTheWordsHyphen() {
        #expect(Self.read(Self.glyphs("low\u{00AD}energy", softHyphenAdvance: 3.3)) == "low-energy")
    }

    @Test func anUndrawnSoftHyphenStays() {
        // As poppler gives a browser's: a hair wide, the next letter starting at its right edge.
        #expect(Self.read(Self.glyphs("vo\u{00AD}lun\u{00AD}teers", softHyphenAdvance: 1e-7)) == "vo\u{00AD}lun\u{00AD}teers")
    }

    @Test func aSoftHyphenAtALineEndStays() {
        // "pa" + U+00AD then the line's end: the hyphenation stage joins it to the next line.
        #expect(Self.read(Self.glyphs("pa\u{00AD}\n", softHyphenAdvance: 3.3)) == "pa\u{00AD}\n")
    }
}
