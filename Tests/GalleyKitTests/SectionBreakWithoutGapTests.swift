import Testing

@testable import GalleyKit

/// A one-column letter over two columns that start right under it, with no more than the leading
/// between: the second column opens on the line after the letter's last (the tail of a paragraph
/// carried over from the first column's foot), the first opens lower with a heading. No gap runs
/// across the page under the letter, and the two columns' paragraph gaps line up here and there,
/// so reading by rows would interleave them: the letter reads first, then each column in turn.
/// Line height 14; boxes as ConTeXt sets `\startcolumns` after a section on an A4 page.
@Suite struct SectionBreakWithoutGapTests {
    static func item(_ x: Double, _ y: Double, _ maxX: Double, _ maxY: Double, lines: Int) -> LayoutItem {
        LayoutItem(box: Rect(x: x, y: y, width: maxX - x, height: maxY - y), lineCount: lines)
    }

    /// The letter and the two columns under it; `letterLines` is the letter's line count.
    static func page(letterLines: Int) -> [LayoutItem] {
        [
            item(56, 111, 172, 128, lines: 1),  // 0 the letter's heading
            item(56, 130, 439, 261, lines: letterLines),  // 1 the letter, full width
            item(259, 263, 332, 278, lines: 1),  // 2 column 2 top: a carried-over tail
            item(56, 273, 163, 290, lines: 1),  // 3 column 1 heading, lower
            item(269, 298, 376, 312, lines: 1),  // 4 column 2: a box's title
            item(56, 304, 236, 390, lines: 7),  // 5 column 1 text
            item(269, 312, 429, 384, lines: 6),  // 6 column 2: the box's text
            item(56, 393, 236, 479, lines: 7),  // 7 column 1 text
            item(259, 417, 370, 435, lines: 1),  // 8 column 2 heading
            item(259, 448, 439, 575, lines: 10),  // 9 column 2 text
            item(56, 481, 236, 531, lines: 4),  // 10 column 1 text
        ]
    }

    @Test func aLetterRightAboveTwoColumnsReadsBeforeThemAndTheColumnsInTurn() {
        #expect(XYCut(Self.page(letterLines: 10), lineHeight: 14).order() == [0, 1, 3, 5, 7, 10, 2, 4, 6, 8, 9])
    }

    @Test func oneLineTableCellsRightUnderAParagraphStillReadByRows() {
        // The near miss: the block of lines right above crosses a gutter, but the columns under it
        // hold one-line cells (label | value), not running text: a table, read row by row.
        let items = [
            Self.item(57, 700, 500, 740, lines: 3),  // a paragraph
            Self.item(59, 741, 190, 752, lines: 1), Self.item(286, 741, 366, 752, lines: 1),  // label | value
            Self.item(59, 760, 165, 771, lines: 1), Self.item(286, 760, 366, 771, lines: 1),  // label | value
        ]
        #expect(XYCut(items, lineHeight: 11).order() == [0, 1, 2, 3, 4])
    }

    @Test func aColumnParagraphOverAPanelBesideTheOtherColumnIsNoSection() {
        // The near miss: right above the split stands the left column's paragraph, but beside it
        // the right column's text; under it, the paragraph's short lines beside a floated panel.
        // The rows above are two columns, not one section: the right column still reads last.
        let items = [
            Self.item(48, 54, 147, 74, lines: 1),  // 0 masthead
            Self.item(48, 80, 305, 90, lines: 1),  // 1 dateline
            Self.item(48, 123, 182, 134, lines: 1),  // 2 left heading
            Self.item(316, 123, 438, 134, lines: 1),  // 3 right heading
            Self.item(48, 144, 282, 228, lines: 7),  // 4 left paragraph, full lines
            Self.item(166, 218, 216, 227, lines: 1),  // 5 panel title
            Self.item(166, 231, 276, 262, lines: 3),  // 6 panel text
            Self.item(48, 231, 125, 265, lines: 3),  // 7 the paragraph's short lines beside the panel
            Self.item(316, 144, 544, 178, lines: 3),  // 8 right paragraph
            Self.item(166, 266, 187, 274, lines: 1),  // 9 panel's last line
            Self.item(48, 292, 272, 326, lines: 3),  // 10 left column's last paragraph
        ]
        let order = XYCut(items, lineHeight: 11).order()
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        #expect(position[3]! > position[10]! && position[8]! > position[10]!)
        #expect(position[4]! < position[7]!)
    }
}
