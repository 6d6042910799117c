import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A heading set right over a listing in its own weight: "What's On" in bold 11 pt over bold
/// 10.5 pt event lines (a half point larger, within the tolerance that otherwise makes them one
/// style), or in bold 13 pt over bold 9 pt lines. It is a heading although it ends in a function
/// word, because the line under it is set in another size; the event lines are not headings. Near
/// misses stay text: a bold lead-in at the text's size wrapped after a function word, and prose
/// whose lines open with bold lead-ins run on in plain type.
@Suite struct HeadingOverListingTests {
    static func font(_ size: Double, bold: Bool) -> FontInfo {
        FontInfo(name: bold ? "Times-Bold" : "Times-Roman", size: size, isBold: bold)
    }

    static func line(
        _ text: String, top: Double, size: Double = 10.5, bold: Bool, trailingPlain: Bool = false, width: Double = 230
    ) -> Line {
        Line(
            text, box: Rect(x: 72, y: top, width: width, height: size), font: font(size, bold: bold),
            trailingFont: trailingPlain ? font(size, bold: false) : nil)
    }

    /// Plain 10.5 pt text so that 10.5 pt is the body, ending 10 pt above `top`, then `block`.
    static func page(_ block: [Line], top: Double) -> [Block] {
        let body = (0..<12).map {
            line(
                "and the text of the article goes on in the usual way here", top: top - 10 - 14 * Double(12 - $0),
                bold: false, width: 420)
        }
        return [Block(lines: body, page: 1), Block(lines: block, page: 1)]
    }

    static func headings(_ blocks: [Block]) -> [String] {
        TypographicHeadings.headings(blocks).filter { $0.kind == .heading }.map(\.text)
    }

    static let events = [
        "Thursday 15 October, 7pm — Annual General Meeting", "Saturday 31 October, 4pm — Pumpkin Trail",
        "Saturday 5 December, 11am — Christmas Fair",
    ]

    @Test func aHeadingHalfAPointLargerOverBoldEventLinesIsAHeading() {
        let top = 300.0
        let lines =
            [Self.line("What's On", top: top, size: 11, bold: true, width: 50)]
            + Self.events.enumerated().map { Self.line($1, top: top + 14.75 + 14.25 * Double($0), bold: true, width: 400) }
        #expect(Self.headings(Self.page(lines, top: top)) == ["What's On"])
    }

    @Test func aLargerHeadingOverSmallerBoldEventLinesIsAHeading() {
        let top = 300.0
        let lines =
            [Self.line("Dates to Look Out For", top: top, size: 13, bold: true, width: 130)]
            + ["Saturday 4 April 11am", "Sunday 19 April 2pm", "Saturday 9 May 10am"].enumerated().map {
                Self.line($1, top: top + 18 + 12.5 * Double($0), size: 9, bold: true, width: 90)
            }
        #expect(Self.headings(Self.page(lines, top: top)) == ["Dates to Look Out For"])
    }

    @Test func aBoldLeadInWrappedAfterAFunctionWordStaysText() {
        let top = 300.0
        let lines = [
            Self.line("Thanks are due to all of", top: top, bold: true, width: 110),
            Self.line("you who wrote to the council about the dark stretch by the", top: top + 14, bold: false, width: 420),
            Self.line("railway bridge, and to the engineer who listened.", top: top + 28, bold: false, width: 300),
        ]
        #expect(Self.headings(Self.page(lines, top: top)).isEmpty)
    }

    @Test func proseWhoseLinesOpenWithBoldLeadInsIsNoListingAndHasNoHeading() {
        let top = 300.0
        let texts = [
            "Tuesdays the hall opens at ten for the toddler group", "Thursdays it is the turn of the knitters and",
            "Saturdays are kept for hire, and bookings are taken", "by the secretary on the number below.",
        ]
        let lines = texts.enumerated().map { Self.line($1, top: top + 14 * Double($0), bold: true, trailingPlain: true, width: 380) }
        let blocks = TypographicHeadings.headings(Self.page(lines, top: top))
        #expect(blocks.allSatisfy { $0.kind == .paragraph })
    }
}
