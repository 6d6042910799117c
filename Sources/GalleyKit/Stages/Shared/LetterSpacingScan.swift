/// The count both letter-spacing tests (`LineBuilder.letterSpacedText`, `ReadLetterSpacing`) start
/// with — how many space-separated words a line has, and how many are a single letter — read on
/// the bytes when they can tell: most lines are plain ASCII and far from letter-spaced, and
/// splitting them into `Character`s only to find that out was most of both tests' cost.
enum LetterSpacingScan {
    /// `(words, singles)` of `text.split(separator: " ")` — its words, and those that are one
    /// letter (`word.count == 1 && word.first!.isLetter`) — or nil when the text is not plain
    /// ASCII without a carriage return (`WordScan.isPlainASCII`), where only `Character`s can say.
    static func singleLetterWords(_ text: Substring) -> (words: Int, singles: Int)? {
        text.withContiguousUTF8 { bytes -> (words: Int, singles: Int)? in
            var words = 0, singles = 0, length = 0, first: UInt8 = 0
            for byte in bytes {
                guard byte < 0x80, byte != 0x0D else { return nil }
                if byte == 0x20 {
                    if length > 0 {
                        words += 1
                        if length == 1, first.isASCIILetter { singles += 1 }
                    }
                    length = 0
                } else {
                    if length == 0 { first = byte }
                    length += 1
                }
            }
            if length > 0 {
                words += 1
                if length == 1, first.isASCIILetter { singles += 1 }
            }
            return (words, singles)
        }
    }

    /// Whether a line with these counts can be letter-spaced: at least `minimumSingles` single
    /// letters, making up at least `minimumShare` of its words.
    static func mayBeLetterSpaced(_ counts: (words: Int, singles: Int), minimumSingles: Int, minimumShare: Double) -> Bool {
        counts.singles >= minimumSingles && Double(counts.singles) >= minimumShare * Double(counts.words)
    }
}
