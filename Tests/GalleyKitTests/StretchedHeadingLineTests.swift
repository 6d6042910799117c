import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A justified heading's first line of two words stretched to the column's width, which poppler
/// reads as two lines ("Parking" … "Scheme"), is one line again before blocks are built.
@Suite struct StretchedHeadingLineTests {
    static let bold = FontInfo(name: "Helvetica-Bold", size: 13, isBold: true)
    static let body = FontInfo(name: "Times-Roman", size: 10)

    static func line(_ text: String, x: Double, y: Double, width: Double, font: FontInfo) -> Line {
        Line(text, box: Rect(x: x, y: y, width: width, height: font.size), font: font)
    }

    /// The heading's lines in poppler's order, the right piece read after the body's first line.
    static func lines(besideSecond: Bool) -> [Line] {
        var lines = [
            line("Parking", x: 50, y: 100, width: 52, font: bold),
            line("Consultation", x: 50, y: 116, width: 86, font: bold),
            line("The borough has finally published its proposals", x: 50, y: 136, width: 210, font: body),
            line("Scheme", x: 205, y: 100, width: 55, font: bold),
        ]
        if besideSecond {
            // A table's next row: a cell beside the first column's second line.
            lines.append(line("£9 an hour", x: 205, y: 116, width: 50, font: bold))
        }
        return lines
    }

    @Test func theStretchedFirstLineIsOneLineAgain() {
        let texts = BlockBuilder.rejoiningStretchedHeadingLines(Self.lines(besideSecond: false)).map(\.text)
        #expect(texts == ["Parking Scheme", "Consultation", "The borough has finally published its proposals"])
    }

    @Test func aTablesFirstColumnIsNoHeading() {
        // The near miss: the second line has a cell beside it under the right piece.
        let lines = Self.lines(besideSecond: true)
        #expect(BlockBuilder.rejoiningStretchedHeadingLines(lines).map(\.text) == lines.map(\.text))
    }

    @Test func withoutTextSpanningTheGapUnderItTwoColumnsStayApart() {
        // The body under the heading stops short of the right piece: the gap is a gutter.
        var lines = Self.lines(besideSecond: false)
        lines[2] = Self.line("The borough has finally", x: 50, y: 136, width: 120, font: Self.body)
        #expect(BlockBuilder.rejoiningStretchedHeadingLines(lines).map(\.text) == lines.map(\.text))
    }

    @Test func aColumnsLineBesideTheNextColumnsShortLineOverABannerStaysTwoLines() {
        // Two justified columns: the first column's line of several words, the second column's
        // short last line beside it two points higher, the first column's last line flush under
        // it, and a heading across both columns under them. Near miss of the heading above: the
        // left piece has word spaces of its own.
        let lines = [
            Self.line("the end of January and the paths between the", x: 51, y: 249, width: 237, font: Self.body),
            Self.line("beds held up better", x: 51, y: 263, width: 90, font: Self.body),
            Self.line("for years.", x: 308, y: 247, width: 45, font: Self.body),
            Self.line("Spring Show Moves to the Village Hall", x: 51, y: 290, width: 380, font: Self.body),
        ]
        #expect(BlockBuilder.rejoiningStretchedHeadingLines(lines).map(\.text) == lines.map(\.text))
        // The same geometry with a one-word left piece is a heading's stretched line.
        var heading = lines
        heading[0] = Self.line("Parking", x: 51, y: 249, width: 52, font: Self.body)
        #expect(BlockBuilder.rejoiningStretchedHeadingLines(heading).first?.text == "Parking for years.")
    }
}
