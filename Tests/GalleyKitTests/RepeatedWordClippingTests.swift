import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Picture text is judged by clipped words: a word that is not in the dictionary but starts or
/// ends a longer word of the document. A name the document also prints on its own ("Ashgrove" in
/// a masthead and a dateline, "example-ashgrove-" in an address broken at a line end) is one of its words, not a piece
/// clipped off the address; the near miss prints it only once, in the line being judged.
@Suite struct RepeatedWordClippingTests {
    @Test func aNameTheDocumentRepeatsIsNoClippedWord() {
        let vocabulary = DocumentVocabulary(texts: [
            "Ashgrove Matters", "The newsletter of Ashgrove Residents' Association",
            "or visit www.example-ashgrove-", "residents.org.uk, where every issue can be read",
        ])
        var judge = RemoveImageText.Judge(lexicon: Fixtures.lexicon, vocabulary: vocabulary)
        let assessment = judge.assess("Ashgrove Matters", continuesHyphenated: false)
        #expect(!assessment.hasEdgeClippedWord)
        #expect(!assessment.isGarbled)
    }

    @Test func aPieceOfALongerWordPrintedOnceIsClipped() {
        let vocabulary = DocumentVocabulary(texts: [
            "Ashgrove Matters", "or visit www.example-ashgrove-", "residents.org.uk, where every issue can be read",
        ])
        var judge = RemoveImageText.Judge(lexicon: Fixtures.lexicon, vocabulary: vocabulary)
        #expect(judge.assess("Ashgrove Matters", continuesHyphenated: false).hasEdgeClippedWord)
    }
}
