import Foundation
import Testing

@testable import GalleyKit

/// `RemovePullQuotes.letters` reads a line of ASCII and plain punctuation (curly quotes, dashes,
/// bullets) byte by byte instead of lower-casing the whole line into new characters (issue 11:
/// ~120 M instructions on 1 MB of dumps, every quote and every line with a curly mark). The
/// general reading, lower-case then keep letters and numbers, stays the reference.
@Suite struct PullQuoteLettersFastPathTests {
    static func reference(_ text: String) -> [Character] {
        text.lowercased().filter { $0.isLetter || $0.isNumber }.map { $0 }
    }

    static let edges = [
        "", "A", "“Quote”", "‘It’s a Quote’ — Chair", "Line one - two", "a\u{2010}b", "a\u{2027}b", "a\u{2028}b",
        "a\u{200D}b", "a\u{200C}b", "A\u{301}", "é", "Σ", "İstanbul", "ﬁsh", "ß", "x‼\u{FE0F}", "‰5", "¹²", "ª",
        "\r\n", "“We”\u{2060}", "a\u{205E}b", "a\u{205F}b", "café “Bar”", "日本“語”", "A\u{2044}B", "C‽",
    ]

    @Test(arguments: edges)
    func agreesOnEdges(_ text: String) {
        #expect(RemovePullQuotes.letters(text) == Self.reference(text), "\(text.debugDescription)")
    }

    /// Strings of ASCII, the plain punctuation the fast path reads, the characters next to its
    /// ranges, combining marks, joiners and letters that lower-case to more than one scalar.
    @Test func agreesOnGeneratedStrings() {
        let alphabet = [
            "a", "Z", "q", "7", " ", "-", "'", "\"", ".", "\n", "\r", "\t", "“", "”", "‘", "’", "—", "–", "•", "…",
            "\u{2010}", "\u{2027}", "\u{2030}", "\u{205E}", "\u{200F}", "\u{2028}", "\u{202F}", "\u{205F}", "\u{2060}",
            "\u{200D}", "\u{301}", "\u{FE0F}", "‼", "⁉", "İ", "Σ", "é", "ß", "\u{A0}", "²", "日", "\u{1F600}",
        ]
        var random = Xorshift(seed: 0x2545_F491_4F6C_DD1D)
        func next() -> Int { random.next() }
        var fast = 0
        for _ in 0..<20_000 {
            let text = (0..<(1 + next() % 10)).map { _ in alphabet[next() % alphabet.count] }.joined()
            if RemovePullQuotes.asciiLetters(text) != nil { fast += 1 }
            #expect(RemovePullQuotes.letters(text) == Self.reference(text), "\(text.debugDescription)")
        }
        // Both paths are exercised.
        #expect(fast > 2_000 && fast < 18_000)
    }
}
