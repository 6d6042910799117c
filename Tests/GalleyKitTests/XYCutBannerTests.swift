import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A subtitle across the gutter over a long column and a short one: the short column is no
/// sparse stretch for the banner cut, but the gutter is still there without the subtitle.
@Suite struct XYCutBannerTests {
    typealias Page = OrderByGeometryTests

    static func page(subtitleLines: Int) -> [Block] {
        [
            Page.block(Array(repeating: "The newsletter of the group, issue 17", count: subtitleLines), x: 48, y: 60, width: 340),
            Page.heading("Survey Results", x: 48, y: 100),
            Page.paragraph("Our first survey", lines: 40, x: 48, y: 120, width: 235),
            Page.paragraph("Boxes will be built", lines: 6, x: 310, y: 99, width: 235),
        ]
    }

    @Test func aSubtitleOverALongAndAShortColumnIsCutOff() {
        #expect(
            Page.firstLines(Page.run(Self.page(subtitleLines: 1))) == [
                "The newsletter of the group, issue 17", "Survey Results", "Our first survey", "Boxes will be built",
            ])
    }

    @Test func aParagraphOfThreeLinesAcrossTheGutterIsNoShortBanner() {
        // Three lines are a paragraph of their own, not a banner: the page is left to the rows.
        let blocks = Self.page(subtitleLines: 3)
        let items = blocks.map(OrderByGeometry.layoutItem)
        #expect(XYCut(items, lineHeight: 10).shortBannerBands(Array(items.indices)) == nil)
    }
}
