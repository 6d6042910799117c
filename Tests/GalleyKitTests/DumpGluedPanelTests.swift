import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A boxed panel that pdftotext glued under the first part of the sentence it interrupts goes
/// after the article, the sentence made whole; a title over sentence-case prose in a narrow
/// column is not wrapped into it, however alike the lines' lengths.
@Suite struct DumpGluedPanelTests {
    func blocks(_ text: String) throws -> [String] {
        var document = try Fixtures.document(text)
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).map { ($0.kind == .heading ? "H:" : "P:") + $0.text }
    }

    let opening = "Riverside Runners\nThe newsletter of the runners\n\n"
    let article =
        "Marshals Wanted\nEvery Saturday morning the run on the river path needs about twenty volunteers\nto marshal the corners and hand out the finish tokens, and the director will\nshow you where to stand and\n"
    let panel = "Kit Swap Returns\nThe kit swap will be held in the clubhouse on the first Sunday of May.\n\n"

    @Test func aPanelGluedUnderACutSentenceGoesAfterTheArticle() throws {
        let result = try blocks(
            opening + article + panel
                + "what to say to runners who take a wrong turn.\n\nTrack Sessions\nTrack sessions start again in April at the school field.\n"
        )
        let kit = try #require(result.firstIndex(of: "H:Kit Swap Returns"))
        #expect(result[kit - 1].hasSuffix("show you where to stand and what to say to runners who take a wrong turn."))
        #expect(result[kit + 1] == "P:The kit swap will be held in the clubhouse on the first Sunday of May.")
        #expect(result[kit + 2] == "H:Track Sessions")
    }

    @Test func aTitleAfterAFinishedSentenceIsNoGluedPanel() throws {
        // The next block opens a sentence of its own: nothing was cut.
        let text =
            opening + article.replacingOccurrences(of: "stand and\n", with: "stand.\n") + panel
            + "What to say to runners who take a wrong turn is on the club website.\n"
        #expect(
            DisplacedSideHeadings.gluedPanelTitle(["show you where to stand.", "Kit Swap Returns", "The kit swap is in May."])
                == nil)
        let result = try blocks(text)
        #expect(!result.contains { $0.hasPrefix("P:") && $0.contains("stand.") && $0.contains("wrong turn") })
    }

    @Test func aTitleOverNarrowProseIsNotWrappedIntoIt() throws {
        #expect(
            !TitleGroups.continues("Safer Lanes Campaign", with: "The club has signed up to", narrowWraps: true, secondLine: true)
        )
        // A title wrapped in balance keeps its case.
        #expect(TitleGroups.continues("Safer Lanes Campaign", with: "Gathers Pace Again", narrowWraps: true, secondLine: true))
        let result = try blocks(
            opening
                + "Safer Lanes Campaign\nThe club has signed up to\nthe county's campaign to make\nthe lanes safer for runners and\ncyclists who share them.\n"
        )
        #expect(result.contains("H:Safer Lanes Campaign"))
    }
}
