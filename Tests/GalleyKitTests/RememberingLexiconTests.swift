import Synchronization
import Testing

@testable import GalleyKit

/// The stages' memo in front of the lexicon (issue 11): bounded, so a long document's one-off
/// questions cannot grow it without end, and always answering as the lexicon it wraps.
@Suite struct RememberingLexiconTests {
    /// A word list that counts the questions that reach it.
    final class CountingLexicon: Lexicon, @unchecked Sendable {
        let words = WordListLexicon(["station", "first", "office"])
        let asked = Mutex(0)
        func isWord(_ word: String) -> Bool {
            asked.withLock { $0 += 1 }
            return words.isWord(word)
        }
    }

    @Test func aRepeatedWordIsAskedOnce() {
        let counting = CountingLexicon()
        let remembering = RememberingLexicon(counting)
        for _ in 0..<5 { #expect(remembering.isWord("station")) }
        #expect(!remembering.isWord("sta"))
        #expect(counting.asked.withLock { $0 } == 2)
    }

    /// A word asked on its bytes shares the memory of one asked as a string, and gets the same answer.
    @Test func bytesAndStringsShareOneMemory() {
        let counting = CountingLexicon()
        let remembering = RememberingLexicon(counting)
        for word in ["station", "sta", "office", "café", ""] {
            var copy = word
            let byBytes = copy.withUTF8 { remembering.isWord(utf8: $0) }
            #expect(byBytes == counting.words.isWord(word), "\(word)")
            #expect(remembering.isWord(word) == byBytes, "\(word)")
        }
        // Each word reached the lexicon once, whichever way it was asked first.
        #expect(counting.asked.withLock { $0 } == 5)
    }

    @Test func theMemoryNeverHoldsMoreThanItsCapacity() {
        let counting = CountingLexicon()
        let remembering = RememberingLexicon(counting, capacity: 8)
        for index in 0..<100 {
            _ = remembering.isWord("candidate\(index)")
            #expect(remembering.count <= 8)
        }
        // Emptied and filled again, it still answers as the lexicon does.
        for word in ["station", "first", "sta", "ofice", "office"] {
            #expect(remembering.isWord(word) == counting.words.isWord(word), "\(word)")
        }
        #expect(counting.asked.withLock { $0 } == 105)
    }

    /// A word asked again survives the emptying that a stream of one-off questions brings about;
    /// the one-off questions do not, and the memory stays within its capacity.
    @Test func wordsAskedAgainOutliveOneOffQuestions() {
        let counting = CountingLexicon()
        let remembering = RememberingLexicon(counting, capacity: 8)
        #expect(remembering.isWord("station"))
        #expect(remembering.isWord("station"))
        #expect(!remembering.isWord("sta"))
        for index in 0..<50 {
            _ = remembering.isWord("candidate\(index)")
            #expect(remembering.count <= 8)
        }
        let asked = counting.asked.withLock { $0 }
        #expect(asked == 52)
        #expect(remembering.isWord("station"))
        #expect(counting.asked.withLock { $0 } == asked)
        // "sta" was asked once only: it went with the candidates.
        #expect(!remembering.isWord("sta"))
        #expect(counting.asked.withLock { $0 } == asked + 1)
    }

    /// Thousands of words, some of them differing only in a byte or in length, multi-byte ones
    /// and the empty word, asked twice: each answer is the lexicon's, and only the first asking
    /// reaches it (the table grows and probes past collisions without mixing words up).
    @Test func manyWordsAreRememberedApartAndRight() {
        let counting = CountingLexicon()
        let remembering = RememberingLexicon(counting)
        var words = ["", "station", "stations", "statio", "office", "offic\u{e9}", "ﬁrst", "first"]
        for index in 0..<3000 { words.append("w\(index)") }
        for index in 0..<300 { words.append(String(repeating: "a", count: index)) }
        for _ in 0..<2 {
            for word in words { #expect(remembering.isWord(word) == counting.words.isWord(word), "\(word)") }
        }
        #expect(counting.asked.withLock { $0 } == Set(words).count)
        #expect(remembering.count == Set(words).count)
    }
}
