import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A contact panel that pdftotext read as a column of labels and a column of values (or one
/// cell at a time) under its title: the title is a heading and each label meets its value in a
/// list. A title over one label, or labels over prose, stays as it was. And a title left open
/// before a date ("Pruning Day in" / "February") takes the date.
@Suite struct DumpContactColumnsTests {
    func blocks(_ text: String) throws -> [String] {
        var document = try Fixtures.document(text)
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).map { block in
            switch block.kind {
            case .heading: return "H:" + block.text
            case .list: return "L:" + (block.items ?? []).joined(separator: " | ")
            default: return "P:" + block.text
            }
        }
    }

    let opening =
        "Rowing Notes\nThe newsletter of the rowing club\n\nThe new boat was launched on Saturday in front of a large crowd.\n\n"

    @Test func labelAndValueColumnsArePaired() throws {
        let result = try blocks(
            opening + "Club Contacts\nCaptain:\nTel:\nEmail:\n\nRosalind Achebe\n020 7946 0718\ncaptain@example.org\n")
        #expect(
            result.suffix(2) == [
                "H:Club Contacts", "L:Captain: Rosalind Achebe | Tel: 020 7946 0718 | Email: captain@example.org",
            ])
    }

    @Test func cellsReadInTurnArePaired() throws {
        let result = try blocks(opening + "Club Contacts\nTel:\n\n020 7946 0718\n\nEmail:\n\ncaptain@example.org\n")
        #expect(result.suffix(2) == ["H:Club Contacts", "L:Tel: 020 7946 0718 | Email: captain@example.org"])
    }

    @Test func aColumnOfValuesThatDoesNotMatchTheLabelsIsLeftAlone() throws {
        // Three labels over two values: no telling which goes with which.
        let result = try blocks(opening + "Club Contacts\nCaptain:\nTel:\nEmail:\n\nRosalind Achebe\n020 7946 0718\n")
        #expect(!result.contains { $0.hasPrefix("L:") })
    }

    @Test func aSingleFieldIsNoPanel() throws {
        let result = try blocks(
            opening + "Club Contacts\nTel:\n\n020 7946 0718\n\nThe boathouse is open every weekend from seven until six.\n")
        #expect(!result.contains { $0.hasPrefix("L:") })
    }

    @Test func aDateFinishesATitleLeftOpen() throws {
        #expect(
            TitleGroups.leading(["Pruning Day in", "February", "Thirty volunteers turned out on a bitter Saturday."]) == [0..<2])
        // Without the open function word the date is no part of the title.
        #expect(TitleGroups.leading(["Pruning Day", "February 2026", "Thirty volunteers turned out."]) == [0..<1])
        let result = try blocks(
            opening
                + "Pruning Day in\nFebruary\n\nThirty-one volunteers turned out on a bitter Saturday to prune the old trees.\n")
        #expect(result.contains("H:Pruning Day in February"))
    }
}
