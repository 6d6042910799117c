import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Letter-spaced titles read as words; initials and letter lists stay as printed.
@Suite struct ReadLetterSpacingTests {
    static func respaced(_ text: String) -> String? {
        ReadLetterSpacing.respaced(text) { Fixtures.lexicon.isWord($0.lowercased()) }
    }

    @Test func lettersSpellingWordsAreRespaced() {
        #expect(Self.respaced("S H E L F L I F E") == "SHELF LIFE")
        #expect(Self.respaced("H A L L N O T E S") == "HALL NOTES")
        #expect(Self.respaced("T H E") == "THE")
    }

    @Test func wideGapsBreakWordsFirst() {
        #expect(Self.respaced("N E W S  A N D  V I E W S") == "NEWS AND VIEWS")
    }

    @Test func wordBreaksSeenInTheGlyphsKeepNames() {
        #expect(Self.respaced("O K O N J O  N E W S") == "OKONJO NEWS")
    }

    @Test func theReaderMarksWideGlyphGapsAsWordBreaks() {
        // "SHE LF" set with 6 pt letter gaps and a 20 pt gap at the word break; a space glyph in each gap.
        var glyphs: [Glyph] = []
        var x = 72.0
        for (offset, letter) in "SHELFLIFE".unicodeScalars.enumerated() {
            if offset > 0 {
                let gap = offset == 5 ? 20.0 : 6.0
                glyphs.append(Glyph(" ", Rect(x: x, y: 100, width: gap, height: 20)))
                x += gap
            }
            glyphs.append(Glyph(letter, Rect(x: x, y: 100, width: 12, height: 20)))
            x += 12
        }
        let fonts = [FontInfo(name: "Helvetica-Bold", size: 20, isBold: true)]
        #expect(LineBuilder.lines(PDFReaderTests.page([glyphs], fonts: fonts)).map(\.line.text) == ["S H E L F  L I F E"])
        // Even tracking throughout: no word break is marked.
        let even = PDFReaderTests.run("A B C D", x: 72, y: 100)
        #expect(LineBuilder.lines(PDFReaderTests.page([even], fonts: fonts)).map(\.line.text) == ["A B C D"])
    }

    @Test(arguments: ["A B C", "J R R Tolkien wrote it", "X Y Z W", "Plan B A new start"])
    func initialsAndLetterListsStay(text: String) {
        #expect(Self.respaced(text) == nil)
    }

    @Test func titlePiecesOnOneBaselineBecomeOneHeadingLine() {
        let title = FontInfo(name: "Helvetica-Bold", size: 34, isBold: true)
        let left = Block(lines: [Line("T H E", box: Rect(x: 48, y: 52, width: 75, height: 40), font: title)], page: 1)
        let right = Block(lines: [Line("S P L I T", box: Rect(x: 160, y: 52, width: 160, height: 40), font: title)], page: 1)
        let body = GlyphPages.block(["Quarry running club news"], x: 48, y: 100)
        let document = GlyphPages.run(ReadLetterSpacing(), [left, right, body])
        #expect(GlyphPages.texts(document) == ["THE SPLIT", "Quarry running club news"])
        #expect(document.audit.repairs.map(\.kind) == [.letterSpacing, .letterSpacing])
    }

    @Test func stackedTitleLinesInADumpBecomeOne() throws {
        let document = try Fixtures.run(ReadLetterSpacing(), on: "S H E L F\n\nL I F E\n\nThe newsletter of the Friends\n")
        #expect(Fixtures.blockTexts(document) == ["SHELF LIFE", "The newsletter of the Friends"])
    }
}
