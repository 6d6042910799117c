import Testing

@testable import GalleyKit

/// A masthead set with wide tracking comes from poppler as one line per word, the tracking
/// counted in each glyph's box and the word break about an em wide: the words are one line again
/// when the line under them crosses the break and the line above is a small running head (or
/// crosses it too). Headings side by side in two columns, with their columns' text under them, stay apart.
@Suite struct TrackedTitleWordsTests {
    func box(_ low: Double, _ high: Double, y: Double, height: Double) -> Rect? {
        Rect(x: low, y: y, width: high - low, height: height)
    }

    /// A running head (8 pt) above "HARBOUR" and "LIGHTS" (28 pt, 29 pt apart), a dateline (9 pt) under them.
    func masthead(head: Rect?? = nil, under: Rect? = nil, gapEnd: Double = 338.3) -> [Rect?] {
        [
            head ?? box(450.8, 544.3, y: 37.6, height: 8),
            box(94, 309, y: 62.4, height: 28), box(gapEnd, gapEnd + 163, y: 62.4, height: 28),
            under ?? box(128.8, 466.5, y: 108.8, height: 9),
        ]
    }

    @Test func theWordsOfATrackedMastheadAreOneLine() {
        #expect(LineBuilder.isTrackedTitle(1...2, boxes: masthead()))
    }

    @Test func withNothingAboveTheyAreOneLineToo() {
        #expect(LineBuilder.isTrackedTitle(1...2, boxes: masthead(head: .some(nil))))
    }

    @Test func headingsSideBySideOverTheirColumnsStayApart() {
        // Near miss: the line under them is the left column's first line, crossing no gutter.
        #expect(!LineBuilder.isTrackedTitle(1...2, boxes: masthead(under: box(94, 300, y: 96, height: 10))))
    }

    @Test func aGapWiderThanOneAndAHalfHeightsIsAGutter() {
        // Near miss: 50 pt between 28 pt words.
        #expect(!LineBuilder.isTrackedTitle(1...2, boxes: masthead(gapEnd: 359)))
    }

    @Test func aLineAboveInTheirOwnSizeMustCrossToo() {
        // Near miss: the line above is no small running head but text of a similar size beside the gap.
        #expect(!LineBuilder.isTrackedTitle(1...2, boxes: masthead(head: .some(box(94, 300, y: 30, height: 20)))))
    }
}
