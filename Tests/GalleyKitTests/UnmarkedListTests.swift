import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A list whose bullets a browser drew as shapes: indented lines under a lead-in ending in a
/// colon, each line an item unless it runs on to the measure. An indented quotation (its lines
/// sharing a right margin) and indented lines under a lead-in with no colon stay paragraphs.
@Suite struct UnmarkedListTests {
    static let font = FontInfo(name: "Serif", size: 10)

    /// A line at `x` whose width is 5 points a character, as the test font's average.
    static func line(_ text: String, x: Double, y: Double) -> Line {
        Line(text, box: Rect(x: x, y: y, width: Double(text.count) * 5, height: 10), font: font)
    }

    static func run(lead: String, items: [String], x: Double = 64) -> [Block] {
        let leadBlock = Block(
            lines: [
                Line("Members were asked what the hall needs most and", box: Rect(x: 50, y: 100, width: 400, height: 10), font: font),
                line(lead, x: 50, y: 113),
            ], page: 1)
        let list = Block(lines: items.enumerated().map { line($1, x: x, y: 131 + Double($0) * 13) }, page: 1)
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: [leadBlock, list], size: Rect(x: 0, y: 0, width: 595, height: 842))])
        BuildLists().run(&document, context: Fixtures.context)
        return document.pages[0].blocks
    }

    @Test func shortIndentedLinesUnderAColonAreItems() {
        // The second item wraps: its first line runs on to the measure (x 450), so the next line goes on with it.
        let blocks = Self.run(
            lead: "the answers most often given were:",
            items: [
                "a new boiler", "a ramp at the side door and a wider gateway from the lane so that wheelchairs",
                "can pass", "more chairs",
            ])
        #expect(blocks[1].kind == .list)
        #expect(
            blocks[1].items == [
                "a new boiler", "a ramp at the side door and a wider gateway from the lane so that wheelchairs can pass",
                "more chairs",
            ])
    }

    @Test func indentedLinesWithoutAColonStayAParagraph() {
        let blocks = Self.run(lead: "the answers were clear.", items: ["a new boiler", "a ramp at the side door", "more chairs"])
        #expect(blocks[1].kind == .paragraph)
    }

    @Test func anIndentedQuotationStaysAParagraph() {
        // Lines wrapped at the quotation's own right margin (x 400, inside the measure).
        let quote = [
            "We have never had so many replies to", "a survey, and we thank everyone who", "took the time to write to us.",
        ]
        var blocks = Self.run(lead: "the chair wrote:", items: quote)
        #expect(blocks[1].kind == .paragraph)
        // The same lines flush with the lead-in are no list either (no indent).
        blocks = Self.run(lead: "the answers most often given were:", items: ["a new boiler", "more chairs"], x: 50)
        #expect(blocks[1].kind == .paragraph)
    }
}
