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

    /// Bounds on `singleLetterWords`' counts for any text, read on its bytes: at least `words`
    /// words and at most `singles` one-letter words. A line with other scripts, curly quotes or
    /// dashes is then turned away by `mayBeLetterSpaced` without splitting it into characters,
    /// as it is whenever the bounds fail (fewer singles and more words can only fail it more).
    ///
    /// A space byte between two ASCII bytes is a character " " of its own; one beside another
    /// byte may belong to a character (a combining mark after it), so it may fail to split
    /// (`words` counts the byte runs less those spaces). A one-letter word is one run of bytes:
    /// a single ASCII letter, or a run with another byte and no two ASCII bytes in a row (two
    /// such are two characters, or CR LF, no letter); every other run is no one-letter word.
    static func singleLetterBounds(_ text: Substring) -> (words: Int, singles: Int) {
        text.withContiguousUTF8 { bytes -> (words: Int, singles: Int) in
            var runs = 0, doubtfulSpaces = 0, singles = 0
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x20 {
                    if (index > 0 && bytes[index - 1] >= 0x80) || (index + 1 < bytes.count && bytes[index + 1] >= 0x80) {
                        doubtfulSpaces += 1
                    }
                    index += 1
                    continue
                }
                let start = index
                var isASCII = true, hasASCIIPair = false
                while index < bytes.count, bytes[index] != 0x20 {
                    if bytes[index] >= 0x80 {
                        isASCII = false
                    } else if index > start, bytes[index - 1] < 0x80 {
                        hasASCIIPair = true
                    }
                    index += 1
                }
                runs += 1
                if isASCII ? (index - start == 1 && bytes[start].isASCIILetter) : !hasASCIIPair { singles += 1 }
            }
            return (max(0, runs - doubtfulSpaces), singles)
        }
    }

    /// Whether a line with these counts can be letter-spaced: at least `minimumSingles` single
    /// letters, making up at least `minimumShare` of its words.
    static func mayBeLetterSpaced(_ counts: (words: Int, singles: Int), minimumSingles: Int, minimumShare: Double) -> Bool {
        counts.singles >= minimumSingles && Double(counts.singles) >= minimumShare * Double(counts.words)
    }
}
