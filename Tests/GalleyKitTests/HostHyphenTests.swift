import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Hyphens a pdftotext dump lost inside an address's host, where the address broke at its own
/// hyphen and pdftotext closed the line end up.
@Suite struct HostHyphenTests {
    func text(_ document: Document) -> String {
        document.pages.flatMap(\.blocks).flatMap(\.lines).map(\.text).joined(separator: "\n")
    }

    @Test func emailHostTakesTheHyphensOfTheSameHostPrintedWhole() throws {
        let document = try Fixtures.run(
            RepairURLs(),
            on: "Visit www.example-ferncombe-orchard.org.uk for the map.\n\nWrite to events@example-ferncombeorchard.org.uk soon.")
        #expect(text(document).contains("events@example-ferncombe-orchard.org.uk soon."))
        #expect(document.audit.repairs.contains { $0.kind == .email && $0.after == "events@example-ferncombe-orchard.org.uk" })
    }

    @Test(arguments: [
        // Two dictionary words glued, the second a name the text uses.
        (
            "Meet at the Larkspur Road gate.\n\nBook at www.examplelarkspur-orchard.org.uk/courses today.",
            "www.example-larkspur-orchard.org.uk/courses"
        ),
        // A word the prose uses (the organisation's name) and a dictionary word.
        (
            "The Brackwater Lane residents met.\n\nEmail lane@examplebrackwater-lane.org.uk today.",
            "lane@example-brackwater-lane.org.uk"
        ),
    ])
    func gluedHostWordSplitsAtItsOnlyCut(dump: String, expected: String) throws {
        let document = try Fixtures.run(RepairURLs(), on: dump)
        #expect(text(document).contains(expected))
    }

    @Test(arguments: [
        // A name the prose writes apart is one the host glues.
        "Kilnworth Film Club meets on Fridays.\n\nEmail boxoffice@example-kilnworth-filmclub.org.uk today.",
        // A word another host of the document spells as a whole label.
        "See www.westshire.gov.uk/care and https://www.westshire-carers.org.uk/help today.",
        // The second word is no name of the text.
        "Book at www.examplelarkspur-orchard.org.uk/courses today.",
        // A host label without hyphens is never split: nothing says a word broke there.
        "Book at www.examplelarkspur.org.uk/courses today.",
    ])
    func hostWithoutEvidenceOfALostHyphenStays(dump: String) throws {
        let document = try Fixtures.run(RepairURLs(), on: dump)
        #expect(text(document) == dump.replacingOccurrences(of: "\n\n", with: "\n"))
    }

    @Test func aPDFsHostIsNotSplitByTheDictionary() throws {
        var document = try Fixtures.document("Meet at the Larkspur Road gate.\n\nBook at www.examplelarkspur-orchard.org.uk/courses.")
        document.source.format = .pdf
        RepairURLs().run(&document, context: Fixtures.context)
        #expect(text(document).contains("www.examplelarkspur-orchard.org.uk/courses"))
    }
}
