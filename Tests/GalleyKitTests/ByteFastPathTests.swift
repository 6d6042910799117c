import Foundation
import Testing

@testable import GalleyKit

/// The byte-level fast paths of the raw-dump stages (issue 11, raw-dump speed) held to the
/// `Character` code they stand in front of: each says "nothing to do here" only where that code
/// finds nothing, and hands everything else on.
@Suite struct ByteFastPathTests {
    /// Lines with the shapes the fast paths look at: plain prose, digits and dates, markers,
    /// addresses of every kind, ligature breaks, page labels, bars and dashes, and text that is
    /// not plain ASCII (combining marks, a carriage return, non-breaking spaces, superscripts).
    static let lines = [
        "", " ", "the cat sat on the mat", "The station is open on 12 May 2024.", "Call 999 now",
        "Tel: 0116 305 7130 or text 85258", "Helpline on 0800 1111", "+44 20 7946 0958", "in 2021 and 2022",
        "hive.¹ and town,* and all.1", "¹ A bee keeps", "* The trust", "12 The nearest", "m² of land",
        "see † and ‡ and § and ¶", "⁴ Four", "sta on road", "the of ce is open", "a tle here", "don't stop",
        "Page 8", "Page 3 of 12", "3 of 12", "p. 4", "- 4 -", "4 | Newsletter title", "Newsletter title | 4",
        "1 2 3 4 5 6 apples", "please see page 4 of the report for more", "visit www.example.org.uk/news today",
        "www. Example.org and WWW. example.com", "mail jo@example-charity.org.uk or see https://example-charity.org.uk/a",
        "HTTP://EXAMPLE.ORG/Page", "example.org.uk/page and e.g. this", "name@", "cafe\u{301} 12 ok",
        "line\r\nbreak 12", "tab\tseparated 4 words here", "non\u{00A0}breaking 0116 305 7130", "ﬁrst ﬂoor",
        "of\u{E000}ce hours", "x" + String(repeating: "y", count: 70), "www.exampleottermouth-estuary.org.uk",
        "“the sta on road” — open", "the of ce ‘is’ open…", "‘a tle’ here", "don’t stop – sta on", "“ﬁrst” ﬂoor",
        "“of\u{E000}ce” hours", "–sta on–", "sta‐on road", "the\u{2028}cat sat", "a\u{200D}tle here", "‟sta\u{301} on",
    ]

    static let lexicon = WordListLexicon([
        "the", "cat", "sat", "on", "mat", "station", "is", "open", "office", "a", "title", "here", "road", "see",
        "and", "bee", "keeps", "first", "floor", "hours", "of", "stop",
    ])

