import Testing

@testable import GalleyKit

/// The join record's snippet words, read from one line when it can tell, held to the words of the
/// whole block's joined text.
@Suite struct RejoinSnippetFastPathTests {
    /// Line sets on the edges: a line with exactly as many words as the snippet, fewer, more;
    /// empty and blank lines; marks and prepended characters where the lines meet; tabs; CR.
    static let blocks: [[String]] = [
        ["one two three four five six"],
        ["one two three four"],
        ["one two", "three four five"],
        ["alpha beta gamma delta epsilon", "zeta eta theta iota kappa"],
        ["  padded  words here and there  ", "   "],
        ["", "first line after an empty one goes on"],
        ["ends with a prepended mark \u{600}", "next line has plenty of words in it"],
        ["line one has enough words here", "\u{301}starts with a combining mark and more"],
        ["tab\tseparated\twords\tin\tthis\tline", "x"],
        ["carriage\r return in a line with words", "and another line with words"],
        ["café au lait with enough words here", "naïve line with enough words here too"],
        ["one", "two", "three", "four", "five"],
        ["a b c d e"],
        ["a b c d"],
        [" ", ""],
        // Exactly as many words as asked: the word at the line's far edge may join the next line's.
        ["ends in a prepended mark \u{600}", "w x y z"],
        ["w x y z", "\u{301}mark then words"],
    ]

    @Test(arguments: blocks)
    func snippetWordsMatchTheJoinedText(lines: [String]) {
        let block = Block(lines: lines.map { Line($0) }, page: 1)
        for count in [1, 3, 4, 5] {
            let words = TextShape.words(block.text)
            #expect(RejoinInterleavedText.lastWords(of: block, count) == Array(words.suffix(count)))
            #expect(RejoinInterleavedText.firstWords(of: block, count) == Array(words.prefix(count)))
        }
    }
}
