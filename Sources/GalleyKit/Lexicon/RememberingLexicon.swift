/// A lexicon that remembers each answer of the one it wraps, for one stage's run over one
/// document: a document asks about the same words again and again (every line-end word, every
/// piece of every split), and a look-up in the compiled lexicon costs thousands of instructions.
///
/// Not for sharing: the memory takes no lock, so it lives inside one stage's `run`, on one thread.
final class RememberingLexicon: Lexicon, @unchecked Sendable {
    private let lexicon: any Lexicon
    private var answers: [String: Bool] = [:]

    init(_ lexicon: any Lexicon) {
        self.lexicon = lexicon
    }

    func isWord(_ word: String) -> Bool {
        if let answer = answers[word] { return answer }
        let answer = lexicon.isWord(word)
        answers[word] = answer
        return answer
    }
}
