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

    @Test func titleContinuationTurnsContactLinesAway() {
        for line in ["Tel: 020 7946 0381", "Email: info@example.org", "020 7946 0381", "Spring Fair Opens", "www.example.org"] {
            if SegmentSections.isContactLine(line) { #expect(!TextShape.isTitleContinuation(line)) }
        }
        #expect(!TextShape.isTitleContinuation("Tel: 020 7946 0381"))
        #expect(TextShape.isTitleContinuation("Spring Fair Opens"))
    }
}
