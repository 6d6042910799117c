import Testing

@testable import GalleyKit

/// A LaTeX two-column page sets its gutter one type size wide (10 pt beside 10 pt type), while
/// poppler's line boxes for Latin Modern are 1.4 sizes tall: measured in those heights alone the
/// gutter is under `gutterInLineHeights`, so the gutter width caps the height at 1.2 body sizes.
@Suite struct XYCutGutterWidthTests {
    /// Two columns of paragraphs `gap` points apart, 10 pt type, paragraphs tops staggered.
    static func columns(gap: Double, size: Double? = 10) -> [LayoutItem] {
        var items: [LayoutItem] = []
        for row in 0..<4 {
            let y = 60 + Double(row) * 90
            items.append(LayoutItem(box: Rect(x: 50, y: y, width: 240, height: 70), lineCount: 6, fontSize: size))
            items.append(
                LayoutItem(box: Rect(x: 290 + gap, y: y + 20, width: 240, height: 70), lineCount: 6, fontSize: size))
        }
        return items
    }

    @Test func aGutterOneTypeSizeWideBesideTallLineBoxesSplitsTheColumns() {
        let cut = XYCut(Self.columns(gap: 10), lineHeight: 14.1)
        #expect(cut.columns(Array(cut.items.indices)).count == 2)
        // Column by column: the left paragraphs (even indices), then the right ones.
        #expect(cut.order() == [0, 2, 4, 6, 1, 3, 5, 7])
    }

    @Test func aGapOfHalfATypeSizeIsNoGutter() {
        let cut = XYCut(Self.columns(gap: 5), lineHeight: 14.1)
        #expect(cut.columns(Array(cut.items.indices)).count == 1)
    }

    @Test func withoutTypeSizesTheLineHeightAloneMeasuresTheGutter() {
        let cut = XYCut(Self.columns(gap: 10, size: nil), lineHeight: 14.1)
        #expect(cut.columns(Array(cut.items.indices)).count == 1)
    }

    @Test func shortLineBoxesAreNotStretchedToTheCap() {
        // Line boxes of 1.1 sizes: the cap does not widen the gutter threshold (0.8 × 11 = 8.8).
        #expect(XYCut(Self.columns(gap: 10), lineHeight: 11).gutterWidth == 0.8 * 11)
        #expect(XYCut(Self.columns(gap: 10), lineHeight: 14.1).gutterWidth == 0.8 * 12)
    }
}
