import GalleyKit
import GalleyTestSupport
import Testing

/// A heading over a narrow column's prose in one dump block: the prose lines are short enough to
/// read as title lines, but only the title-cased first one is a title.
@Suite struct DumpNarrowColumnHeadingTests {
    func blocks(_ text: String) throws -> [String] {
        var document = try Fixtures.document(text)
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).map { ($0.kind == .heading ? "H:" : "P:") + $0.text }
    }

    let opening = "The Garden Gate\nThe newsletter of the allotments\n\nThe troughs will be filled from the first of May, and the taps turned on.\n\n"

    @Test func aTitleOverNarrowProseIsSplitOff() throws {
        let text = opening + "Pressing Day\nOur pressing day drew more than\na hundred visitors, who brought\ntheir own fruit from gardens\n"
        let result = try blocks(text)
        #expect(result.contains("H:Pressing Day"))
        #expect(result.contains("P:Our pressing day drew more than a hundred visitors, who brought their own fruit from gardens"))
    }

    @Test func aNarrowBlockOpeningWithProseHasNoHeading() throws {
        let text = opening + "Our pressing day drew more than\na hundred visitors, who brought\ntheir own fruit from gardens\n"
        #expect(!(try blocks(text)).contains { $0.hasPrefix("H:Our") })
    }
}
