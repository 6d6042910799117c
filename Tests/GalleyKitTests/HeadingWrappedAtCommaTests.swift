import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A PDF heading wrapped after a comma ("Thank You," over "Doreen") is one heading: the comma
/// ends a line, not the heading. A comma line whose next line is prose, or is set otherwise, is not.
@Suite struct HeadingWrappedAtCommaTests {
    static func line(_ text: String, _ size: Double, bold: Bool = false) -> Line {
        Line(text, font: FontInfo(name: bold ? "Sans-Bold" : "Serif", size: size, isBold: bold))
    }

    static func kinds(_ heading: [Line]) -> [String] {
        let body = Block(
            lines: [
                line("Body text set in the usual size for the newsletter's running prose.", 10),
                line("More body text in the same size, long enough to count as the body.", 10),
                line("And a third line of it, so that the body size is beyond doubt here.", 10),
            ], page: 1)
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: [Block(lines: heading, page: 1), body])])
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages[0].blocks.map { "\($0.kind):\($0.text)" }
    }

    @Test func aHeadingWrappedAfterACommaIsOneHeading() {
        let result = Self.kinds([Self.line("Thank You,", 13, bold: true), Self.line("Doreen", 13, bold: true)])
        #expect(result.first == "heading:Thank You, Doreen")
    }

    @Test func aCommaLineOverAnotherStyleIsNoHeading() {
        let result = Self.kinds([Self.line("Thank You,", 13, bold: true), Self.line("Doreen", 10)])
        #expect(result.first != "heading:Thank You,")
        #expect(!result.contains { $0.hasPrefix("heading:") })
    }

    @Test func aCommaLineOverProseIsNoHeading() {
        let result = Self.kinds([
            Self.line("Thank You,", 13, bold: true), Self.line("everybody who helped at the fair this year.", 13, bold: true),
        ])
        #expect(!result.contains { $0.hasPrefix("heading:") })
    }
}
