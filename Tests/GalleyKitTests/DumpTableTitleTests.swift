import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A table's title that pdftotext set in one block with the first column's header ("Fixtures
/// Ahead" / "Opponent") is a heading of its own when the blocks after it are the table's; a
/// title wrapped over a last word before prose is not cut. A date cell ("Sat 21 November") is
/// no title.
@Suite struct DumpTableTitleTests {
    func blocks(_ text: String) throws -> [String] {
        var document = try Fixtures.document(text)
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).map { ($0.kind == .heading ? "H:" : "P:") + $0.text }
    }

    let opening =
        "Bowls Notes\nThe newsletter of the bowls club\n\nThe new green has settled well after the spring rain, and the groundsman is pleased.\n\n"

    @Test func aTitleOverOneCellABlockIsCutFromTheHeader() throws {
        let result = try blocks(opening + "Fixtures Ahead\nOpponent\n\nDate\n\nVenue\n\nGreenbank\nSat 4 July\nPavilion\n")
        #expect(result.contains("H:Fixtures Ahead"))
        #expect(result.contains("P:Opponent"))
    }

    @Test func aTitleOverAColumnAsLongAsTheNextIsCutFromTheHeader() throws {
        let result = try blocks(opening + "Fixtures Ahead\nOpponent\nGreenbank\nCastle Lea\n\nDate\nSat 4 July\nSat 18 July\n")
        #expect(result.contains("H:Fixtures Ahead"))
        #expect(result.contains("P:Opponent Greenbank Castle Lea"))
    }

    @Test func aTitleWrappedBeforeProseKeepsItsLastWord() throws {
        let result = try blocks(
            opening + "Fixtures and\nResults\n\nThe first team won four of its six matches in June, and the second team two.\n")
        #expect(!result.contains("H:Fixtures and"))
        #expect(
            !TableTitles.isTitleOverColumn(
                Block(lines: [Line("Summer Fixtures"), Line("Opponent")], page: 1),
                followedBy: [Block(lines: [Line("The first team won four of its six matches in June.")], page: 1)]))
    }

    @Test func aShortenedDateCellIsNoHeading() throws {
        #expect(!TextShape.isTitleCandidate("Sat 21 November"))
        #expect(!TextShape.isTitleCandidate("Thu 3 July"))
        // A weekday's short form among a title's words leaves the title one.
        #expect(TextShape.isTitleCandidate("Sun Dial Restored"))
        let result = try blocks(opening + "Sat 21 November\n\nPlanting the new hedge along the north fence with the juniors\n")
        #expect(!result.contains("H:Sat 21 November"))
    }
}
