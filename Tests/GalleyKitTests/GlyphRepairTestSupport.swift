import Foundation
import GalleyTestSupport

@testable import GalleyKit

/// Small synthetic PDF pages for the glyph-level stages: body text 10 pt on a 12 pt pitch.
enum GlyphPages {
    static let body = FontInfo(name: "Times-Roman", size: 10)

    /// A block of `lines` from (x, y) down, one line every 1.2 sizes.
    static func block(_ lines: [String], x: Double, y: Double, width: Double = 200, size: Double = 10, bold: Bool = false)
        -> Block
    {
        let font = FontInfo(name: bold ? "Times-Bold" : "Times-Roman", size: size, isBold: bold)
        return Block(
            lines: lines.enumerated().map { offset, text in
                Line(text, box: Rect(x: x, y: y + Double(offset) * size * 1.2, width: width, height: size), font: font)
            }, page: 1)
    }

    /// A one-page PDF document of `blocks`, in that order.
    static func document(_ blocks: [Block]) -> Document {
        Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: blocks, size: Rect(x: 0, y: 0, width: 595, height: 842))])
    }

    /// Runs `stage` over `blocks` and gives back the document.
    static func run(_ stage: any Stage, _ blocks: [Block]) -> Document {
        var document = document(blocks)
        stage.run(&document, context: Fixtures.context)
        return document
    }

    static func texts(_ document: Document) -> [String] { document.pages.flatMap(\.blocks).map(\.text) }
}
