import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Two printings of one host in a dump, each having lost a different hyphen where pdftotext
/// closed up a line end, spell the host whole together: both get the hyphens of both.
@Suite struct HostHyphenUnionTests {
    func text(_ document: Document) -> String {
        document.pages.flatMap(\.blocks).flatMap(\.lines).map(\.text).joined(separator: "\n")
    }

    @Test func eachPrintingTakesTheHyphensTheOtherKept() throws {
        let document = try Fixtures.run(
            RepairURLs(),
            on: "Renew at www.example-parishcouncil.org.uk/renew by May.\n\nWrite to clerk@exampleparish-council.org.uk soon.")
        #expect(text(document).contains("www.example-parish-council.org.uk/renew"))
        #expect(text(document).contains("clerk@example-parish-council.org.uk"))
    }

    @Test func hyphensAreMergedLetterByLetter() {
        #expect(RepairURLs.unionOfHyphens("example-parishcouncil.org.uk", "exampleparish-council.org.uk") == "example-parish-council.org.uk")
        #expect(RepairURLs.unionOfHyphens("example-parish.org.uk", "example-parish.org.uk") == "example-parish.org.uk")
    }

    @Test func aHostPrintedOnceKeepsItsHyphens() throws {
        // The near miss: one printing, nothing to merge.
        let document = try Fixtures.run(RepairURLs(), on: "Renew at www.example-parishcouncil.org.uk/renew by May.")
        #expect(text(document).contains("www.example-parishcouncil.org.uk/renew"))
    }
}
