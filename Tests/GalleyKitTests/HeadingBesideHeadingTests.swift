import Testing

@testable import GalleyKit

/// A heading and another heading set beside it on its row in another size (a floated callout's
/// title level with a section heading) or under it in a smaller size stay two headings, even when
/// the first ends in a word a wrapped heading could end in ("…Told Us"). Pieces of one spread-out
/// heading in its own size, and a heading wrapped onto the line below in its size, still join.
@Suite struct HeadingBesideHeadingTests {
    static func heading(_ text: String, x: Double, y: Double, width: Double, size: Double) -> Block {
        let font = FontInfo(name: "DejaVuSans-Bold", size: size, isBold: true)
        return Block(
            lines: [Line(text, box: Rect(x: x, y: y, width: width, height: size * 1.2), font: font)], kind: .heading,
            headingLevel: 2, page: 1)
    }

    @Test func aCalloutTitleBesideASectionHeadingStaysApart() {
        let joined = HeadingPieces.joined([
            Self.heading("What Residents Told Us", x: 40, y: 217, width: 159, size: 12),
            Self.heading("At a Glance", x: 228, y: 221, width: 64, size: 10),
        ])
        #expect(joined.map(\.text) == ["What Residents Told Us", "At a Glance"])
    }

    @Test func aPieceInTheSameSizeBesideStillJoins() {
        let joined = HeadingPieces.joined([
            Self.heading("2 Turn", x: 40, y: 217, width: 40, size: 12),
            Self.heading("the boiler down", x: 110, y: 217, width: 90, size: 12),
        ])
        #expect(joined.map(\.text) == ["2 Turn the boiler down"])
    }

    @Test func aHeadingWrappedBelowAfterAFunctionWordStillJoins() {
        let joined = HeadingPieces.joined([
            Self.heading("What Residents Told Us", x: 40, y: 217, width: 159, size: 12),
            Self.heading("About the Play Areas", x: 40, y: 232, width: 130, size: 12),
        ])
        #expect(joined.map(\.text) == ["What Residents Told Us About the Play Areas"])
    }

    @Test func aSmallerSubheadingUnderAHeadingEndingInAFunctionWordStaysApart() {
        let joined = HeadingPieces.joined([
            Self.heading("What Residents Told Us", x: 40, y: 217, width: 159, size: 12),
            Self.heading("Younger children", x: 40, y: 239, width: 90, size: 10.5),
        ])
        #expect(joined.map(\.text) == ["What Residents Told Us", "Younger children"])
    }
}
