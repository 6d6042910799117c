import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A line of a one-column page: body text is Times 10 pt, 12 pt apart.
private func line(
    _ text: String, y: Double, width: Double = 300, size: Double = 10, font: String = "Times-Roman", italic: Bool = false,
    inPicture: Bool = false
) -> Line {
    Line(
        text, box: Rect(x: 50, y: y, width: width, height: size * 0.8),
        font: FontInfo(name: font, size: size, isItalic: italic), isInPicture: inPicture)
}

/// One page whose blocks are `blocks` (lines each), with `pictures` as its photo areas.
private func page(_ blocks: [[Line]], pictures: [Rect] = []) -> Document {
    var page = Page(number: 1, blocks: blocks.map { Block(lines: $0, page: 1) }, size: Rect(x: 0, y: 0, width: 600, height: 800))
    page.pictures = pictures
    return Document(source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1), pages: [page])
}

/// Body paragraphs of several lines, so that Times 10 pt is the body style.
private func paragraph(_ first: String, y: Double) -> [Line] {
    (0..<4).map {
        line($0 == 0 ? first : "and the sentence runs on over another line of the body text here.", y: y + 12 * Double($0))
    }
}

private func run(_ stages: [any Stage], _ document: Document) -> Document {
    var document = document
    Pipeline.run(&document, context: Fixtures.context, stages: stages)
    return document
}

private func kinds(_ document: Document) -> [BlockKind] { document.pages.flatMap(\.blocks).map(\.kind) }

/// A photo 300 × 140 pt from y = 200 to 340, under the first paragraph.
private let photo = Rect(x: 50, y: 200, width: 300, height: 140)

@Suite struct MarkCaptionsTests {
    @Test func aSmallItalicLineUnderAPictureIsACaptionWhereItStands() {
        let document = page(
            [
                paragraph("The open day drew a record crowd.", y: 100),
                [line("Members show visitors the new herb border.", y: 344, size: 8, italic: true)],
                paragraph("Thank you to everybody who helped.", y: 370),
            ], pictures: [photo])
        let marked = run([MarkCaptions()], document)
        #expect(kinds(marked) == [.paragraph, .caption, .paragraph])
        #expect(marked.pages[0].blocks[1].text == "Members show visitors the new herb border.")
    }

    @Test func aBodyStyleParagraphUnderAPictureStaysAParagraph() {
        let document = page(
            [
                paragraph("The open day drew a record crowd.", y: 100),
                [line("Thank you to everybody who helped on the day.", y: 344)],
                paragraph("The next open day is in September.", y: 370),
            ], pictures: [photo])
        #expect(kinds(run([MarkCaptions()], document)) == [.paragraph, .paragraph, .paragraph])
    }

    @Test func aSmallLineFarFromThePictureIsNoCaption() {
        let document = page(
            [
                paragraph("The open day drew a record crowd.", y: 100),
                [line("Registered charity number 1234567.", y: 700, size: 8, italic: true)],
            ], pictures: [photo])
        #expect(kinds(run([MarkCaptions()], document)) == [.paragraph, .paragraph])
    }

    @Test func aHeadingUnderAPictureIsNoCaption() {
        let document = page(
            [
                paragraph("The open day drew a record crowd.", y: 100),
                [line("Young Growers", y: 344, size: 13, font: "Helvetica-Bold")],
                paragraph("The children's plot has done well.", y: 370),
            ], pictures: [photo])
        #expect(kinds(run([MarkCaptions()], document)) == [.paragraph, .paragraph, .paragraph])
    }

    @Test func withoutPicturesACueOpensACaption() {
        let document = page([
            paragraph("The open day drew a record crowd.", y: 100),
            [line("Pictured: members at the herb border.", y: 344, size: 8, italic: true)],
            [line("Photo credit aside, a note in small type.", y: 380, size: 8)],
            paragraph("Thank you to everybody who helped.", y: 400),
        ])
        #expect(kinds(run([MarkCaptions()], document)) == [.paragraph, .caption, .paragraph, .paragraph])
        #expect(MarkCaptions.opensWithCue("Figure 3 The new shed."))
        #expect(MarkCaptions.opensWithCue("Above: the new shed."))
        #expect(MarkCaptions.opensWithCue("Fig. 2: the new shed."))
        #expect(!MarkCaptions.opensWithCue("Abovementioned rules apply."))
        #expect(!MarkCaptions.opensWithCue("Photo credit aside, a note."))
        #expect(!MarkCaptions.opensWithCue("Figure skating resumes."))
    }

