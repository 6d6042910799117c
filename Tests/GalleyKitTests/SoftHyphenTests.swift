import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Soft hyphens (U+00AD) left in the text layer by a web page's hyphenation (Chromium prints them
/// into the PDF's text, and pdftotext passes them on): they are break points, not characters.
@Suite struct SoftHyphenTests {
    func run(_ text: String) throws -> Document {
        try Fixtures.run(RepairHyphenation(), on: text)
    }

    @Test func softHyphensInsideWordsGo() throws {
        let document = try run("Thirty vo\u{AD}lun\u{AD}teers turned out on a bitter Sat\u{AD}urday.")
        #expect(Fixtures.blockTexts(document) == ["Thirty volunteers turned out on a bitter Saturday."])
        #expect(document.audit.repairs.map(\.after) == ["volunteers", "Saturday."])
    }

    @Test(arguments: ["\u{2010}", "-", ""])
    func aWordBrokenAtASoftHyphenIsClosedUp(drawnHyphen: String) throws {
        // Chromium draws a hyphen after the soft hyphen where it breaks the line.
        let document = try run("The tree sur\u{AD}geons pa\u{AD}\(drawnHyphen)\ntiently ex\u{AD}plained it.")
        #expect(Fixtures.blockTexts(document) == ["The tree surgeons patiently explained it."])
        #expect(document.audit.repairs.contains { $0.after == "patiently" })
    }

    @Test func aRealHyphenAtALineEndIsNotASoftOne() throws {
        let document = try run("Twenty-\nfour new trees were planted by self-\nemployed gardeners.")
        let text = Fixtures.blockTexts(document).joined()
        #expect(text.contains("self-employed"))
        #expect(!text.unicodeScalars.contains("\u{AD}"))
    }
}
