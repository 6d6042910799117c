import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A titled panel set across a column between two whole paragraphs of an article (a tinted
/// sidebar, its fill unseen: its text inset by the box's padding, in another face) reads after
/// the article, before the next heading. An indented quotation in the body's face, without a
/// title, stays where it stands.
@Suite struct InsetPanelTests {
    static let style = BodyStyle(size: 11, pitch: 15.5, family: "Times")
    static let body = FontInfo(name: "Times-Roman", size: 11)
    static let title = FontInfo(name: "Helvetica-Bold", size: 10.5, isBold: true)
    static let panel = FontInfo(name: "Helvetica", size: 9)
    static let quote = FontInfo(name: "Times-Roman", size: 10)
    static let heading = FontInfo(name: "Helvetica-Bold", size: 13, isBold: true)

    static func block(_ texts: [String], _ font: FontInfo, x: Double = 57, y: Double, width: Double = 365) -> Block {
        Block(
            lines: texts.enumerated().map { index, text in
                Line(text, box: Rect(x: x, y: y + Double(index) * font.size * 1.4, width: width, height: font.size), font: font)
            }, page: 1)
    }

    /// An article: a heading, a paragraph, the blocks between, the next paragraph, the next heading.
    static func page(between: [Block]) -> [Block] {
        [
            block(["Winter Feeding"], heading, y: 80),
            block(["Most colonies went into the winter heavy with stores,", "and should be hefted once a fortnight."], body, y: 100),
        ] + between + [
            block(["Fondant can be bought at cost from the store.", "Please pay the treasurer before you leave."], body, y: 210),
            block(["Swarm Collectors"], heading, y: 260),
            block(["The swarm list for next year is being drawn up.", "Names go to the secretary."], body, y: 280),
        ]
    }

    @Test func aTitledPanelInAnotherFaceReadsAfterTheArticle() {
        let blocks = Self.page(between: [
            Self.block(["Candle Evening"], Self.title, x: 65, y: 145, width: 90),
            Self.block(["Our candle evening is on Friday at the hall. Bring", "any spare wax and a jar."], Self.panel, x: 65, y: 160, width: 320),
        ])
        let moved = RegionRoles.floatsAfterTheirArticles(blocks, style: Self.style)
        #expect(
            moved.blocks.map { String($0.text.prefix(14)) } == [
                "Winter Feeding", "Most colonies ", "Fondant can be", "Candle Evening", "Our candle eve", "Swarm Collecto",
                "The swarm list",
            ])
    }

    @Test func anIndentedQuotationWithoutATitleStays() {
        let blocks = Self.page(between: [
            Self.block(["A swarm in May is worth a load of hay; a swarm in June", "is worth a silver spoon."], Self.quote, x: 81, y: 150, width: 320)
        ])
        #expect(RegionRoles.floatsAfterTheirArticles(blocks, style: Self.style).blocks == blocks)
    }

    @Test func aPanelFlushWithTheColumnIsNoInsetPanel() {
        // Set flush with the text's edge there is no box padding: a heading and a note in another face.
        let blocks = Self.page(between: [
            Self.block(["Candle Evening"], Self.title, y: 145, width: 90),
            Self.block(["Our candle evening is on Friday at the hall. Bring", "any spare wax and a jar."], Self.panel, y: 160, width: 320),
        ])
        #expect(!RegionRoles.isInsetPanel([2, 3], in: blocks, style: Self.style))
        #expect(RegionRoles.floatsAfterTheirArticles(blocks, style: Self.style).blocks == blocks)
    }
}

extension InsetPanelTests {
    @Test func aNarrowPanelSetFarInIsNoInsetPanel() {
        // Inset by much more than a box's padding: a panel in the column's blank, not across it.
        let blocks = Self.page(between: [
            Self.block(["Candle Evening"], Self.title, x: 150, y: 145, width: 90),
            Self.block(["Our candle evening is on", "Friday at the hall."], Self.panel, x: 150, y: 160, width: 120),
        ])
        #expect(!RegionRoles.isInsetPanel([2, 3], in: blocks, style: Self.style))
    }
}

extension InsetPanelTests {
    @Test func aFramedBoxWithATightPaddingIsAnInsetPanel() {
        // LaTeX's \fbox keeps its text 3 pt and a rule off the column's edge (0.3 S here).
        let blocks = Self.page(between: [
            Self.block(["Candle Evening"], Self.title, x: 60.5, y: 145, width: 90),
            Self.block(["Our candle evening is on Friday at the hall. Bring", "any spare wax and a jar."], Self.panel, x: 60.5, y: 160, width: 355),
        ])
        #expect(RegionRoles.isInsetPanel([2, 3], in: blocks, style: Self.style))
    }
}
