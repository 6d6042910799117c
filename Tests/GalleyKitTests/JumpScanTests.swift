import Testing

@testable import GalleyKit

/// `JoinContinuedArticles`' byte-level phrase questions (issue 11) held to the character code they
/// stand in for, on jump phrases, near misses and seeded random mixes of their pieces.
@Suite struct JumpScanTests {
    static let phrases = [
        "Continued on page 3", "continued from p. 12", "(Cont'd from page 1)", "CONTD FROM PG 4", "Harbour Walks (continued",
        "from page 1)", "Turn to page 4", "please go to p 7", "see page 2", "Contact us on 01234 567890",
        "control the contents", "contcontinued", "cont", "'cont'd'", "x'", "12abc34'de", "the leaflet page", "",
        "   \t ", "Garden – continues", "discontinued from page 9", "Page 3, continued overleaf", "continue d",
        "Café (continued from page 1)", "cont\u{2019}d from page 2", "contin\u{0130}ued", "line\r\nbreak continued",
        "\u{212A}ontinued from page 3", "½ from page 3", "٣ page", "“Continued on page 3”", "– continued from page 2",
        "Café page 4 from", "from\u{301} page 2", "(\u{301}from page 2", "see\u{2019}s page 5", "Turn to page 4 – café",
        "from page ٣", "\u{2014}see page 9", "Conférence page 2", "go é page 1",
    ]

    static let pieces = [
        "cont", "Cont", "inued", "inues", "'d", "d", "'", " ", "\t", "from", "FROM", "page", "p.", "p", "3", "42", "(", ")",
        ",", "-", "turn", "to", "see", "go", "please", "over", "leaf", "x", "on", "é", "\r\n", "’", "“", "\u{301}", "–",
    ]

    /// Seeded mixes of the pieces (a fixed linear congruential generator, so a failure repeats).
    static let mixes: [String] = {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<400).map { _ in (0..<(1 + next(8))).map { _ in pieces[next(pieces.count)] }.joined() }
    }()

    static let texts = phrases + mixes

    @Test func bytesAnswerAsTheCharactersDo() {
        for text in Self.texts {
            #expect(JoinContinuedArticles.tokens(text) == JoinContinuedArticles.characterTokens(text), "\(text)")
            #expect(JoinContinuedArticles.wordCount(text) == TextShape.wordCount(text), "\(text)")
            let opening = JoinContinuedArticles.continuedOpening(in: text)
            #expect(opening == JoinContinuedArticles.characterContinuedOpening(in: text), "\(text)")
            if let tokens = JumpScan.tokens(text) { #expect(tokens == JoinContinuedArticles.characterTokens(text), "\(text)") }
            if !JumpScan.mayHoldContinued(text) { #expect(JoinContinuedArticles.characterContinuedOpening(in: text) == nil, "\(text)") }
            if let opens = JumpScan.firstTokenMayOpenAnyText(text) {
                let first = JoinContinuedArticles.characterTokens(text).first
                #expect(opens == first.map(JumpScan.openingWords.contains) ?? false, "\(text)")
            }
            if let opens = JumpScan.firstTokenMayOpen(text) {
                let first = JoinContinuedArticles.characterTokens(text).first
                #expect(opens == (first.map(JumpScan.openingWords.contains) ?? false), "\(text)")
            }
        }
    }

    /// Only text that is not plain ASCII is left to the characters.
    @Test func plainASCIIIsAnsweredOnTheBytes() {
        for text in Self.texts {
            let plain = WordScan.isPlainASCII(text.utf8)
            #expect((JumpScan.tokens(text) != nil) == plain, "\(text)")
            #expect((JumpScan.wordCount(text) != nil) == plain, "\(text)")
            #expect((JumpScan.continuedOpeningOffset(text) != nil) == plain, "\(text)")
            #expect((JumpScan.firstTokenMayOpen(text) != nil) == plain, "\(text)")
        }
    }

    /// The early exit in `jump(in:)` only passes over text that is no jump: no phrase opens it
    /// and no "continued" tail is in it.
    @Test func theEarlyExitPassesOverNoJump() {
        for text in Self.texts where JumpScan.firstTokenMayOpen(text) == false {
            guard JumpScan.continuedOpeningOffset(text) == .some(nil) else { continue }
            let words = JoinContinuedArticles.characterTokens(text)
            #expect(!JoinContinuedArticles.isOnward(words[...]), "\(text)")
            #expect(!JoinContinuedArticles.isBack(words[...]), "\(text)")
            #expect(JoinContinuedArticles.characterContinuedOpening(in: text) == nil, "\(text)")
        }
        #expect(JoinContinuedArticles.jump(in: "Continued on page 3") == .onward)
        #expect(JoinContinuedArticles.jump(in: "Harbour Walks (continued from page 1)") == .back(title: "Harbour Walks"))
        #expect(JoinContinuedArticles.jump(in: "please contact the office on page 3") == nil)
    }

    /// A long paragraph gives the jumps its pieces give: the stage's cost is per line, and no
    /// answer depends on how much text is around.
    @Test func aLongParagraphFindsTheJumpsOfItsPieces() {
        let prose = "The contact list and the leaflet page were sent to every member of the club."
        let piece = [prose, "Continued on page 3", prose, prose]
        var lines: [String] = []
        for _ in 0..<200 { lines += piece }
        let entries = [JoinContinuedArticles.Entry(host: 0, block: Block(lines: lines.map { Line($0) }, page: 1), isLive: true)]
        let found = JoinContinuedArticles.findJumps(entries)
        #expect(found.count == 200)
        #expect(found.allSatisfy { $0.jump == .onward && $0.lines.count == 1 && $0.lines.lowerBound % 4 == 1 })
    }
}
