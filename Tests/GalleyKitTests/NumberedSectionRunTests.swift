import Testing

@testable import GalleyKit

/// Numbered headings over long texts on a PDF page ("1 Harvest Report", three paragraphs, "2 Winter
/// Pruning", …) are an article's numbered sections, not a grid of numbered boxes: they keep their
/// numbers. Short texts under them are boxes; in a text dump the text between headings says
/// nothing (boxes come row by row), so a dump's run stays a grid.
@Suite struct NumberedSectionRunTests {
    static let body = FontInfo(name: "Serif", size: 10)
    static let title = FontInfo(name: "Sans-Bold", size: 13, isBold: true)

    /// A page: each numbered heading over `words` words of text, in blocks of at most 20 words.
    static func page(words: Int, headings: [String] = ["1 Harvest Report", "2 Winter Pruning", "3 New Trees"], boxes: Bool = true) -> [Block] {
        var blocks: [Block] = []
        var y = 60.0
        func line(_ text: String, _ font: FontInfo) -> Line {
            defer { y += 14 }
            return Line(text, box: boxes ? Rect(x: 50, y: y, width: 300, height: font.size) : nil, font: boxes ? font : nil)
        }
        let vocabulary = ["apple", "orchard", "ladder", "pear", "blossom", "frost", "graft", "juice", "crate", "branch"]
        for heading in headings {
            blocks.append(Block(lines: [line(heading, title)], page: 1))
            var left = words, index = 0
            while left > 0 {
                let count = min(left, 20)
                let text = (0..<count).map { vocabulary[($0 + index) % vocabulary.count] }.joined(separator: " ") + "."
                blocks.append(Block(lines: [line(text, body)], page: 1))
                left -= count
                index += 1
            }
        }
        return blocks
    }

    @Test func longTextsUnderNumberedHeadingsAreSections() {
        #expect(OrderNumberedBoxes.grids(Self.page(words: 100)).isEmpty)
    }

    @Test func shortTextsUnderNumberedHeadingsAreBoxes() {
        // Near miss: boxes of 18 words each.
        #expect(OrderNumberedBoxes.grids(Self.page(words: 18)).map(\.count) == [3])
    }

    @Test func aDumpsLongTextsStillMakeAGrid() {
        // Near miss: without boxes (a text dump) the text between headings is no evidence.
        #expect(OrderNumberedBoxes.grids(Self.page(words: 100, boxes: false)).map(\.count) == [3])
    }
}
