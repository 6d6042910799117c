import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Footnote markers: split off a word when a note opening with the same marker exists; left on
/// numbers, units and text without a note.
@Suite struct SplitNoteMarkersTests {
    static func run(_ text: String) throws -> Document { try Fixtures.run(SplitNoteMarkers(), on: text) }

    @Test func superscriptMarkersLeaveWordAndNote() throws {
        let document = try Self.run(
            "before leaving the hive.\u{00B9} Even so, remind callers.\n\n\u{00B9} A bee carrying honey.\n")
        #expect(Fixtures.blockTexts(document) == ["before leaving the hive. Even so, remind callers.", "A bee carrying honey."])
        #expect(document.pages[0].blocks[1].kind == .note)
        #expect(document.audit.repairs.map(\.kind) == [.noteMarker, .noteMarker])
    }

    @Test func symbolsAndPlainDigitsAfterPunctuation() throws {
        let document = try Self.run("a trust in the town,* and films at all.1\n\n* The trust asked.\n\n1 The nearest cinema.\n")
        #expect(
            Fixtures.blockTexts(document) == [
                "a trust in the town, and films at all.", "The trust asked.", "The nearest cinema.",
            ])
    }

    @Test func aMarkerOnALineOfItsOwnOpensTheNoteBelow() throws {
        let document = try Self.run("leaving the hive.\u{00B9} Even so.\n\n\u{00B9}\n\nA bee carrying honey.\n")
        #expect(Fixtures.blockTexts(document) == ["leaving the hive. Even so.", "A bee carrying honey."])
        #expect(document.pages[0].blocks[1].kind == .note)
    }

    @Test func aLoneNumberOverAHeadingIsABoxNumber() throws {
        // In a dump a lone plain "1" may number a box: its heading stays whole.
        let document = try Self.run("leaving the hive.\u{00B9} Even so.\n\n\u{00B9} A bee.\n\n1\n\nAdd supers early\n")
        #expect(Fixtures.blockTexts(document).suffix(2) == ["1", "Add supers early"])
    }

    @Test func withoutANoteNothingMoves() throws {
        let input = "Take the A4 to junction 3.5 for the hall.\u{00B2} Sizes in m\u{00B2}.\n\n2 October is the date.\n"
        let document = try Self.run(input)
        #expect(document.audit.repairs.isEmpty)
    }

    /// A page: article A citing "*", heading B and its text, then the note at the foot.
    static func page(noteY: Double, noteFirst: Bool = false) -> [Block] {
        let cite = GlyphPages.block(
            ["the largest gift came from a trust in the town,* but more", "came from members."], x: 60, y: 100)
        let heading = GlyphPages.block(["A New Way to Book"], x: 60, y: 140, size: 13, bold: true)
        let other = GlyphPages.block(["From the first of July all bookings will be made online."], x: 60, y: 160)
        let note = GlyphPages.block(["* The trust asked not to be named."], x: 60, y: noteY, size: 8)
        return noteFirst ? [cite, note, heading, other] : [cite, heading, other, note]
    }

    @Test func aNoteAtThePageFootUnderAnotherArticleMovesToItsArticle() {
        let document = GlyphPages.run(SplitNoteMarkers(), Self.page(noteY: 780))
        #expect(
            GlyphPages.texts(document) == [
                "the largest gift came from a trust in the town, but more came from members.", "The trust asked not to be named.",
                "A New Way to Book", "From the first of July all bookings will be made online.",
            ])
        #expect(document.pages[0].blocks[1].kind == .note)
        #expect(document.audit.repairs.map(\.kind) == [.noteMarker, .noteMarker, .moved])
    }

    @Test func aNoteAboveOtherTextStaysWhereItIs() {
        // The note sits mid-page with text printed below it: not a page-foot note.
        var blocks = Self.page(noteY: 150)
        blocks.append(GlyphPages.block(["More text lower on the page."], x: 60, y: 700))
        let document = GlyphPages.run(SplitNoteMarkers(), blocks)
        #expect(GlyphPages.texts(document)[3] == "The trust asked not to be named.")
        #expect(!document.audit.repairs.contains { $0.kind == .moved })
    }

    @Test func raisedSmallDigitsBecomeSuperscripts() {
        let fonts = [FontInfo(name: "Times-Roman", size: 10), FontInfo(name: "Times-Roman", size: 6)]
        // "grant" on a 10 pt line (feet at y 110), then a 6 pt "1" whose foot is at y 104.
        let word = PDFReaderTests.run("grant", x: 72, y: 100)
        let raised = [Glyph("1", Rect(x: 97, y: 98, width: 3, height: 6), font: 1)]
        let level = [Glyph("1", Rect(x: 97, y: 104, width: 3, height: 6), font: 1)]
        #expect(LineBuilder.lines(PDFReaderTests.page([word + raised], fonts: fonts)).map(\.line.text) == ["grant\u{00B9}"])
        #expect(LineBuilder.lines(PDFReaderTests.page([word + level], fonts: fonts)).map(\.line.text) == ["grant1"])
    }
}
