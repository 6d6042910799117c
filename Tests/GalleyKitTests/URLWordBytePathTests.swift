import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The byte readings added to `RepairURLs` and `DocumentVocabulary` for plain-ASCII addresses
/// and typographic punctuation only skip work: each is held here to the character reading it
/// stands in for, on edge strings (non-ASCII, CR LF, combining marks, the Kelvin sign) and on
/// generated ones.
@Suite struct URLWordBytePathTests {
    static let lexicon = WordListLexicon([
        "what", "we", "do", "health", "and", "well", "being", "rules", "example", "brook", "field", "lane", "garden",
        "club", "bumps", "to", "babies", "guide", "news", "north", "vale", "events", "toe", "vents", "parish", "council",
        "estuary", "otter", "mouth", "visit", "our", "team", "charity", "trust", "family", "services", "carers",
    ])

    /// Prose that names "Brookfield" and "Lane" and writes "garden club" apart, so that the host
    /// rule's name and phrase tests answer both ways.
    /// (A new one each time: `ProseWords` gathers on first use, so one kept in a static would be shared mutable state.)
    static var proseWords: RepairURLs.ProseWords {
        let text = "Brookfield Lane is near. The garden club meets. Wellbeing matters. Ottermouth hall.\n"
        let document = try! Fixtures.document(text)
        return RepairURLs.ProseWords(document: document)
    }

    /// Addresses in the shapes the slug and host rules cut: schemes, hosts with glued and hyphenated
    /// words, emails, paths with slugs, numbers run onto words, queries and fragments, trailing
    /// punctuation, doubled separators.
    static let addresses: [String] = {
        var addresses = [
            "", "/", "www.", "a.b", "https://www.example.org/what-wedo", "www.example.org/what-wedo/", "http://x.org//a--b/",
            "www.examplebrookfield-lane.org.uk", "www.gardenclub-north.org.uk/news-events", "jo@examplebrookfield-lane.org.uk",
            "a@b@examplebrookfield-lane.org", "www.x.org/guide-rules2026.", "www.x.org/guide-rules2026x", "www.x.org/a-rul26",
            "www.x.org/health-andwellbeing?q=what-wedo#what-wedo", "x.org/bumps-tobabies),", "x.org/bumps-tobabies'\"", "x.org/-",
            "https://examplebrookfield-lane.org/what-wedo", "ftp://a.b://c/what-wedo", "www.x.org/toevents-a", "www..org",
            ".org", "x-.org", "-x.org", "brookfieldlane-x.org", "examplebrookfield-lane.", "www.x.org/WHAT-WEDO",
            "www.x.org/what-wedo/more-newsevents/last-guiderules", "www.otter-mouthestuary.org.uk/visit-ourteam",
        ]
        // Generated: pieces of addresses put together by a fixed rule, so each run reads the same ones.
        let schemes = ["", "https://", "www.", "mailto:jo@", "jo@"]
        let words = ["examplebrookfield", "lane", "gardenclub", "north", "whatwe", "do", "rules2026", "x", "wellbeing", "toevents"]
        let ends = ["", ".", ",", ")", "/", "?q=a-b", "#top-news"]
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<400 {
            var address = schemes[next(schemes.count)] + words[next(words.count)] + "-" + words[next(words.count)] + ".org.uk"
            for _ in 0..<next(3) { address += "/" + words[next(words.count)] + "-" + words[next(words.count)] }
            addresses.append(address + ends[next(ends.count)])
        }
        return addresses
    }()

