import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The byte search that turns lines away before `ProseWords.usesAsName` reads their characters
/// must answer as the character search does; and a contact line is never a title line.
struct NameSearchFastPathTests {
    @Test func byteSearchAgreesWithStringContainsOnASCII() {
        let texts = [
            "", "B", "Brook", "Brookfield", "the Brookfield Trust", "brookfield", "BrookfielD", "xBrookfieldx",
            "Brookfiel", "Brook field", "BBrookfield", "Brookfield\tParish",
        ]
        for text in texts {
            for needle in ["Brookfield", "B", "Brook", "eld"] {
                #expect(RepairURLs.ProseWords.bytes(of: text, contain: Array(needle.utf8)) == text.contains(needle))
            }
        }
    }

    @Test func usesAsNameFindsTheNameAndOnlyAsAWord() throws {
        let document = try Fixtures.document(
            "The Brookfield Trust met on Monday.\n\nVisit brookfieldtrust.org.uk for more.\n\nCafé Élan à Kent\n")
        let words = RepairURLs.ProseWords(document: document)
        #expect(words.usesAsName("brookfield"))
        #expect(words.usesAsName("BROOKFIELD"))
        #expect(!words.usesAsName("brook"))
        #expect(!words.usesAsName("trustee"))
        // Lines that are not plain ASCII are read by their characters, as before.
        #expect(words.usesAsName("élan"))
        #expect(words.usesAsName("kent"))
        #expect(!words.usesAsName("ken"))
    }

    @Test func caseBlindByteSearchAgreesWithLowercasedContains() {
        let texts = ["", "G", "Garden Club", "GARDEN CLUB", "the garden  club", "gardenclub", "Club", "xGaRdEnx", "Gard"]
        for text in texts {
            for needle in ["garden", "club", "g", "den c"] {
                #expect(
                    RepairURLs.ProseWords.bytes(of: text, contain: Array(needle.utf8), ignoringCase: true)
                        == text.lowercased().contains(needle), "\(text) / \(needle)")
            }
        }
    }

    /// The phrase search passes lines by a case-blind byte search for the second word, and
    /// remembers its answers: in any case, asked again, in lines of other scripts, it answers
    /// as a reading of every line's words does.
    @Test func containsPhraseFindsTwoWordsSideBySideInAnyCase() throws {
        let document = try Fixtures.document(
            "The GARDEN CLUB meets on Tuesdays.\n\nVisit gardenclub.example.org for more.\n\nCafé Élan Bakery opens\n")
        let words = RepairURLs.ProseWords(document: document)
        for _ in 0..<2 {
            #expect(words.containsPhrase("garden", "club"))
            #expect(words.containsPhrase("Garden", "Club"))
            #expect(!words.containsPhrase("club", "garden"))
            #expect(!words.containsPhrase("garden", "clubs"))
            #expect(words.containsPhrase("élan", "bakery"))
            #expect(words.containsPhrase("café", "élan"))
            #expect(!words.containsPhrase("café", "bakery"))
        }
    }

    /// The digit pre-checks of the dateline and event tests: a plain-ASCII line without a digit
    /// is neither, and lines with digits or other scripts are still read in full.
    @Test func datelineAndEventLineNeedANumber() {
        #expect(!TextShape.isDateline("Spring Issue"))
        #expect(TextShape.isDateline("Spring Issue 2026"))
        #expect(!TextShape.isEventLine("Saturday July Fair on the green eleven till four"))
        #expect(TextShape.isEventLine("Saturday 12 July: fair on the green, 11am"))
        #expect(TextShape.hasNoASCIIDigit("Spring Issue"))
        #expect(!TextShape.hasNoASCIIDigit("Spring Issue 2026"))
        #expect(!TextShape.hasNoASCIIDigit("Été"))
    }

    @Test func titleContinuationTurnsContactLinesAway() {
        for line in ["Tel: 020 7946 0381", "Email: info@example.org", "020 7946 0381", "Spring Fair Opens", "www.example.org"] {
            if SegmentSections.isContactLine(line) { #expect(!TextShape.isTitleContinuation(line)) }
        }
        #expect(!TextShape.isTitleContinuation("Tel: 020 7946 0381"))
        #expect(TextShape.isTitleContinuation("Spring Fair Opens"))
    }
}
