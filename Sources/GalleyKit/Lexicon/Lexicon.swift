/// Answers "is this a word?" for the stages that must decide how to repair text.
///
/// Implementations are thread-safe: batch conversion shares one lexicon across tasks.
package protocol Lexicon: Sendable {
    /// Whether `word` is spelled as a dictionary word (case as written; a capitalised
    /// form of a lower-case word is accepted, as at the start of a sentence).
    func isWord(_ word: String) -> Bool
}

/// A lexicon from a fixed list of words, for tests and as a fallback.
package struct WordListLexicon: Lexicon {
    private let words: Set<String>

    package init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words.map { $0.lowercased() })
    }

    package func isWord(_ word: String) -> Bool {
        if words.contains(word.lowercased()) { return true }
        // A hyphenated compound is a word when each of its parts is.
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count > 1 && parts.allSatisfy { !$0.isEmpty && words.contains($0.lowercased()) }
    }
}

extension Lexicon {
    /// The ways `word` splits into two dictionary words of at least `minimumPart` letters each,
    /// left to right ("selfharming" → [("self", "harming")]). Whether `word` is itself a word is
    /// not asked here: callers ask `isWord` first.
    ///
    /// Each part is one `isWord` look-up, so a cached lexicon answers repeated words cheaply.
    package func twoWordSplits(of word: String, minimumPart: Int) -> [(head: String, tail: String)] {
        let characters = Array(word)
        guard minimumPart > 0, characters.count >= 2 * minimumPart else { return [] }
        var result: [(head: String, tail: String)] = []
        for cut in minimumPart...(characters.count - minimumPart) {
            let head = String(characters[..<cut]), tail = String(characters[cut...])
            if isWord(head), isWord(tail) { result.append((head, tail)) }
        }
        return result
    }
}
