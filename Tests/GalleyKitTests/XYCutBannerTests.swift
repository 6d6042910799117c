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

extension XYCutBannerTests {
    @Test func threeColumnsOverAWideBlockUnderTwoOfThemReadBeforeIt() {
        // An article in three columns, then a block of text across the first two: the third
        // column ends the article and reads before the block below.
        let blocks = [
            Page.paragraph("First column", lines: 5, x: 48, y: 100, width: 150),
            Page.paragraph("second column", lines: 5, x: 218, y: 100, width: 150),
            Page.paragraph("third column", lines: 5, x: 388, y: 100, width: 150),
            Page.paragraph("Below the first two", lines: 4, x: 48, y: 175, width: 320),
        ]
        #expect(
            Page.firstLines(Page.run(blocks)) == ["First column", "second column", "third column", "Below the first two"])
    }

    @Test func twoColumnsWithLinedUpParagraphGapsStayColumns() {
        let blocks = [
            Page.paragraph("Left one", lines: 5, x: 48, y: 100, width: 200),
            Page.paragraph("Right one", lines: 5, x: 270, y: 100, width: 200),
            Page.paragraph("Left two", lines: 5, x: 48, y: 175, width: 200),
            Page.paragraph("Right two", lines: 5, x: 270, y: 175, width: 200),
        ]
        #expect(Page.firstLines(Page.run(blocks)) == ["Left one", "Left two", "Right one", "Right two"])
    }
}

extension XYCutBannerTests {
    @Test func aLineRunningIntoTheGutterDoesNotBridgeTheColumns() {
        // The left column's last paragraph ends in a line with the page number set on its
        // baseline, past the gutter: the columns still read one after the other.
        var foot = Page.block(
            ["Subscriptions for the coming year", "remain at one hundred and", "twenty –1–"], x: 48, y: 300, width: 200)
        foot.lines[2].box!.width = 225
        foot.box = Rect.union(foot.lines.compactMap(\.box))
        let blocks = [
            Page.paragraph("What a season it has been", lines: 16, x: 48, y: 100, width: 200),
            foot,
            Page.paragraph("pounds, payable in three parts", lines: 8, x: 265, y: 100, width: 200),
        ]
        #expect(
            Page.firstLines(Page.run(blocks)) == [
                "What a season it has been", "Subscriptions for the coming year", "pounds, payable in three parts",
            ])
    }

    @Test func aRaggedColumnOfCellsIsNotJustified() {
        let cells = Page.block(["Date", "Fri 18 September", "Fri 2 October", "Fri 30 October"], x: 48, y: 100, width: 40)
        var ragged = cells
        for (index, width) in [22.0, 75, 60, 66].enumerated() { ragged.lines[index].box!.width = width }
        #expect(!OrderByGeometry.isJustified(ragged))
        #expect(OrderByGeometry.isJustified(Page.paragraph("Set prose", lines: 4, x: 48, y: 100)))
    }
}
