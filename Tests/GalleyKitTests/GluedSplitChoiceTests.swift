import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A dump's line-end join that splits into dictionary words in two ways ("singletrack": "single" +
/// "track" or "singlet" + "rack") takes its hyphen back where the document's own words decide.
@Suite struct GluedSplitChoiceTests {
    static func dump(_ elsewhere: String) -> String {
        """
        We are grateful to the rangers, who opened the
        visitor centre late so that we could warm up, and to
        the drivers who took the minibus along the singletrack roads in the dark without any fuss.
        The trip will be repeated next autumn. \(elsewhere)
        be offered first to members who have not been before.
        """
    }

    @Test func theSplitWhosePartsTheDocumentUsesWins() throws {
        let document = try Fixtures.run(RepairHyphenation(), on: Self.dump("Not a single place will"))
        #expect(Fixtures.blockTexts(document).joined().contains("single-track roads"))
        #expect(document.audit.repairs.map(\.after) == ["single-track"])
    }

    @Test func withoutTheDocumentsWordsTwoSplitsStayAGuess() throws {
        // The near miss: nothing else in the document says "single" (or "singlet"), so it stays.
        let document = try Fixtures.run(RepairHyphenation(), on: Self.dump("Places will"))
        #expect(Fixtures.blockTexts(document).joined().contains("singletrack"))
        #expect(document.audit.repairs.isEmpty)
    }
}
