import Testing

@testable import GalleyKit

/// The byte readings and early stops of `RemoveRunningHeaders` (page labels, bare numbers, keys,
/// foot lines, head word counts and separators) only skip work (issue 11): each is held here to
/// the reading it stands in front of, on edge strings and generated ones.
@Suite struct RunningHeadFastPathTests {
    static let edges = [
        "", " ", "  ", "a", "Page 3", "PAGE 8", "Page 3 of 12", "3 of 12", "p. 4", "pg. 12", "- 4 -", "– 4 –", "— 12 —",
        "4 | Parish News", "Parish News | 4", "Parish News | 4 | x", "(4)", "[12]", "-4-", " 7 ", "1234", "a1", "٣",
        "See www.example.org/what-we-do for more", "x@y.org word", "and/or that", "e.g. this one", "end.Next",
        "services/adult-care/carers/", "Café Élan à Kent 5", "a \u{301}b 3 c d e", " \u{301}4", "\u{600} 4 of 5",
        "\u{600}- 4 -", "E\u{301} 9", "\u{212A}elvin 4", "İstanbul page 4", "“Quoted” 4 – and — more", "CR\r\nLF 4",
        "tab\tseparated 4 words here now", "well\u{A0}being\u{3000}hub 7", "one two three four five",
        "one two three four", "1 2 3 4 5", "Page\u{A0}4", "page 4\r\n", "p\u{301} 4", "|4", "4|", "a | 4 é",
        "The Parish Pump · Spring 2026", "👩‍👩‍👧 7 of 9", "🇬🇧 4", "News • 4", "a, b", "x – y", "x — y", "·\u{301}",
        "–\u{301} 4 –", "The Parish Pump \u{0387} Spring", "a \u{037E} b", "- 4 -\u{301}", "– 12 —", "—", "-", "- -", "one two three four five six ·",
        "a b c d \u{301}e", "a b c d\r\ne f", "a b c d e\u{301}", "\u{600} a b c d e",
    ]

    static let alphabet = [
        "a", "Q", "p", "Page", "of", "4", "12", "0", " ", "  ", "\t", "\n", "\r\n", "\r", "-", "–", "—", "|", "(", ")",
        "[", ".", "/", "@", "www.", "é", "\u{301}", "\u{600}", "\u{A0}", "İ", "\u{212A}", "“", "’", "·", "‍", "👩", "٣",
        "org", "x-y", "'", "•", ",",
    ]

    static func generated(_ count: Int, seed: UInt64, pieces: Int = 10) -> [String] {
        var random = Xorshift(seed: seed)
        return (0..<count).map { _ in
            (0..<(1 + random.next(below: pieces))).map { _ in alphabet[random.next(below: alphabet.count)] }.joined()
        }
    }

    // MARK: RemoveRunningHeaders

    /// `isPageLabel` as it read before its early stops: lower-cased and split into words.
    static func referenceIsPageLabel(_ text: String) -> Bool {
        let line = text.trimmingWhitespace()
        let words = line.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        func isNumber(_ word: String) -> Bool { word.count <= 3 && !word.isEmpty && word.allSatisfy(\.isASCIIDigitCharacter) }
        if words.count == 2, ["page", "p.", "pg", "pg."].contains(words[0]), isNumber(words[1]) { return true }
        if words.count == 4, words[0] == "page", isNumber(words[1]), words[2] == "of", isNumber(words[3]) { return true }
        if words.count == 3, isNumber(words[0]), words[1] == "of", isNumber(words[2]) { return true }
        if let first = line.first, let last = line.last, "-–—".contains(first), "-–—".contains(last), line.count >= 3,
            referenceIsBareNumber(line)
        {
            return true
        }
        let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        if parts.count == 2, line.count <= RemoveRunningHeaders.maximumFolioLength {
            let (left, right) = (parts[0], parts[1])
            if isNumber(left), right.contains(where: \.isLetter) { return true }
            if isNumber(right), left.contains(where: \.isLetter) { return true }
        }
        return false
    }

    static func referenceIsBareNumber(_ text: String) -> Bool {
        let core = text.trimmingWhitespace().trimming(characters: "-–—()[] ")
        guard !core.isEmpty, core.count <= 3, core.allSatisfy(\.isASCIIDigitCharacter), let value = Int(core) else {
            return false
        }
        return value >= 1 && value <= RemoveRunningHeaders.largestPageNumber
    }

    static func expectRunningHeadAgrees(_ text: String) {
        #expect(RemoveRunningHeaders.isPageLabel(text) == referenceIsPageLabel(text), "\(text.debugDescription)")
        #expect(RemoveRunningHeaders.isBareNumber(text) == referenceIsBareNumber(text), "\(text.debugDescription)")
        for limit in [0, 1, 4, 10] {
            #expect(
                RemoveRunningHeaders.hasMoreWords(than: limit, in: text, atWhitespace: false)
                    == (text.split(separator: " ").count > limit),
                "\(text.debugDescription) \(limit)")
            // As `isPageLabel` counted its lower-cased words.
            #expect(
                RemoveRunningHeaders.hasMoreWords(than: limit, in: text, atWhitespace: true)
                    == (text.lowercased().split(whereSeparator: \.isWhitespace).count > limit),
                "\(text.debugDescription) \(limit)")
        }
        #expect(RemoveRunningHeaders.key(text) == RemoveRunningHeaders.plainKey(text), "\(text.debugDescription)")
        #expect(RemoveRunningHeaders.characterKey(text) == RemoveRunningHeaders.plainKey(text), "\(text.debugDescription)")
        #expect(
            RemoveRunningHeaders.lowercasedWords(text) == text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init),
            "\(text.debugDescription)")
        FootLineFastPathTests.expectAgrees(text)
        if !RemoveRunningHeaders.mayHoldRunningHeadSeparator(text) {
            #expect(!text.contains(where: { RemoveRunningHeaders.runningHeadSeparators.contains($0) }), "\(text.debugDescription)")
        }
        if !RemoveRunningHeaders.mayBeDashedNumber(text), let first = text.first, let last = text.last {
            #expect(!("-–—".contains(first) && "-–—".contains(last)), "\(text.debugDescription)")
        }
    }

    @Test(arguments: edges)
    func runningHeadShortcutsAgreeOnEdges(_ text: String) {
        Self.expectRunningHeadAgrees(text)
    }

    @Test func runningHeadShortcutsAgreeOnGeneratedLines() {
        for text in Self.generated(6_000, seed: 0x9E37_79B9_7F4A_7C15) { Self.expectRunningHeadAgrees(text) }
        // Long lines, past the early stops.
        for text in Self.generated(500, seed: 0x2545_F491_4F6C_DD1D, pieces: 60) { Self.expectRunningHeadAgrees(text) }
    }
}
