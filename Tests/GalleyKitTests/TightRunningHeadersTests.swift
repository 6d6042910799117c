import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Running heads set tight on the text (a word processor's header with little space under it): not
/// clear of the story, but naming the masthead at one height and in one style on enough pages; every
/// line at that height in that style then goes, whatever its words (first-page and alternating heads).
@Suite struct TightRunningHeadersTests {
    static func line(_ text: String, y: Double, size: Double = 10, italic: Bool = false, bold: Bool = false) -> Line {
        Line(
            text, box: Rect(x: 50, y: y, width: 300, height: size),
            font: FontInfo(name: bold ? "Serif-Bold" : italic ? "Serif-Italic" : "Serif", size: size, isBold: bold, isItalic: italic))
    }

    /// A page whose head `top` (8 pt italic, at y 30) sits right on its story of six body lines
    /// (from y 42, or below a 28 pt masthead on the page when there is one).
    static func page(_ number: Int, top: String, masthead: String? = nil) -> Page {
        var blocks = [Block(lines: [line(top, y: 30, size: 8, italic: true)], page: number)]
        var storyTop = 42.0
        if let masthead {
            blocks.append(Block(lines: [line(masthead, y: 42, size: 28, bold: true)], page: number))
            storyTop = 80
        }
        let words = [
            "harbour", "meadow", "orchard", "quarry", "river", "village", "common", "chapel", "market", "forest", "bridge",
            "school", "garden", "station", "library", "beacon", "mill", "green",
        ]
        let story = (0..<6).map {
            line("The story of the \(words[(number - 1) * 6 + $0]) goes on in the body text.", y: storyTop + Double($0) * 12)
        }
        blocks.append(Block(lines: story, page: number))
        return Page(number: number, blocks: blocks, size: Rect(x: 0, y: 0, width: 595, height: 842))
    }

    static func document(_ pages: [Page]) -> Document {
        Document(source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: pages.count), pages: pages)
    }

    @Test func headsNamingTheMastheadGoWithTheFirstPageHead() {
        var document = Self.document([
            Self.page(1, top: "Members' edition", masthead: "The Potting Shed"),
            Self.page(2, top: "The Potting Shed · Spring"),
            Self.page(3, top: "Allotment Society · The Potting Shed"),
        ])
        RemoveRunningHeaders().run(&document, context: Fixtures.context)
        #expect(
            document.audit.removed.map(\.text) == [
                "Members' edition", "The Potting Shed · Spring", "Allotment Society · The Potting Shed",
            ])
        #expect(document.audit.removed.allSatisfy { $0.kind == .header })
        #expect(document.pages.allSatisfy { $0.blocks.last?.lines.count == 6 })
    }

    @Test func tightLinesThatDoNotNameTheMastheadStay() {
        var document = Self.document([
            Self.page(1, top: "Members' edition", masthead: "The Potting Shed"),
            Self.page(2, top: "Garden news"),
            Self.page(3, top: "The Potting Shed · Spring"),
        ])
        RemoveRunningHeaders().run(&document, context: Fixtures.context)
        #expect(document.audit.removed.isEmpty)
    }

    @Test func withoutAMastheadTightLinesStay() {
        var document = Self.document([
            Self.page(1, top: "The Potting Shed · Spring"), Self.page(2, top: "The Potting Shed · Summer"),
            Self.page(3, top: "The Potting Shed · Autumn"),
        ])
        RemoveRunningHeaders().run(&document, context: Fixtures.context)
        #expect(document.audit.removed.isEmpty)
    }
}
