import GalleyTestSupport
import Testing

@testable import GalleyKit

/// An email opening a line after a line ending in a short word ("…can be sent to" /
/// "events.team@…") is never glued to that word: "to" and "events" are words, and glued they make
/// none, whatever other split the letters allow ("toe" + "vents"). A local part cut inside a word
/// (the letters glued are two words cut elsewhere) still joins.
@Suite struct EmailAfterShortWordTests {
    static let lexicon = WordListLexicon(["to", "toe", "vents", "events", "well", "being", "can", "be", "sent"])

    static var evidence: RepairURLs.AddressEvidence {
        RepairURLs.AddressEvidence(document: nil, lexicon: lexicon, proseWords: .none)
    }

    @Test func twoWordsGluedIntoNoWordAreNoWordCut() {
        #expect(!Self.evidence.isWordCut(head: "to", tail: "events"))
    }

    @Test func aWordCutElsewhereStillJoins() {
        // The near miss: "wellbe" is no word; glued, the letters are "well" + "being".
        #expect(Self.evidence.isWordCut(head: "wellbe", tail: "ing"))
    }

    @Test func theEmailStaysApartFromTheWordBeforeIt() {
        let join = RepairURLs.forcedJoin(
            upper: "Questions about the show can be sent to", lower: "events.team@example-allotments.org.uk at any time.",
            fragment: "events.team@example-allotments.org.uk", evidence: Self.evidence)
        #expect(join == nil)
    }
}
