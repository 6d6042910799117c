import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A slide whose larger body text is mostly bold (a list of dates) and, lower down, a bold title
/// over plain text in a smaller size: the title is measured against the text under it, in that
/// text's weight, and is a heading. Over text in its own bold style, or over plain text at the
/// page's size, it is none.
@Suite struct TitleOverSmallerTextTests {
    static func block(_ lines: [String], y: Double, size: Double, bold: Bool, kind: BlockKind = .paragraph) -> Block {
        let font = FontInfo(name: bold ? "Sans-Bold" : "Sans", size: size, isBold: bold)
        var block = Block(
            lines: lines.enumerated().map { offset, text in
                Line(text, box: Rect(x: 50, y: y + Double(offset) * size * 1.6, width: Double(text.count) * size * 0.5, height: size), font: font)
            }, page: 1)
        block.kind = kind
        if kind == .list { block.items = lines }
        return block
    }

    static func page(under: Block) -> [Block] {
        [
            block(["Concert Dates"], y: 40, size: 32, bold: true),
            block(["Mark these in the calendar; the school hall is booked for them."], y: 120, size: 18, bold: false),
            block(
                [
                    "Monday 2 March, 7pm — Sectional Practice", "Saturday 21 March, 10am — Full Band Call",
                    "Friday 3 April, 7.30pm — Spring Concert", "Sunday 5 April, 3pm — Family Matinee and Tea",
                ], y: 150, size: 18, bold: true, kind: .list),
            block(["Stewards Wanted"], y: 350, size: 16, bold: true),
            under,
        ]
    }

    static func kindOfTitle(_ blocks: [Block]) -> BlockKind? {
        blocks.first { $0.text == "Stewards Wanted" }?.kind
    }

    @Test func aBoldTitleOverSmallerPlainTextIsAHeading() {
        let under = Self.block(
            ["We are looking for helpers to sell programmes and serve drinks.", "Please give your name to the secretary."], y: 378,
            size: 16, bold: false)
        #expect(Self.kindOfTitle(TypographicHeadings.headings(Self.page(under: under))) == .heading)
    }

    @Test func aBoldTitleOverItsOwnStyleOrThePagesSizeIsNone() {
        let bold = Self.block(["We are looking for helpers to sell programmes and serve drinks."], y: 378, size: 16, bold: true)
        #expect(Self.kindOfTitle(TypographicHeadings.headings(Self.page(under: bold))) != .heading)
        let pageSize = Self.block(["We are looking for helpers to sell programmes and serve drinks."], y: 378, size: 18, bold: false)
        #expect(Self.kindOfTitle(TypographicHeadings.headings(Self.page(under: pageSize))) != .heading)
    }
}
