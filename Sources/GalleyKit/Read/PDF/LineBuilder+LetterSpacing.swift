/// Letter-spaced lines: a title set with wide tracking ("G A R D E N  N O T E S") comes out of the
/// text layer with a space after every letter, so the word breaks are lost in the text. The glyph
/// boxes keep them: the gap at a word break is the tracking plus a word space, well over the gap
/// between letters. The line builder writes such breaks as two spaces, for `ReadLetterSpacing`.
extension LineBuilder {
    /// A letter-spaced line has at least three single-letter words…
    static let minimumSpacedLetters = 3
    /// …making up at least 60% of its words.
    static let minimumSpacedLetterShare = 0.6
    /// A word break is at least twice the line's typical (median) gap between letters.
    static let wordBreakInLetterGaps = 2.0

    /// Rewrites the text of letter-spaced lines with a double space at each word break.
    static func markLetterSpacedWords(_ lines: inout [GlyphLine], _ content: PageContent) {
        for index in lines.indices where !lines[index].line.isRotated {
            if let text = letterSpacedText(lines[index].range, lines[index].line.text, content) {
                lines[index].line.text = text
            }
        }
    }

    /// The line's text with double spaces at its word breaks, or nil when it is not letter-spaced
    /// or its gaps are all alike.
    static func letterSpacedText(_ range: Range<Int>, _ text: String, _ content: PageContent) -> String? {
        // Cheap test first: most lines have few one-letter words (counted on the bytes when they can tell).
        let counts: (words: Int, singles: Int)
        if let scanned = LetterSpacingScan.singleLetterWords(text[...]) {
            counts = scanned
        } else {
            var words = 0, singles = 0
            for word in text.split(separator: " ") {
                words += 1
                if word.count == 1, word.first?.isLetter ?? false { singles += 1 }
            }
            counts = (words, singles)
        }
        guard
            LetterSpacingScan.mayBeLetterSpaced(
                counts, minimumSingles: minimumSpacedLetters, minimumShare: minimumSpacedLetterShare)
        else { return nil }
        let glyphs = content.glyphs
        let gaps = inkPairs(range, content).map(\.gap).filter { $0 > 0 }.sorted()
        guard gaps.count >= minimumSpacedLetters else { return nil }
        let letterGap = gaps[gaps.count / 2]
        guard letterGap > 0, gaps.last! >= wordBreakInLetterGaps * letterGap else { return nil }
        var result = String.UnicodeScalarView()
        var previousInk: Int?
        var pendingSpace = false
        for index in range {
            let glyph = glyphs[index]
            if glyph.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace, let previousInk {
                let gap = glyph.box.minX - glyphs[previousInk].box.maxX
                result.append(" ")
                if gap >= wordBreakInLetterGaps * letterGap { result.append(" ") }
            }
            pendingSpace = false
            result.append(glyph.scalar)
            previousInk = index
        }
        return String(result)
    }
}
