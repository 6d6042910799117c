import Testing

@testable import GalleyKit

/// The vocabulary counted once per conversion: forgetting removed lines gives what counting the
/// lines left would, and a vocabulary that depends on the order of its texts is not reused.
@Suite struct SharedVocabularyTests {
    static let kept = [
        "The multi-agency team met the self-harming youth.", "Café owners and the multi-agency panel",
        "wellbeing — wellbeing again",
    ]
    static let removed = ["nshire Practice Handboo", "self-harming multi-agency wh", "Café—noise"]

    @Test func forgettingRemovedLinesEqualsCountingTheRest() {
        var shrunk = DocumentVocabulary(texts: Self.kept + Self.removed)
        shrunk.remove(texts: Self.removed)
        let counted = DocumentVocabulary(texts: Self.kept)
        #expect(shrunk.counts == counted.counts)
        #expect(shrunk.hyphenatedByGlued == counted.hyphenatedByGlued)
        #expect(shrunk.counts["nshire"] == nil)
        #expect(shrunk.counts["multi-agency"] == 2)
        #expect(shrunk.isOrderIndependent)
        for glued in ["selfharming", "multiagency", "nshire"] {
            let letters = Array(glued.utf8)
            #expect(
                !counted.mayHaveHyphenatedForm(ofASCIILetters: letters)
                    || shrunk.mayHaveHyphenatedForm(ofASCIILetters: letters))
        }
    }

    @Test func aFormRemovedEverywhereLeavesNoHyphenatedSpelling() {
        var shrunk = DocumentVocabulary(texts: ["a long-term plan", "plain words"])
        shrunk.remove(texts: ["a long-term plan"])
        #expect(shrunk.hyphenatedForm(of: "longterm") == nil)
        #expect(shrunk.hyphenatedByGlued.isEmpty)
        #expect(!shrunk.mayHaveHyphenatedForm(ofASCIILetters: Array("longterm".utf8)))
    }

    @Test func twoHyphenationsOfOneFormMakeTheVocabularyOrderDependent() {
        let vocabulary = DocumentVocabulary(texts: ["co-operate", "coop-erate"])
        #expect(!vocabulary.isOrderIndependent)
        #expect(DocumentVocabulary(texts: ["co-operate", "co-operate"]).isOrderIndependent)
    }

    @Test func aConversionSharesTheVocabularyOnlyWhileTheTextIsUnchanged() {
        let lines = ["Care leavers and the multi-agency panel", "self-harming"].map { Line($0) }
        var document = Document(
            source: SourceInfo(file: "t.txt", format: .text, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: [Block(lines: lines, page: 1)])])
        let shared = SharedVocabulary()
        let first = shared.vocabulary(of: document)
        #expect(first.hyphenatedForm(of: "selfharming") == "self-harming")
        document.pages[0].blocks[0].lines.removeLast()
        // Not reported: the tally no longer matches, so the words are counted again.
        #expect(shared.vocabulary(of: document).hyphenatedForm(of: "selfharming") == nil)
        document.pages[0].blocks[0].lines.append(Line("long-term"))
        _ = shared.vocabulary(of: document)
        let removed = document.pages[0].blocks[0].lines.removeLast()
        shared.remove([removed])
        let reused = shared.vocabulary(of: document)
        #expect(reused.hyphenatedForm(of: "longterm") == nil)
        #expect(reused.counts == DocumentVocabulary(document: document).counts)
    }
}
