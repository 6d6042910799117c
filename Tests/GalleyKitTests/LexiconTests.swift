import GalleyTestSupport
import Testing

@testable import GalleyKit

@Suite struct LexiconTests {
    /// What the stages rely on hunspell en_GB to say: glued compounds are not words, their
    /// hyphenated forms and ordinary closed words are.
    @Test(arguments: [
        ("selfharming", false), ("self-harming", true), ("nonaccidental", false), ("MultiAgency", false),
        ("Multi-Agency", true), ("socialcare", false), ("coordinating", true), ("cooperate", true),
        ("nonetheless", true), ("database", true), ("bathtime", false), ("wellbeing", false), ("Agency", true),
    ])
    func hunspellAnswers(word: String, isWord: Bool) {
        #expect(Fixtures.lexicon.isWord(word) == isWord)
    }

    @Test(arguments: [
        ("selfharming", 3, ["self|harming"]),
        ("nonaccidental", 3, ["non|accidental"]),
        ("wedo", 2, ["we|do"]),
        ("bumpsto", 2, ["bumps|to"]),
        // A surname splits into words only when two-letter parts are allowed: why stages ask for three.
        ("Ashby", 3, []),
        ("Ashby", 2, ["Ash|by"]),
        ("Nurbek", 2, []),
        ("abc", 2, []),
    ])
    func twoWordSplits(word: String, minimumPart: Int, expected: [String]) {
        let splits = Fixtures.lexicon.twoWordSplits(of: word, minimumPart: minimumPart).map { "\($0.head)|\($0.tail)" }
        #expect(splits == expected)
    }

    @Test func wordListLexiconIgnoresCaseAndAcceptsCompoundsOfItsWords() {
        let lexicon = WordListLexicon(["self", "harm", "community"])
        #expect(lexicon.isWord("Community"))
        #expect(lexicon.isWord("self-harm"))
        #expect(!lexicon.isWord("selfharm"))
        #expect(!lexicon.isWord("self-"))
        #expect(lexicon.twoWordSplits(of: "selfharm", minimumPart: 3).map(\.head) == ["self"])
    }

    @Test func documentVocabularyKnowsTheHyphenatedSpellings() {
        let vocabulary = DocumentVocabulary(texts: [
            "Multi-Agency Policies", "young people who self-harm.", "wellbeing and wellbeing",
        ])
        #expect(vocabulary.hyphenatedForm(of: "MultiAgency") == "multi-agency")
        #expect(vocabulary.hyphenatedForm(of: "selfharm") == "self-harm")
        #expect(vocabulary.hyphenatedForm(of: "selfharming") == nil)
        #expect(vocabulary.counts["wellbeing"] == 2)
        #expect(vocabulary.contains("POLICIES"))
    }
}
