/// Answers "is this a word?" for the stages that must decide how to repair text.
///
/// Implementations are thread-safe: batch conversion shares one lexicon across tasks.
public protocol Lexicon: Sendable {
    /// Whether `word` is spelled as a dictionary word (case as written; a capitalised
    /// form of a lower-case word is accepted, as at the start of a sentence).
    func isWord(_ word: String) -> Bool
}

/// A lexicon from a fixed list of words, for tests and as a fallback.
public struct WordListLexicon: Lexicon {
    private let words: Set<String>

    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words.map { $0.lowercased() })
    }

    public func isWord(_ word: String) -> Bool {
        if words.contains(word.lowercased()) { return true }
        // A hyphenated compound is a word when each of its parts is.
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count > 1 && parts.allSatisfy { !$0.isEmpty && words.contains($0.lowercased()) }
    }
}
