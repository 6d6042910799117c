import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The byte readings added to three stages against the general ones they stand for:
/// `RemoveNavigationLabels.normalise` on ASCII with plain punctuation (curly quotes and dashes)
/// against `normaliseCharacters`; `RemoveImageText.Judge.assess` on plain ASCII against the
/// reading through tokens; and the window filter of `JoinContinuedArticles.findJumps` against
/// the tokens a jump phrase must open with.
@Suite struct StageFastPathTests {
    static let edges = [
        "", " ", "Click here", "CLICK HERE >>", "“Read more”", "‘Back to top’ —", "— Next page —", "See page 4",
        "Home • Menu", "a\u{2010}b", "a\u{2027}b", "a\u{2028}b", "a\u{202F}b", "a\u{205E}b", "a\u{205F}b", "\r\n", "Next\r\n",
        "Continued on page 3\r", "A\u{301}", "é", "\u{212A}elvin", "İstanbul", "ß", "12 – 14", "“12”", "…more…", "x\u{200D}y",
        "Read\u{2060}more", "«Home»", "→ Next", "‹ Previous", "›", "don’t", "Tel: 0116 123", "NHS UK", "J. Smith", "wh nshire",
    ]

    /// Strings of ASCII, the plain punctuation the byte paths read, the characters next to its
    /// ranges, combining marks, joiners, the Kelvin sign and letters that lower-case to more than one scalar.
    static let alphabet = [
        "a", "Z", "e", "p", "g", "7", " ", "-", "'", "\"", ".", ":", ">", "\n", "\r", "\t", "“", "”", "‘", "’", "—", "–",
        "•", "…", "‹", "›", "\u{2010}", "\u{2027}", "\u{2030}", "\u{205E}", "\u{2028}", "\u{202F}", "\u{205F}", "\u{2060}",
        "\u{200D}", "\u{301}", "\u{212A}", "İ", "é", "ß", "\u{A0}", "²", "日", "click", "here", "more", "cont", "page",
        "see", "from", "the", "NHS", "ab", "xy",
    ]

    static func generated(count: Int, seed: UInt64) -> [String] {
        var random = Xorshift(seed: seed)
        func next() -> Int { random.next() }
        return (0..<count).map { _ in (0..<(1 + next() % 8)).map { _ in alphabet[next() % alphabet.count] }.joined() }
    }

    // MARK: - RemoveNavigationLabels.normalise

