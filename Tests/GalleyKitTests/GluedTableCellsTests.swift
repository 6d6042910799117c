import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Cells of a table row that poppler ran together without a space ("PressKept byNotes"): each
/// gutter-wide gap with no space glyph in it is a gutter, even when the row's only other wide
/// gaps are such gutters too. Synthetic glyphs, 10 pt type, 5 pt a character.
@Suite struct GluedTableCellsTests {
    static let fonts = [FontInfo(name: "Helvetica-Bold", size: 10, isBold: true)]

    static func run(_ text: String, x: Double, y: Double = 200) -> [Glyph] {
        PDFReaderTests.run(text, x: x, y: y)
    }

    static func texts(_ lines: [[Glyph]]) -> [String] {
        LineBuilder.lines(PDFReaderTests.page(lines, fonts: fonts)).map(\.line.text)
    }

    @Test func aHeaderRowOfThreeGluedCellsComesApartAtBothGutters() {
        // "Press" ends at x 97, "Kept by" runs 200–235, "Notes" starts at 330: gaps of 103 and
        // 95 pt (10 and 9.5 ems), no space glyph in either, nothing above or below to confirm them.
        let row = Self.run("Press", x: 72) + Self.run("Kept by", x: 200) + Self.run("Notes", x: 330)
        #expect(Self.texts([row]) == ["Press", "Kept by", "Notes"])
    }

    @Test func twoGluedCellsOfOneWordEachComeApart() {
        #expect(Self.texts([Self.run("When", x: 72) + Self.run("Where", x: 200)]) == ["When", "Where"])
    }

    @Test func aJustifiedLineWithSpaceGlyphsInItsWideGapsStaysWhole() {
        // The near miss: a short line spread across a narrow column, each of its word spaces
        // 30 pt (3 ems) wide but a space glyph in each, as poppler sets one line's words.
        let line = PDFLineSplitTests.words(["have", "supported", "more"], x: 72, y: 200, space: 30)
        #expect(Self.texts([line]) == ["have supported more"])
    }

    @Test func gluedCellsBesideAWideSpacedGapWithASpaceAreStillMeasuredAgainstIt() {
        // One glued gutter (no space glyph, 20 ems) and a stretched word space of 3 ems with a
        // space glyph: the glued gap is cut, the stretched space is compared as before and stays.
        var line = PDFLineSplitTests.words(["one", "two"], x: 72, y: 200, space: 30)
        line += Self.run("Notes", x: 330)
        #expect(Self.texts([line]) == ["one two", "Notes"])
    }
}
