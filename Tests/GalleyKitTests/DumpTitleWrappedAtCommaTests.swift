import GalleyKit
import GalleyTestSupport
import Testing

/// A short title wrapped after its comma ("Goodbye," / "Margaret") alone in a dump block over
/// prose is a heading; a sign-off and a title over no prose are not.
@Suite struct DumpTitleWrappedAtCommaTests {
    func blocks(_ text: String) throws -> [String] {
        var document = try Fixtures.document(text)
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).map { ($0.kind == .heading ? "H:" : "P:") + $0.text }
    }

    let opening = "Orchard Notes\nThe newsletter of the orchard\n\nThe juice was bottled and pasteurised on site this year.\n\n"
    let prose = "\n\nMargaret Oyelaran, who planted the first trees in the orchard twenty years ago, is moving away.\n"

    @Test func aTitleWrappedAtItsCommaIsAHeading() throws {
        #expect(try blocks(opening + "Goodbye,\nMargaret" + prose).contains("H:Goodbye, Margaret"))
    }

    @Test(arguments: [
        // A sign-off: its first line is not title case.
        "Yours sincerely,\nMargaret" + "\n\nMargaret Oyelaran, who planted the first trees in the orchard, is moving away.\n",
        // No prose under it.
        "Goodbye,\nMargaret\n\nTea and Cake\n",
    ])
    func otherCommaBlocksAreNoHeadings(tail: String) throws {
        #expect(!(try blocks(opening + tail)).contains { $0.hasPrefix("H:") && $0.contains(",") })
    }
}
