import GalleyTestSupport
import Testing

@testable import GalleyKit

/// An organisation line over a cover's title that the heading rules left a paragraph (its comma
/// makes it no title) still reads after the title; a paragraph over a title in nearly its size, or
/// a longer paragraph over it, stays first.
@Suite struct TitleOverlineParagraphTests {
    static let sans = FontInfo(name: "DejaVuSans", size: 14)
    static let title = FontInfo(name: "DejaVuSans-Bold", size: 30, isBold: true)

    static func line(_ text: String, y: Double, font: FontInfo) -> Line {
        Line(text, box: Rect(x: 72, y: y, width: 300, height: font.size * 1.2), font: font)
    }

    static func texts(_ overline: [String], size: Double = 14) -> [String] {
        let font = FontInfo(name: "DejaVuSans", size: size)
        let blocks = [
            Block(lines: overline.enumerated().map { line($1, y: 200 + Double($0) * 18, font: font) }, page: 1),
            Block(lines: [line("Boathouse Survey 2026", y: 262, font: title)], kind: .heading, headingLevel: 1, page: 1),
        ]
        return TitleOverlines.demoted(blocks).map(\.text)
    }

    @Test func aParagraphOverTheCoverTitleReadsAfterIt() {
        #expect(Self.texts(["Millbrook Rowing Club, Junior Section"]) == ["Boathouse Survey 2026", "Millbrook Rowing Club, Junior Section"])
    }

    @Test func aParagraphNearTheTitlesSizeOrLongerStaysFirst() {
        #expect(Self.texts(["Millbrook Rowing Club, Junior Section"], size: 24).first == "Millbrook Rowing Club, Junior Section")
        let long = ["The club's juniors checked", "every boat and oar this spring", "before the regatta season."]
        #expect(Self.texts(long).first == "The club's juniors checked every boat and oar this spring before the regatta season.")
    }
}
