import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A side-heading is a heading by its role: set in bold a little smaller than the body (a sans
/// scaled to the serif's x-height, as LaTeX's helvet at 0.9 or CSS at 0.9em) in the margin beside
/// its text, it must not be left a paragraph because it is no larger than the body.
@Suite struct SideHeadingRoleTests {
    typealias T = OrderByGeometryTests

    /// A bold 9 pt heading right-aligned in the left margin beside 10 pt body text, its top
    /// `offset` points below the body block's top.
    static func page(offset: Double) -> Document {
        let body = [
            T.paragraph("Members of the society gave more than a tonne", lines: 4, x: 190, y: 120, width: 340),
            T.paragraph("The water company has raised its charges", lines: 3, x: 190, y: 190, width: 340),
        ]
        let heading = T.block(["Water Troughs and", "Hosepipes"], x: 110, y: 190 + offset, width: 65, size: 9, bold: true)
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: [body[0], heading, body[1]], size: Rect(x: 0, y: 0, width: 595, height: 842))])
        OrderByGeometry().run(&document, context: Fixtures.context)
        return document
    }

    @Test func aSmallBoldSideHeadingBecomesAHeadingBeforeItsText() {
        let blocks = Self.page(offset: 1).pages[0].blocks
        let index = blocks.firstIndex { $0.text.hasPrefix("Water Troughs") }!
        #expect(blocks[index].kind == .heading)
        #expect(blocks[index].headingLevel == 3)
        #expect(blocks[index + 1].text.hasPrefix("The water company"))
    }

    @Test func theSameBlockFarFromAnyLineItCouldOpenStaysAParagraph() {
        // The near miss: 3 pitches below the body's top, beside no line it opens.
        let blocks = Self.page(offset: 40).pages[0].blocks
        #expect(blocks.first { $0.text.hasPrefix("Water Troughs") }?.kind == .paragraph)
    }
}
