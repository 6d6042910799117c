import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The byte readings of `RepairURLs` and `CollectLinks` (plain-ASCII text read on its bytes, a
/// byte table of prose words) only skip work: each is held here to the character reading it
/// stands in for, on edge strings, non-ASCII ones included, and on every line of the text samples.
@Suite struct URLStagesByteTests {
    static let edges = [
        "Health and wellbeing.", "See www.example.org/what-we-do for co-ordinated care", "e.g. this", "and/or that",
        "well\u{A0}being\u{3000}hub", "a \u{301}b -lead trail- it’s", "🇬🇧 🇫🇷🇬🇧 flags", "x@y.org word", "end.Next",
        "Café Élan à Kent", "--double-- 'quoted' O'Neill's", "tab\tseparated\u{0B}words\u{0C}here", "CR\r\nLF line",
        "\u{212A}elvin and Kelvin", "Www.Example.org. WWW.X.ORG/y", "a-b-c-d e--f", "   ", "", "- ' -'-",
        "Tel: 0116 305 7130 (24h)", "Call 0800 1111 now", "5\u{301}5 0116 305 7130", "£100 €5 $3 #4 %5",
    ]

    static let lines = LinkStagesFastPathTests.lines + edges

    /// The words `ProseWords` gathered before it kept ASCII words as bytes: those of `words(in:)`.
    static func referenceWords(_ lines: [String]) -> Set<String> {
        Set(lines.flatMap { RepairURLs.ProseWords.words(in: $0) })
    }

    /// The words a `Gathered` holds, as strings.
    static func strings(of gathered: RepairURLs.ProseWords.Gathered) -> Set<String> {
        var words = gathered.otherWords
        gathered.asciiWords.forEach { bytes in words.insert(String(decoding: bytes, as: UTF8.self)) }
        return words
    }

    @Test func gatheredWordsMatchTheWordsOfEachLine() {
        for line in Self.lines {
            var gathered = RepairURLs.ProseWords.Gathered()
            gathered.add(line: line)
            #expect(Self.strings(of: gathered) == Self.referenceWords([line]), "\(line)")
        }
        var all = RepairURLs.ProseWords.Gathered()
        for line in Self.lines { all.add(line: line) }
        #expect(Self.strings(of: all) == Self.referenceWords(Self.lines))
    }

    @Test func proseWordsAnswerAsTheSetOfWords() throws {
        let document = try Fixtures.document(Self.edges.joined(separator: "\n\n") + "\n")
        let words = RepairURLs.ProseWords(document: document)
        let reference = Self.referenceWords(document.pages.flatMap { $0.blocks.flatMap { $0.lines.map(\.text) } })
        let queries =
            Array(reference) + reference.map { $0.uppercased() }
            + ["wellbeing", "WELLBEING", "example", "org", "kelvin", "\u{212A}elvin", "k", "\u{212A}", "café", "CAFÉ", "é", ""]
        for query in queries {
            #expect(words.contains(query) == reference.contains(query.lowercased()), "\(query)")
        }
        #expect(words.contains("Wellbeing") && !words.contains("example"))
    }

    @Test func byteWordCounterContainsWhatWasAdded() {
        var counter = ByteWordCounter()
        let added = (0..<3000).map { "w\($0)" } + ["", "a", "ab"]
        for word in added { Array(word.utf8).withUnsafeBufferPointer { counter.add($0) } }
        for word in added + ["w3000", "b", "w-1", "abc"] {
            let found = Array(word.utf8).withUnsafeBufferPointer { counter.contains($0) }
            #expect(found == added.contains(word), "\(word)")
        }
    }

    // MARK: CollectLinks

    @Test func phoneNumbersOnBytesMatchTheCharacters() {
        func described(_ found: [(Int, String)]) -> [String] { found.map { "\($0.0) \($0.1)" } }
        for line in Self.lines where WordScan.isPlainASCII(line.utf8) {
            #expect(
                described(CollectLinks.phoneNumbers(in: Array(line.utf8))) == described(CollectLinks.phoneNumbers(in: Array(line))),
                "\(line)")
        }
        #expect(described(CollectLinks.phoneNumbers(in: "Tel: 0116 305 7130")) == ["5 0116 305 7130"])
    }

    /// Each character's answers, through its byte when it is one ASCII byte, as the character's own.
    @Test func phoneCharacterQuestionsMatchTheirDefinitions() {
        var characters = Set(Self.lines.flatMap { Array($0) })
        characters.formUnion(["\r\n", "5\u{301}", "-\u{301}", "\u{A0}", "–", "£", "€", "½", "٣"])
        for character in characters {
            #expect(character.isASCIIDigit == ("0"..."9").contains(character), "\(character)")
            #expect(character.isNumberGlue == CollectLinks.isNumberGlue(character), "\(character)")
            #expect(character.isPhoneSeparator == CollectLinks.phoneSeparators.contains(character), "\(character)")
            #expect(character.isLabelGap == " :.\u{00A0}-–".contains(character), "\(character)")
            for ascii in ["+", "(", ")", " ", "/", ".", ":"] as [Unicode.Scalar] {
                #expect(character.isASCII(ascii) == (character == Character(ascii)), "\(character)")
            }
        }
    }

    /// `CollectLinks.isWebAddress` on characters, before plain ASCII was read on its bytes.
    static func referenceIsWebAddress(_ value: String) -> Bool {
        var rest = Substring(value)
        if let scheme = value.range(of: "://") { rest = value[scheme.upperBound...] }
        let host = rest.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last else { return false }
        return tld.count >= 2 && tld.allSatisfy(\.isLetter)
    }

    @Test func webAddressTestMatchesTheCharacters() {
        let values =
            LinkStagesFastPathTests.tokens.map(String.init) + [
                "https://x.org", "x.org.uk/page", "www..org", ".x.org", "x.org.", "http://", "://x.org", "a.b", "a.bc",
                "a.b1", "https://a.b.co/x?y#z", "x.org#frag", "x.org?q", "é.org", "x.\u{212A}g", "x.or\u{301}g",
            ]
        for value in values {
            #expect(CollectLinks.isWebAddress(value) == Self.referenceIsWebAddress(value), "\(value)")
        }
    }

    // MARK: RepairURLs

    @Test func spaceTokensAndHyphensMatchTheCharacters() {
        for line in Self.lines {
            #expect(
                RepairURLs.spaceSeparatedPieces(line).pieces.map(String.init)
                    == line.split(separator: " ", omittingEmptySubsequences: false).map(String.init),
                "\(line)")
        }
        for token in LinkStagesFastPathTests.tokens + ["a-b", "-", "a\u{301}-b", "x", ""] {
            #expect(RepairURLs.containsHyphen(token) == token.contains("-"), "\(token)")
        }
    }
}

extension URLStagesByteTests {
    /// The prose-word gather's test for a plain ASCII line, eight bytes at a time, against its definition.
    @Test func plainASCIITestMatchesWordScan() {
        for line in Self.lines + ["12345678\r", "1234567\u{80}x", "abcdefgh", "abcdefghé", String(repeating: "x", count: 17) + "\r"] {
            let fast = Array(line.utf8).withUnsafeBufferPointer { WordScan.isPlainASCII($0) }
            #expect(fast == line.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }, "\(line)")
        }
    }
}
