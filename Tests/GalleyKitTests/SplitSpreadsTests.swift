import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Two-up sheets: a folded booklet (4|1, 2|3) read in printed-page order, a reader's spread
/// (1|2, 3|4) left alone, and landscape pages that are no spread.
@Suite struct SplitSpreadsTests {
    static let sheet = Rect(x: 0, y: 0, width: 842, height: 595)

    /// One printed page of a sheet: a heading, a paragraph of `lines` lines and a folio at the foot.
    static func half(_ title: String, folio: String?, x: Double, lines: Int = 5, page: Int) -> [Block] {
        var blocks = [OrderByGeometryTests.heading(title, x: x, y: 50)]
        blocks.append(OrderByGeometryTests.paragraph("\(title) opens here", lines: lines, x: x, y: 80, width: 330))
        if let folio { blocks.append(OrderByGeometryTests.block([folio], x: x + 300, y: 560, width: 20)) }
        return blocks.map {
            var block = $0
            block.page = page
            return block
        }
    }

    static func run(_ pages: [[Block]], size: Rect = sheet) -> Document {
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: pages.count),
            pages: pages.enumerated().map { Page(number: $0.offset + 1, blocks: $0.element, size: size) })
        SplitSpreads().run(&document, context: Fixtures.context)
        return document
    }

    /// The heading each page opens with, page by page.
    static func titles(_ document: Document) -> [String] {
        document.pages.map { $0.blocks.first?.lines.first?.text ?? "" }
    }

    @Test func foldedBookletReadsInPrintedPageOrder() {
        let document = Self.run([
            Self.half("Fourth", folio: "4", x: 40, page: 1) + Self.half("First", folio: "– 1 –", x: 460, page: 1),
            Self.half("Second", folio: "Page 2", x: 40, page: 2) + Self.half("Third", folio: "3", x: 460, page: 2),
        ])
        #expect(Self.titles(document) == ["First", "Second", "Third", "Fourth"])
        // Blocks keep the PDF page they were printed on.
        #expect(document.pages.map(\.number) == [1, 2, 2, 1])
        #expect(document.pages[3].blocks.allSatisfy { $0.page == 1 })
        #expect(document.audit.repairs.filter { $0.kind == .moved }.count == 4)
    }

    @Test func readersSpreadKeepsLeftThenRight() {
        let document = Self.run([
            Self.half("First", folio: "1", x: 40, page: 1) + Self.half("Second", folio: "2", x: 460, page: 1),
            Self.half("Third", folio: "3", x: 40, page: 2) + Self.half("Fourth", folio: "4", x: 460, page: 2),
        ])
        #expect(Self.titles(document) == ["First", "Second", "Third", "Fourth"])
        #expect(document.audit.repairs.isEmpty)
    }

    @Test func withoutFoliosLeftReadsBeforeRight() {
        let document = Self.run([
            Self.half("Left", folio: nil, x: 40, page: 1) + Self.half("Right", folio: nil, x: 460, page: 1)
        ])
        #expect(Self.titles(document) == ["Left", "Right"])
    }

    @Test func landscapePageWithATitleAcrossTheMiddleIsNoSpread() {
        // A masthead crossing the middle strip: one landscape page in two columns.
        let masthead = OrderByGeometryTests.block(["Riverside News"], x: 40, y: 20, width: 700, size: 20, bold: true)
        let blocks = [masthead] + Self.half("Left", folio: "2", x: 40, page: 1) + Self.half("Right", folio: "1", x: 460, page: 1)
        let document = Self.run([blocks])
        #expect(document.pages.count == 1)
        #expect(document.pages[0].blocks.count == blocks.count)
    }

    @Test func portraitPageWithAWideGutterIsNoSpread() {
        let document = Self.run(
            [Self.half("Left", folio: "2", x: 40, page: 1) + Self.half("Right", folio: "1", x: 460, page: 1)],
            size: Rect(x: 0, y: 0, width: 842, height: 1000))
        #expect(document.pages.count == 1)
    }
}
