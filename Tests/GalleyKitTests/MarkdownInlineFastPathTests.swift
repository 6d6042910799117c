import Testing

@testable import GalleyKit

/// The Markdown writer's fast path (issue 11): a line whose bytes show nothing to escape and no
/// address is written as it is, and must come out exactly as the word-by-word rendering gives it.
@Suite struct MarkdownInlineFastPathTests {
    /// Lines on both sides of the fast path's test: plain words, addresses in every case and
    /// behind every opening punctuation, near misses ("htt", "ww."), inline specials, an "@",
    /// non-ASCII letters and characters equal to a special.
    static let lines: [String] = [
        "", " ", "plain words only", "  two  spaces ", "Sports day, 22 June (top field).",
        "see http://example.org", "see HTTP://EXAMPLE.ORG/x", "(https://example.org/a_b)", "Http:",
        "visit www.example.org today", "visit WWW.Example.org.", "\"www.example.org\"", "www.", "awww.x",
        "htt p://x", "ww. ww w.", "httpclient", "whttp", "mail jo@example.org", "a @ b", "@",
        "snake_case and _emphasis_", "5 * 3 = 15", "[link]", "a < b > c", "Tom & Jerry", "&amp;", "wow!",
        "back\\slash", "`code`", "café au lait", "naïve http://x.org", "e\u{301}", "\u{1FEF}", "tab\there",
        "# not a heading", "- not a list", "1. not numbered", "> not a quote",
    ]

    /// Every word through `render`, as the writer did before its fast paths.
    static func wordByWord(_ line: String) -> String {
        line.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : MarkdownWriter.render(word: $0) }.joined(separator: " ")
    }

    @Test(arguments: lines + [lines.joined(separator: " "), lines.filter { $0.allSatisfy(\.isASCII) }.joined(separator: " ")])
    func aLineComesOutAsTheWordByWordRenderingGivesIt(line: String) {
        #expect(MarkdownWriter.inline(line) == Self.wordByWord(line))
        #expect(MarkdownWriter.renderedWords(line) == Self.wordByWord(line))
        if MarkdownWriter.isPlain(line.utf8) { #expect(Self.wordByWord(line) == line) }
    }

    @Test(arguments: [
        ("plain words only", true), ("see http://x.org", false), ("HTTPS", false), ("hTtP", false),
        ("www.", false), ("WwW.", false), ("ww.w", true), ("htp", true), ("a@b", false), ("a_b", false),
        ("café", false), ("x & y", false), ("(quoted)", true),
    ])
    func theTestSeesEveryTrigger(line: String, plain: Bool) {
        #expect(MarkdownWriter.isPlain(line.utf8) == plain)
    }
}
