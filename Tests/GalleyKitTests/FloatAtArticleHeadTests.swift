import Testing

@testable import GalleyKit

/// A callout floated beside a section's heading, its top level with the heading's, reads where it
/// stands: before that heading, not inside the article's first paragraphs. A float starting lower,
/// beside the article's text, still reads after the article.
@Suite struct FloatAtArticleHeadTests {
    typealias Page = OrderByGeometryTests

    /// A serif article under a heading, then a second heading with a sans callout floated right
    /// of it (its bold title `calloutDrop` points below the heading's top) and a subheading and
    /// a narrow paragraph beside the callout.
    static func page(calloutDrop: Double) -> [Block] {
        let serif = FontInfo(name: "LiberationSerif", size: 10)
        func serifBlock(_ lines: [String], x: Double, y: Double, width: Double) -> Block {
            Block(
                lines: lines.enumerated().map { offset, text in
                    Line(text, box: Rect(x: x, y: y + Double(offset) * 12, width: width, height: 10), font: serif)
                }, page: 1)
        }
        func sans(_ lines: [String], x: Double, y: Double, bold: Bool = false) -> Block {
            let font = FontInfo(name: bold ? "DejaVuSans-Bold" : "DejaVuSans", size: bold ? 10 : 9, isBold: bold)
            return Block(
                lines: lines.enumerated().map { offset, text in
                    Line(text, box: Rect(x: x, y: y + Double(offset) * 11, width: 140, height: 9.5), font: font)
                }, page: 1)
        }
        let filler = Array(repeating: "and the text of the article goes on", count: 4)
        let calloutTop = 121 + calloutDrop
        return [
            Page.heading("Why the Survey Was Held", x: 40, y: 40, width: 200),
            serifBlock(["The council keeps three gardens"] + filler, x: 40, y: 60, width: 340),
            Page.heading("What the Survey Found", x: 40, y: 120, width: 150),
            sans(["In Brief"], x: 228, y: calloutTop, bold: true),
            sans(
                ["Three gardens, ninety replies,", "a new bench by June and", "a hedge along the lane,", "planted in the autumn."],
                x: 228, y: calloutTop + 14),
            Page.block(["Families"], x: 40, y: 142, width: 60, size: 10, bold: true),
            serifBlock(["Families asked for more shade"] + filler + ["and a gate that shuts."], x: 40, y: 156, width: 170),
            Page.heading("Next Steps", x: 40, y: 250),
            serifBlock(["Work starts in the spring"] + filler, x: 40, y: 270, width: 340),
        ]
    }

    @Test func aCalloutLevelWithAHeadingReadsBeforeIt() {
        let document = Page.run(Self.page(calloutDrop: 0))
        #expect(
            Page.firstLines(document) == [
                "Why the Survey Was Held", "The council keeps three gardens", "In Brief", "Three gardens, ninety replies,",
                "What the Survey Found", "Families", "Families asked for more shade", "Next Steps", "Work starts in the spring",
            ])
        #expect(document.audit.repairs.contains { $0.kind == .moved && $0.before.hasPrefix("In Brief") })
    }

    @Test func aCalloutStartingBesideTheTextReadsAfterTheArticle() {
        // Beside the article's third line, level with no heading.
        let order = Page.firstLines(Page.run(Self.page(calloutDrop: 60)))
        let callout = order.firstIndex(of: "Three gardens, ninety replies,") ?? 0
        #expect(callout > order.firstIndex(of: "Families asked for more shade")!)
        #expect(order[callout - 1] == "In Brief")
        #expect(callout < order.firstIndex(of: "Next Steps")!)
    }
}
