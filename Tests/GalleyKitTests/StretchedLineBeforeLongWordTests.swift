import Testing

@testable import GalleyKit

/// A justified line stretched before a long unbreakable word (a web address), cut by poppler at
/// each wide space, is one line again even where the heading above or the address's own short
/// lines around it cross only some of its gaps; a table's row of unevenly spaced cells is not.
@Suite struct StretchedLineBeforeLongWordTests {
    /// Boxes of 10 pt lines: `x` ranges on one baseline at `y`.
    func pieces(_ spans: [(Double, Double)], y: Double) -> [Rect?] {
        spans.map { Rect(x: $0.0, y: y, width: $0.1 - $0.0, height: 10) }
    }

    func line(_ low: Double, _ high: Double, y: Double) -> Rect? {
        Rect(x: low, y: y, width: high - low, height: 10)
    }

    @Test func evenGapsUnderAHeadingOverAShortAddressLineAreOneLine() {
        // "Book the capsize drill at www." under "Contact the Club" (51–184), over
        // "example-….org.uk/" (51–269): each gap is crossed by one of them.
        let run = pieces([(51, 76.5), (96.8, 113.2), (133.5, 170.9), (191.2, 212), (232.3, 242.3), (262.6, 290.3)], y: 80)
        let boxes = [line(51, 184, y: 62)] + run + [line(51, 269, y: 94)]
        #expect(LineBuilder.isSpread(1...6, boxes: boxes))
    }

    @Test func evenGapsBetweenTwoShortAddressLinesAreOneLine() {
        // "capsize-drill-bookings or write to" between "example-….org.uk/" (307–525.6) and
        // "membership.secretary@example-westmere-" (307–530.7): the last gap is crossed by neither.
        let run = pieces([(307.6, 418.2), (444.5, 455.3), (481.5, 508), (534.2, 544.3)], y: 660)
        let boxes = [line(307.6, 525.6, y: 647)] + run + [line(307.6, 530.7, y: 674)]
        #expect(LineBuilder.isSpread(1...4, boxes: boxes))
    }

    @Test func threeColumnsUnderAStraddleHeadingAreNotOneLine() {
        // Near miss: three columns' first lines, evenly apart, under a heading across them; the
        // next line read is the second column's, which starts at no edge of the run.
        let run = pieces([(50, 200), (220, 370), (390, 540)], y: 100)
        let boxes = [line(50, 540, y: 80)] + run + [line(220, 370, y: 113)]
        #expect(!LineBuilder.isSpread(1...3, boxes: boxes))
    }

    @Test func unevenGapsAreATableRowNotAStretchedLine() {
        // Near miss: a header row's cells at uneven distances under a paragraph that spans them.
        let run = pieces([(51, 70), (120, 150), (230, 260)], y: 80)
        let boxes = [line(51, 290, y: 66)] + run + [line(51, 75, y: 94)]
        #expect(!LineBuilder.isSpread(1...3, boxes: boxes))
    }

    @Test func aNeighbourCrossingNoGapIsATablesNextRow() {
        // Near miss: even gaps, but the line below is the next row's first cell, crossing no gap.
        let run = pieces([(51, 70), (100, 130), (160, 190)], y: 80)
        let boxes = [line(51, 290, y: 66)] + run + [line(51, 70, y: 94)]
        #expect(!LineBuilder.isSpread(1...3, boxes: boxes))
    }

    @Test func twoPiecesNeedBothNeighboursAcross() {
        // Near miss: one gap says nothing about evenness; the heading above does not cross it.
        let run = pieces([(51, 90), (150, 200)], y: 80)
        let boxes = [line(51, 120, y: 62)] + run + [line(51, 269, y: 94)]
        #expect(!LineBuilder.isSpread(1...2, boxes: boxes))
    }
}
