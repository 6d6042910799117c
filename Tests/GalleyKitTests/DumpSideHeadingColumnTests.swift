import GalleyKit
import GalleyTestSupport
import Testing

/// A column of side-headings that pdftotext prints apart from their text: three or more title
/// blocks in a row, each one wrapped title with a lowercase function word, are each a heading;
/// names and labels in a row are not.
@Suite struct DumpSideHeadingColumnTests {
    func blocks(_ text: String) throws -> [String] {
        var document = try Fixtures.document(text)
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).map { ($0.kind == .heading ? "H:" : "P:") + $0.text }
    }

    let prose = "Three half plots at the top field are free again after their tenants moved away, and anybody\non the waiting list who would like one should speak to the lettings secretary.\n"

    @Test func aRunOfTitleBlocksIsAColumnOfHeadings() throws {
        let text =
            "The Garden Gate\nThe newsletter of the allotments\n\nPlots to Let at the Top Field\n\nWater Troughs and\nHosepipes\n\nA Word from the Chair\n\n"
            + prose
        let result = try blocks(text)
        #expect(result.contains("H:Plots to Let at the Top Field"))
        #expect(result.contains("H:Water Troughs and Hosepipes"))
        #expect(result.contains("H:A Word from the Chair"))
    }

    @Test func aRunOfNamesIsNoColumnOfHeadings() throws {
        // (The last name, right above the prose, reads as that prose's heading: a rule of its own.)
        let text = "The Garden Gate\nThe newsletter of the allotments\n\nMary Evans\n\nJohn Price\n\nAnne Lloyd Jones\n\n" + prose
        let result = try blocks(text)
        #expect(!result.contains { $0.hasPrefix("H:") && ["Mary Evans", "John Price"].contains($0.dropFirst(2)) })
    }
}
