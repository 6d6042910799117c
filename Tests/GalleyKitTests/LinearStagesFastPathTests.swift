import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The linear-time rewrites (issue 11) held to the plain code they replaced: the pull-quote search
/// over the whole document at once, the longest dump line kept up to date while addresses are
/// joined, and the Markdown writer's link test without lower-casing every word.
@Suite struct LinearStagesFastPathTests {
    static let quote = "\u{201C}Every volunteer who cleared the old allotments made the garden what it is.\u{201D}"

    /// Documents whose candidate quotes sit on the search's edges: repeated in the body, repeated
    /// only across the gap the quote's own lines leave, repeated with a few letters changed, not at
    /// all, repeated only inside itself, and with letters that are not simple characters.
    static let documents: [[[String]]] = [
        [["Every volunteer who cleared the old allotments made the garden what it is today."], [quote, "— the Chair"]],
        [["Nothing here repeats it."], [quote, "— the Chair"]],
        [["The new beds opened. Every volunteer who cleared the old"], [quote], ["allotments made the garden what it is."]],
        [["Every volunteer who cleared the new allotments made the garden what it was."], [quote]],
        [["Each helper who cleared the old allotments made the garden what it is."], [quote]],
        [[quote], [quote]],
        [["Every volunteer who cleared the old allotments made the café what it is."],
         ["\u{201C}Every volunteer who cleared the old allotments made the café what it is.\u{201D}"]],
        [["Every volunteer who cleared the old allotments made the cafe\u{301} what it is."],
         ["\u{201C}Every volunteer who cleared the old allotments made the café what it is.\u{201D}"]],
        [["\u{201C}Short.\u{201D}"], ["Short."]],
        [["Ⅻ volunteers and ½ the village cleared the old allotments for the ٣ gardens."],
         ["\u{201C}Ⅻ volunteers and ½ the village cleared the old allotments for the ٣ gardens.\u{201D}"]],
    ]

    @Test(arguments: documents.indices)
    func pullQuoteSearchMatchesThePlainCheck(index: Int) {
        let blocks = Self.documents[index].map { Block(lines: $0.map { Line($0) }, page: 1) }
        let document = Document(
            source: SourceInfo(file: "q.txt", format: .text, sha256: "00", pageCount: 1),
            pages: [Page(number: 1, blocks: blocks)])
        var candidates: [RemovePullQuotes.Candidate] = []
        for (blockIndex, block) in blocks.enumerated() {
            for quote in RemovePullQuotes.quotes(in: block) {
                candidates.append(RemovePullQuotes.Candidate(page: 0, block: blockIndex, lines: quote.lines, attribution: nil))
            }
        }
        let fast = RemovePullQuotes.RepeatedQuotes(document: document, candidates: candidates)
        for (candidateIndex, candidate) in candidates.enumerated() {
            let plain = RemovePullQuotes.isRepeated(candidate, in: document)
            // nil asks the plain check: it is never wrong, only slower.
            #expect((fast.isRepeated(candidateIndex) ?? plain) == plain)
        }
    }

    @Test func pullQuoteSearchFindsARepeatedQuoteAndLeavesANewOne() {
        func repeated(_ texts: [[String]]) -> Bool? {
            let blocks = texts.map { Block(lines: $0.map { Line($0) }, page: 1) }
            let document = Document(
                source: SourceInfo(file: "q.txt", format: .text, sha256: "00", pageCount: 1),
                pages: [Page(number: 1, blocks: blocks)])
            let candidate = RemovePullQuotes.Candidate(page: 0, block: 1, lines: 0...0, attribution: nil)
            return RemovePullQuotes.RepeatedQuotes(document: document, candidates: [candidate]).isRepeated(0)
        }
        #expect(repeated(Self.documents[0]) == true)
        #expect(repeated(Self.documents[1]) == false)
        // A found quote in a document with a character that is not simple (a combining mark) is
        // left to the plain check, whose String search compares characters, not letters.
        #expect(repeated(Self.documents[7]) == nil)
    }

    @Test func longestDumpLineFollowsEveryChange() {
        var block = Block(lines: ["a b", "longest line here", "mid line", " padded  "].map { Line($0) }, page: 1)
        var longest = RepairURLs.LongestLine(block)
        func plain() -> Int { block.lines.map { $0.text.trimmingWhitespace().count }.max() ?? 0 }
        #expect(longest.value == plain())
        block.lines[1].text = "short"
        longest.update(1, block)
        #expect(longest.value == plain())
        block.lines[0].text = "now this one is the longest of all"
        longest.update(0, block)
        #expect(longest.value == plain())
        block.lines.remove(at: 0)
        longest.remove(0)
        #expect(longest.value == plain())
        block.lines.removeAll()
        for index in (0..<3).reversed() { longest.remove(index) }
        #expect(longest.value == 0)
    }

