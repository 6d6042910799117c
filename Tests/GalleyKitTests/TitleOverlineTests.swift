import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The organisation line set over a report's title on its cover, in smaller type with nothing
/// between, is a paragraph of the title's section read after the title, not a heading of its own.
/// A heading followed by text, a line close to the title's size, or one on a later page is left alone.
@Suite struct TitleOverlineTests {
    static let sans = FontInfo(name: "DejaVuSans", size: 13)
    static let title = FontInfo(name: "DejaVuSans-Bold", size: 30, isBold: true)
    static let serif = FontInfo(name: "DejaVuSerif", size: 10)

    static func block(_ text: String, y: Double, font: FontInfo, kind: BlockKind = .paragraph, level: Int? = nil) -> Block {
        Block(
            lines: [Line(text, box: Rect(x: 50, y: y, width: 300, height: font.size * 1.2), font: font)], kind: kind,
            headingLevel: level, page: 1)
    }

    static func body(from y: Double) -> [Block] {
        (0..<3).map { row in
            block("Body text of the report, set in the usual size for its running prose, line \(row).", y: y + Double(row) * 13, font: serif)
        }
    }

    static func texts(_ pages: [[Block]]) -> [[String]] {
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: pages.count),
            pages: pages.enumerated().map { Page(number: $0.offset + 1, blocks: $0.element) })
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages.map { $0.blocks.map { "\($0.kind):\($0.text)" } }
    }

    @Test func theLineOverTheCoverTitleIsAParagraphAfterIt() {
        let pages = Self.texts([
            [
                Self.block("Millbrook Community Energy Co-operative", y: 200, font: Self.sans),
                Self.block("Annual Review 2025–26", y: 230, font: Self.title),
            ] + Self.body(from: 300)
        ])
        #expect(Array(pages[0].prefix(2)) == ["heading:Annual Review 2025–26", "paragraph:Millbrook Community Energy Co-operative"])
    }

    @Test func aHeadingOverTextStaysAHeading() {
        let blocks = [
            Self.block("Millbrook Community Energy", y: 200, font: Self.sans, kind: .heading, level: 2),
            Self.block("Some words of text between them.", y: 216, font: Self.serif),
            Self.block("Annual Review 2025–26", y: 230, font: Self.title, kind: .heading, level: 1),
        ]
        #expect(TitleOverlines.demoted(blocks) == blocks)
    }

    @Test func aLineCloseToTheTitlesSizeStaysAHeading() {
        let blocks = [
            Self.block("Millbrook Community Energy", y: 200, font: Self.sans, kind: .heading, level: 2),
            Self.block("Annual Review", y: 220, font: FontInfo(name: "DejaVuSans-Bold", size: 16, isBold: true), kind: .heading, level: 1),
        ] + Self.body(from: 260)
        #expect(TitleOverlines.demoted(blocks) == blocks)
    }

    @Test func aLineUnderTheTitleIsNoOverline() {
        let blocks = [
            Self.block("Millbrook Community Energy", y: 280, font: Self.sans, kind: .heading, level: 2),
            Self.block("Annual Review 2025–26", y: 230, font: Self.title, kind: .heading, level: 1),
        ] + Self.body(from: 300)
        #expect(TitleOverlines.demoted(blocks) == blocks)
    }

    @Test func onlyTheFirstPageHasAnOverline() {
        let second = [
            Self.block("Millbrook Community Energy", y: 200, font: Self.sans, kind: .heading, level: 2),
            Self.block("Annual Review 2025–26", y: 230, font: Self.title, kind: .heading, level: 1),
        ]
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 2),
            pages: [Page(number: 1, blocks: Self.body(from: 100)), Page(number: 2, blocks: second)])
        TitleOverlines.demote(&document)
        #expect(document.pages[1].blocks.map { "\($0.kind):\($0.text)" } == second.map { "\($0.kind):\($0.text)" })
    }
}
