import Foundation

/// A lexicon that remembers each answer of the one it wraps, for one stage's run over one
/// document: a document asks about the same words again and again (every line-end word, every
/// piece of every split), and a look-up in the compiled lexicon costs a thousand instructions or more.
///
/// The memory is a hash table of the words' UTF-8 bytes (FNV-1a, open addressing), not a
/// `[String: Bool]`: a stage asks it hundreds of thousands of times on a long document, and the
/// dictionary's hashing and growth cost more than the compiled lexicon's own look-up (issue 11).
///
/// The memory is bounded: when it holds `capacity` answers it keeps only those asked again after
/// they were stored (the document's words) and fills again, so a long document's stream of one-off
/// questions (every candidate join of two neighbouring words on 2,000 pages) cannot grow it
/// without end, nor push the words it keeps asking about out with it. When even those are more
/// than half the capacity, it is emptied. The answers never change, only how many are at hand.
///
/// Not for sharing: the memory takes no lock, so it lives inside one stage's `run`, on one thread.
final class RememberingLexicon: Lexicon, @unchecked Sendable {
    /// Answers kept at most: a newsletter's whole vocabulary, several times over, in about a
    /// megabyte (small enough to stay in the processor's cache beside the lexicon). Unbounded, RepairLigatures' candidates on 2,000 pages of plain word lines took
    /// 150 MB.
    static let defaultCapacity = 1 << 15

    private let lexicon: any Lexicon
    private let capacity: Int
    /// One stored value, so that a question costs one exclusivity check of the class's memory,
    /// not one per array touched.
    private var table = Table()

    init(_ lexicon: any Lexicon, capacity: Int = defaultCapacity) {
        self.lexicon = lexicon
        self.capacity = max(capacity, 1)
    }

    /// The number of answers held now.
    var count: Int { table.entries.count }

    func isWord(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { isWord(utf8: $0) }
    }

    /// `isWord` of the word whose UTF-8 bytes these are: a word read on a line's bytes is
    /// recalled without first becoming a string, which is made only to ask the wrapped lexicon.
    func isWord(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(word)
        let hash = Table.hash(raw)
        if let answer = table.recall(raw, hash: hash) { return answer }
        let answer = lexicon.isWord(String(decoding: word, as: UTF8.self))
        table.remember(raw, hash: hash, answer: answer, capacity: capacity)
        return answer
    }

    private struct Table {
        /// Each remembered word: where its bytes start in `bytes`, how many, its hash, the answer,
        /// and whether it was asked again since it was stored.
        struct Entry {
            var start: Int32
            var length: Int32
            var hash: UInt64
            var answer: Bool
            var askedAgain = false
        }
        var entries: [Entry] = []
        var bytes: [UInt8] = []
        /// An index into `entries` plus one, 0 for an empty slot; the count a power of two at
        /// least twice the entries'.
        var slots: [Int32] = []

        static func hash(_ word: UnsafeRawBufferPointer) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }

        /// The answer remembered for `word`, marking it asked again; nil when there is none.
        mutating func recall(_ word: UnsafeRawBufferPointer, hash: UInt64) -> Bool? {
            guard !slots.isEmpty else { return nil }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let index = Int(slots[slot]) - 1
                let entry = entries[index]
                if entry.hash == hash, Int(entry.length) == word.count, equals(entry, word) {
                    if !entry.askedAgain { entries[index].askedAgain = true }
                    return entry.answer
                }
                slot = (slot + 1) & mask
            }
            return nil
        }

        func equals(_ entry: Entry, _ word: UnsafeRawBufferPointer) -> Bool {
            bytes.withUnsafeBytes { stored in
                word.isEmpty || memcmp(stored.baseAddress! + Int(entry.start), word.baseAddress!, word.count) == 0
            }
        }

        mutating func remember(_ word: UnsafeRawBufferPointer, hash: UInt64, answer: Bool, capacity: Int) {
            if entries.count >= capacity { keepAskedAgain(capacity: capacity) }
            if slots.count < 2 * (entries.count + 1) { grow() }
            entries.append(Entry(start: Int32(bytes.count), length: Int32(word.count), hash: hash, answer: answer))
            bytes.append(contentsOf: word)
            place(entries.count - 1)
        }

        /// Drops every entry not asked again since it was stored (all of them when those asked
        /// again are more than half of `capacity`); the survivors stay until then.
        mutating func keepAskedAgain(capacity: Int) {
            let kept = entries.filter(\.askedAgain)
            let oldBytes = bytes
            entries.removeAll(keepingCapacity: true)
            bytes.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = 0 }
            guard kept.count <= capacity / 2 else { return }
            for entry in kept {
                let start = Int(entry.start)
                entries.append(
                    Entry(start: Int32(bytes.count), length: entry.length, hash: entry.hash, answer: entry.answer, askedAgain: true))
                bytes.append(contentsOf: oldBytes[start..<(start + Int(entry.length))])
                place(entries.count - 1)
            }
        }

        /// Doubles the slots (64 at first) and puts every entry back.
        mutating func grow() {
            slots = Array(repeating: 0, count: max(64, slots.count * 2))
            for index in entries.indices { place(index) }
        }

        mutating func place(_ index: Int) {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
