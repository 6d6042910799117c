import Testing

@testable import GalleyKit

/// The byte paths of `TextShape` (issue 11: the dump heading rules ask them of every block's
/// first lines) give the answers of the `Character` code they stand in for, kept here as the
/// reference: on edge strings and every line of the text samples.
@Suite struct TextShapeFastPathTests {
    static let edges = [
        "", " ", "\t", "One", "Two words", "  Leading and trailing  ", "tab\tseparated\twords here", "A  double  space",
        "Café Opening Times", "a \u{301}b c d", "CR\r\nLF line", "Line\r", "emoji 🐝 bees", "“Quoted Title”",
        "(Services), Our", "--- ---", "'Tis the Season", "Meet-and-Greet Day", "Rooms to Let", "The End of the",
        "Notes: From", "Open @ Home", "Price + Tax", "1st June 2026", "June 2026", "Monday to Friday", "12-14 June",
        "- Dash item", "* Star item", "• Bullet Item", "A 12345 6789", "Of the", "Ünïcödé Wörds Hère", "x\u{600} y",
        "Tab\tand space mixed\tLine", "Spring Fair 2026", "ALL CAPS TITLE", "lower case line", "Vertical\u{0B}tab",
        "Form\u{0C}feed Title", "Numbers 123 and 456 Here", "word \u{200D}joined", "a – b — c", "“Quoted” words here",
        "costs \u{20AC}5 now", "Thai \u{0E33} mark", "a\u{0600} b", "tab\t\u{301}x", "é \u{301}é", "日本 語 text",
        "zero\u{200B} width", "end \u{2026}", "bullet \u{2022} item", "sign \u{20D2}x", "\u{301} lead", "x \u{1F3FB}y",
        "Arabic \u{0627}\u{0644} word", "dev \u{0915}\u{093F} x", "\u{0600}", " \u{0600} ", "π r²  area",
    ]

    static let lines: [String] = edges + LinkStagesFastPathTests.lines

    /// `TextShape.words` before the byte path.
    static func referenceWords(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }

    /// `TextShape.bare` before the byte path.
    static func referenceBare<S: StringProtocol>(_ word: S) -> String {
        let lower = word.lowercased()
        guard let first = lower.firstIndex(where: { !TextShape.wordPunctuation.contains($0) }) else { return "" }
        let last = lower.lastIndex(where: { !TextShape.wordPunctuation.contains($0) })!
        return String(lower[first...last])
    }

    /// `TextShape.isTitleCase` before the rewrite.
    static func referenceIsTitleCase(_ text: String) -> Bool {
        let significant = referenceWords(text).filter { word in
            guard let first = word.first(where: { $0.isLetter || $0.isNumber }), first.isLetter else { return false }
            return !TextShape.functionWords.contains(referenceBare(word))
        }
        guard !significant.isEmpty else { return false }
        let capitalised = significant.filter { word in word.first(where: { $0.isLetter })?.isUppercase ?? false }.count
        return Double(capitalised) >= TextShape.titleCaseShare * Double(significant.count)
    }

    /// `TextShape.isTitleContinuation` before the byte path.
    static func referenceIsTitleContinuation(_ text: String) -> Bool {
        guard let last = text.last, !TextShape.terminalPunctuation.contains(last),
            TextShape.hasAtMostWords(text, TextShape.maximumWordsPerLine)
        else { return false }
        let words = referenceWords(text)
        guard !words.isEmpty, words.count <= TextShape.maximumWordsPerLine,
            !text.contains(where: TextShape.nonTitleCharacters.contains),
            !(words[0].hasSuffix(":")), !TextShape.isContactOrAddress(text)
        else { return false }
        if let glyph = text.first, BuildLists.bulletGlyphs.contains(glyph) { return false }
        let visible = text.filter { !$0.isWhitespace }
        let letters = visible.filter(\.isLetter).count
        guard Double(letters) >= TextShape.titleLetterShare * Double(visible.count) else { return false }
        let lowered = words.map { referenceBare($0) }
        if lowered.allSatisfy({ TextShape.functionWords.contains($0) }) { return false }
        if lowered.allSatisfy({
            TextShape.calendarWords.contains($0) || $0.allSatisfy { $0.isNumber || "-–/.".contains($0) }
                || TextShape.isOrdinal($0)
        }) {
            return false
        }
        return !TextShape.isDateline(text) && !TextShape.isEventLine(text)
    }

    @Test func wordsMatchTheCharacterSplit() {
        for line in Self.lines {
            #expect(TextShape.words(line) == Self.referenceWords(line), "\(line)")
            #expect(TextShape.wordCount(line) == Self.referenceWords(line).count, "\(line)")
        }
        #expect(TextShape.words(" a\tb  c ") == ["a", "b", "c"])
    }

    @Test func bareMatchesTheCharacterTrim() {
        for line in Self.lines {
            for word in line.split(separator: " ") + [Substring(line)] {
                #expect(TextShape.bare(word) == Self.referenceBare(word), "\(word)")
                #expect(TextShape.bare(String(word)) == Self.referenceBare(String(word)), "\(word)")
            }
        }
        #expect(TextShape.bare("(Services),") == "services" && TextShape.bare("--") == "")
    }

    @Test func titleTestsMatchTheCharacterCode() {
        for line in Self.lines {
            #expect(TextShape.isTitleContinuation(line) == Self.referenceIsTitleContinuation(line), "\(line)")
            #expect(TextShape.isTitleCase(line) == Self.referenceIsTitleCase(line), "\(line)")
        }
        #expect(TextShape.isTitleContinuation("Rooms to Let") && !TextShape.isTitleContinuation("Open @ Home"))
        #expect(TextShape.isTitleCase("Rooms to Let") && !TextShape.isTitleCase("lower case line"))
    }
}
