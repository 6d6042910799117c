import GalleyTestSupport
import Testing

@testable import GalleyKit

/// CSS typesetters (WeasyPrint's `hyphens: auto`) end a hyphenated line in U+2010 HYPHEN: the
/// break is resolved as a hyphen-minus break is, and a U+2010 that is not at a line end stays.
@Suite struct UnicodeHyphenLineEndTests {
    func run(_ text: String) throws -> Document {
        try Fixtures.run(RepairHyphenation(), on: text)
    }

    func repairs(_ document: Document) -> [String] {
        document.audit.repairs.map { "\($0.before) → \($0.after)" }
    }

    @Test(arguments: [
        // A syllable break: the whole is a word, the typesetter's hyphen goes.
        ("The tickets cost three hun\u{2010}", "dred pounds in all.", "The tickets cost three hundred pounds in all.",
         "hun\u{2010} dred → hundred"),
        ("The registers are now on mi\u{2010}", "crofilm at the desk.", "The registers are now on microfilm at the desk.",
         "mi\u{2010} crofilm → microfilm"),
        // A compound broken at its own hyphen keeps one, written as a hyphen-minus.
        ("It includes a session on self\u{2010}", "harm and how to talk about it.",
         "It includes a session on self-harm and how to talk about it.", "self\u{2010} harm → self-harm"),
    ])
    func aLineEndingInUnicodeHyphenIsResolved(upper: String, lower: String, expected: String, repair: String) throws {
        let document = try run("\(upper)\n\(lower)")
        #expect(Fixtures.blockTexts(document) == [expected])
        #expect(repairs(document) == [repair])
    }

    @Test func aUnicodeHyphenInsideALineStays() throws {
        // Near miss: the hyphen is mid-line, and the line ends in a full stop.
        let document = try run("We walked the hun\u{2010}dred steps.\nThen we rested.")
        #expect(document.pages[0].blocks[0].lines.map(\.text) == ["We walked the hun\u{2010}dred steps.", "Then we rested."])
        #expect(document.audit.repairs.isEmpty)
    }

    @Test func aSpacedUnicodeHyphenIsNoWordBreak() throws {
        // Near miss: the hyphen stands alone at the line end, as a dash would.
        let document = try run("Three sessions \u{2010}\nall free.")
        #expect(document.pages[0].blocks[0].lines.map(\.text) == ["Three sessions \u{2010}", "all free."])
        #expect(document.audit.repairs.isEmpty)
    }
}
