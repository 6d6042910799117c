import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Where the line builder cuts one of poppler's lines in two: a jump to another baseline, and a
/// narrow gutter that the lines around it confirm. Synthetic glyphs, 10 pt type, 5 pt a character.
@Suite struct PDFLineSplitTests {
    static let fonts = [FontInfo(name: "Helvetica", size: 10), FontInfo(name: "Helvetica-Bold", size: 14, isBold: true)]

    /// Glyphs for `text` from `x` with its top at `y`, 5 points a character (spaces included).
    static func run(_ text: String, x: Double, y: Double, font: Int = 0) -> [Glyph] {
        PDFReaderTests.run(text, x: x, y: y, font: font)
    }

    /// Words set `space` points apart, a space glyph filling each gap, as a justified line is.
    static func words(_ words: [String], x: Double, y: Double, space: Double) -> [Glyph] {
        var glyphs: [Glyph] = []
        var cursor = x
        for (offset, word) in words.enumerated() {
            if offset > 0 {
                glyphs.append(Glyph(" ", Rect(x: cursor, y: y, width: space, height: 10)))
                cursor += space
            }
            glyphs += run(word, x: cursor, y: y)
            cursor += 5 * Double(word.unicodeScalars.count)
        }
        return glyphs
    }

    static func texts(_ lines: [[Glyph]]) -> [String] {
        LineBuilder.lines(PDFReaderTests.page(lines, fonts: fonts)).map(\.line.text)
    }

    /// A contents list in two halves: left entries end at x 142, right ones start at x 162,
    /// a 20 pt (2 em) gutter; poppler ran each row's halves together without a space.
    static func contentsRows(_ count: Int, top: Double = 200) -> [[Glyph]] {
        (0..<count).map { row in
            let y = top + 14 * Double(row)
            return run("Lent Lunches 4", x: 72, y: y) + run("Parish Giving 4", x: 162, y: y)
        }
    }

    // MARK: Baseline jumps

    @Test func theFootOfOneColumnRunIntoTheHeadOfTheNextIsCut() {
        // "Lent Lunches 4" is the last row on the left (y 256); "Parish Giving 4" heads the right
        // half 56 pt higher: one poppler line, two places on the page.
        let merged = Self.run("Lent Lunches 4", x: 72, y: 256) + Self.run("Parish Giving 4", x: 162, y: 200)
        #expect(Self.texts([merged]) == ["Lent Lunches 4", "Parish Giving 4"])
    }

    @Test func aJumpToTheNextLineDownIsCutToo() {
        let merged = Self.run("end of the column", x: 72, y: 100) + Self.run("next column", x: 180, y: 112)
        #expect(Self.texts([merged]) == ["end of the column", "next column"])
    }

    @Test func aRaisedMarkOrANudgedWordStaysOnItsLine() {
        // The ordinal's letters sit 4 pt up (overlapping the line); a word nudged 1 pt down.
        let ordinal = Self.run("the 1", x: 72, y: 100) + Self.run("st", x: 97, y: 96) + Self.run(" of May", x: 107, y: 100)
        let nudged = Self.run("Spring", x: 72, y: 140) + Self.run(" walks", x: 102, y: 141)
        #expect(Self.texts([ordinal, nudged]) == ["the 1st of May", "Spring walks"])
    }

    // MARK: Narrow gutters

    @Test func aNarrowGutterSharedByTheRowsAroundIsCut() {
        let expected = Array(repeating: ["Lent Lunches 4", "Parish Giving 4"], count: 5).flatMap { $0 }
        #expect(Self.texts(Self.contentsRows(5)) == expected)
    }

    @Test func aNarrowGutterIsCutBesideLinesThatStartAtItsRightEdge() {
        // One merged row; the right half's other entries are lines of their own starting at x 162.
        let merged = Self.run("Lent Lunches 4", x: 72, y: 200) + Self.run("Parish Giving 4", x: 162, y: 200)
        let right = (1...3).map { Self.run("Services 5", x: 162, y: 200 + 14 * Double($0)) }
        #expect(Self.texts([merged] + right) == ["Lent Lunches 4", "Parish Giving 4", "Services 5", "Services 5", "Services 5"])
    }

    @Test func aHeadingBridgingTheGutterDoesNotHideIt() {
        // Four rows confirm the gutter; one heading above runs across it (1 crossing for 4 aligned).
        let heading = Self.run("In This Issue of the Magazine", x: 72, y: 180, font: 1)
        let lines = Self.texts([heading] + Self.contentsRows(5))
        #expect(lines.count == 11)
        #expect(lines.filter { $0 == "Parish Giving 4" }.count == 5)
    }

    @Test func aTableRowIsCutWhereALongerCellBelowRunsIntoTheGap() {
        // A table's first column is ragged: "Sunday 13 Dec" (a row with its second cell empty)
        // ends at x 135, past the middle of the first row's gap (x 122–142), but not over the
        // point just before x 142 where the next column starts.
        let rows = [
            Self.run("Sat 17 Oct", x: 72, y: 200) + Self.run("Requiem", x: 142, y: 200),
            Self.run("Sunday 13 Dec", x: 70, y: 214),
            Self.run("Sat 20 Mar", x: 72, y: 228) + Self.run("Messiah", x: 142, y: 228),
            Self.run("Sun 21 Mar", x: 72, y: 242) + Self.run("Gloria", x: 142, y: 242),
        ]
        #expect(Self.texts(rows) == ["Sat 17 Oct", "Requiem", "Sunday 13 Dec", "Sat 20 Mar", "Messiah", "Sun 21 Mar", "Gloria"])
    }

