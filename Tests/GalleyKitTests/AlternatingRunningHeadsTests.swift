import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Alternating running heads on a two-page newsletter: page 1 has one line in its top margin
/// (over the masthead), page 2 another at the same height in the same type, so neither repeats.
/// Page 2's names the masthead and lies above every page's text once its twin is left out of
/// page 1's text area; both go as headers. A page-2 line in words of its own, or a twin in
/// another type, stays.
@Suite struct AlternatingRunningHeadsTests {
    typealias Once = RunningHeadPrintedOnceTests

    /// Page 1: `head` at y 28, then the masthead at 50, its strapline and the story.
    static func firstPage(head: Line) -> Page {
        var page = Once.firstPage()
        page.blocks.insert(Block(lines: [head], page: 1), at: 0)
        return page
    }

    @Test func bothAlternatesGo() {
        let right = Once.line("Bramblefield Volunteers", x: 420, y: 28)
        let left = Once.line("The Hedgerow · Summer 2026", y: 28)
        #expect(
            Once.removed([Self.firstPage(head: right), Once.secondPage(top: left)])
                == ["Bramblefield Volunteers", "The Hedgerow · Summer 2026"])
    }

    @Test func aSecondPageLineInWordsOfItsOwnStaysAndSoDoesItsTwin() {
        // Near miss: nothing names the masthead, so nothing is a running head.
        let right = Once.line("Bramblefield Volunteers", x: 420, y: 28)
        let kicker = Once.line("Nature notes and walks", y: 28)
        #expect(Once.removed([Self.firstPage(head: right), Once.secondPage(top: kicker)]).isEmpty)
    }

    @Test func aFirstPageLineInAnotherTypeIsNoTwin() {
        // Near miss: page 1's line is set bold and larger: a kicker, not page 2's alternate. It
        // stays inside page 1's text area, so page 2's line is not above every page's text either.
        let kicker = Once.line("Bramblefield Volunteers", x: 420, y: 28, size: 12, bold: true)
        let left = Once.line("The Hedgerow · Summer 2026", y: 28)
        #expect(Once.removed([Self.firstPage(head: kicker), Once.secondPage(top: left)]).isEmpty)
    }
}
