import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A caption set beside its photo, level with the photo's bottom edge, is a caption and reads
/// where the photo stands: before the text under the photo, not where the columns put it. Small
/// italic text beside a photo but level with neither of its edges is left alone.
@Suite struct CaptionBesidePhotoTests {
    static let body = FontInfo(name: "Times-Roman", size: 10), italic = FontInfo(name: "Helvetica-Oblique", size: 8, isItalic: true)

    static func block(_ lines: [String], x: Double, y: Double, width: Double, font: FontInfo) -> Block {
        Block(
            lines: lines.enumerated().map { Line($1, box: Rect(x: x, y: y + Double($0) * 13, width: width, height: font.size), font: font) },
            page: 1)
    }

    /// A photo at x 40…250, y 160…300; a caption of two lines right of it whose top is at `captionTop`;
    /// text under the photo and a second column, in the order the columns give (caption last).
    static func document(captionTop: Double) -> Document {
        let filler = Array(repeating: "and the text of the article goes on here", count: 4)
        let blocks = [
            block(["The new bread oven was lit for the first time in May"] + filler, x: 40, y: 100, width: 330, font: body),
            block(["All fourteen places went within a week"] + filler, x: 40, y: 314, width: 160, font: body),
            block(["The course is taught by two bakers"] + filler, x: 212, y: 314, width: 160, font: body),
            block(["Learners shaping their first", "loaves last October."], x: 260, y: captionTop, width: 100, font: italic),
        ]
        var page = Page(number: 1, blocks: blocks, size: Rect(x: 0, y: 0, width: 595, height: 842))
        page.pictures = [Rect(x: 40, y: 160, width: 210, height: 140)]
        return Document(source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1), pages: [page])
    }

    @Test func aCaptionBesideItsPhotoReadsBeforeTheTextUnderIt() {
        var document = Self.document(captionTop: 279)
        MarkCaptions().run(&document, context: Fixtures.context)
        let blocks = document.pages[0].blocks
        #expect(blocks.map { String($0.text.prefix(12)) } == ["The new brea", "Learners sha", "All fourteen", "The course i"])
        #expect(blocks[1].kind == .caption)
        #expect(document.audit.repairs.contains { $0.kind == .moved })
    }

    @Test func textBesideAPhotoLevelWithNeitherEdgeIsNoCaption() {
        // Its top 50 points under the photo's top, its bottom 70 points over its bottom.
        var document = Self.document(captionTop: 210)
        MarkCaptions().run(&document, context: Fixtures.context)
        let blocks = document.pages[0].blocks
        #expect(blocks[3].text.hasPrefix("Learners") && blocks[3].kind == .paragraph)
    }
}
