/// Byte-level forms of the phrase questions `JoinContinuedArticles` asks of each line that may
/// hold a jump (`tokens`, the word count, where a "continued" tail opens).
///
/// Those questions walk `Character`s, a few hundred instructions a character, and a line holding
/// "cont" or "page" (every "contact", "control", "leaflet") is asked them for each window of up to
/// three lines it is in: on a long paragraph that per-line cost was nearly all of the stage's time.
/// Each answer here is exactly the `Character` one for plain ASCII text (every byte a character of
/// its own, see `WordScan.isPlainASCII`); for any other text it is nil and the caller asks the
/// characters.
enum JumpScan {
    /// `JoinContinuedArticles.tokens(text)` for plain ASCII text: lower-cased runs of letters (an
    /// apostrophe inside a word kept), each run of digits "#", everything else a separator.
    static func tokens(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard WordScan.isPlainASCII(bytes) else { return nil }
            var words: [String] = []
            var current: [UInt8] = []
            var inDigits = false
            func flush() {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                inDigits = false
            }
            for byte in bytes {
                let lower = byte.asciiLowercased
                if lower.isASCIIDigit {
                    if !inDigits {
                        flush()
                        current.append(UInt8(ascii: "#"))
                        inDigits = true
                    }
                } else if lower.isASCIILetter || (lower == UInt8(ascii: "'") && !current.isEmpty && !inDigits) {
                    if inDigits { flush() }
                    current.append(lower)
                } else {
                    flush()
                }
            }
            flush()
            return words
        }
    }

    /// `TextShape.wordCount(text)` for plain ASCII text: runs of bytes other than space and tab.
    static func wordCount(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            guard WordScan.isPlainASCII(bytes) else { return nil }
            var count = 0
            var inWord = false
            for byte in bytes {
                let separates = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
                if !separates, !inWord { count += 1 }
                inWord = !separates
            }
            return count
        }
    }

    /// The "continued" words `JoinContinuedArticles.continuedOpening` looks for, in its order,
    /// after their common "cont" ("cont’d", not ASCII, cannot be in plain ASCII text).
    static let continuedEndings: [[UInt8]] = ["inued", "inues", "'d", "d"].map { Array($0.utf8) }

    /// `JoinContinuedArticles.continuedOpening(in: text)` for plain ASCII text, as a character
    /// offset: `.some(nil)` when no "continued" word is there, nil when the text is not plain ASCII.
    /// The first word of the list found anywhere wins, as there (its first occurrence).
    static func continuedOpeningOffset(_ text: String) -> Int?? {
        var text = text
        return text.withUTF8 { bytes -> Int?? in
            guard WordScan.isPlainASCII(bytes) else { return nil }
            // The first occurrence of each word, found in one pass over the places "cont" stands.
            var first: [Int?] = Array(repeating: nil, count: continuedEndings.count)
            var start = 0
            while start + 4 <= bytes.count {
                defer { start += 1 }
                guard bytes[start].asciiLowercased == UInt8(ascii: "c"), bytes[start + 1].asciiLowercased == UInt8(ascii: "o"),
                    bytes[start + 2].asciiLowercased == UInt8(ascii: "n"), bytes[start + 3].asciiLowercased == UInt8(ascii: "t")
                else { continue }
                for (index, ending) in continuedEndings.enumerated() where first[index] == nil {
                    let end = start + 4 + ending.count
                    guard end <= bytes.count else { continue }
                    if zip(bytes[(start + 4)..<end], ending).allSatisfy({ $0.asciiLowercased == $1 }) { first[index] = start }
                }
            }
            return .some(first.lazy.compactMap { $0 }.first)
        }
    }

    /// Whether the text may hold a "continued" word: "cont" in its bytes, in any case (no other
    /// character lower-cases to an ASCII c, o, n or t). False answers `continuedOpening` nil.
    static func mayHoldContinued(_ text: String) -> Bool {
        text.withContiguousUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for start in 0...(bytes.count - 4)
            where bytes[start] | 0x20 == UInt8(ascii: "c") && bytes[start + 1] | 0x20 == UInt8(ascii: "o")
                && bytes[start + 2] | 0x20 == UInt8(ascii: "n") && bytes[start + 3] | 0x20 == UInt8(ascii: "t")
            {
                return true
            }
            return false
        }
    }

    /// `firstTokenMayOpen` for any text, read on the bytes while they tell: nil when a non-ASCII
    /// byte comes before the first token ends (it may be a letter, a mark or a separator).
    static func firstTokenMayOpenAnyText(_ text: String) -> Bool? {
        text.withContiguousUTF8 { bytes -> Bool? in
            var start = 0
            while start < bytes.count, bytes[start] < 0x80, !bytes[start].isASCIILetterOrDigit { start += 1 }
            guard start < bytes.count else { return false }  // no token
            guard bytes[start] < 0x80 else { return nil }
            guard bytes[start].isASCIILetter else { return false }  // "#"
            var end = start
            while end < bytes.count, bytes[end].isASCIILetter || bytes[end] == UInt8(ascii: "'") { end += 1 }
            // The word goes on, or a mark joins its last letter: the characters decide.
            guard end == bytes.count || bytes[end] < 0x80 else { return nil }
            guard end - start <= 9 else { return false }  // "continued", "continues": the longest
            let word = String(decoding: bytes[start..<end].map(\.asciiLowercased), as: UTF8.self)
            return openingWords.contains(word)
        }
    }

    /// What a line's first token says about a phrase that opens with the line.
    enum Opening: Equatable {
        /// The line has no token (only ASCII bytes that are neither letters nor digits): the
        /// phrase's first token is in a later line.
        case noToken
        /// The first token is one of `openingWords`, or the bytes cannot tell.
        case mayOpen
        /// The first token is certainly none of `openingWords`.
        case cannotOpen
    }

    /// `firstTokenMayOpenAnyText(text)` for a line that other lines may follow (joined with a
    /// space), telling a line without a token from one whose first token opens no phrase: the
    /// first token of joined lines is that of their first line with a token.
    static func opening(_ text: String) -> Opening {
        text.withContiguousUTF8 { bytes -> Opening in
            var start = 0
            while start < bytes.count, bytes[start] < 0x80, !bytes[start].isASCIILetterOrDigit { start += 1 }
            guard start < bytes.count else { return .noToken }
            guard bytes[start] < 0x80 else { return .mayOpen }
            guard bytes[start].isASCIILetter else { return .cannotOpen }  // "#"
            var end = start
            while end < bytes.count, bytes[end].isASCIILetter || bytes[end] == UInt8(ascii: "'") { end += 1 }
            // The word goes on, or a mark joins its last letter: the characters decide. At the
            // line's end the word ends as it would before the joining space.
            guard end == bytes.count || bytes[end] < 0x80 else { return .mayOpen }
            guard end - start <= 9 else { return .cannotOpen }  // "continued", "continues": the longest
            // Compared on the bytes: a string made of every line's first word cost more than the scan.
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let opens = asciiOpeningWords.contains { candidate in
                candidate.count == word.count && zip(candidate, word).allSatisfy { $0 == $1.asciiLowercased }
            }
            return opens ? .mayOpen : .cannotOpen
        }
    }

    /// The `openingWords` of plain ASCII, as bytes: a word of ASCII letters and apostrophes can
    /// equal only those.
    static let asciiOpeningWords: [[UInt8]] = openingWords.filter { WordScan.isPlainASCII($0.utf8) }.map { Array($0.utf8) }

    /// Words one of which must open a phrase for `isOnward` or `isBack` to hold.
    static let openingWords: Set<String> = JoinContinuedArticles.continuedWords.union(JoinContinuedArticles.turnWords)
        .union(["please", "from"])

    /// Whether `JoinContinuedArticles.tokens(text).first` is one of `openingWords`, for plain ASCII
    /// text (nil for any other): false when there is no token.
    static func firstTokenMayOpen(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard WordScan.isPlainASCII(bytes) else { return nil }
            // Separators first: anything but a letter or a digit (an apostrophe opens no word).
            var start = 0
            while start < bytes.count, !bytes[start].isASCIILetterOrDigit { start += 1 }
            guard start < bytes.count, bytes[start].isASCIILetter else { return false }  // none, or "#"
            var end = start
            while end < bytes.count, bytes[end].isASCIILetter || bytes[end] == UInt8(ascii: "'") { end += 1 }
            guard end - start <= 9 else { return false }  // "continued", "continues": the longest
            let word = String(decoding: bytes[start..<end].map(\.asciiLowercased), as: UTF8.self)
            return openingWords.contains(word)
        }
    }
}
