import Foundation
import Testing

@testable import GalleyKit

/// The byte paths of `RemovePullQuotes` (issue 11, raw-dump speed) held to the code they stand in
/// front of: the document's letters read in one pass over each line's bytes, or scalar by scalar
/// on a line of Latin letters, give the ids that
/// `letters` and `CharacterIDs` give, and the test that passes over a block with no line able to
/// open a quotation never passes over one that `scanningQuotes(in:)` finds a quote in.
@Suite struct PullQuoteSearchFastPathTests {
    static let edges = [
        "", " ", "A", "Zz09", "@[`{", "“Quote”", "‘It’s a Quote’ — Chair", "Line one - two", "a\u{2010}b", "a\u{2027}b",
        "a\u{2028}b", "a\u{2030}b", "a\u{205E}b", "a\u{205F}b", "a\u{200F}b", "a\u{200D}b", "a\u{200C}b", "A\u{301}",
        "é", "É", "İstanbul", "\u{212A}elvin", "Σ", "ß", "ﬁsh", "x‼\u{FE0F}", "‰5", "¹²", "\r\n", "line\r\nbreak",
        "café “Bar”", "日本“語”", "don’t – stop", "\u{1F468}\u{200D}\u{1F469}", "\"straight\" 'single'", "«a» „b“",
        "Café · £5 » ÉTÉ", "Ǆemal ǅ ǆ", "Ⱥ", "µ and ª and º", "\u{AD}soft", "e\u{301}t", "\u{85}next", "Ç\u{327}", "½ ¾",
    ]

    /// The ids the character path gives: each of `letters(text)`'s characters through `CharacterIDs`.
    static func reference(_ text: String, _ characters: RemovePullQuotes.RepeatedQuotes.CharacterIDs) -> [UInt32] {
        RemovePullQuotes.letters(text).map(characters.id(of:))
    }

    static func check(_ text: String, _ characters: RemovePullQuotes.RepeatedQuotes.CharacterIDs) {
        // Appended after ids already there, which must stay as they were.
        var ids: [UInt32] = [7, 8]
        RemovePullQuotes.RepeatedQuotes.appendLetters(of: text, to: &ids, id: characters.id(of:))
        #expect(ids == [7, 8] + reference(text, characters), "\(text.debugDescription)")
    }

    /// Whether `scanningQuotes(in:)` could find a quote opening at a line: its trimmed text starts
    /// with an opening mark.
    static func opens(_ text: String) -> Bool {
        text.trimmingWhitespace().first.map(RemovePullQuotes.openingQuotes.contains) == true
    }

    @Test(arguments: edges)
    func lettersAgreeOnEdges(_ text: String) {
        Self.check(text, RemovePullQuotes.RepeatedQuotes.CharacterIDs())
    }

    @Test(arguments: edges)
    func openingTestAgreesOnEdges(_ text: String) {
        if Self.opens(text) { #expect(RemovePullQuotes.mayOpenQuote(text), "\(text.debugDescription)") }
        if Self.opens(" \t" + text) { #expect(RemovePullQuotes.mayOpenQuote(" \t" + text), "\(text.debugDescription)") }
    }

    static let alphabet = [
        "a", "Z", "q", "7", " ", "-", "'", "\"", ".", "@", "[", "`", "{", "\n", "\r", "\t", "\u{0B}", "\u{1F}", "\u{7F}",
        "“", "”", "‘", "’", "«", "»", "„", "—", "–", "•", "…", "\u{2010}", "\u{2027}", "\u{2030}", "\u{205E}",
        "\u{200F}", "\u{2028}", "\u{202F}", "\u{205F}", "\u{2060}", "\u{200D}", "\u{301}", "\u{FE0F}", "‼", "İ", "Σ",
        "é", "ß", "\u{212A}", "\u{A0}", "\u{85}", "²", "日", "\u{1F600}", "·", "£", "»", "É", "ó", "Ǆ", "ǅ", "Ⱥ",
        "µ", "½", "\u{AD}", "\u{327}", "Ω",
    ]

    /// Generated lines, read one after another with one `CharacterIDs` as a document's are.
    @Test func lettersAgreeOnGeneratedStrings() {
        var random = Xorshift(seed: 0x9E37_79B9_7F4A_7C15)
        let characters = RemovePullQuotes.RepeatedQuotes.CharacterIDs()
        var plain = 0, latin = 0
        for _ in 0..<20_000 {
            let text = (0..<(1 + random.next(below: 12))).map { _ in Self.alphabet[random.next(below: Self.alphabet.count)] }
                .joined()
            var scratch: [UInt32] = []
            if text.utf8.withContiguousStorageIfAvailable({ RemovePullQuotes.RepeatedQuotes.appendPlainLetters(of: $0, to: &scratch) }) == true {
                plain += 1
            } else if RemovePullQuotes.RepeatedQuotes.appendLatinLetters(of: text, to: &scratch, id: characters.id(of:)) {
                latin += 1
            }
            Self.check(text, characters)
        }
        // Both paths are exercised.
        #expect(plain > 1_000 && latin > 1_000 && plain + latin < 19_000)
    }

    /// Generated blocks: the quotes found are those the line-by-line scan finds, and the opening
    /// test is false only for lines that cannot open a quote.
    @Test func quotesAgreeOnGeneratedBlocks() {
        var random = Xorshift(seed: 0x2545_F491_4F6C_DD1D)
        let pieces = Self.alphabet + ["the cat sat.", "— from the Chair", "“A quote", "it ends”", "she said", "  "]
        var found = 0
        for _ in 0..<5_000 {
            let lines = (0..<(1 + random.next(below: 6))).map { _ in
                (0..<(1 + random.next(below: 5))).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            }
            for line in lines where Self.opens(line) {
                #expect(RemovePullQuotes.mayOpenQuote(line), "\(line.debugDescription)")
            }
            let block = Block(lines: lines.map { Line($0) }, page: 1)
            let fast = RemovePullQuotes.quotes(in: block), slow = RemovePullQuotes.scanningQuotes(in: block)
            if !slow.isEmpty { found += 1 }
            #expect(fast.map(\.lines) == slow.map(\.lines) && fast.map(\.attribution) == slow.map(\.attribution), "\(lines)")
        }
        #expect(found > 50)
    }
}
