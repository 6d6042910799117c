import GalleyKit
import GalleyTestSupport
import Testing

/// A title over a panel of "Label: value" fields in one dump block heads the panel, though no
/// prose follows it; a title over one field, or over lines that are not fields, does not.
@Suite struct DumpFieldPanelHeadingTests {
    func blocks(_ text: String) throws -> [String] {
        var document = try Fixtures.document(text)
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).map { ($0.kind == .heading ? "H:" : "P:") + $0.text }
    }

    let opening = "Rowing Notes\nThe newsletter of the rowing club\n\nThe new boat was launched on Saturday in front of a large crowd.\n\n"

    @Test func aTitleOverFieldsHeadsThePanel() throws {
        let result = try blocks(opening + "Club Contacts\nCaptain: Rosalind Achebe\nTel: 020 7946 0718\nEmail: captain@example.org\n")
        #expect(result.contains("H:Club Contacts"))
    }

    @Test(arguments: [
        "Club Contacts\nCaptain: Rosalind Achebe\n",
        "Club Contacts\nRosalind Achebe\n020 7946 0718\n",
    ])
    func otherShortBlocksHaveNoHeading(tail: String) throws {
        #expect(!(try blocks(opening + tail)).contains("H:Club Contacts"))
    }
}
