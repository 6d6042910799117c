import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A running head printed once: page 1 opens with the masthead and has no head, page 2 has one,
/// in the top margin above where either page's text starts, naming the masthead. It goes as a
/// header; a page-top heading, a line in words of its own, or one inside the text area stays.
@Suite struct RunningHeadPrintedOnceTests {
    static func line(_ text: String, x: Double = 50, y: Double, size: Double = 10, bold: Bool = false) -> Line {
        Line(
            text, box: Rect(x: x, y: y, width: 6 * Double(text.count), height: size),
            font: FontInfo(name: bold ? "Sans-Bold" : "Sans", size: size, isBold: bold))
    }

    /// Six body lines from `top`, words varying with the page so nothing repeats.
    static func story(_ page: Int, top: Double) -> Block {
        let words = ["harbour", "meadow", "orchard", "quarry", "river", "village", "common", "chapel", "market", "forest", "bridge", "school"]
        return Block(
            lines: (0..<6).map { line("The story of the \(words[(page - 1) * 6 + $0]) goes on in the body text.", y: top + Double($0) * 12) },
            page: page)
    }

    /// Page 1: a 28 pt masthead at `mastheadTop`, its 10 pt strapline, then the story.
    static func firstPage(mastheadTop: Double = 50) -> Page {
        Page(
            number: 1,
            blocks: [
                Block(lines: [line("The Hedgerow", y: mastheadTop, size: 28, bold: true)], page: 1),
                Block(lines: [line("Bramblefield Nature Group · Summer 2026", y: mastheadTop + 36)], page: 1),
                story(1, top: mastheadTop + 60),
            ],
            size: Rect(x: 0, y: 0, width: 595, height: 842))
    }

    /// Page 2: `top` (a line at y 28, right-aligned) over the story from y 42, tight under it.
    static func secondPage(top: Line) -> Page {
        Page(number: 2, blocks: [Block(lines: [top], page: 2), story(2, top: 42)], size: Rect(x: 0, y: 0, width: 595, height: 842))
    }

    static func removed(_ pages: [Page]) -> [String] {
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: pages.count), pages: pages)
        RemoveRunningHeaders().run(&document, context: Fixtures.context)
        return document.audit.removed.filter { $0.kind == .header || $0.kind == .footer }.map(\.text)
    }

    @Test func aHeadNamingTheMastheadAboveEveryPagesTextGoes() {
        let head = Self.line("The Hedgerow · Summer 2026", x: 380, y: 28)
        #expect(Self.removed([Self.firstPage(), Self.secondPage(top: head)]) == ["The Hedgerow · Summer 2026"])
    }

    @Test func aHeadWithItsPageNumberGoesToo() {
        let head = Self.line("The Hedgerow · 2", x: 420, y: 28)
        #expect(Self.removed([Self.firstPage(), Self.secondPage(top: head)]) == ["The Hedgerow · 2"])
    }

    @Test func aPageTopHeadingInDisplayTypeStays() {
        // The same words, but set larger than the body: an article's heading, not a head.
        let heading = Self.line("Summer 2026", y: 24, size: 14, bold: true)
        #expect(Self.removed([Self.firstPage(), Self.secondPage(top: heading)]).isEmpty)
    }

    @Test func aKickerInWordsOfItsOwnStays() {
        let kicker = Self.line("Nature notes · Summer 2026", x: 380, y: 28)
        #expect(Self.removed([Self.firstPage(), Self.secondPage(top: kicker)]).isEmpty)
    }

    @Test func aLineWhereTheOtherPagesTextLiesStays() {
        // Page 1's masthead starts at y 20, above the line on page 2: the line is inside the text
        // area every page uses, so it may be text.
        let head = Self.line("The Hedgerow · Summer 2026", x: 380, y: 28)
        #expect(Self.removed([Self.firstPage(mastheadTop: 20), Self.secondPage(top: head)]).isEmpty)
    }

    @Test func withoutAMastheadNothingGoes() {
        var first = Self.firstPage()
        first.blocks[0] = Block(lines: [Self.line("The Hedgerow", y: 50)], page: 1)
        let head = Self.line("The Hedgerow · Summer 2026", x: 380, y: 28)
        #expect(Self.removed([first, Self.secondPage(top: head)]).isEmpty)
    }
}
