import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A lead story that fills the top of column 1, breaks off mid-sentence there and runs on at the
/// head of column 2, over a second story set under it in column 1: the lead story reads whole
/// (column 1's top, then column 2) before the second story.
@Suite struct DoglegArticleTests {
    static let body = FontInfo(name: "Serif", size: 10)
    static let kicker = FontInfo(name: "Sans-Bold", size: 8, isBold: true)
    static let headline = FontInfo(name: "Serif-Bold", size: 16, isBold: true)

    /// A block of one line per text at `x`, from `top` down, 13 pt apart.
    static func block(_ texts: [String], _ font: FontInfo, x: Double, top: Double) -> Block {
        let lines = texts.enumerated().map { index, text in
            Line(text, box: Rect(x: x, y: top + 13 * Double(index), width: 200, height: font.size), font: font)
        }
        return Block(lines: lines, page: 1)
    }

    static func firstWords(_ blocks: [Block]) -> [String] {
        blocks.map { String($0.text.split(separator: " ").first ?? "") }
    }

    static func page(cutEnding: String = "their way down", under: FontInfo = kicker, columnTwoTail: FontInfo = body) -> [Block] {
        [
            block(["The old stone steps are open again after a winter", "and the first families were already picking \(cutEnding)"], body, x: 70, top: 100),
            block(["ENVIRONMENT"], under, x: 70, top: 150),
            block(["Beach Clean Record"], headline, x: 70, top: 170),
            block(["Volunteers filled more bags than ever before.", "The next clean is in June."], body, x: 70, top: 195),
            block(["to the sand at lunchtime on Friday.", "The work was paid for by a grant."], body, x: 294, top: 100),
            block(["Please take care on the lowest steps.", "They are slippery with weed."], columnTwoTail, x: 294, top: 135),
        ]
    }

    @Test func theLeadStoryReadsWholeBeforeTheStoryUnderIt() {
        let ordered = OrderByGeometry.doglegContinuations(Self.page())
        #expect(Self.firstWords(ordered) == ["The", "to", "Please", "ENVIRONMENT", "Beach", "Volunteers"])
    }

    @Test func aFinishedParagraphKeepsTheColumnOrder() {
        let blocks = Self.page(cutEnding: "their way down to the beach.")
        #expect(Self.firstWords(OrderByGeometry.doglegContinuations(blocks)) == Self.firstWords(blocks))
    }

    @Test func textInTheSameTypeUnderTheCutKeepsTheColumnOrder() {
        // Body text under the cut block is no new article: nothing says the column is left.
        let blocks = Self.page(under: Self.body)
        #expect(Self.firstWords(OrderByGeometry.doglegContinuations(blocks)) == Self.firstWords(blocks))
    }

    @Test func theContinuationStopsAtAnArticleOpeningInItsColumn() {
        // A bold heading in column 2 under the continuation opens another article: it stays put.
        let ordered = OrderByGeometry.doglegContinuations(Self.page(columnTwoTail: Self.kicker))
        #expect(Self.firstWords(ordered) == ["The", "to", "ENVIRONMENT", "Beach", "Volunteers", "Please"])
    }
}