    @Test func slugHyphensOnBytesMatchTheCharacters() {
        let proseWords = Self.proseWords
        for address in Self.addresses + LinkStagesFastPathTests.tokens.map(String.init) where WordScan.isPlainASCII(address.utf8) {
            #expect(
                RepairURLs.restoreSlugHyphens(inASCII: address, proseWords: proseWords, lexicon: Self.lexicon)
                    == RepairURLs.restoreSlugHyphens(ofCharacters: address, proseWords: proseWords, lexicon: Self.lexicon),
                "\(address)")
        }
        // The rule does change some: the test is not of two paths that both leave everything alone.
        #expect(
            RepairURLs.restoreSlugHyphens(in: "www.x.org/what-wedo", proseWords: proseWords, lexicon: Self.lexicon)
                == "www.x.org/what-we-do")
        #expect(
            RepairURLs.restoreSlugHyphens(in: "www.x.org/guide-rules2026.", proseWords: proseWords, lexicon: Self.lexicon)
                == "www.x.org/guide-rules-2026.")
    }

    @Test func hostWordHyphensOnBytesMatchTheCharacters() {
        let proseWords = Self.proseWords
        for labels in [Set<String>(), ["examplebrookfield"]] {
            for address in Self.addresses + LinkStagesFastPathTests.tokens.map(String.init) where WordScan.isPlainASCII(address.utf8) {
                #expect(
                    RepairURLs.restoreHostWordHyphens(
                        inASCII: address, proseWords: proseWords, lexicon: Self.lexicon, wholeHostLabels: labels)
                        == RepairURLs.restoreHostWordHyphens(
                            ofCharacters: address, proseWords: proseWords, lexicon: Self.lexicon, wholeHostLabels: labels),
                    "\(address)")
            }
        }
        #expect(
            RepairURLs.restoreHostWordHyphens(
                in: "www.examplebrookfield-lane.org.uk", proseWords: proseWords, lexicon: Self.lexicon)
                == "www.example-brookfield-lane.org.uk")
    }

    /// Non-ASCII addresses still take the character path, whatever they hold.
    @Test func nonASCIIAddressesTakeTheCharacterPath() {
        let proseWords = Self.proseWords
        for address in [
            "www.examplebrookfield-lane.org.uk/what-wedo\r\n", "www.x.org/what-wedo\u{301}", "www.\u{212A}examplebrookfield-lane.org",
            "www.café-what.org/what-wedo", "www.x.org/what-wedo’",
        ] {
            #expect(!WordScan.isPlainASCII(address.utf8))
            #expect(
                RepairURLs.restoreSlugHyphens(in: address, proseWords: proseWords, lexicon: Self.lexicon)
                    == RepairURLs.restoreSlugHyphens(ofCharacters: address, proseWords: proseWords, lexicon: Self.lexicon))
            #expect(
                RepairURLs.restoreHostWordHyphens(in: address, proseWords: proseWords, lexicon: Self.lexicon)
                    == RepairURLs.restoreHostWordHyphens(ofCharacters: address, proseWords: proseWords, lexicon: Self.lexicon))
        }
    }

    @Test func trailingPunctuationByteMatchesTheSet() {
        for byte in UInt8(0)..<0x80 {
            #expect(
                RepairURLs.isTrailingPunctuation(byte) == RepairURLs.trailingPunctuation.contains(Character(Unicode.Scalar(byte))),
                "\(byte)")
        }
    }

    @Test func fragmentWithoutTrailingPunctuationMatchesTheReversedReading() {
        for fragment in ["", ".", "org.uk).", "a’”", "x.\u{301}", "pdf.\r\n", "co.uk/a,", "’", "abc"] + Self.addresses {
            let reference = String(Substring(fragment).reversed().drop(while: { RepairURLs.trailingPunctuation.contains($0) }).reversed())
            #expect(String(RepairURLs.withoutTrailingPunctuation(Substring(fragment))) == reference, "\(fragment)")
        }
    }

    @Test func containsUTF8ByteMatchesTheBytes() {
        for text in URLStagesByteTests.lines + ["", "/", String(repeating: "a", count: 40) + "/"] {
            for byte in [UInt8(ascii: "/"), UInt8(ascii: "@"), UInt8(ascii: "-"), UInt8(ascii: ":")] {
                #expect(text.containsUTF8Byte(byte) == text.utf8.contains(byte), "\(text)")
                #expect(Substring(text).containsUTF8Byte(byte) == text.utf8.contains(byte), "\(text)")
            }
        }
    }

    // MARK: DocumentVocabulary

    /// The words of a typographic stretch, or nil when it is not one.
    static func typographicWords(_ text: String) -> [String]? {
        var words: [String] = []
        let read = Array(text.utf8).withUnsafeBufferPointer { bytes in
            DocumentVocabulary.forEachWord(inTypographicStretch: bytes) { words.append($0) }
        }
        return read ? words : nil
    }

    static let typographicPieces = [
        "a", "B", "z", "-", "'", "’", "‘", "“", "”", "–", "—", "•", "·", "…", "£", "»", " ", ",", "\r\n", "\r", "x", "\u{212A}",
        "\u{301}", "é", "\u{200D}", "\u{A0}",
    ]

    @Test func typographicStretchesMatchTheCharacters() {
        var texts = [
            "it’s", "It’S", "• Fun", " — then", "‘quoted’", "“Hi” she said…", "£5", "a·b", "-’s-", "’", "’’", "x’\u{301}",
            "—\u{301}", "\u{212A}’", "\r\n’s", "a – b", "children’s-", "--’--", "’-’", "é’", "a\u{200D}’", "»next", "',’",
        ]
        var seed: UInt64 = 11
        for _ in 0..<3000 {
            var text = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<(1 + Int((seed >> 33) % 8)) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += Self.typographicPieces[Int((seed >> 33) % UInt64(Self.typographicPieces.count))]
            }
            texts.append(text)
        }
        var taken = 0
        for text in texts {
            guard let words = Self.typographicWords(text) else { continue }
            taken += 1
            #expect(words == DocumentVocabulary.words(in: text), "\(text)")
        }
        #expect(taken > 500)
        // Other characters, the Kelvin sign and combining marks among them, leave the stretch to the characters.
        for text in ["x’\u{301}", "\u{212A}’", "é’", "a\u{200D}’", "’\u{A0}", "£\u{301}"] {
            #expect(Self.typographicWords(text) == nil, "\(text)")
        }
    }

    @Test func vocabularyWordsOfTypographicLinesMatchTheCharacters() {
        let lines = ["• Fun day — it’s free", "“Hello,” said the children’s team…", "£5 · entry – £3 for the kids’ club"]
        for line in lines {
            var words: [String] = []
            DocumentVocabulary.forEachWord(in: line) { word in
                switch word {
                case .ascii(let bytes): words.append(String(decoding: bytes, as: UTF8.self))
                case .text(let text): words.append(text)
                }
            }
            #expect(words == DocumentVocabulary.words(in: line), "\(line)")
        }
    }
}