    /// The link test as it was: every word lower-cased first.
    static func plainLink(_ word: Substring) -> String? {
        let lower = word.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
            guard word.count > 8, !word.contains("<"), !word.contains(">") else { return nil }
            return "<\(word)>"
        }
        if lower.hasPrefix("www."), word.dropFirst(4).contains(".") {
            return "[\(MarkdownWriter.escape(word))](\(MarkdownWriter.destination("https://" + word)))"
        }
        if MarkdownWriter.isEmail(word) {
            return "[\(MarkdownWriter.escape(word))](\(MarkdownWriter.destination("mailto:" + word)))"
        }
        return nil
    }

    static let words = [
        "", "h", "http", "http:/", "http://", "http://x", "http://example.org", "HTTPS://EXAMPLE.ORG/A_B",
        "Https://x.org", "https://<x>.org", "www.", "www.x", "WWW.Example.org", "wWw.a.b(c)", "www.\u{301}x.org",
        "http:/\u{301}/x.org/long", "name@example.org", "NAME@EXAMPLE.ORG", "a@b", "a@@b.c", "@x.org", "x@.org",
        "café@example.org", "plain", "word_with_under", "\u{1FEF}quote", "K\u{212A}", "[x]", "a&b", "a&#1", "!", "![x]",
        "caf\u{E9}", "e\u{301}_", "_start", "end_", "x>y", "*bold*",
    ]

    @Test(arguments: words)
    func linkTestMatchesTheLowerCasedOne(word: String) {
        #expect(MarkdownWriter.link(for: Substring(word)) == Self.plainLink(Substring(word)))
    }

    @Test(arguments: words)
    func escapeSkipsOnlyTextWithoutSpecials(word: String) {
        let specials = MarkdownWriter.inlineSpecials
        // The byte test lets text go unescaped only when the character walk finds no special in it.
        if !word.utf8.contains(where: { $0 >= 0x80 || MarkdownWriter.isInlineSpecialByte($0) }) {
            #expect(!word.contains(where: { specials.contains($0) }))
        }
        if !word.contains(where: { specials.contains($0) }) { #expect(MarkdownWriter.escape(word) == word) }
    }
}

extension LinearStagesFastPathTests {
    /// The inline rendering as it was: characters walked one by one.
    static func plainInline(_ text: String) -> String {
        var out = ""
        var wordStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == " " {
                if wordStart < index { out += MarkdownWriter.render(word: text[wordStart..<index]) }
                out.append(" ")
                wordStart = text.index(after: index)
            }
            index = text.index(after: index)
        }
        if wordStart < text.endIndex { out += MarkdownWriter.render(word: text[wordStart..<text.endIndex]) }
        return out
    }

    static let lines = [
        "", " ", "  ", "plain words here", " lead and trail ", "see www.example.org/a_b, or (mail@x.org).",
        "http://x.org/(a) and https://y.org", "a  b\tc", "\r\n", "x\r\ny z", "cafe\u{301} au lait", " \u{301}mark",
        "*bold* _under_ [link] <tag> & a&b !x ![y]", "Ⅻ ½ ٣", "WWW.EXAMPLE.ORG.", "done.",
    ]

    @Test(arguments: lines)
    func inlineMatchesTheCharacterWalk(text: String) {
        #expect(MarkdownWriter.inline(text) == Self.plainInline(text))
    }
}

extension LinearStagesFastPathTests {
    @Test(arguments: [
        "", "Plain ASCII 123 line!", "MiXeD-case_words & 9 digits\r\n", "\t\u{0B}ctl", "café Ⅻ ½ ٣", "e\u{301}",
        "“A quote,” she said — 2024", "café “Bar”", "x\u{200D}y",
    ])
    func lettersAsIdsMatchTheLetters(text: String) {
        var ids: [UInt32] = []
        var known: [Character: UInt32] = [:]
        RemovePullQuotes.RepeatedQuotes.appendLetters(of: text, to: &ids) { character in
            if let ascii = character.asciiValue, character.unicodeScalars.count == 1 { return UInt32(ascii) }
            if let found = known[character] { return found }
            known[character] = UInt32(256 + known.count)
            return known[character]!
        }
        let expected = RemovePullQuotes.letters(text).map { character -> UInt32 in
            if let ascii = character.asciiValue, character.unicodeScalars.count == 1 { return UInt32(ascii) }
            return known[character] ?? 0
        }
        #expect(ids == expected)
    }
}

extension LinearStagesFastPathTests {
    @Test(arguments: ["word", "Word", "WORD", "ab", "x"])
    func aPlainWordIsItsOwnCore(token: String) {
        #expect(RepairLigatures.isASCIIWord(token))
        let parts = RepairLigatures.core(Substring(token))
        #expect(parts.lead.isEmpty && parts.trail.isEmpty && parts.word == Substring(token))
        #expect(parts.word.allSatisfy { $0.isLetter })
    }
}
