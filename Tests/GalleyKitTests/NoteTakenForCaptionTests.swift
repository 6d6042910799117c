import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A note set above a photo is taken for the photo's caption by `MarkCaptions`; opening with a
/// raised marker the text cites, it is a note all the same, its marker dropped. A caption opening
/// with a plain number stays a caption.
@Suite struct NoteTakenForCaptionTests {
    static func document(_ captionText: String, citing: String) -> Document {
        let body = FontInfo(name: "Times-Roman", size: 10), small = FontInfo(name: "Times-Roman", size: 7.5)
        var caption = Block(
            lines: [Line(captionText, box: Rect(x: 50, y: 130, width: 300, height: 7.5), font: small)], page: 1)
        caption.kind = .caption
        let blocks = [
            Block(lines: [Line(citing, box: Rect(x: 50, y: 100, width: 300, height: 10), font: body)], page: 1),
            caption,
            Block(lines: [Line("Plans for the new garden.", box: Rect(x: 50, y: 300, width: 200, height: 7.5), font: small)], page: 1),
        ]
        return Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: blocks, size: Rect(x: 0, y: 0, width: 595, height: 842))])
    }

    @Test func aCaptionOpeningWithACitedRaisedMarkerIsANote() {
        var document = Self.document("² Both gardens get new benches in the spring.", citing: "The work ends in May.²")
        SplitNoteMarkers().run(&document, context: Fixtures.context)
        let blocks = document.pages[0].blocks
        #expect(blocks.map(\.text) == ["The work ends in May.", "Both gardens get new benches in the spring.", "Plans for the new garden."])
        #expect(blocks.map(\.kind) == [.paragraph, .note, .paragraph])
    }

    @Test func aCaptionOpeningWithAPlainNumberStaysACaption() {
        var document = Self.document("2 Both gardens in the spring.", citing: "The work ends in May.2")
        SplitNoteMarkers().run(&document, context: Fixtures.context)
        #expect(document.pages[0].blocks[1].kind == .caption)
        #expect(document.pages[0].blocks[1].text == "2 Both gardens in the spring.")
    }
}
