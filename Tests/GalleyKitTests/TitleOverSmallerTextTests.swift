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
            block(["Dates for the Diary"], y: 40, size: 32, bold: true),
            block(["Please put these dates on the fridge now; we cannot move them."], y: 120, size: 18, bold: false),
            block(
                [
                    "Saturday 11 April, 10am — First Read-Through", "Saturday 9 May, 2pm — Costume Fitting",
                    "Friday 24 July, 7pm — Opening Night", "Sunday 26 July, 3pm — Last Performance and Party",
                ], y: 150, size: 18, bold: true, kind: .list),
            block(["Volunteers Needed"], y: 350, size: 16, bold: true),
            under,
        ]
    }

    static func kindOfTitle(_ blocks: [Block]) -> BlockKind? {
        blocks.first { $0.text == "Volunteers Needed" }?.kind
    }

    @Test func aBoldTitleOverSmallerPlainTextIsAHeading() {
        let under = Self.block(
            ["We need parents who can sew, paint scenery or sell raffle tickets.", "Every pair of hands helps us."], y: 378,
            size: 16, bold: false)
        #expect(Self.kindOfTitle(TypographicHeadings.headings(Self.page(under: under))) == .heading)
    }

    @Test func aBoldTitleOverItsOwnStyleOrThePagesSizeIsNone() {
        let bold = Self.block(["We need parents who can sew, paint scenery or sell raffle tickets."], y: 378, size: 16, bold: true)
        #expect(Self.kindOfTitle(TypographicHeadings.headings(Self.page(under: bold))) != .heading)
        let pageSize = Self.block(["We need parents who can sew, paint scenery or sell raffle tickets."], y: 378, size: 18, bold: false)
        #expect(Self.kindOfTitle(TypographicHeadings.headings(Self.page(under: pageSize))) != .heading)
    }
}