    @Test func proseAboveATableAndItsTitleDoNotHideItsGutter() {
        // The prose line above and the title run across the gap (x 122–142), but neither is set
        // tight against the rows nor between them.
        let prose = Self.run("the end of the paragraph above", x: 72, y: 150)
        let title = PDFReaderTests.run("Concert Diary", x: 72, y: 170, advance: 7, height: 14, font: 1)
        let rows = [
            Self.run("Sat 17 Oct", x: 72, y: 200) + Self.run("Requiem", x: 142, y: 200),
            Self.run("Sun 13 Dec", x: 72, y: 214) + Self.run("Carols", x: 142, y: 214),
            Self.run("Sat 20 Mar", x: 72, y: 228) + Self.run("Messiah", x: 142, y: 228),
        ]
        #expect(Self.texts([prose, title] + rows).suffix(6) == ["Sat 17 Oct", "Requiem", "Sun 13 Dec", "Carols", "Sat 20 Mar", "Messiah"])
    }

    @Test func proseSetTightAboveStillHidesTheGap() {
        // Two prose lines run across the gap at a paragraph's leading just above three rows: the
        // first row is the paragraph's line with a stretched space, not a table row.
        let prose = (0..<2).map { Self.run("the end of the paragraph above", x: 72, y: 172 + 14 * Double($0)) }
        let rows = [
            Self.run("Sat 17 Oct", x: 72, y: 200) + Self.run("Requiem", x: 142, y: 200),
            Self.run("Sun 13 Dec", x: 72, y: 214) + Self.run("Carols", x: 142, y: 214),
            Self.run("Sat 20 Mar", x: 72, y: 228) + Self.run("Messiah", x: 142, y: 228),
        ]
        #expect(Self.texts(prose + rows)[2] == "Sat 17 OctRequiem")
    }

    @Test func proseUnderATableDoesNotHideTheLastRowsGutter() {
        // Three prose lines follow the table 6 pt under its last row: beyond the rows, not tight.
        let rows = [
            Self.run("Sat 17 Oct", x: 72, y: 200) + Self.run("Requiem", x: 142, y: 200),
            Self.run("Sun 13 Dec", x: 72, y: 214) + Self.run("Carols", x: 142, y: 214),
            Self.run("Sat 20 Mar", x: 72, y: 228) + Self.run("Messiah", x: 142, y: 228),
        ]
        let prose = (0..<3).map { Self.run("the article goes on under the table", x: 72, y: 244 + 12 * Double($0)) }
        #expect(Self.texts(rows + prose).prefix(6) == ["Sat 17 Oct", "Requiem", "Sun 13 Dec", "Carols", "Sat 20 Mar", "Messiah"])
    }

    @Test func aLoneWideGapWithNoNeighboursIsNotCut() {
        // Nothing else on the page says there is a gutter at x 142–162.
        #expect(Self.texts(Self.contentsRows(1)) == ["Lent Lunches 4Parish Giving 4"])
    }

    @Test func aWideGapInsideRunningProseIsNotCut() {
        // Full-width lines above and below run across the gap: it is a stretched space, not a gutter.
        let prose = (0..<4).map { Self.run("the lines of one wide column of running prose", x: 72, y: 100 + 12 * Double($0)) }
        let stretched = Self.words(["the", "wide", "space"], x: 72, y: 148, space: 20)
        let withRows = prose + [stretched] + [Self.run("Services 5", x: 107, y: 160), Self.run("Services 5", x: 107, y: 172)]
        #expect(Self.texts(withRows)[4] == "the wide space")
    }

    @Test func aGapUnderThreeWordSpacesIsNotCutEvenWhereLinesAlign() {
        // Spaces of 8 pt (a loosely justified line): a 20 pt gap is only 2.5 of them.
        let loose =
            Self.words(["Flower", "Guild", "meets", "monthly"], x: 72, y: 200, space: 8) + Self.run("Parish", x: 231, y: 200)
        let right = (1...3).map { Self.run("Services 5", x: 231, y: 200 + 14 * Double($0)) }
        #expect(Self.texts([loose] + right)[0] == "Flower Guild meets monthlyParish")
    }

    @Test func wideGapsAreMeasuredAgainstTheLinesOwnWordSpaces() {
        let content = PDFReaderTests.page(
            [Self.words(["a", "b", "c", "d"], x: 72, y: 100, space: 3) + Self.run("next", x: 121, y: 100)], fonts: Self.fonts)
        let line = LineBuilder.popplerLineRanges(content.glyphs)[0]
        // "a b c d" ends at x 101; "next" starts at 121: a 20 pt gap, 6.7 spaces of 3 pt.
        #expect(LineBuilder.wideGaps(line, content).map { [$0.low, $0.high] } == [[101, 121]])
        let loose = PDFReaderTests.page(
            [Self.words(["a", "b", "c", "d"], x: 72, y: 100, space: 8) + Self.run("next", x: 136, y: 100)], fonts: Self.fonts)
        // The same 20 pt after spaces of 8 pt is only 2.5 of them: a gutter only if the
        // neighbours show both its edges.
        #expect(LineBuilder.wideGaps(LineBuilder.popplerLineRanges(loose.glyphs)[0], loose).map(\.needsBothEdges) == [true])
    }
}
