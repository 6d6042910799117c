import Testing

@testable import GalleyKit

/// A letter with margin notes beside it, whose lines come interleaved (letter, note, letter,
/// note…): the letter's lines go on with the letter's block past the notes, but a letter line a
/// paragraph's space under the one before starts a new paragraph, as it would with no notes
/// beside it (ConTeXt's `\inright` notes beside a letter set with space between paragraphs). The
/// near miss: letter lines at the letter's own pitch stay one paragraph.
@Suite struct InterleavedParagraphTests {
    static let body = FontInfo(name: "LMRoman10-Regular", size: 10, isBold: false)
    static let note = FontInfo(name: "LMRoman8-Italic", size: 8, isBold: false, isItalic: true)

    static func letter(_ text: String, top: Double) -> Line {
        Line(text, box: Rect(x: 57, y: top, width: 380, height: 14), font: body)
    }

    static func margin(_ text: String, top: Double) -> Line {
        Line(text, box: Rect(x: 454, y: top, width: 95, height: 11), font: note)
    }

    /// Letter lines at a pitch of 12, the fourth `paragraphStep` under the third; a two-line note
    /// beside the first two, read between them.
    static func lines(paragraphStep: Double) -> [Line] {
        let fourth = 154 + paragraphStep
        return [
            letter("Welcome to the autumn issue, which has been a long time", top: 130),
            margin("Works end in", top: 132.5),
            letter("coming, and we hope it was worth the wait for all of you.", top: 142),
            margin("late November", top: 142),
            letter("what we were told and what happens next.", top: 154),
            letter("The good news is that the benches on the wharf have been", top: fourth),
            letter("a great success, and the planters have survived the heat.", top: fourth + 12),
        ]
    }

    @Test func aLetterLineAParagraphsSpaceDownStartsAParagraphPastTheNotes() {
        let blocks = BlockBuilder.blocks(Self.lines(paragraphStep: 16.5), page: 1)
        #expect(blocks.map { $0.lines.first?.text.prefix(12) ?? "" } == ["Welcome to t", "Works end in", "The good new"])
        #expect(blocks.map(\.lines.count) == [3, 2, 2])
    }

    @Test func letterLinesAtTheirOwnPitchStayOneParagraph() {
        let blocks = BlockBuilder.blocks(Self.lines(paragraphStep: 12), page: 1)
        #expect(blocks.map(\.lines.count) == [5, 2])
    }
}
