import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A word processor's numbered list in a PDF: the numbers stand a tab left of their items, so they
/// close the lead-in's block as lone lines ("1.", "2.", "3.") and the items form the next block.
/// Each number goes back onto its item's first line; without that geometry nothing changes.
@Suite struct NumberColumnListTests {
    static func line(_ text: String, x: Double, y: Double, width: Double = 20) -> Line {
        Line(text, box: Rect(x: x, y: y, width: width, height: 10), font: FontInfo(name: "Serif", size: 10))
    }

    static func run(_ blocks: [Block]) -> [Block] {
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: blocks, size: Rect(x: 0, y: 0, width: 420, height: 595))])
        BuildLists().run(&document, context: Fixtures.context)
        return document.pages[0].blocks
    }

    static let items = Block(
        lines: [
            line("the upper troughs on the first Saturday", x: 64, y: 120, width: 200),
            line("the lower troughs a week later, once the pipes", x: 64, y: 133, width: 220),
            line("have been checked", x: 64, y: 146, width: 90),
            line("the hut tap at the end of April", x: 64, y: 159, width: 160),
        ], page: 1)

    @Test func numbersInAColumnOfTheirOwnGoBackOntoTheirItems() {
        let lead = Block(
            lines: [
                Self.line("The supply is turned on in three stages:", x: 45, y: 100, width: 200),
                Self.line("1.", x: 45, y: 120, width: 8), Self.line("2.", x: 45, y: 133, width: 8), Self.line("3.", x: 45, y: 159, width: 8),
            ], page: 1)
        let blocks = Self.run([lead, Self.items])
        #expect(blocks.map(\.kind) == [BlockKind.paragraph, .list])
        #expect(blocks[0].text == "The supply is turned on in three stages:")
        #expect(
            blocks[1].items == [
                "1. the upper troughs on the first Saturday",
                "2. the lower troughs a week later, once the pipes have been checked",
                "3. the hut tap at the end of April",
            ])
    }

    @Test func numbersNotLevelWithTheItemsStay() {
        // The numbers sit between the item lines, not level with any: no list is made of them.
        let lead = Block(
            lines: [
                Self.line("Scores from the three rounds:", x: 45, y: 100, width: 200),
                Self.line("1.", x: 45, y: 126, width: 8), Self.line("2.", x: 45, y: 152, width: 8),
            ], page: 1)
        let blocks = Self.run([lead, Self.items])
        #expect(!blocks.contains { $0.kind == .list })
        #expect(blocks.flatMap(\.lines).map(\.text).contains("1."))
    }

    @Test func numbersThatDoNotCountUpStay() {
        let lead = Block(
            lines: [
                Self.line("Scores from the three rounds:", x: 45, y: 100, width: 200),
                Self.line("3.", x: 45, y: 120, width: 8), Self.line("7.", x: 45, y: 133, width: 8),
            ], page: 1)
        #expect(!Self.run([lead, Self.items]).contains { $0.kind == .list })
    }
}
