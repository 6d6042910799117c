import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A slide's box of bold lines (a title over names, one a paragraph) beside a text box: some of its
/// lines happen to line up with the tops of the paragraphs beside it, but together they are a
/// column of their own, read after the text, not side-headings. The near miss keeps a lone bold
/// line beside a paragraph, which is a side-heading still.
@Suite struct SideHeadingStackTests {
    typealias Page = OrderByGeometryTests

    static let style = BodyStyle(size: 16, pitch: 19.2, family: "Times")
    static let names = ["Leading Roles", "Mole, Ellie Brannigan", "Ratty, Tomasz Wisniewski", "Toad, Jacob Adeyemi", "Badger, Niamh Coyle"]

    /// The text box: two paragraphs of 16 pt text on the left, tops at 117 and 199.
    static let text = [
        Page.paragraph("Rehearsals for the summer show start after Easter.", lines: 4, x: 48, y: 117, width: 520, size: 16),
        Page.paragraph("Performances are in the church hall in July.", lines: 2, x: 48, y: 199, width: 520, size: 16),
    ]

    /// One bold block per line of the right-hand box, 27 pt apart from 117 (so the fourth is level
    /// with the second paragraph), each as wide as its text.
    static func box(_ lines: [String]) -> [Block] {
        lines.enumerated().map { index, name in
            Page.block([name], x: 616, y: 117 + 27.4 * Double(index), width: Double(name.count) * 8.5, size: 16, bold: true)
        }
    }

    @Test func aBoxOfBoldLinesIsNoStackOfSideHeadings() {
        let blocks = Self.text + Self.box(Self.names)
        #expect(RegionRoles.isInStack(2, blocks, style: Self.style))
        #expect(RegionRoles.sideHeadings(blocks, style: Self.style).isEmpty)
        // Read: the text box, then the right-hand box top to bottom.
        #expect(
            Page.firstLines(Page.run(blocks)) == [
                "Rehearsals for the summer show start after Easter.", "Performances are in the church hall in July.",
            ] + Self.names)
    }

    @Test func aLoneBoldLineBesideAParagraphIsASideHeading() {
        let blocks = Self.text + Self.box(["Leading Roles"])
        #expect(!RegionRoles.isInStack(2, blocks, style: Self.style))
        #expect(RegionRoles.sideHeadings(blocks, style: Self.style) == [RegionRoles.SideHeading(heading: 2, body: 0, line: 0)])
    }
}
