import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Region roles decided before ordering: side-headings beside the text they open, whichever side
/// they are printed on, against near misses that must keep the order the whitespace gives.
@Suite struct RegionRolesTests {
    typealias Page = OrderByGeometryTests

    /// A narrow bold heading of one or two lines, in the margin column at `x`.
    static func sideHeading(_ lines: [String], x: Double, y: Double) -> Block {
        Page.block(lines, x: x, y: y, width: 70, size: 11, bold: true)
    }

    @Test func headingInARightColumnReadsBeforeTheTextBesideIt() {
        let blocks = [
            Page.paragraph("Swarms arrive in May.", lines: 6, x: 50, y: 100, width: 240),
            Page.paragraph("Open days are on Saturdays.", lines: 6, x: 50, y: 190, width: 240),
            Self.sideHeading(["Swarm", "Season"], x: 310, y: 100),
            Self.sideHeading(["Open Days"], x: 310, y: 190),
        ]
        let document = Page.run(blocks)
        #expect(
            Page.firstLines(document) == ["Swarm", "Swarms arrive in May.", "Open Days", "Open days are on Saturdays."])
    }

    @Test func headingInALeftMarginReadsBeforeItsText() {
        let blocks = [
            Self.sideHeading(["Roof Appeal"], x: 40, y: 106),
            Self.sideHeading(["Bookings"], x: 40, y: 196),
            Page.paragraph("After eighteen months", lines: 6, x: 130, y: 100, width: 300),
            Page.paragraph("From the first of July", lines: 6, x: 130, y: 190, width: 300),
        ]
        let document = Page.run(blocks)
        #expect(
            Page.firstLines(document) == ["Roof Appeal", "After eighteen months", "Bookings", "From the first of July"])
    }

    @Test func headingBesideALaterParagraphOfAFusedBlockSplitsIt() {
        // The reader fused a short dateline with the paragraph the heading opens.
        let fused = Page.block(
            ["News for members · Autumn", "For the first time in three years", "there are no urgent repairs left"],
            x: 50, y: 100, width: 300)
        var lines = fused.lines
        lines[0].box!.width = 200  // a short line: the dateline ends there
        let block = Block(lines: lines, page: 1)
        let document = Page.run([block, Self.sideHeading(["Repairs"], x: 370, y: 112)])
        #expect(
            Page.firstLines(document) == ["News for members · Autumn", "Repairs", "For the first time in three years"])
    }

    @Test func headingTwoLinesOffTheTextKeepsTheWhitespaceOrder() {
        // 2 L below the paragraph's top, beside no paragraph start: not a side-heading.
        let blocks = [
            Page.paragraph("Swarms arrive in May and", lines: 6, x: 50, y: 100, width: 240),
            Self.sideHeading(["Swarm Season"], x: 310, y: 124),
        ]
        #expect(Page.firstLines(Page.run(blocks)) == ["Swarms arrive in May and", "Swarm Season"])
    }

    @Test func wideOrPlainOrLabelBlocksAreNoSideHeadings() {
        let style = BodyStyle(size: 10, pitch: 12, family: "Times")
        // Body style, a form label and a lone number are not heading-like.
        #expect(!RegionRoles.isHeadingLike(Page.block(["plain words here"], x: 0, y: 0, width: 70), style: style))
        #expect(!RegionRoles.isHeadingLike(Self.sideHeading(["Tel:"], x: 0, y: 0), style: style))
        #expect(!RegionRoles.isHeadingLike(Self.sideHeading(["4"], x: 0, y: 0), style: style))
        #expect(RegionRoles.isHeadingLike(Self.sideHeading(["Open Days"], x: 0, y: 0), style: style))
        // A bold block as wide as the text beside it is a panel, not a side-heading.
        let blocks = [
            Page.paragraph("Swarms arrive in May.", lines: 6, x: 50, y: 100, width: 200),
            Page.block(["Sale Dates"], x: 270, y: 100, width: 180, size: 11, bold: true),
        ]
        #expect(RegionRoles.sideHeadings(blocks, style: style).isEmpty)
    }
}

extension RegionRolesTests {
    @Test func aColumnHeadingBesideTheNeighbourColumnsSentenceEndStaysInItsColumn() {
        // Two columns: "Lunch Menus" heads the right column, level with a sentence end in the
        // left column; its own text follows under it.
        let left = Page.block(
            ["Welcome back to the summer term.", "The children have returned full", "of stories from the holidays and"],
            x: 50, y: 100, width: 240)
        let blocks = [
            left,
            Page.heading("Lunch Menus", x: 310, y: 112, width: 80),
            Page.paragraph("The new lunch menus start", lines: 4, x: 310, y: 130, width: 240),
        ]
        #expect(
            Page.firstLines(Page.run(blocks)) == [
                "Welcome back to the summer term.", "Lunch Menus", "The new lunch menus start",
            ])
    }
}
