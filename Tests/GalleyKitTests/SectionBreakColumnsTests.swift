import Testing

@testable import GalleyKit

/// A one-column intro over a three-column section, set only a paragraph's space apart (a word
/// processor's continuous section break), with a full-width block further down: the columns read
/// one after another, not row by row. Table cells of one line under a paragraph do not count as
/// columns of text. Line height 13; boxes as LibreOffice sets an A4 page.
@Suite struct SectionBreakColumnsTests {
    static func item(_ x: Double, _ y: Double, _ maxX: Double, _ maxY: Double, lines: Int) -> LayoutItem {
        LayoutItem(box: Rect(x: x, y: y, width: maxX - x, height: maxY - y), lineCount: lines)
    }

    @Test func anIntroOverThreeColumnsReadsColumnByColumn() {
        let items = [
            Self.item(57, 163, 538, 203, lines: 3),  // 0 intro, full width
            Self.item(57, 213, 169, 230, lines: 1),  // 1 column 1 heading
            Self.item(223, 213, 372, 239, lines: 2),  // 2 column 2 top (a paragraph's tail)
            Self.item(390, 213, 524, 235, lines: 2),  // 3 column 3 caption
            Self.item(57, 240, 205, 332, lines: 7),  // 4 column 1 text
            Self.item(223, 249, 372, 328, lines: 6),  // 5 column 2 list
            Self.item(390, 349, 539, 508, lines: 12),  // 6 column 3 text
            Self.item(159, 518, 527, 571, lines: 4),  // 7 full-width text under the columns
        ]
        #expect(XYCut(items, lineHeight: 13).order() == [0, 1, 4, 2, 5, 3, 6, 7])
    }

    @Test func oneLineTableCellsUnderAParagraphStillReadByRows() {
        let items = [
            Self.item(57, 700, 500, 740, lines: 3),  // a paragraph
            Self.item(59, 748, 190, 759, lines: 1), Self.item(286, 748, 366, 759, lines: 1),  // label | value
            Self.item(59, 771, 165, 781, lines: 1), Self.item(286, 771, 366, 781, lines: 1),  // label | value
        ]
        #expect(XYCut(items, lineHeight: 11).order() == [0, 1, 2, 3, 4])
    }
}
