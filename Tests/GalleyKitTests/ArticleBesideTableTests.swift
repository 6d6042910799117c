import GalleyTestSupport
import Testing

@testable import GalleyKit

/// An article's top (a headline, a standfirst, a byline: short lines in sizes far apart) set in a
/// column beside a contact list is no table column: the two columns stay apart. A table whose
/// header row alone is set larger is still a table.
@Suite struct ArticleBesideTableTests {
    static func line(_ text: String, size: Double, bold: Bool = false, x: Double, baseline: Double) -> Line {
        Line(
            text, box: Rect(x: x, y: baseline - size, width: Double(text.count) * size * 0.5, height: size),
            font: FontInfo(name: bold ? "Sans-Bold" : "Serif", size: size, isBold: bold))
    }

    static func detect(_ blocks: [Block]) -> [Block] {
        let prose = Block(
            lines: (0..<12).map {
                line("Body text of the newsletter in its usual size, long enough to be prose.", size: 10, x: 70, baseline: 500 + 13 * Double($0))
            }, page: 1)
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: blocks + [prose])])
        DetectTables().run(&document, context: Fixtures.context)
        return document.pages[0].blocks
    }

    @Test func anArticleTopBesideContactsIsNoTable() {
        let article = Block(
            lines: [
                Self.line("Guides Wanted", size: 17, bold: true, x: 70, baseline: 100),
                Self.line("The mill opens to visitors", size: 13, x: 70, baseline: 122),
                Self.line("every weekend from Easter.", size: 13, x: 70, baseline: 140),
                Self.line("By Rupert Example", size: 8.5, x: 70, baseline: 156),
            ], page: 1)
        let contacts = Block(
            lines: [
                Self.line("Site manager: Colin Ashdown", size: 10, x: 400, baseline: 100),
                Self.line("Tel: 0113 496 0581", size: 10, x: 400, baseline: 122),
                Self.line("Email: mill@example.org.uk", size: 10, x: 400, baseline: 140),
                Self.line("Web: www.example.org.uk", size: 10, x: 400, baseline: 156),
            ], page: 1)
        let blocks = Self.detect([article, contacts])
        #expect(!blocks.contains { $0.kind == .table })
        #expect(blocks.contains { $0.text.hasPrefix("Guides Wanted The mill opens") })
    }

    @Test func aTableWithALargerHeaderRowIsATable() {
        let rows = [("Date", "Time", "Event")] + (1...4).map { ("Saturday \($0) May", "\($0 + 9)am", "Walk \($0)") }
        var lines: [Line] = []
        for (index, row) in rows.enumerated() {
            let size = index == 0 ? 12.0 : 10.0
            let baseline = 100 + 16 * Double(index)
            lines += [
                Self.line(row.0, size: size, bold: index == 0, x: 70, baseline: baseline),
                Self.line(row.1, size: size, bold: index == 0, x: 200, baseline: baseline),
                Self.line(row.2, size: size, bold: index == 0, x: 300, baseline: baseline),
            ]
        }
        let blocks = Self.detect([Block(lines: lines, page: 1)])
        #expect(blocks.contains { $0.kind == .table })
    }
}
