import Testing

@testable import GalleyKit

/// The fast paths of `RepairHyphenation`'s glued-compound search (issue 11, raw-dump speed) held
/// to the code they stand in front of.
@Suite struct RepairHyphenationFastPathTests {
    /// Words of every shape the search meets, and some it never should: ASCII cases, non-ASCII
    /// letters, combining marks, ZWJ, CR LF, curly quotes, dashes.
    static let words = [
        "", "a", "abc", "Abc", "ABC", "community", "selfharm", "wellknown", "Wellknown", "wellKnown", "singletrack",
        "MultiAgency", "SENCO", "caf\u{E9}", "cafe\u{301}", "\u{130}stanbul", "\u{131}stanbul", "\u{212A}elvin",
        "kelvin", "well\u{200D}known", "well\r\nknown", "\u{201C}wellknown\u{201D}", "well\u{2013}known",
        "well-known", "stra\u{DF}e", "\u{E9}t\u{E9}", "\u{1D41}", "\u{AA}", "ab1", "ab c", "x" + String(repeating: "y", count: 40),
    ]

    /// Generated words from an alphabet of ASCII letters of both cases and the edge characters above.
    static func generated() -> [String] {
        let alphabet: [String] = Array("abcdefghijklmnopqrstuvwxyzAKZ").map(String.init) + [
            "\u{E9}", "\u{301}", "\u{130}", "\u{131}", "\u{212A}", "\u{200D}", "\r\n", "\u{201C}", "\u{2013}", "-", "1", "\u{DF}",
        ]
        var generator = Xorshift(seed: 0x4879_7068_656E)
        return (0..<400).map { _ in
            let length = generator.next(below: 12)
            return (0..<length).map { _ in
                // Mostly lower-case ASCII, as a dump's words are.
                generator.next(below: 4) == 0
                    ? alphabet[generator.next(below: alphabet.count)] : alphabet[generator.next(below: 26)]
            }.joined()
        }
    }

    /// The byte test of "all lower-case" answers as the scalars' property on every word.
    @Test func lowercaseIsReadOnTheBytes() {
        for word in Self.words + Self.generated() {
            let slow = word.unicodeScalars.allSatisfy { $0.properties.isLowercase }
            #expect(
                RepairHyphenation.isLowercaseWord(word, isPlainASCII: WordScan.isPlainASCII(word.utf8)) == slow, "\(word)")
            #expect(RepairHyphenation.isLowercaseWord(word, isPlainASCII: false) == slow, "\(word)")
        }
    }

    static let lexicon = WordListLexicon([
        "well", "known", "self", "harm", "single", "track", "singlet", "rack", "community", "multi", "agency",
        "kelvin", "cafe", "kel", "vin",
    ])

    /// A dump's candidate with its position as the only evidence is rejected before the dictionary
    /// when it is not lower-case: the answer is the general path's (not a word, then `dumpJoinCut`).
    @Test func dumpCandidateRejectsAsTheGeneralPath() {
        let stage = RepairHyphenation()
        let vocabulary = DocumentVocabulary(texts: ["a single complaint", "printed wellknown twice wellknown"])
        for word in Self.words + Self.generated() + ["wellknown", "selfharm", "kelvinkelvin", "singletrack"] {
            let lexicon = RememberingLexicon(Self.lexicon)
            let fast = stage.compoundCut(
                word, lineOffset: 0, joinedLineMedian: nil, vocabulary: vocabulary, lexicon: lexicon, inDump: true)
            let hyphenatedForm = vocabulary.hyphenatedForm(of: word)
            if hyphenatedForm != nil || word.count < 2 * RepairHyphenation.minimumPartLength { continue }
            let slow = Self.lexicon.isWord(word)
                ? nil : stage.dumpJoinCut(word, vocabulary: vocabulary, lexicon: RememberingLexicon(Self.lexicon))
            #expect(fast?.cuts == slow, "\(word)")
            #expect(fast?.weighsSpelling ?? false == false, "\(word)")
        }
    }
}