    @Test(arguments: edges)
    func normaliseAgreesOnEdges(_ text: String) {
        #expect(RemoveNavigationLabels.normalise(text) == RemoveNavigationLabels.normaliseCharacters(text), "\(text.debugDescription)")
        #expect(
            RemoveNavigationLabels.normalise(text).utf8.elementsEqual(RemoveNavigationLabels.normaliseCharacters(text).utf8),
            "\(text.debugDescription)")
    }

    @Test func normaliseAgreesOnGeneratedStrings() {
        var fast = 0
        for text in Self.generated(count: 20_000, seed: 0x2545_F491_4F6C_DD1D) {
            if WordScan.isPlainASCIIOrPunctuation(text), !WordScan.isPlainASCII(text.utf8) { fast += 1 }
            let (byBytes, byCharacters) = (RemoveNavigationLabels.normalise(text), RemoveNavigationLabels.normaliseCharacters(text))
            #expect(byBytes.utf8.elementsEqual(byCharacters.utf8), "\(text.debugDescription)")
        }
        // The punctuation path is exercised.
        #expect(fast > 1_000)
    }

    // MARK: - RemoveImageText.Judge.assess

    static let vocabulary = DocumentVocabulary(texts: [
        "Northamptonshire Practice Handbook", "Ashgrove Ashgrove residents", "wholesale whole", "championships",
        "contents contact page pages seeing", "café naïve",
    ])

    @Test(arguments: edges + ["nshire", "Practice Handboo", "wh", "Northamptonshir", "ampton", "hamp-", "10am 4th", "a'b' c''", "x'", "3'a"])
    func assessAgreesOnEdges(_ text: String) {
        var judge = RemoveImageText.Judge(lexicon: Fixtures.lexicon, vocabulary: Self.vocabulary)
        var reference = judge
        for hyphenated in [false, true] {
            #expect(
                judge.assess(text, continuesHyphenated: hyphenated)
                    == reference.assessByTokens(text, continuesHyphenated: hyphenated), "\(text.debugDescription)")
        }
    }

    @Test func assessAgreesOnGeneratedStrings() {
        var judge = RemoveImageText.Judge(lexicon: Fixtures.lexicon, vocabulary: Self.vocabulary)
        var reference = judge
        let pieces = ["nshire", "Handboo", "whole", "sale", "Ashgrove", "champ", "ionships", "J", "UK", "4", "'", "-", ".", ":", " "]
        var random = Xorshift(seed: 0x9E37_79B9_7F4A_7C15)
        func next() -> Int { random.next() }
        var garbled = 0
        for text in Self.generated(count: 10_000, seed: 0x1234_5678_9ABC_DEF1) {
            let mixed = text + pieces[next() % pieces.count] + " " + pieces[next() % pieces.count]
            let hyphenated = next() % 2 == 0
            let fast = judge.assess(mixed, continuesHyphenated: hyphenated)
            if fast.isGarbled { garbled += 1 }
            #expect(fast == reference.assessByTokens(mixed, continuesHyphenated: hyphenated), "\(mixed.debugDescription)")
        }
        #expect(garbled > 500)
    }

    // MARK: - JoinContinuedArticles window filter

    /// When the filter turns a window down, its joined text neither holds "cont" nor opens with a
    /// word a phrase opens with: `jump(in:)` finds nothing there.
    @Test func windowFilterTurnsDownOnlyWindowsWithoutAJump() {
        let lines = Self.generated(count: 9_000, seed: 0x0DDB_1A5E_5BAD_5EED)
        var turnedDown = 0
        for start in stride(from: 0, to: lines.count - 3, by: 3) {
            for count in 1...3 {
                let window = Array(lines[start..<(start + count)])
                let allowed = JoinContinuedArticles.mayBeJump(
                    holdsContinued: window.map(JumpScan.mayHoldContinued)[...], opening: window.map(JumpScan.opening)[...])
                guard !allowed else { continue }
                turnedDown += 1
                let joined = window.map { $0.trimmingWhitespace() }.joined(separator: " ")
                let first = JoinContinuedArticles.characterTokens(joined).first
                #expect(!joined.lowercased().contains("cont"), "\(window)")
                #expect(first.map { !JumpScan.openingWords.contains($0) } ?? true, "\(window)")
                #expect(JoinContinuedArticles.jump(in: joined) == nil, "\(window)")
            }
        }
        #expect(turnedDown > 500)
    }

    @Test(arguments: [
        ["Continued on", "page 3"], ["—", "see page 4"], ["  ", "From page 1"], ["Harbour Walks (continued", "from page 1)"],
        ["“See", "page 4”"], ["é see page 4"], ["\u{A0}see page 4"], ["see\u{301} page 4"], ["x", "see page 4"],
    ])
    func windowFilterKeepsJumps(_ window: [String]) {
        let joined = window.map { $0.trimmingWhitespace() }.joined(separator: " ")
        let allowed = JoinContinuedArticles.mayBeJump(
            holdsContinued: window.map(JumpScan.mayHoldContinued)[...], opening: window.map(JumpScan.opening)[...])
        if JoinContinuedArticles.jump(in: joined) != nil { #expect(allowed, "\(window)") }
    }
}

/// `RemoveImageText.Judge.isAddress` reads text of ASCII and plain punctuation on its bytes.
@Suite struct AddressFastPathTests {
    @Test(arguments: StageFastPathTests.edges + [
        "a@b", "“x@y.org”", "http://x — y", "WWW.x.org", "w\u{2014}ww.", "ww\u{2019}w.", "x:\u{2013}//", "@\u{301}", "www\u{301}.",
        ":/\u{301}/", "\u{212A}@", "“www.site.org”", "email me@here — now",
    ])
    func agreesOnEdges(_ text: String) {
        #expect(RemoveImageText.Judge.isAddress(text) == RemoveImageText.Judge.characterIsAddress(text), "\(text.debugDescription)")
    }

    @Test func agreesOnGeneratedStrings() {
        var found = 0
        for text in StageFastPathTests.generated(count: 20_000, seed: 0xA5A5_5A5A_1234_4321) {
            let mixed = text.replacingOccurrences(of: "e", with: "@").replacingOccurrences(of: "g", with: "www.")
                .replacingOccurrences(of: "p", with: "://")
            if RemoveImageText.Judge.characterIsAddress(mixed) { found += 1 }
            #expect(RemoveImageText.Judge.isAddress(mixed) == RemoveImageText.Judge.characterIsAddress(mixed), "\(mixed.debugDescription)")
        }
        #expect(found > 1_000)
    }
}
