import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A run of bold lines, one a paragraph, in a column of its own beside the text (a slide's box of
/// names next to its text box): no body line overlaps it across, so it is measured against the
/// page's widest body line, and it is a list. The near miss sets the bold lines as wide as that
/// text: a bold paragraph's lines, no list.
@Suite struct StyledListBesideTextTests {
    typealias Page = OrderByGeometryTests

    static let names = ["Leading Roles", "Mole, Ellie Brannigan", "Ratty, Tomasz Wisniewski", "Toad, Jacob Adeyemi", "Badger, Niamh Coyle"]

    static func page(nameWidth: Double?) -> [Block] {
        let text = Page.paragraph("Rehearsals for the summer show start after Easter.", lines: 6, x: 48, y: 117, width: 520, size: 16)
        let box = Self.names.enumerated().map { index, name in
            Page.block([name], x: 616, y: 117 + 27.4 * Double(index), width: nameWidth ?? Double(name.count) * 8.5, size: 16, bold: true)
        }
        return [text] + box
    }

    @Test func boldNamesInAColumnOfTheirOwnAreAList() {
        let blocks = StyledLists.make(Self.page(nameWidth: nil), body: 16)
        #expect(blocks.map(\.kind) == [.paragraph, .list])
        #expect(blocks.last?.items == Self.names)
    }

    @Test func boldLinesAsWideAsTheTextAreNoList() {
        let blocks = StyledLists.make(Self.page(nameWidth: 500), body: 16)
        #expect(!blocks.contains { $0.kind == .list })
    }
}