    @Test(arguments: lines)
    func ligatureScanAgreesWithTheTokenPath(line: String) {
        for insertions in [false, true] {
            var repairs: [(before: String, after: String)] = []
            let slow = RepairLigatures.repairingTokens(
                line, isWord: Self.lexicon.isWord, known: { _ in false }, insertions: insertions, repairs: &repairs)
            let fast = RepairLigatures.leavesPlainASCIIAlone(
                line, isWord: Self.lexicon.isWord, known: { _ in false }, insertions: insertions)
            if let fast { #expect(fast == (slow == line && repairs.isEmpty), "\(line), insertions \(insertions)") }
        }
    }

    /// The byte test of "ASCII but for curly quotes and dashes" reads the scalars it stands for.
    @Test func plainPunctuationIsReadOnTheBytes() {
        var texts = Self.lines
        for value in [0x200F, 0x2010, 0x2027, 0x2028, 0x202F, 0x2030, 0x205E, 0x205F, 0x2060, 0x20AC, 0x2122, 0xE9] {
            texts.append("a" + String(Unicode.Scalar(UInt32(value))!) + "b")
        }
        for text in texts {
            var copy = text
            let byBytes = copy.withUTF8 { WordScan.isPlainASCIIOrPunctuation($0) }
            let byScalars = text.unicodeScalars.allSatisfy {
                ($0.value < 0x80 && $0 != "\r") || WordScan.isPlainPunctuation($0.value)
            }
            #expect(byBytes == byScalars, "\(text.debugDescription)")
        }
    }

    @Test func ligatureScanSeesTheBreaks() {
        func leaves(_ line: String, insertions: Bool) -> Bool? {
            RepairLigatures.leavesPlainASCIIAlone(
                line, isWord: Self.lexicon.isWord, known: { _ in false }, insertions: insertions)
        }
        #expect(leaves("sta on road", insertions: false) == false)
        #expect(leaves("the cat sat", insertions: true) == true)
        #expect(leaves("ﬁrst", insertions: true) == nil)
    }

    @Test(arguments: lines)
    func noteMarkerTestsLoseNoMarker(line: String) {
        let hasMarker =
            SplitNoteMarkers.openingMarker(line) != nil
            || line.split(separator: " ").contains { SplitNoteMarkers.gluedMarker($0) != nil }
        if hasMarker { #expect(SplitNoteMarkers.mayHoldMarker(line), "\(line)") }
        let candidates = SplitNoteMarkers.gluedMarkerCandidates(line).compactMap { SplitNoteMarkers.gluedMarker($0)?.marker }
        let all = line.split(separator: " ").compactMap { SplitNoteMarkers.gluedMarker($0)?.marker }
        #expect(candidates == all, "\(line)")
    }

    @Test func markerBytesAreFound() {
        for marker in ["¹", "²", "³", "⁰", "⁴", "⁹", "†", "‡", "§", "¶", "*", "7"] {
            #expect(SplitNoteMarkers.mayHoldMarker("word" + marker), "\(marker)")
        }
        #expect(!SplitNoteMarkers.mayHoldMarker("no marker here, just words."))
    }

    @Test(arguments: lines)
    func whitespaceWordsMatchTheCharacterSplit(line: String) {
        #expect(line.whitespaceSeparatedWords() == line.split(whereSeparator: \.isWhitespace), "\(line)")
    }

    @Test(arguments: lines)
    func pageLabelRejectKeepsEveryLabel(line: String) {
        if RemoveRunningHeaders.hasMoreThanFourWordsAndNoBar(line.trimmingWhitespace()), line.trimmingWhitespace().first != "-" {
            #expect(!RemoveRunningHeaders.isPageLabel(line), "\(line)")
        }
        for label in ["Page 8", "Page 3 of 12", "3 of 12", "p. 4", "- 4 -", "4 | Newsletter title"] {
            #expect(RemoveRunningHeaders.isPageLabel(label), "\(label)")
        }
    }

    @Test(arguments: lines)
    func phoneTestLosesNoNumber(line: String) {
        if !CollectLinks.phoneNumbers(in: line).isEmpty { #expect(CollectLinks.mayHoldPhoneNumber(line), "\(line)") }
    }

    @Test func phoneTestSkipsDates() {
        #expect(!CollectLinks.mayHoldPhoneNumber("The station is open on 12 May 2024."))
        #expect(CollectLinks.mayHoldPhoneNumber("Call 999 now"))
    }

    @Test(arguments: lines)
    func addressTestsAgreeWithFoundation(line: String) {
        if line.range(of: "www. ", options: .caseInsensitive) != nil { #expect(RepairURLs.mayHoldSpacedHost(line), "\(line)") }
        for token in line.split(separator: " ") where WordScan.isPlainASCII(token.utf8) {
            let lower = token.lowercased()
            let expected = ["https://", "http://", "www."].lazy.compactMap { lower.range(of: $0) }.first
                .map { lower.distance(from: lower.startIndex, to: $0.lowerBound) }
            #expect(RepairURLs.firstMarkerOffset(inASCII: token) == expected, "\(token)")
        }
        for text in [line, line.replacingOccurrences(of: " ", with: "-")] {
            #expect(RepairURLs.withoutHyphens(text) == text.replacingOccurrences(of: "-", with: ""))
            #expect(RepairURLs.hyphenCount(text) == text.filter { $0 == "-" }.count)
        }
    }

    @Test func hostHyphensComeBackOnlyWherePrinted() {
        let document = Document(
            source: SourceInfo(file: "h.txt", format: .text, sha256: "00", pageCount: 1),
            pages: [Page(number: 1, blocks: [Block(lines: [Line("email info@example-ottermouth-estuary.org.uk")], page: 1)])])
        let evidence = RepairURLs.AddressEvidence(document: document, lexicon: Self.lexicon, proseWords: .none)
        let glued = "www.exampleottermouth-estuary.org.uk/visit"
        #expect(RepairURLs.leavesHostHyphens(inASCII: glued, evidence: evidence) == false)
        #expect(RepairURLs.restoreHostHyphens(in: glued, evidence: evidence) == "www.example-ottermouth-estuary.org.uk/visit")
        #expect(RepairURLs.leavesHostHyphens(inASCII: "www.other.org.uk", evidence: evidence) == true)
        #expect(RepairURLs.leavesHostHyphens(inASCII: "www.cafe\u{301}.org", evidence: evidence) == nil)
    }

    @Test func rememberingLexiconAnswersAsTheLexicon() {
        let remembering = RememberingLexicon(Self.lexicon)
        for word in ["station", "Station", "stat", "station", "self-harm", ""] {
            #expect(remembering.isWord(word) == Self.lexicon.isWord(word), "\(word)")
        }
    }

    /// Addresses in the shapes `RepairURLs.key(_:)` cuts: schemes, "mailto:", "www.", final
    /// slashes and punctuation, a bracket the address opened, an email, upper case.
    static let addresses = [
        "", "/", "www.", "HTTPS://WWW.Example.org/", "http://example.org/a/b//", "mailto:Jo@Example.org.", "www.example.org).",
        "example.org/page_(2))", "(see example.org)", "jo@example-charity.org.uk,", "Example.ORG/news?id=4#top'",
        "https://mailto:www.x.org", "ftp://files.example.org/pub/\"", "www.www.example.org", "a://b://c",
    ]

    @Test(arguments: addresses + lines + ["a:/b://c", "::", "x:", "é://x", "ftp://"])
    func schemeSeparatorIsFoundationsSearch(text: String) {
        #expect(text.schemeSeparatorRange() == text.range(of: "://"), "\(text)")
    }

    @Test(arguments: addresses + lines)
    func addressKeysAgreeWithTheCharacterPath(address: String) {
        if let key = RepairURLs.key(ofASCII: address) {
            #expect(key == RepairURLs.key(ofCharacters: address), "\(address)")
            #expect(RepairURLs.host(ofASCIIKey: key) == RepairURLs.host(ofCharacterKey: key), "\(key)")
        } else {
            #expect(!WordScan.isPlainASCII(address.utf8), "\(address)")
        }
    }

    /// `CharacterClass` (the ASCII fast paths behind GalleyKit's `Character.isWhitespace`, `isLetter`
    /// and `isNumber`) gives the Unicode properties of the first scalar, which is how the standard
    /// library defines them: on every ASCII character, on ASCII with a combining mark or CR LF, and
    /// on others from several scripts and classes.
    @Test func characterPropertiesAreTheFirstScalarsProperties() {
        var characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        characters += [
            "\r\n", "e\u{301}", "1\u{20E3}", " \u{301}", "\u{00A0}", "\u{0085}", "\u{2003}", "\u{3000}", "é", "ß", "Ω",
            "ж", "日", "٣", "²", "½", "Ⅻ", "ﬁ", "’", "—", "€", "🙂", "\u{E000}", "\u{1F1EC}\u{1F1E7}",
        ]
        for character in characters {
            let first = character.unicodeScalars.first!.properties
            let scalars = character.unicodeScalars.map(\.value)
            #expect(CharacterClass.isWhitespace(character) == first.isWhitespace, "\(scalars)")
            #expect(CharacterClass.isLetter(character) == first.isAlphabetic, "\(scalars)")
            #expect(CharacterClass.isNumber(character) == (first.numericType != nil), "\(scalars)")
        }
        // The answers that matter most, spelled out.
        #expect(CharacterClass.isWhitespace(" ") && CharacterClass.isWhitespace("\t") && !CharacterClass.isWhitespace("\u{1C}"))
        #expect(CharacterClass.isLetter("q") && !CharacterClass.isLetter("_") && CharacterClass.isLetter("é"))
        #expect(CharacterClass.isNumber("7") && !CharacterClass.isNumber("x") && CharacterClass.isNumber("½"))
    }
}
