import Testing

@testable import GalleyKit

/// LaTeX's two-column gutter is one em (10 pt beside 10 pt type) and TeX stretches its justified
/// word spaces to 3.3–5 pt, so poppler's line running both columns together has a gap of only
/// 2–3 word spaces. It is cut when the neighbours show both edges of the gutter: lines ending
/// where it starts and lines starting where it ends. 10 pt type, 5 pt a character.
@Suite struct PDFLineTwoSidedGutterTests {
    typealias Split = PDFLineSplitTests

    /// A justified left-column line (4 pt spaces) ending at x 174, run together with a right-column
    /// line starting 10 pt (one em, 2.5 word spaces) further on.
    static func mergedRow(_ y: Double) -> [Glyph] {
        Split.words(["the", "canal", "trust", "walks"], x: 72, y: y, space: 4) + Split.run("Boats run daily", x: 184, y: y)
    }

    @Test func aOneEmGutterBetweenTwoJustifiedColumnsIsCut() {
        let rows = (0..<5).map { Self.mergedRow(200 + 12 * Double($0)) }
        let expected = Array(repeating: ["the canal trust walks", "Boats run daily"], count: 5).flatMap { $0 }
        #expect(Split.texts(rows) == expected)
    }

    @Test func theSameGapWithLinesStartingAfterItButNoneEndingBeforeItIsNotCut() {
        // Only the right edge is shown: lines on the right start at x 184, but nothing on the left
        // ends at x 174, so the gap may be a loosely justified line's wide space.
        let right = (1...3).map { Split.run("Services 5", x: 184, y: 200 + 12 * Double($0)) }
        #expect(Split.texts([Self.mergedRow(200)] + right)[0] == "the canal trust walksBoats run daily")
    }

    @Test func aListNumberAndItsTextAreNotTwoColumns() {
        // "1." ends at x 82 on every row and the text starts at x 92 on every row: both edges are
        // shown, but nothing before the gap has a word space, so it is no column of text.
        let rows = (0..<4).map { Split.run("\($0 + 1).", x: 72, y: 200 + 12 * Double($0)) + Split.run("washed in the trough", x: 92, y: 200 + 12 * Double($0)) }
        #expect(Split.texts(rows) == ["1.washed in the trough", "2.washed in the trough", "3.washed in the trough", "4.washed in the trough"])
    }

    @Test func aGapUnderTwoWordSpacesIsNoCandidateAtAll() {
        // 4 pt spaces, a 7 pt gap: under 0.9 em, not even a candidate.
        let content = PDFReaderTests.page(
            [Split.words(["a", "b", "c"], x: 72, y: 100, space: 4) + Split.run("next", x: 102, y: 100)], fonts: Split.fonts)
        #expect(LineBuilder.wideGaps(LineBuilder.popplerLineRanges(content.glyphs)[0], content).isEmpty)
    }
}
