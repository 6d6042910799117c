import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A footnote goes to the end of the article that cites it, also when a photo's caption
/// interrupts the article between the citing paragraph and the rest.
@Suite struct FootnotePastCaptionTests {
    static let style = BodyStyle(size: 10, pitch: 12, family: "Times")

    static func block(_ text: String, _ font: FontInfo, y: Double) -> Block {
        Block(lines: [Line(text, box: Rect(x: 50, y: y, width: 300, height: font.size), font: font)], page: 1)
    }

    static let body = FontInfo(name: "Times-Roman", size: 10)
    static let caption = FontInfo(name: "Times-Italic", size: 7.5, isItalic: true)
    static let heading = FontInfo(name: "Helvetica-Bold", size: 13, isBold: true)
    static let note = FontInfo(name: "Times-Roman", size: 8)

    /// Reading order as OrderByGeometry leaves it: the note last, at the page's foot.
    static func blocks(afterCaption: Block) -> [Block] {
        [
            block("The dome is finally watertight.*", body, y: 100),
            block("The new dome, photographed at dusk.", caption, y: 120),
            afterCaption,
            block("None of this happens by itself.", body, y: 300),
            block("Beginners' Evenings", heading, y: 330),
            block("Beginners' evenings are held monthly.", body, y: 350),
            block("* The reflector is the twelve-inch telescope.", note, y: 760),
        ]
    }

    static func texts(_ blocks: [Block]) -> [String] { blocks.map(\.text) }

    @Test func theNoteGoesPastTheCaptionToTheArticlesEnd() {
        let moved = RegionRoles.notesAfterTheirArticles(
            Self.blocks(afterCaption: Self.block("We have been lucky with the weather.", Self.body, y: 280)), style: Self.style)
        #expect(
            Self.texts(moved.blocks) == [
                "The dome is finally watertight.*", "The new dome, photographed at dusk.", "We have been lucky with the weather.",
                "None of this happens by itself.", "* The reflector is the twelve-inch telescope.", "Beginners' Evenings",
                "Beginners' evenings are held monthly.",
            ])
    }

    @Test func aHeadingAfterTheCaptionEndsTheArticle() {
        // The near miss: a heading right after the caption opens another article.
        let moved = RegionRoles.notesAfterTheirArticles(
            Self.blocks(afterCaption: Self.block("Light Pollution Survey", Self.heading, y: 280)), style: Self.style)
        let texts = Self.texts(moved.blocks)
        #expect(texts.firstIndex(of: "* The reflector is the twelve-inch telescope.") == 1)
    }
}
