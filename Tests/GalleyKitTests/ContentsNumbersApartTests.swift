import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A contents page whose page numbers the reader set apart from their dot leaders (a typesetter
/// that boxes each number flush right): each entry is read with the number on its baseline and the
/// contents go; leaders with no number beside them, or a number off the baseline, are no entries.
@Suite struct ContentsNumbersApartTests {
    static let font = FontInfo(name: "Serif", size: 10)

    static func line(_ text: String, x: Double, y: Double, width: Double) -> Line {
        Line(text, box: Rect(x: x, y: y, width: width, height: 12), font: font)
    }

    /// A "Contents" title, three entries ending in leaders at x 62…400, their numbers at x 420
    /// `numberDrop` points below their baselines, and a paragraph under them.
    static func document(numberDrop: Double) -> Document {
        let titles = ["1 Background . . . . . . . . . .", "2 Condition of the Roof . . . . .", "3 Next Steps . . . . . . . . . ."]
        var blocks = [Block(lines: [line("Contents", x: 62, y: 60, width: 60)], page: 1)]
        for (offset, title) in titles.enumerated() {
            let y = 80 + Double(offset) * 14
            blocks.append(Block(lines: [line(title, x: 62, y: y, width: 338)], page: 1))
            blocks.append(Block(lines: [line("\(offset + 2)", x: 420, y: y + numberDrop, width: 5)], page: 1))
        }
        blocks.append(Block(lines: [line("The hall committee met in March.", x: 62, y: 140, width: 300)], page: 1))
        return Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 4),
            pages: [Page(number: 1, blocks: blocks, size: Rect(x: 0, y: 0, width: 595, height: 842))]
                + (2...4).map { Page(number: $0, blocks: [], size: Rect(x: 0, y: 0, width: 595, height: 842)) })
    }

    @Test func entriesWithTheirNumbersApartAreAContentsList() {
        var document = Self.document(numberDrop: 0)
        RemoveContentsBoxes().run(&document, context: Fixtures.context)
        #expect(Fixtures.blockTexts(document) == ["The hall committee met in March."])
        #expect(document.audit.removed.filter { $0.kind == .contents }.count >= 1)
    }

    @Test func numbersOffTheLeadersBaselinesStay() {
        // Each number half a line lower than its leader: not on its baseline, nothing is an entry.
        var document = Self.document(numberDrop: 7)
        RemoveContentsBoxes().run(&document, context: Fixtures.context)
        #expect(Fixtures.blockTexts(document).count == 8)
    }

    @Test func leadersAreTrailingLeaderCharacters() {
        #expect(RemoveContentsBoxes.endsInLeader("Results . . . . ."))
        #expect(RemoveContentsBoxes.endsInLeader("Results ......"))
        #expect(!RemoveContentsBoxes.endsInLeader("The meeting ended at ten."))
        #expect(!RemoveContentsBoxes.endsInLeader("Wait for it..") )
    }
}
