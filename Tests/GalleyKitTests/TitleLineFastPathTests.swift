@testable import GalleyKit
import Testing

/// The byte count of a title line's words agrees with the character count it stands in for.
@Suite struct TitleLineFastPathTests {
    static let lines = [
        "", " ", "One", "Two words", "  Leading and trailing  ", "tab\tseparated\twords here",
        "one two three four five six seven eight", "one two three four five six seven eight nine",
        "Café Opening Times", "a \u{301}b c d e f g h i", "CR\r\nLF line", "emoji 🐝 bees one two three four five",
        "word  word  word  word  word  word  word  word  word",
    ]

    @Test(arguments: lines, [0, 1, 3, 8])
    func atMostWordsMatchesTheWordCount(line: String, limit: Int) {
        #expect(TextShape.hasAtMostWords(line, limit) == (TextShape.wordCount(line) <= limit))
    }
}
