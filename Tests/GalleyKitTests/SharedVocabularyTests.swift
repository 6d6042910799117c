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

    /// Lines moved between blocks (as `MarkCaptions` and `RejoinInterleavedText` move them) keep the
    /// words but change which of two hyphenations of a form comes last: the shared vocabulary then
    /// maps the form as a new count of the moved lines would, reading only the lines with a hyphen.
    @Test(arguments: [false, true])
    func movedLinesMapAFormToTheSpellingPrintedLast(withRemoval: Bool) {
        let texts = [
            "The co-operate scheme", "plain words here", "a coop-erate note, é-mail and e-mail", "Kein Bindestrich",
            "Another co-operate line", "self-harming", "coop-erate again", "noise line",
        ]
        func document(_ order: [Int]) -> Document {
            let lines = order.map { Line(texts[$0]) }
            return Document(
                source: SourceInfo(file: "t.txt", format: .text, sha256: "", pageCount: 1),
                pages: [
                    Page(number: 1, blocks: [Block(lines: Array(lines.prefix(4)), page: 1), Block(lines: Array(lines.dropFirst(4)), page: 1)])
                ])
        }
        let shared = SharedVocabulary()
        let before = shared.vocabulary(of: document(Array(0..<8)))
        #expect(!before.isOrderIndependent)
        #expect(before.hyphenatedForm(of: "cooperate") == "coop-erate")
        var moved = document([6, 1, 2, 3, 4, 5, 0, 7])
        if withRemoval {
            let removed = moved.pages[0].blocks[1].lines.removeLast()
            shared.remove([removed])
        }
        let reused = shared.vocabulary(of: moved)
        let counted = DocumentVocabulary(document: moved)
        #expect(reused.hyphenatedForm(of: "cooperate") == "co-operate")
        #expect(reused.hyphenatedByGlued == counted.hyphenatedByGlued)
        #expect(reused.counts == counted.counts)
        #expect(reused.hyphenatedForm(of: "email") == counted.hyphenatedForm(of: "email"))
    }
}
