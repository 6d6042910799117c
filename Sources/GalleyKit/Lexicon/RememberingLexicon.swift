/// A lexicon that remembers each answer of the one it wraps, for one stage's run over one
/// document: a document asks about the same words again and again (every line-end word, every
/// piece of every split), and a look-up in the compiled lexicon costs thousands of instructions.
///
/// The memory is bounded: when it holds `capacity` answers it is emptied and fills again, so a
/// long document's stream of one-off questions (every candidate join of two neighbouring words on
/// 2,000 pages) cannot grow it without end. The answers never change, only how many are at hand.
///
/// Not for sharing: the memory takes no lock, so it lives inside one stage's `run`, on one thread.
final class RememberingLexicon: Lexicon, @unchecked Sendable {
    /// Answers kept at most: a newsletter's whole vocabulary, several times over, in a few
    /// megabytes. Unbounded, RepairLigatures' candidates on 2,000 pages of plain word lines took
    /// 150 MB.
    static let defaultCapacity = 1 << 17

    private let lexicon: any Lexicon
    private let capacity: Int
    private var answers: [String: Bool] = [:]

    init(_ lexicon: any Lexicon, capacity: Int = defaultCapacity) {
        self.lexicon = lexicon
        self.capacity = max(capacity, 1)
    }

    /// The number of answers held now.
    var count: Int { answers.count }

    func isWord(_ word: String) -> Bool {
        if let answer = answers[word] { return answer }
        let answer = lexicon.isWord(word)
        if answers.count >= capacity { answers.removeAll(keepingCapacity: true) }
        answers[word] = answer
        return answer
    }
}
