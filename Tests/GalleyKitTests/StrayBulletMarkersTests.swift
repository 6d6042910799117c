import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Lone bullet glyphs in a PDF take the next block as their items only when they sit level with
/// its lines: a nested list's bullets, read after the list, are level with item lines already set
/// and are dropped as spent markers; the heading after them stays a heading's paragraph.
@Suite struct StrayBulletMarkersTests {
    static func line(_ text: String, x: Double, y: Double, width: Double = 150, size: Double = 10) -> Line {
        Line(text, box: Rect(x: x, y: y, width: width, height: size), font: FontInfo(name: "Serif", size: size))
    }

    static func run(_ blocks: [Block]) -> [Block] {
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: blocks, size: Rect(x: 0, y: 0, width: 420, height: 595))])
        BuildLists().run(&document, context: Fixtures.context)
        return document.pages[0].blocks
    }

    static let lead = Block(
        lines: [
            line("Every scout going to camp will need:", x: 45, y: 100),
            line("•", x: 45, y: 113, width: 4), line("•", x: 45, y: 126, width: 4),
        ], page: 1)
    static let items = Block(
        lines: [
            line("a sleeping bag", x: 63, y: 113), line("warm clothes", x: 63, y: 126),
            line("a fleece", x: 81, y: 139), line("a woolly hat", x: 81, y: 152),
        ], page: 1)
    static let heading = Block(lines: [line("Camp Fees", x: 45, y: 190, size: 15)], page: 1)

    @Test func nestedBulletsReadAfterTheirItemsDoNotTakeTheHeading() {
        let nested = Block(lines: [Self.line("•", x: 63, y: 139, width: 4), Self.line("•", x: 63, y: 152, width: 4)], page: 1)
        let blocks = Self.run([Self.lead, Self.items, nested, Self.heading])
        #expect(blocks.map(\.text) == ["Every scout going to camp will need:", Self.items.text, "Camp Fees"])
        #expect(blocks.map(\.kind) == [BlockKind.paragraph, .list, .paragraph])
    }

    @Test func bulletsLevelWithNothingLeaveTheHeadingAlone() {
        let stray = Block(lines: [Self.line("•", x: 63, y: 170, width: 4), Self.line("•", x: 63, y: 176, width: 4)], page: 1)
        let blocks = Self.run([Self.lead, Self.items, stray, Self.heading])
        #expect(blocks.last?.kind == BlockKind.paragraph)
        #expect(blocks.last?.text == "Camp Fees")
        #expect(blocks.contains { $0.text.contains("•") })
    }

    @Test func bulletsLevelWithTheNextBlockStillMakeTheList() {
        let blocks = Self.run([Self.lead, Self.items])
        #expect(blocks.map(\.kind) == [BlockKind.paragraph, .list])
    }
}
