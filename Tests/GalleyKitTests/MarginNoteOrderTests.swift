import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A margin note (a few lines of small italic in the margin, level with a paragraph's first
/// line) reads right after the paragraph it stands beside, not after the page. The near misses:
/// a note level with no line of text keeps the whitespace order, and a column of small text
/// with more of it under it (a sidebar) is no margin note.
@Suite struct MarginNoteOrderTests {
    typealias Page = OrderByGeometryTests

    static let paragraphs = [
        Page.paragraph("January is the best month for Orion.", lines: 4, x: 62, y: 130, width: 330),
        Page.paragraph("Induction evenings are held on Fridays.", lines: 4, x: 62, y: 186, width: 330),
        Page.paragraph("Jupiter is high in the south.", lines: 4, x: 62, y: 242, width: 330),
    ]

    static func note(y: Double, lines: Int = 3) -> Block {
        let text = ["Bring a red torch: white", "light ruins everybody's", "night vision.", "Dress warmly.", "Bring a flask."]
        return Page.block(Array(text.prefix(lines)), x: 410, y: y, width: 90, size: 8)
    }

    @Test func aNoteBesideAParagraphReadsAfterIt() {
        let document = Page.run(Self.paragraphs + [Self.note(y: 187)])
        #expect(
            Page.firstLines(document) == [
                "January is the best month for Orion.", "Induction evenings are held on Fridays.", "Bring a red torch: white",
                "Jupiter is high in the south.",
            ])
    }

    @Test func aNoteLevelWithNoLineIsNoMarginNote() {
        // Under the last paragraph's last line, level with no line of text: the whitespace order stays.
        let blocks = Self.paragraphs + [Self.note(y: 300)]
        #expect(RegionRoles.marginNotes(blocks, style: BodyStyle(size: 10, pitch: 12, family: "Times")).isEmpty)
        #expect(Page.firstLines(Page.run(blocks)).last == "Bring a red torch: white")
    }

    @Test func aSidebarColumnIsNoMarginNote() {
        // Two small-type blocks one over the other in the margin column: a sidebar, read after.
        let blocks = Self.paragraphs + [Self.note(y: 187), Self.note(y: 222, lines: 2)]
        #expect(RegionRoles.marginNotes(blocks, style: BodyStyle(size: 10, pitch: 12, family: "Times")).isEmpty)
        #expect(Page.firstLines(Page.run(blocks)).suffix(2) == ["Bring a red torch: white", "Bring a red torch: white"])
    }
}
