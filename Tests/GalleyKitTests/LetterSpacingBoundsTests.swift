import Testing

@testable import GalleyKit

/// `LetterSpacingScan.singleLetterBounds` turns lines with other scripts or curly marks away from
/// the letter-spacing reading on their bytes (issue 11: splitting them into characters cost
/// ~19,000 instructions a line). Its bounds must hold for every text, against the counts of
/// `split(separator: " ")` that `ReadLetterSpacing.respaced` takes: never fewer singles, never
/// more words; so a line the exact counts let through is never turned away.
@Suite struct LetterSpacingBoundsTests {
    static func exact(_ text: String) -> (words: Int, singles: Int) {
        let words = text.split(separator: " ")
        return (words.count, words.filter { $0.count == 1 && $0.first!.isLetter }.count)
    }

    static func expectBounds(_ text: String) {
        let bounds = LetterSpacingScan.singleLetterBounds(text[...])
        let exact = Self.exact(text)
        #expect(bounds.singles >= exact.singles, "\(text.debugDescription)")
        #expect(bounds.words <= exact.words, "\(text.debugDescription)")
        if let ascii = LetterSpacingScan.singleLetterWords(text[...]) {
            #expect(ascii == exact, "\(text.debugDescription)")
        }
    }

    @Test(arguments: [
        "", " ", "N E W S", "É T É", "e\u{301} t e\u{301}", "a \u{301}b c", " \u{301}", "“W E L C O M E”", "don’t stop",
        "日 本 語", "x\r\ny z", "🇬 🇧 a", "a\u{200D} b", "\u{600} a b c", "A — B — C", "word\u{A0}word a b",
    ])
    func holdOnEdges(_ text: String) {
        Self.expectBounds(text)
    }

    @Test func holdOnGeneratedText() {
        let alphabet = [
            "a", "B", "é", "e\u{301}", "\u{301}", " ", " ", "  ", "’", "“", "—", "x", "yz", "日", "\r", "\n", "\u{200D}",
            "\u{600}", "🇬", "1", ".", "\u{A0}", "ß",
        ]
        var random = Xorshift(seed: 0x1234_5678_9ABC_DEF1)
        func next() -> Int { random.next() }
        var letterSpaced = 0
        for _ in 0..<20_000 {
            // Half the texts are runs of one-character tokens between spaces: the letter-spaced shape.
            let text =
                next() % 2 == 0
                ? (0..<(1 + next() % 14)).map { _ in alphabet[next() % alphabet.count] }.joined()
                : (0..<(1 + next() % 8)).map { _ in alphabet[next() % alphabet.count] }.joined(separator: " ")
            Self.expectBounds(text)
            if LetterSpacingScan.mayBeLetterSpaced(Self.exact(text), minimumSingles: 3, minimumShare: 0.6) { letterSpaced += 1 }
        }
        // The text reaches the letter-spaced shape often enough for the bounds to matter.
        #expect(letterSpaced > 500)
    }

    /// Prose with curly quotes and accents, the lines the bounds are for, is turned away by them.
    @Test(arguments: ["“Welcome to the café,” she said — and we did.", "The naïve art show opens in the hall at 7"])
    func turnAwayProse(_ text: String) {
        #expect(!LetterSpacingScan.mayBeLetterSpaced(LetterSpacingScan.singleLetterBounds(text[...]), minimumSingles: 3, minimumShare: 0.6))
    }
}
