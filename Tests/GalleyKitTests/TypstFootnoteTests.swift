import Testing

@testable import GalleyKit

/// Typst prints a footnote's number raised and small before the note at the page foot, where it
/// may be read apart from the note (under one column, the note across the page), near the bare
/// page number. The raised number is no page number, joins the note beside it, and a heading
/// numbered like the notes ("1 Harvest Report") keeps its number.
@Suite struct TypstFootnoteTests {
    static let note = FontInfo(name: "Serif", size: 8.5)
    static let mark = FontInfo(name: "Serif", size: 5.5)
    static let body = FontInfo(name: "Serif", size: 10)

    func line(_ text: String, _ x: Double, _ y: Double, _ width: Double, _ height: Double, _ font: FontInfo) -> Line {
        Line(text, box: Rect(x: x, y: y, width: width, height: height), font: font)
    }

    func page(_ lines: [Line]) -> Page {
        Page(number: 1, blocks: lines.map { Block(lines: [$0], page: 1) }, size: Rect(x: 0, y: 0, width: 420, height: 595))
    }

    @Test func aRaisedNumberBesideItsNoteIsNoPageNumber() {
        let p = page([
            line("1", 59.5, 556.6, 3.8, 6, Self.mark),
            line("The new ladder is kept locked in the shed.", 63.7, 558.7, 200, 8.5, Self.note),
            line("1", 208, 575, 5, 8, Self.note),
        ])
        let marker = RemoveRunningHeaders.Candidate(page: 0, block: 0, line: 0, place: .foot, position: 0.94)
        let folio = RemoveRunningHeaders.Candidate(page: 0, block: 2, line: 0, place: .foot, position: 0.97)
        #expect(RemoveRunningHeaders.isNoteNumber(marker, on: p))
        // Near miss: the folio stands alone on its row.
        #expect(!RemoveRunningHeaders.isNoteNumber(folio, on: p))
    }

    @Test func aFolioBesideARunningTitleInItsOwnSizeIsAPageNumber() {
        // Near miss: "3" then "Orchard News" on one baseline, both 8 pt.
        let p = page([line("3", 40, 570, 5, 8, Self.note), line("Orchard News", 50, 570, 60, 8, Self.note)])
        let folio = RemoveRunningHeaders.Candidate(page: 0, block: 0, line: 0, place: .foot, position: 0.96)
        #expect(!RemoveRunningHeaders.isNoteNumber(folio, on: p))
    }

    @Test func aLoneMarkerJoinsTheNoteBesideItWhereverTheNoteIsRead() {
        let marker = Block(lines: [line("1", 59.5, 556.6, 3.8, 6, Self.mark)], page: 1)
        let heading = Block(lines: [line("4. Harbour Safety", 300, 60, 120, 12, Self.body)], page: 1)
        let noteBlock = Block(lines: [line("The old gig is not for sale.", 63.7, 558.7, 200, 8.5, Self.note)], page: 1)
        #expect(SplitNoteMarkers.isBeside(marker, noteBlock))
        #expect(!SplitNoteMarkers.isBeside(marker, heading))
        let joined = SplitNoteMarkers.joiningLoneMarkers([marker, heading, noteBlock], notes: ["1", "¹"], body: 10)
        #expect(joined.map(\.text) == ["4. Harbour Safety", "1 The old gig is not for sale."])
    }

    @Test func aNumberedHeadingIsNoNote() {
        #expect(SplitNoteMarkers.isLargerThanANote(line("1 Harvest Report", 40, 100, 120, 12, FontInfo(name: "Sans", size: 12)), marker: "1", body: 10))
        // Near miss: the note itself, set small.
        #expect(!SplitNoteMarkers.isLargerThanANote(line("1 The ladder is locked.", 40, 500, 120, 8.5, Self.note), marker: "1", body: 10))
        #expect(SplitNoteMarkers.isHeadingLike(Block(lines: [line("2 Winter Pruning", 40, 200, 100, 12, FontInfo(name: "Sans-Bold", size: 12, isBold: true))], page: 1), body: 10))
    }
}
