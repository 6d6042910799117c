import Testing

@testable import GalleyKit

/// A running head set right-aligned over the second and third of three columns joins them into
/// one run twice as wide as the first column. A column's width is that of its widest block of
/// lines, so the first column is no narrow sidebar: the three read left to right. A column whose
/// text really is narrow beside the main text is still a sidebar, read last.
@Suite struct SidebarWidthTests {
    static func item(_ x: Double, _ y: Double, _ maxX: Double, _ maxY: Double, lines: Int) -> LayoutItem {
        LayoutItem(box: Rect(x: x, y: y, width: maxX - x, height: maxY - y), lineCount: lines)
    }

    /// Column 1 (heading and a text `firstWidth` wide), then columns 2 and 3 with the head over both.
    static func columns(firstWidth: Double) -> (columns: [[Int]], items: [LayoutItem]) {
        let items = [
            item(56, 57, 121, 74, lines: 1),  // 0 column 1 heading
            item(56, 76, 56 + firstWidth, 132, lines: 4),  // 1 column 1 text
            item(320, 33, 538, 44, lines: 1),  // 2 the running head over columns 2 and 3
            item(222, 57, 280, 74, lines: 1),  // 3 column 2 heading
            item(222, 76, 373, 132, lines: 4),  // 4 column 2 text
            item(387, 57, 441, 74, lines: 1),  // 5 column 3 heading
            item(387, 76, 538, 132, lines: 4),  // 6 column 3 text
        ]
        return ([[0, 1], [2, 3, 4, 5, 6]], items)
    }

    @Test func aColumnAsWideAsTheTextBesideItIsNoSidebar() {
        let (columns, items) = Self.columns(firstWidth: 151)
        #expect(ColumnRoles.mainThenSidebars(columns, items: items) == [[0, 1], [2, 3, 4, 5, 6]])
    }

    @Test func aColumnOfNarrowTextIsStillASidebar() {
        // The near miss: the first column's text is half as wide as the text beside it.
        let (columns, items) = Self.columns(firstWidth: 80)
        #expect(ColumnRoles.mainThenSidebars(columns, items: items) == [[2, 3, 4, 5, 6], [0, 1]])
    }
}
