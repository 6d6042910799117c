import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A running head over the masthead: a one-page newsletter's header sits above its masthead and
/// says only what the masthead block says again under it, so it goes as a header. A kicker or a
/// dateline above the masthead in words of its own stays, and so does a line under the masthead.
@Suite struct RunningHeadAboveMastheadTests {
    typealias Once = RunningHeadPrintedOnceTests

    /// One page: `above` (lines over the masthead), a 28 pt masthead at y 60, a strapline naming
    /// the publisher and the issue under it, then the story.
    static func page(above: [Line], strapline: String = "The newsletter of Bramblefield Nature Group · Summer 2026") -> Page {
        Page(
            number: 1,
            blocks: above.map { Block(lines: [$0], page: 1) } + [
                Block(lines: [Once.line("The Hedgerow", y: 60, size: 28, bold: true)], page: 1),
                Block(lines: [Once.line(strapline, y: 96)], page: 1),
                Once.story(1, top: 120),
            ],
            size: Rect(x: 0, y: 0, width: 595, height: 842))
    }

    @Test func aHeadRowRepeatingTheMastheadBlockGoes() {
        let left = Once.line("Bramblefield Nature Group", y: 28)
        let right = Once.line("The Hedgerow · Summer 2026", x: 400, y: 28)
        #expect(Once.removed([Self.page(above: [left, right])]) == ["Bramblefield Nature Group", "The Hedgerow · Summer 2026"])
    }

    @Test func aHeadWithAPageNumberGoes() {
        let head = Once.line("Bramblefield Nature Group · 1", y: 28)
        #expect(Once.removed([Self.page(above: [head])]) == ["Bramblefield Nature Group · 1"])
    }

    @Test func aKickerInWordsOfItsOwnStays() {
        let kicker = Once.line("Free to every household in the parish", y: 28)
        #expect(Once.removed([Self.page(above: [kicker])]).isEmpty)
    }

    @Test func aDatelinePrintedOnlyAboveTheMastheadStays() {
        // The issue and date are printed above the masthead and nowhere under it: the only copy.
        let dateline = Once.line("Issue 14 · Summer 2026", y: 28)
        #expect(Once.removed([Self.page(above: [dateline], strapline: "Bramblefield Nature Group")]).isEmpty)
    }

    @Test func aLineSetLargerThanTheBodyStays() {
        let heading = Once.line("Bramblefield Nature Group", y: 24, size: 14, bold: true)
        #expect(Once.removed([Self.page(above: [heading])]).isEmpty)
    }

    @Test func withoutAMastheadNothingGoes() {
        var page = Self.page(above: [Once.line("Bramblefield Nature Group", y: 28)])
        page.blocks[1] = Block(lines: [Once.line("The Hedgerow", y: 60)], page: 1)
        #expect(Once.removed([page]).isEmpty)
    }
}
