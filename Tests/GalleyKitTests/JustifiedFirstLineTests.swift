import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A paragraph's first line right under a heading, justified across a narrow column and cut at its
/// stretched first space ("The" | "open-air film brought"): no line above in its type spans the
/// pieces, but the line below does, so they are one line again. A table row of label and value
/// under rows whose values start where the value starts is not joined.
@Suite struct JustifiedFirstLineTests {
    static func line(_ text: String, x: Double, y: Double, width: Double, size: Double = 10, bold: Bool = false) -> Line {
        Line(
            text, box: Rect(x: x, y: y, width: width, height: size + 3),
            font: FontInfo(name: bold ? "Sans-Bold" : "Sans", size: size, isBold: bold))
    }

    @Test func aFirstLineCutAtItsFirstSpaceUnderAHeadingIsOneLineAgain() {
        let lines = [
            Self.line("Film Night", x: 221, y: 179, width: 64, size: 13, bold: true),
            Self.line("The", x: 221, y: 206, width: 17),
            Self.line("open-air film brought", x: 260, y: 206, width: 113),
            Self.line("blankets, deckchairs and picnics", x: 221, y: 219, width: 152),
        ]
        #expect(
            BlockBuilder.rejoiningJustifiedFragments(lines).map(\.text) == [
                "Film Night", "The open-air film brought", "blankets, deckchairs and picnics",
            ])
    }

    @Test func aLabelAndValueRowOverAParagraphStayApart() {
        let lines = [
            Self.line("Email", x: 59, y: 748, width: 40), Self.line("contact@example.org", x: 286, y: 748, width: 100),
            Self.line("Website", x: 59, y: 771, width: 50), Self.line("www.example.org", x: 286, y: 771, width: 90),
            Self.line("Our offices at the Civic Centre are open Monday to Friday.", x: 59, y: 786, width: 360),
        ]
        #expect(BlockBuilder.rejoiningJustifiedFragments(lines).count == 5)
    }
}