    @Test func aCueInBodyTypeIsAParagraph() {
        let document = page([
            paragraph("The open day drew a record crowd.", y: 100),
            [line("Pictured on our website are the winners of the show.", y: 344)],
        ])
        #expect(kinds(run([MarkCaptions()], document)) == [.paragraph, .paragraph])
    }

    /// The reader finds a caption's last line inside the picture's area (poppler may report the
    /// area transposed), and it is set small enough (under 0.8 of the body) to pass for the
    /// picture's own text: the line is kept as the caption's, and the caption is one block.
    @Test func aCaptionsLastLineInsideThePictureStaysWithItsCaption() {
        let document = page(
            [
                paragraph("Track sessions have moved to the stadium.", y: 100),
                [
                    line(
                        "The relay squad after their win at the county", y: 344, size: 7.5, font: "Helvetica-Oblique",
                        italic: true)
                ],
                [
                    line(
                        "championships.", y: 353, width: 60, size: 7.5, font: "Helvetica-Oblique", italic: true,
                        inPicture: true)
                ],
                paragraph("Sessions finish with a cool-down lap.", y: 380),
            ], pictures: [photo])
        let result = run([RemoveImageText(), MarkCaptions(), RejoinInterleavedText(), DetectHeadings()], document)
        #expect(result.audit.removed.isEmpty)
        #expect(kinds(result) == [.paragraph, .caption, .paragraph])
        #expect(result.pages[0].blocks[1].text == "The relay squad after their win at the county championships.")
    }

    @Test func smallTextInsideAPictureNotUnderACaptionLineIsStillRemoved() {
        let document = page(
            [
                paragraph("Track sessions have moved to the stadium.", y: 100),
                [line("Photo: Quarry Hill Harriers", y: 300, width: 120, size: 6, font: "Helvetica", inPicture: true)],
                paragraph("Sessions finish with a cool-down lap.", y: 380),
            ], pictures: [photo])
        let result = run([RemoveImageText(), MarkCaptions()], document)
        #expect(result.audit.removed.map(\.text) == ["Photo: Quarry Hill Harriers"])
        #expect(kinds(result) == [.paragraph, .paragraph])
    }

    @Test func aLineInsideThePictureInAnotherTypeIsNotTakenForTheCaptions() {
        let captionLine = line(
            "The relay squad after their win at the county", y: 344, size: 7.5, font: "Helvetica-Oblique", italic: true)
        let inside = line("championships.", y: 353, width: 60, size: 6, font: "Helvetica", inPicture: true)
        var judge = RemoveImageText.Judge(lexicon: Fixtures.lexicon, vocabulary: DocumentVocabulary(texts: ["championships"]))
        #expect(!RemoveImageText.continuesCaption(inside, after: captionLine, judge: &judge))
        let garbled = line("hampionshi", y: 353, width: 60, size: 7.5, font: "Helvetica-Oblique", italic: true, inPicture: true)
        #expect(!RemoveImageText.continuesCaption(garbled, after: captionLine, judge: &judge))
    }

    @Test func theSampleCaptionsAreCaptionBlocksBetweenTheirParagraphs() throws {
        let document = try Fixtures.convert(sample: "pdf-photo-caption.pdf")
        let blocks = document.pages.flatMap(\.blocks).filter { $0.kind != .heading }
        let captions = blocks.filter { $0.kind == .caption }.map(\.text)
        #expect(
            captions == [
                "Members show visitors the new herb border planted beside the pond this spring.",
                "The young growers with their harvest of potatoes, beans and three enormous marrows from the children's plot.",
            ])
        #expect(document.audit.removed.isEmpty)
        for caption in captions {
            let index = try #require(blocks.firstIndex { $0.text == caption })
            #expect(index > 0 && index < blocks.count - 1)
            #expect(blocks[index - 1].kind == .paragraph && blocks[index + 1].kind == .paragraph)
        }
    }
}
