/// The shape of a line of text, from its words alone: how many words, whether it reads as
/// running prose, as a title (Title Case, short, unpunctuated), as a date, or as the end of a
/// sentence. Several stages ask these questions: headings, lists, continued articles, pull quotes.
enum TextShape {
    /// A title line has at most this many words; longer lines are prose.
    static let maximumWordsPerLine = 8
    /// Title Case: at least this share of the words that are not function words are capitalised.
    static let titleCaseShare = 0.75
    /// A prose line has at least this many words…
    static let proseMinimumWords = 5
    /// …of which at least this share start in lower case.
    static let proseLowercaseShare = 0.4
    /// A line ending a sentence counts as prose from this many words.
    static let proseSentenceMinimumWords = 3
    /// At least this share of a title line's visible characters are letters.
    static let titleLetterShare = 0.6

    /// English function words: a line ending in one is unfinished, and they stay lower case in Title Case.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "nor", "but", "so", "yet", "as", "at", "by", "for", "from", "in", "into",
        "of", "off", "on", "onto", "out", "over", "per", "to", "up", "upon", "via", "with", "within", "without",
        "about", "after", "against", "among", "around", "before", "behind", "between", "beyond", "during",
        "through", "towards", "under", "until", "than", "that", "this", "these", "those", "its", "their", "our",
        "your", "his", "her", "my", "is", "are", "was", "were", "be", "been", "if", "when", "where", "which",
        "who", "whom", "whose", "what", "how", "why", "not", "no", "all", "any", "some", "each", "every", "we",
        "you", "they", "he", "she", "it", "us", "them", "can", "will", "may", "should", "would", "could", "has",
        "have", "had", "do", "does", "did", "&",
    ]
    /// Object pronouns: a title may end on one ("Before You Write to Us", "Thank You") and be whole.
    static let closingPronouns: Set<String> = ["us", "them", "him", "it", "you"]
    /// Punctuation that ends a sentence or a clause: a line ending in it is not a heading.
    static let terminalPunctuation: Set<Character> = [".", ",", ";", ":", "?", "!"]
    /// Characters that never appear in a heading of running text (formulas, addresses, markup).
    static let nonTitleCharacters: Set<Character> = [
        "@", "=", "<", ">", "*", "#", "|", "{", "}", "[", "]", "\\", "~", "^", "_", "+",
    ]
    /// Month and weekday names: a line made only of these and numbers is a date, not a heading.
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "to", "and",
        // Weekdays as a diary or a table's date column shortens them ("Sat 7 March").
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    /// Punctuation trimmed from a word before it is compared with a list.
    static let wordPunctuation: Set<Character> = [",", ";", ":", "(", ")", "\"", "'", "“", "”", "‘", "’", "-", "–"]

    /// A word lower-cased without the punctuation around it ("(Services)," → "services").
    static func bare<S: StringProtocol>(_ word: S) -> String {
        if let bare = asciiBare(word) { return bare }
        let lower = word.lowercased()
        guard let first = lower.firstIndex(where: { !wordPunctuation.contains($0) }) else { return "" }
        let last = lower.lastIndex(where: { !wordPunctuation.contains($0) })!
        return String(lower[first...last])
    }

    /// `bare(word)` read on the bytes of a plain-ASCII word (each byte a character; the ASCII
    /// members of `wordPunctuation` are the only ones it can hold), else nil.
    static func asciiBare<S: StringProtocol>(_ word: S) -> String? {
        let answer = word.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard WordScan.isPlainASCII(bytes) else { return nil }
            func isPunctuation(_ byte: UInt8) -> Bool { asciiWordPunctuation[Int(byte)] }
            guard let first = bytes.firstIndex(where: { !isPunctuation($0) }) else { return "" }
            let last = bytes.lastIndex(where: { !isPunctuation($0) })!
            return String(unsafeUninitializedCapacity: last - first + 1) { buffer in
                for index in first...last { buffer[index - first] = bytes[index].asciiLowercased }
                return last - first + 1
            }
        }
        return answer ?? nil
    }

    /// `wordPunctuation` by ASCII byte.
    static let asciiWordPunctuation: [Bool] = (0..<128).map { wordPunctuation.contains(Character(Unicode.Scalar(UInt8($0)))) }
    /// `nonTitleCharacters` by ASCII byte.
    static let asciiNonTitleCharacters: [Bool] = (0..<128).map {
        nonTitleCharacters.contains(Character(Unicode.Scalar(UInt8($0))))
    }

    /// The words of a line: its text split at spaces and tabs.
    static func words(_ text: String) -> [Substring] {
        byteWords(text) ?? text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }

    /// `words(text)` split on the UTF-8 bytes, without grapheme breaking, when every space and tab
    /// byte is a character of its own; else nil. A space or tab is one unless a mark that extends
    /// the character before it follows (a combining accent, a joiner: anything from U+0300 up, save
    /// the punctuation and currency blocks U+2010–U+205E and U+20A0–U+20C0) or a prepended mark
    /// precedes it (U+0600–U+0FFF and above U+FFFF; `FastPathTests` tries every scalar before a space).
    static func byteWords(_ text: String) -> [Substring]? {
        guard let found = byteWordRanges(text) else { return nil }
        let utf8 = text.utf8
        return found.map { range in
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let upper = utf8.index(lower, offsetBy: range.count)
            return text[lower..<upper]
        }
    }

    /// The UTF-8 byte ranges of `byteWords(text)`, or nil where it is nil.
    static func byteWordRanges(_ text: String) -> [Range<Int>]? {
        let ranges = text.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var ranges: [Range<Int>] = []
            // Room for every word the line can hold (one byte and a space each): growing the
            // array from empty reallocated it four or five times a line.
            ranges.reserveCapacity(bytes.count / 2 + 1)
            var start: Int?
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x09 else {
                    if start == nil { start = index }
                    continue
                }
                if index > 0, bytes[index - 1] >= 0x80 {
                    // The lead byte of the character before: the prepended marks lie in U+0600–U+0FFF
                    // (lead bytes 0xD8–0xE0) and above U+FFFF (0xF0 and up), none in U+1000–U+FFFF
                    // (0xE1–0xEF), where the punctuation after which most spaces come (’ ” – …) is.
                    var lead = index - 1
                    while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                    guard bytes[lead] < 0xD8 || (0xE1...0xEF).contains(bytes[lead]) else { return nil }
                }
                if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
                    let next = bytes[index + 1]
                    if next >= 0xCC {
                        // Three-byte U+2010–U+205E and U+20A0–U+20C0 (0xE2 0x80 0x90 – 0xE2 0x81 0x9E, 0xE2 0x82 0xA0 – 0xE2 0x83 0x80).
                        guard next == 0xE2, index + 3 < bytes.count else { return nil }
                        let scalar = (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F) | 0x2000
                        guard (0x2010...0x205E).contains(scalar) || (0x20A0...0x20C0).contains(scalar) else { return nil }
                    }
                }
                if let wordStart = start { ranges.append(wordStart..<index) }
                start = nil
            }
            if let wordStart = start { ranges.append(wordStart..<bytes.count) }
            return ranges
        }
        return ranges ?? nil
    }

    static func wordCount(_ text: String) -> Int {
        // An ASCII line's words counted on its bytes (each byte a character), without making them;
        // any other line's on their byte ranges.
        asciiWordCount(text, stoppingPast: .max) ?? byteWordRanges(text)?.count ?? words(text).count
    }

    /// `wordCount(text) <= limit`, counted on the bytes of a plain-ASCII line (where a space or a
    /// tab byte is a separating character) and stopping once past the limit.
    static func hasAtMostWords(_ text: String, _ limit: Int) -> Bool {
        if let count = asciiWordCount(text, stoppingPast: limit) { return count <= limit }
        return wordCount(text) <= limit
    }

    /// The words of an ASCII line (split at space and tab bytes), counted in full (a count past
    /// `limit` answers as `limit + 1` did); nil when the line has a byte that is not ASCII.
    private static func asciiWordCount(_ text: String, stoppingPast limit: Int) -> Int? {
        // Read through the contiguous buffer, eight bytes at a time (`asciiWordScan`): the byte
        // loop cost ~9 instructions a byte, and the heading passes count every title line's words.
        let count = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            let scan = asciiWordScan(bytes)
            return scan.isASCII ? scan.words : nil
        }
        return count ?? nil
    }

    /// One pass over a line's bytes: its words (maximal runs of bytes other than space and tab),
    /// how many of them open with a lower-case ASCII letter, and whether every byte is ASCII and
    /// whether one is a carriage return. The counts and the carriage return are those of the
    /// bytes only when every byte is ASCII. Eight bytes are read at a time as one integer, each
    /// byte a lane (`ByteLanes`): a lane's top bit marks a space or tab, a word's first byte is a
    /// lane that is neither after one that is (or after the line's start), and the marks are counted.
    @inline(__always)
    static func asciiWordScan(
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> (words: Int, lowercaseFirst: Int, isASCII: Bool, hasCarriageReturn: Bool) {
        let tops = ByteLanes.tops
        var words = 0, lowercaseFirst = 0
        var high: UInt64 = 0, carriageReturns: UInt64 = 0
        // The lane before the first: the line's start, which a word's first byte may follow.
        var separatorBefore: UInt64 = 0x80
        var offset = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= bytes.count {
                let chunk = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                high |= chunk
                let separators = ByteLanes.lanes(chunk, equalTo: 0x20) | ByteLanes.lanes(chunk, equalTo: 0x09)
                let starts = ~separators & tops & (separators << 8 | separatorBefore)
                words += ByteLanes.count(starts)
                let lowercase =
                    ByteLanes.lanes(chunk, atLeast: UInt8(ascii: "a")) & ~ByteLanes.lanes(chunk, atLeast: UInt8(ascii: "z") + 1)
                lowercaseFirst += ByteLanes.count(starts & lowercase)
                carriageReturns |= ByteLanes.lanes(chunk, equalTo: 0x0D)
                separatorBefore = separators >> 56
                offset += 8
            }
        }
        var inWord = separatorBefore == 0
        while offset < bytes.count {
            let byte = bytes[offset]
            high |= UInt64(byte)
            if byte == 0x0D { carriageReturns = 1 }
            if byte == 0x20 || byte == 0x09 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if byte.isASCIILetterLowercase { lowercaseFirst += 1 }
            }
            offset += 1
        }
        return (words, lowercaseFirst, high & tops == 0, carriageReturns != 0)
    }

    static func startsLowercase(_ text: String) -> Bool {
        // A first character that is a lone ASCII byte and no space is the one asked about: a
        // lower-case letter is a-z (`Character.isLowercase` reads the Unicode tables for it).
        if let first = WordScan.firstASCIICharacter(text), !first.isASCIIWhitespace { return first.isASCIILetterLowercase }
        return text.first(where: { !$0.isWhitespace })?.isLowercase ?? false
    }

    /// The last word, lower-cased without surrounding punctuation, is a function word.
    static func endsWithFunctionWord(_ text: String) -> Bool {
        if let answer = asciiLastWord(text, isFunctionWord: true) { return answer }
        guard let last = words(text).last else { return false }
        return functionWords.contains(bare(last))
    }

    /// Of a plain-ASCII line (else nil), read on its bytes: whether its last word, as
    /// `words(text).last` splits it, is a function word once bare (`isFunctionWord`) or is a
    /// lone hyphen; false when the line has no word.
    static func asciiLastWord(_ text: String, isFunctionWord: Bool) -> Bool? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard WordScan.isPlainASCII(bytes) else { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x20, bytes[start - 1] != 0x09 { start -= 1 }
            guard start < end else { return false }
            let word = bytes[start..<end]
            return isFunctionWord ? isASCIIFunctionWord(word) : word.count == 1 && word.first == UInt8(ascii: "-")
        }
        return answer ?? nil
    }

    /// The text ends on a function word that leaves it open ("A Record Year for the"), not one a
    /// title capitalises on purpose: a title that lowercases its other function words and ends on
    /// a capitalised one ("When the Lights Go On") is whole.
    static func endsWithOpenFunctionWord(_ text: String) -> Bool {
        guard endsWithFunctionWord(text) else { return false }
        if let answer = asciiEndsWithOpenFunctionWord(text) { return answer }
        let words = words(text)
        // A capitalised object pronoun closes a title even when every word is capitalised.
        guard let last = words.last, last.first(where: \.isLetter)?.isUppercase == true else { return true }
        if closingPronouns.contains(bare(last)) { return false }
        let lowercaseFunctionWord = words.dropLast().dropFirst().contains { word in
            functionWords.contains(bare(word)) && (word.first(where: \.isLetter)?.isLowercase ?? false)
        }
        return !lowercaseFunctionWord
    }

    /// `endsWithOpenFunctionWord(text)` past its first test, read on the bytes of a plain-ASCII
    /// line (each byte a character, words split at space and tab bytes), else nil: the line's
    /// words are walked without an array of them or a lower-cased copy of each, the last one
    /// found from the end.
    static func asciiEndsWithOpenFunctionWord(_ text: String) -> Bool? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard WordScan.isPlainASCII(bytes) else { return nil }
            func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
            var end = bytes.count
            while end > 0, isSeparator(bytes[end - 1]) { end -= 1 }
            var start = end
            while start > 0, !isSeparator(bytes[start - 1]) { start -= 1 }
            // A capitalised object pronoun closes a title even when every word is capitalised.
            let last = bytes[start..<end]
            guard start < end, let letter = last.first(where: \.isASCIILetter), letter.isASCIICapital else { return true }
            if let key = asciiBareKey(last), asciiClosingPronounKeys.contains(key) { return false }
            // The words between the first and the last.
            var isFirst = true, lowercaseFunctionWord = false
            _ = asciiWords(of: bytes) { word in
                if isFirst {
                    isFirst = false
                    return true
                }
                guard word.startIndex != start else { return false }
                lowercaseFunctionWord =
                    isASCIIFunctionWord(word) && (word.first(where: \.isASCIILetter)?.isASCIILetterLowercase ?? false)
                return !lowercaseFunctionWord
            }
            return !lowercaseFunctionWord
        }
        return answer ?? nil
    }

    /// `closingPronouns` as `asciiWordKey`s (each ASCII, at most eight bytes).
    static let asciiClosingPronounKeys: Set<UInt64> = Set(closingPronouns.map { asciiWordKey($0.utf8) })

    /// The `asciiWordKey` of a plain-ASCII word bare of `wordPunctuation`, or nil when the bare
    /// word is empty or longer than eight bytes (then it is none of the short lists' words).
    static func asciiBareKey(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
        guard let first = word.firstIndex(where: { !asciiWordPunctuation[Int($0)] }) else { return nil }
        let last = word.lastIndex(where: { !asciiWordPunctuation[Int($0)] })!
        guard last - first + 1 <= 8 else { return nil }
        return asciiWordKey(word[first...last])
    }

    /// The text ends in a dash or a hyphen standing alone ("Multi-Agency Audit -"): it goes on below.
    static func endsWithDash(_ text: String) -> Bool {
        // The en and em dashes are not ASCII: a plain-ASCII line ends in a dash only as a lone hyphen.
        if let answer = asciiLastWord(text, isFunctionWord: false) { return answer }
        guard let last = words(text).last else { return false }
        return last == "-" || last == "–" || last == "—"
    }

    /// Closing quotes and brackets, which may follow a sentence's stop.
    static let sentenceClosers: Set<Character> = ["\"", "'", "”", "’", ")", "]"]
    /// What joins the numbers of a date or a range besides digits ("12-14", "3/4", "1.5").
    static let numberPunctuation: Set<Character> = ["-", "–", "/", "."]
    /// Separators between the parts of a masthead's dateline ("Issue 17 · Autumn 2025").
    static let datelineSeparators: Set<Character> = ["·", "•", "|", "/", "-", "–", "—"]

    /// Whether the text ends a sentence: its last visible character is . ? or ! (before closing quotes or brackets).
    static func endsSentence(_ text: String) -> Bool {
        if let answer = asciiEndsSentence(text) { return answer }
        guard let last = text.last(where: { !$0.isWhitespace && !sentenceClosers.contains($0) }) else { return false }
        return last == "." || last == "?" || last == "!"
    }

    /// `endsSentence(text)` read from the end of the bytes while each is an ASCII byte after an
    /// ASCII byte (a character of its own: nothing before it prepends to it, nothing after it
    /// extends it, and no carriage return is read), else nil. The spaces and the ASCII closers
    /// (" ' ) ]) are stepped over; the first other byte is the answer.
    static func asciiEndsSentence(_ text: String) -> Bool? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var index = bytes.count - 1
            while index >= 0 {
                let byte = bytes[index]
                guard byte < 0x80, byte != 0x0D, index == 0 || bytes[index - 1] < 0x80 else { return nil }
                switch byte {
                case 0x20, 0x09...0x0C, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                    index -= 1
                case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"):
                    return true
                default:
                    return false
                }
            }
            return false
        }
        return answer ?? nil
    }

    /// A line of running prose: several words, many in lower case, or a whole short sentence.
    static func isProse(_ text: String) -> Bool {
        if let (count, lower) = asciiWordCounts(text) {
            if count >= proseSentenceMinimumWords, endsSentence(text) || text.hasSuffix(":") { return true }
            guard count >= proseMinimumWords else { return false }
            return Double(lower) >= proseLowercaseShare * Double(count)
        }
        let words = words(text)
        if words.count >= proseSentenceMinimumWords, endsSentence(text) || text.hasSuffix(":") { return true }
        guard words.count >= proseMinimumWords else { return false }
        let lower = words.filter { $0.first?.isLowercase ?? false }.count
        return Double(lower) >= proseLowercaseShare * Double(words.count)
    }

    /// Of a plain-ASCII line (else nil), read on its bytes: its words (split at space and tab
    /// bytes) and how many of them start with a lower-case letter.
    static func asciiWordCounts(_ text: String) -> (words: Int, lowercaseFirst: Int)? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int)? in
            let scan = asciiWordScan(bytes)
            guard scan.isASCII, !scan.hasCarriageReturn else { return nil }
            return (scan.words, scan.lowercaseFirst)
        }
        return (answer ?? nil).map { (words: $0.0, lowercaseFirst: $0.1) }
    }

    /// Title Case: most words that are not function words start with a capital (or are numbers).
    static func isTitleCase(_ text: String) -> Bool {
        if let answer = asciiIsTitleCase(text) { return answer }
        if let answer = plainIsTitleCase(text) { return answer }
        var significant = 0, capitalised = 0
        for word in words(text) {
            // The first letter or number; when a letter, it is also the word's first letter.
            guard let first = word.first(where: { $0.isLetter || $0.isNumber }), first.isLetter,
                !functionWords.contains(bare(word))
            else { continue }
            significant += 1
            if first.isUppercase { capitalised += 1 }
        }
        guard significant > 0 else { return false }
        return Double(capitalised) >= titleCaseShare * Double(significant)
    }

    /// `isTitleCase(text)` read on the bytes of a plain-ASCII line (each byte a character, words
    /// split at space and tab bytes), else nil. A word too long to be a function word once bare is
    /// not lower-cased for the look-up.
    static func asciiIsTitleCase(_ text: String) -> Bool? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard WordScan.isPlainASCII(bytes) else { return nil }
            var significant = 0, capitalised = 0
            _ = asciiWords(of: bytes) { word in
                // The first letter or number; when a letter, it is also the word's first letter.
                guard let first = word.first(where: { $0.isASCIILetter || $0.isASCIIDigit }), first.isASCIILetter,
                    !isASCIIFunctionWord(word)
                else { return true }
                significant += 1
                if (0x41...0x5A).contains(first) { capitalised += 1 }
                return true
            }
            guard significant > 0 else { return false }
            return Double(capitalised) >= titleCaseShare * Double(significant)
        }
        return answer ?? nil
    }

    /// `isTitleCase(text)` read on the bytes of a line that is ASCII but for the marks of
    /// `WordScan.isPlainPunctuation` (else nil): a mark is neither a letter nor a number, so a
    /// word's first letter or number is its first ASCII letter or digit, and a bare word that
    /// keeps a mark is no function word (`plainIsTitleContinuation` says why).
    static func plainIsTitleCase(_ text: String) -> Bool? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard WordScan.isPlainASCIIOrPunctuation(bytes) else { return nil }
            var significant = 0, capitalised = 0
            _ = asciiWords(of: bytes) { word in
                guard let first = word.first(where: { $0.isASCIILetter || $0.isASCIIDigit }), first.isASCIILetter else {
                    return true
                }
                if let bare = plainBare(word), isASCIIFunctionWord(bare) { return true }
                significant += 1
                if first.isASCIICapital { capitalised += 1 }
                return true
            }
            guard significant > 0 else { return false }
            return Double(capitalised) >= titleCaseShare * Double(significant)
        }
        return answer ?? nil
    }

    /// Walks the words of a plain-ASCII line's bytes (split at space and tab bytes) in order while
    /// `body` answers true; whether it answered true for every word.
    static func asciiWords(
        of bytes: UnsafeBufferPointer<UInt8>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool
    ) -> Bool {
        var start = 0
        while start < bytes.count {
            guard bytes[start] != 0x20, bytes[start] != 0x09 else {
                start += 1
                continue
            }
            var end = start
            while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x09 { end += 1 }
            if !body(bytes[start..<end]) { return false }
            start = end
        }
        return true
    }

    /// The longest of `functionWords`, in bytes: a longer bare word is none of them.
    static let longestFunctionWord = functionWords.map(\.utf8.count).max() ?? 0

    /// `functionWords.contains(bare(word))` for the bytes of a plain-ASCII word.
    static func isASCIIFunctionWord(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = word.firstIndex(where: { !asciiWordPunctuation[Int($0)] }) else {
            return functionWords.contains("")
        }
        let last = word.lastIndex(where: { !asciiWordPunctuation[Int($0)] })!
        guard last - first + 1 <= longestFunctionWord else { return false }
        // Looked up as an integer: no string is made and hashed for each word read.
        return asciiFunctionWordKeys.contains(asciiWordKey(word[first...last]))
    }

    /// `functionWords` as `asciiWordKey`s. Each is ASCII and at most eight bytes long (the tests
    /// hold them to it), and none holds a zero byte, so each word has a key of its own.
    static let asciiFunctionWordKeys: Set<UInt64> = Set(functionWords.map { asciiWordKey($0.utf8) })

    /// The bytes of a short ASCII word, lower-cased, packed into an integer first byte lowest.
    static func asciiWordKey<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes {
            key |= UInt64(byte.asciiLowercased) << shift
            shift += 8
        }
        return key
    }

    /// `bare(word)` for the bytes of a plain-ASCII word.
    static func asciiBare(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        guard let first = word.firstIndex(where: { !asciiWordPunctuation[Int($0)] }) else { return "" }
        let last = word.lastIndex(where: { !asciiWordPunctuation[Int($0)] })!
        return String(unsafeUninitializedCapacity: last - first + 1) { buffer in
            for index in first...last { buffer[index - first] = word[index].asciiLowercased }
            return last - first + 1
        }
    }

    /// A line that could open a heading: short, starting with a capital (or a one- or two-digit
    /// number and a capitalised word), no closing punctuation, mostly letters, not a field label,
    /// a contact line, a date, a dateline, an event listing's line or a lone function word.
    static func isTitleCandidate(_ text: String) -> Bool {
        opensTitle(text) && isTitleContinuation(text)
    }

    /// The opening test of `isTitleCandidate`: the line starts with a capital, or with a one- or
    /// two-digit number and a capitalised word (`OrderNumberedBoxes.numberedHeading`).
    static func opensTitle(_ text: String) -> Bool {
        // An ASCII first byte before another ASCII byte is the first character (CR LF, the one
        // ASCII pair that joins, is neither number nor capital either way).
        let utf8 = text.utf8
        if let byte = utf8.first, byte < 0x80, utf8.count == 1 || utf8[utf8.index(after: utf8.startIndex)] < 0x80 {
            if byte.isASCIIDigit { return OrderNumberedBoxes.numberedHeading(text) != nil }
            return (0x41...0x5A).contains(byte)
        }
        guard let first = text.first else { return false }
        if first.isNumber { return OrderNumberedBoxes.numberedHeading(text) != nil }
        return first.isUppercase
    }

    /// A line that may carry on a heading begun above (any case).
    static func isTitleContinuation(_ text: String) -> Bool {
        if let answer = asciiIsTitleContinuation(text) { return answer }
        if let answer = plainIsTitleContinuation(text) { return answer }
        // Most lines are prose: its closing stop or its length turns it away before any splitting.
        guard !endsInTerminalPunctuation(text), hasAtMostWords(text, maximumWordsPerLine) else { return false }
        // Each test below only turns the line away, so their order does not change the answer:
        // the cheap ones first, the character counts and the contact-line test, the dearest, last.
        if let glyph = text.first, BuildLists.bulletGlyphs.contains(glyph) { return false }
        let words = words(text)
        guard !words.isEmpty, words.count <= maximumWordsPerLine, !(words[0].hasSuffix(":")) else { return false }
        // Every one of `nonTitleCharacters` is a lone ASCII scalar: a line without its byte has none.
        if text.utf8.contains(where: { $0 < 0x80 && asciiNonTitleCharacters[Int($0)] }),
            text.contains(where: nonTitleCharacters.contains)
        {
            return false
        }
        // Each word lower-cased only as far as the first that answers no (mostly the first word).
        if words.allSatisfy({ functionWords.contains(bare($0)) }) { return false }
        if words.allSatisfy({
            let bare = bare($0)
            return calendarWords.contains(bare) || bare.allSatisfy { $0.isNumber || numberPunctuation.contains($0) } || isOrdinal(bare)
        }) {
            return false
        }
        let visible = text.filter { !$0.isWhitespace }
        let letters = visible.filter(\.isLetter).count
        guard Double(letters) >= titleLetterShare * Double(visible.count) else { return false }
        return !isContactOrAddress(text) && !isDateline(text) && !isEventLine(text)
    }

    /// `isTitleContinuation(text)` read on the bytes of a plain-ASCII line (each byte a
    /// character, words split at space and tab bytes, no word array made), else nil. The tests
    /// are the same and each only turns the line away; the contact-line test is still asked last.
    static func asciiIsTitleContinuation(_ text: String) -> Bool? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard WordScan.isPlainASCII(bytes) else { return nil }
            if let last = bytes.last, asciiTerminalPunctuation[Int(last)] { return false }
            func allWords(_ test: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool) -> Bool { asciiWords(of: bytes, test) }
            var count = 0
            guard allWords({ _ in
                count += 1
                return count <= maximumWordsPerLine
            }), count > 0 else { return false }
            // The first word ends in a colon: a field's label.
            var isLabel = false
            _ = allWords { word in
                isLabel = word.last == UInt8(ascii: ":")
                return false
            }
            guard !isLabel, bytes[0] != UInt8(ascii: "-"), bytes[0] != UInt8(ascii: "*") else { return false }
            var visible = 0, letters = 0
            // The table read once, not through its lazy global's guard at every byte.
            let nonTitleCharacters = asciiNonTitleCharacters
            for byte in bytes {
                if nonTitleCharacters[Int(byte)] { return false }
                if byte != 0x20, !(0x09...0x0D).contains(byte) {
                    visible += 1
                    if byte.isASCIILetter { letters += 1 }
                }
            }
            guard Double(letters) >= titleLetterShare * Double(visible) else { return false }
            if allWords({ isASCIIFunctionWord($0) }) { return false }
            if allWords(isASCIIDateWord) { return false }
            return true
        }
        guard let passed = answer ?? nil else { return nil }
        return passed && !isContactOrAddress(text) && !isDateline(text) && !isEventLine(text)
    }

    /// `isTitleContinuation(text)` read on the bytes of a line that is ASCII but for curly
    /// quotes, dashes and the other marks of `WordScan.isPlainPunctuation` (else nil): each mark
    /// is a character of its own, joined to nothing, and neither a space, a letter, a number nor
    /// one of `nonTitleCharacters`, so words split at space and tab bytes, a character count is
    /// the ASCII bytes' and the marks', and only a mark at a word's end can be trimmed from it
    /// (“ ” ‘ ’ –, the marks among `wordPunctuation`). The tests are those of the general path,
    /// each only turning the line away; the line-wide ones follow, the dateline and event tests
    /// skipped for a line with no digit (they need a number, and no mark is one) and the
    /// contact test for one with no ":", "@" or "." and too few digits for a telephone number
    /// (`isContactOrAddress`'s own shortcut, which a mark's bytes keep it from taking).
    static func plainIsTitleContinuation(_ text: String) -> Bool? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> (passed: Bool, digits: Int, contactByte: Bool)? in
            guard WordScan.isPlainASCIIOrPunctuation(bytes), let last = bytes.last else { return nil }
            let turnedAway = (passed: false, digits: 0, contactByte: false)
            if last < 0x80, asciiTerminalPunctuation[Int(last)] { return turnedAway }
            // The first character: an ASCII byte, or a whole mark.
            if bytes[0] < 0x80 {
                if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "*") { return turnedAway }
            } else if plainBulletGlyphs.contains(plainMark(bytes, at: 0)) {
                return turnedAway
            }
            func allWords(_ test: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool) -> Bool { asciiWords(of: bytes, test) }
            var count = 0
            guard allWords({ _ in
                count += 1
                return count <= maximumWordsPerLine
            }), count > 0 else { return turnedAway }
            var isLabel = false
            _ = allWords { word in
                isLabel = word.last == UInt8(ascii: ":")
                return false
            }
            guard !isLabel else { return turnedAway }
            var visible = 0, letters = 0, digits = 0
            var contactByte = false
            let nonTitleCharacters = asciiNonTitleCharacters
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte < 0x80 else {
                    visible += 1
                    index += 3
                    continue
                }
                if nonTitleCharacters[Int(byte)] { return turnedAway }
                if byte != 0x20, !(0x09...0x0D).contains(byte) {
                    visible += 1
                    if byte.isASCIILetter { letters += 1 }
                }
                if byte.isASCIIDigit { digits += 1 }
                if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@") || byte == UInt8(ascii: ".") { contactByte = true }
                index += 1
            }
            guard Double(letters) >= titleLetterShare * Double(visible) else { return turnedAway }
            if allWords({ word in
                guard let bare = plainBare(word) else { return false }
                return isASCIIFunctionWord(bare)
            }) {
                return turnedAway
            }
            if allWords({ word in
                let bare = plainTrimmed(word)
                guard bare.contains(where: { $0 >= 0x80 }) else { return isASCIIDateWord(bare) }
                // Numbers and `numberPunctuation` only: the digits, "-", "/", "." and the en dash.
                var at = bare.startIndex
                while at < bare.endIndex {
                    let byte = bytes[at]
                    if byte >= 0x80 {
                        guard plainMark(bytes, at: at) == 0x2013 else { return false }
                        at += 3
                        continue
                    }
                    guard byte.isASCIIDigit || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
                    else { return false }
                    at += 1
                }
                return true
            }) {
                return turnedAway
            }
            return (passed: true, digits: digits, contactByte: contactByte)
        }
        guard let found = answer ?? nil else { return nil }
        guard found.passed else { return false }
        if found.contactByte || found.digits >= SegmentSections.phoneMinimumDigits, isContactOrAddress(text) { return false }
        if found.digits > 0, isDateline(text) || isEventLine(text) { return false }
        return true
    }

    /// The scalar value of the three-byte mark at `index` of a `WordScan.isPlainASCIIOrPunctuation` line.
    @inline(__always)
    static func plainMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
    }

    /// The marks of `wordPunctuation` (“ ” ‘ ’ –) as scalar values.
    static let plainWordPunctuation: Set<UInt32> = Set(
        wordPunctuation.compactMap { $0.unicodeScalars.count == 1 && !$0.isASCII ? $0.unicodeScalars.first!.value : nil })
    /// The one-scalar members of `BuildLists.bulletGlyphs` as scalar values (the marks among
    /// them are what a plain line can open with).
    static let plainBulletGlyphs: Set<UInt32> = Set(
        BuildLists.bulletGlyphs.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first!.value : nil })

    /// A word of a `WordScan.isPlainASCIIOrPunctuation` line without the `wordPunctuation` at
    /// either end: its ASCII bytes by `asciiWordPunctuation`, its marks by `plainWordPunctuation`.
    static func plainTrimmed(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        let bytes = word.base
        let punctuation = asciiWordPunctuation
        var start = word.startIndex, end = word.endIndex
        while start < end {
            if bytes[start] < 0x80 {
                guard punctuation[Int(bytes[start])] else { break }
                start += 1
            } else {
                guard plainWordPunctuation.contains(plainMark(bytes, at: start)) else { break }
                start += 3
            }
        }
        while end > start {
            if bytes[end - 1] < 0x80 {
                guard punctuation[Int(bytes[end - 1])] else { break }
                end -= 1
            } else {
                // A mark's last byte: the mark is the three bytes ending here.
                guard plainWordPunctuation.contains(plainMark(bytes, at: end - 3)) else { break }
                end -= 3
            }
        }
        return bytes[start..<end]
    }

    /// `plainTrimmed(word)` when it is plain ASCII (then lower-casing it as `bare` does
    /// changes only its letters), else nil: a bare word holding a mark is none of the word lists'.
    static func plainBare(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        let bare = plainTrimmed(word)
        return bare.contains(where: { $0 >= 0x80 }) ? nil : bare
    }

    /// For the bytes of a plain-ASCII word, what `isTitleContinuation` asks of `bare(word)`: one
    /// of `calendarWords`, numbers and `numberPunctuation` only (so also an empty bare word), or
    /// an ordinal. No lower-cased copy is made but for a bare word too long to be packed.
    static func isASCIIDateWord(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = word.firstIndex(where: { !asciiWordPunctuation[Int($0)] }) else { return true }
        let last = word.lastIndex(where: { !asciiWordPunctuation[Int($0)] })!
        let bare = word[first...last]
        // The ASCII numbers are the digits; the ASCII members of `numberPunctuation` "-", "/" and ".".
        if bare.allSatisfy({ $0.isASCIIDigit || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }) {
            return true
        }
        if isASCIIOrdinal(bare) { return true }
        if bare.count <= 8 { return asciiCalendarWordKeys.contains(asciiWordKey(bare)) }
        return calendarWords.contains(asciiBare(word))
    }

    /// The `calendarWords` of at most eight bytes as `asciiWordKey`s (longer ones are looked up
    /// as strings).
    static let asciiCalendarWordKeys: Set<UInt64> = Set(calendarWords.filter { $0.utf8.count <= 8 }.map { asciiWordKey($0.utf8) })

    /// Whether the text's last character is one of `terminalPunctuation` (false for an empty
    /// text). A last byte that is ASCII after an ASCII byte is a character of its own (the only
    /// ASCII pair that joins is CR LF, whose LF is no punctuation), so it is read on the bytes;
    /// anything else asks the last `Character`.
    static func endsInTerminalPunctuation(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard let last = bytes.last, last < 0x80, bytes.count == 1 || bytes[bytes.count - 2] < 0x80 else { return nil }
            return asciiTerminalPunctuation[Int(last)]
        }
        if let known = answer ?? nil { return known }
        guard let last = text.last else { return false }
        return terminalPunctuation.contains(last)
    }

    /// `terminalPunctuation` by ASCII byte.
    static let asciiTerminalPunctuation: [Bool] = (0..<128).map {
        terminalPunctuation.contains(Character(Unicode.Scalar(UInt8($0))))
    }

    /// Words of a masthead's dateline besides month and weekday names ("Issue 17 · Autumn 2025").
    static let datelineWords: Set<String> = [
        "spring", "summer", "autumn", "fall", "winter", "issue", "no", "no.", "number", "vol", "vol.", "volume",
        "edition", "christmas", "easter", "new", "year",
    ]

    /// A masthead's dateline: only issue and date words, numbers and separators ("Issue 17 ·
    /// Autumn 2025", "Winter 2025/26", "Vol. 3 No. 2"), at least one number and one issue or
    /// season word. "Spring Fair 2026" is a title.
    static func isDateline(_ text: String) -> Bool {
        // It needs a number: a plain-ASCII line without a digit byte has none.
        if hasNoASCIIDigit(text) { return false }
        if let answer = asciiIsDateline(text) { return answer }
        var number = false, named = false
        for word in words(text) {
            let lower = bare(word)
            if datelineWords.contains(lower) {
                named = true
            } else if lower.contains(where: \.isNumber) {
                guard lower.allSatisfy({ $0.isNumber || numberPunctuation.contains($0) }) || isOrdinal(lower) else { return false }
                number = true
            } else if !calendarWords.contains(lower), !lower.allSatisfy({ datelineSeparators.contains($0) }) {
                return false
            }
        }
        return number && named
    }

    /// `isDateline(text)` read on the bytes of a plain-ASCII line (each byte a character, words
    /// split at space and tab bytes as `words` splits them), else nil. Words are read in order
    /// only until one turns the line away, and a word with a digit is judged on its bytes (no
    /// `datelineWords` member holds a digit, so such a word is never one of them).
    static func asciiIsDateline(_ text: String) -> Bool? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard WordScan.isPlainASCII(bytes) else { return nil }
            var number = false, named = false
            let allRead = asciiWords(of: bytes) { word in
                // `bare(word)`, not yet lower-cased: an empty one neither names nor turns away.
                guard let first = word.firstIndex(where: { !asciiWordPunctuation[Int($0)] }) else { return true }
                let last = word.lastIndex(where: { !asciiWordPunctuation[Int($0)] })!
                let bare = word[first...last]
                if bare.contains(where: \.isASCIIDigit) {
                    // The ASCII members of `numberPunctuation` are "-", "/" and ".".
                    let numeric = bare.allSatisfy {
                        $0.isASCIIDigit || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".")
                    }
                    guard numeric || isASCIIOrdinal(bare) else { return false }
                    number = true
                    return true
                }
                let lower = asciiBare(word)
                if datelineWords.contains(lower) {
                    named = true
                    return true
                }
                // The ASCII members of `datelineSeparators` are "|", "/" and "-".
                return calendarWords.contains(lower)
                    || bare.allSatisfy { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") }
            }
            return allRead && number && named
        }
        return answer ?? nil
    }

    /// `isOrdinal(bare(word))` for the bytes of a plain-ASCII word already bare of punctuation
    /// (not yet lower-cased): digits, then "st", "nd", "rd" or "th" in either case.
    static func isASCIIOrdinal(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let suffix = word.firstIndex(where: { !$0.isASCIIDigit }), suffix > word.startIndex,
            word.endIndex - suffix == 2
        else { return false }
        switch (word[suffix].asciiLowercased, word[suffix + 1].asciiLowercased) {
        case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
            (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
            return true
        default:
            return false
        }
    }

    /// An event listing's line: it opens with a date (a weekday, or a day's number and a month:
    /// "Saturday 12 July", "Sat 3 May", "3 May") and holds a clock time ("10am", "7.30pm", "19:30"):
    /// "Saturday 12 July – Summer fair on the green, 11am to 4pm" is an entry, not a heading.
    static func isEventLine(_ text: String) -> Bool {
        // A clock time is digits: a plain-ASCII line without a digit byte holds none.
        if hasNoASCIIDigit(text) { return false }
        if let opensWithDate = asciiOpensWithDate(text) { return opensWithDate && containsClockTime(text) }
        let ws = words(text).prefix(3).map { bare($0) }
        guard let first = ws.first else { return false }
        let opensWithDate =
            weekdays.contains(first)
            || (ws.count > 1 && (first.allSatisfy(\.isNumber) || isOrdinal(first)) && calendarWords.contains(ws[1])
                && !weekdays.contains(ws[1]))
        return opensWithDate && containsClockTime(text)
    }

    /// The opening test of `isEventLine`, read on the bytes of a plain-ASCII line (else nil):
    /// its first word bare is a weekday, or its first is a number (or bare to nothing) or an
    /// ordinal and its second a calendar word but no weekday. Words are bared and looked up
    /// without making strings (`isASCIIWord`; a longer bare word is looked up as one).
    static func asciiOpensWithDate(_ text: String) -> Bool? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard WordScan.isPlainASCII(bytes) else { return nil }
            var first: Slice<UnsafeBufferPointer<UInt8>>?, second: Slice<UnsafeBufferPointer<UInt8>>?
            _ = asciiWords(of: bytes) { word in
                if first == nil {
                    first = word
                    return true
                }
                second = word
                return false
            }
            guard let first else { return false }
            if isASCIIWord(first, in: weekdays, keys: asciiWeekdayKeys) { return true }
            guard let second else { return false }
            let bare = plainTrimmed(first)
            guard bare.allSatisfy(\.isASCIIDigit) || isASCIIOrdinal(bare) else { return false }
            return isASCIIWord(second, in: calendarWords, keys: asciiCalendarWordKeys)
                && !isASCIIWord(second, in: weekdays, keys: asciiWeekdayKeys)
        }
        return answer ?? nil
    }

    /// `weekdays` of at most eight bytes as `asciiWordKey`s.
    static let asciiWeekdayKeys: Set<UInt64> = Set(weekdays.filter { $0.utf8.count <= 8 }.map { asciiWordKey($0.utf8) })

    /// `set.contains(bare(word))` for the bytes of a plain-ASCII word, `keys` holding the
    /// members of `set` of at most eight bytes as `asciiWordKey`s.
    static func isASCIIWord(_ word: Slice<UnsafeBufferPointer<UInt8>>, in set: Set<String>, keys: Set<UInt64>) -> Bool {
        let bare = plainTrimmed(word)
        if bare.count <= 8 { return !bare.isEmpty && keys.contains(asciiWordKey(bare)) }
        return set.contains(asciiBare(word))
    }

    /// Whether `text` holds a match of `clockTime`, found by hand (`clockTimeMatch`) rather than
    /// by the regular expression, whose first use cost each process some ten million instructions
    /// to compile (4% of a 53 KB dump's conversion, ~5 ms of its time). A plain-ASCII line is read
    /// on its bytes; any other on its scalars, each first reduced to what the pattern can tell of
    /// it (`clockTimeClass`).
    static func containsClockTime(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
            bytes.allSatisfy { $0 < 0x80 } ? clockTimeMatch(in: bytes) : nil
        }), let found {
            return found
        }
        let classes = text.unicodeScalars.map(clockTimeClass)
        return classes.withUnsafeBufferPointer(clockTimeMatch)
    }

    /// A scalar that `\b` looks through (a combining mark or a format character): never a
    /// boundary before it, and skipped when looking back for the character before a boundary.
    static let clockTimeTransparent: UInt8 = 0x80
    /// A scalar that is neither a digit, a space, a word character nor one of the pattern's letters.
    static let clockTimeOther: UInt8 = 0x81

    /// What the regular expression's classes tell of `scalar`, as one byte: an ASCII scalar is
    /// itself; any other is `clockTimeTransparent` (Grapheme_Extend or a format character), "0"
    /// (a decimal digit, `\d`), a space (White_Space, `\s`), "x" (alphabetic, a mark, connector
    /// punctuation or a zero-width joiner or non-joiner: `\w`) or `clockTimeOther`.
    static func clockTimeClass(_ scalar: Unicode.Scalar) -> UInt8 {
        if scalar.isASCII { return UInt8(scalar.value) }
        let properties = scalar.properties
        let category = properties.generalCategory
        if properties.isGraphemeExtend || category == .format { return clockTimeTransparent }
        if category == .decimalNumber { return UInt8(ascii: "0") }
        if properties.isWhitespace { return UInt8(ascii: " ") }
        switch category {
        case .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation: return UInt8(ascii: "x")
        default: return properties.isAlphabetic ? UInt8(ascii: "x") : clockTimeOther
        }
    }

    /// `clockTime` matched by hand on ASCII bytes (or `clockTimeClass` bytes), with the regular
    /// expression's own classes: `\d` a digit, `\s` tab, line feed, vertical tab, form feed,
    /// carriage return or space, `\b` a change between a word byte (letter, digit, underscore)
    /// and any other or an end, looking through `clockTimeTransparent` bytes as ICU does. Every
    /// way the pattern can take (one digit or two, the minutes or not, the space or not, the dot
    /// or not, either alternative) is tried at every digit that starts a word.
    static func clockTimeMatch(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        func byte(_ index: Int) -> UInt8? { index < count ? bytes[index] : nil }
        func isDigit(_ index: Int) -> Bool { byte(index)?.isASCIIDigit ?? false }
        func isWordByte(_ value: UInt8) -> Bool { value.isASCIILetter || value.isASCIIDigit || value == UInt8(ascii: "_") }
        /// `\b` after a word byte, before `index`: the end, or a byte that is not a word byte
        /// (and not a transparent one, before which there is no boundary).
        func endsWord(_ index: Int) -> Bool {
            guard let next = byte(index) else { return true }
            return next != clockTimeTransparent && !isWordByte(next)
        }
        /// `\b` before the digit at `index`: the byte before it, looking through transparent
        /// ones, is not a word byte (or there is none).
        func startsWord(_ index: Int) -> Bool {
            var before = index - 1
            while before >= 0, bytes[before] == clockTimeTransparent { before -= 1 }
            return before < 0 || !isWordByte(bytes[before])
        }
        /// `[.:]\d{2}` at `index` (`:\d{2}` without `allowsDot`).
        func minutes(_ index: Int, allowsDot: Bool) -> Bool {
            guard byte(index) == UInt8(ascii: ":") || (allowsDot && byte(index) == UInt8(ascii: ".")) else { return false }
            return isDigit(index + 1) && isDigit(index + 2)
        }
        /// `\s?[ap]\.?m\b` from `index` (the rest of the first alternative).
        func meridiem(_ index: Int) -> Bool {
            for spaced in [true, false] {
                var at = index
                if spaced {
                    guard let value = byte(at), (0x09...0x0D).contains(value) || value == 0x20 else { continue }
                    at += 1
                }
                guard byte(at) == UInt8(ascii: "a") || byte(at) == UInt8(ascii: "p") else { continue }
                at += 1
                if byte(at) == UInt8(ascii: "m"), endsWord(at + 1) { return true }
                if byte(at) == UInt8(ascii: "."), byte(at + 1) == UInt8(ascii: "m"), endsWord(at + 2) { return true }
            }
            return false
        }
        for start in 0..<count where bytes[start].isASCIIDigit && startsWord(start) {
            for digits in [2, 1] where digits == 1 || isDigit(start + 1) {
                let end = start + digits
                if minutes(end, allowsDot: true), meridiem(end + 3) { return true }
                if meridiem(end) { return true }
                if minutes(end, allowsDot: false), endsWord(end + 3) { return true }
            }
        }
        return false
    }

    /// Weekday names, whole and shortened, that open an event listing's line.
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Whether `text` is plain ASCII without a digit byte (so holds no number character at all);
    /// false for any other text, which the callers then read in full.
    static func hasNoASCIIDigit(_ text: String) -> Bool {
        // Most lines are read to the end: both questions in one pass, eight bytes at a time.
        text.utf8.withContiguousStorageIfAvailable { WordScan.isPlainASCII($0, withoutDigits: true) } ?? false
    }

    /// Words that name an office in a sign-off under a name ("Chair of the committee", "Editor").
    static let roleWords: Set<String> = [
        "chair", "chairman", "chairwoman", "chairperson", "secretary", "treasurer", "editor", "vicar", "rector",
        "curate", "minister", "president", "clerk", "coordinator", "co-ordinator", "organiser", "organizer",
        "warden", "churchwarden", "captain", "manager", "director", "headteacher", "principal", "trustee", "mayor",
        "councillor", "convenor", "convener", "leader", "founder", "patron",
    ]
    /// A sign-off's role line has at most this many words.
    static let maximumRoleWords = 6

    /// A role under a name in a sign-off ("Chair of the committee", "Vicar of St Mary's",
    /// "Editor"): a short line opening with an office (`roleWords`), not a sentence, nor a contact
    /// field that names the officer after a colon ("Chair: Priya Lindqvist" under a panel's title),
    /// nor a contents line ("From the Vicar ….. 2").
    static func isRoleLine(_ text: String) -> Bool {
        guard let last = text.last, !".!?".contains(last), !text.contains(":"), !text.contains(where: \.isNumber),
            wordCount(text) <= maximumRoleWords
        else { return false }
        // The office opens the line or follows one qualifier ("Membership Secretary"); "From the
        // Chair" is a heading.
        let opening = words(text).prefix(2).map { bare($0) }
        guard let first = opening.first, !functionWords.contains(first) else { return false }
        return opening.contains { roleWords.contains($0) }
    }

    /// A line that reads as a person's name (or two): two to five capitalised words, with no
    /// function word but "and" ("Hilary and Tom Beckwith", "Revd Jane Smith").
    static func isNameLine(_ text: String) -> Bool {
        let all = words(text)
        guard (2...5).contains(all.count) else { return false }
        return all.allSatisfy { word in
            let lower = bare(word)
            return lower == "and" || (word.first?.isUppercase == true && !functionWords.contains(lower))
        }
    }

    /// A clock time: "10am", "7.30pm", "7.30 p.m.", "19:30". `containsClockTime` finds it by
    /// hand; the tests hold it to this regular expression (ICU's, through Foundation).
    static let clockTime = #"\b\d{1,2}([.:]\d{2})?\s?([ap]\.?m\b\.?)|\b\d{1,2}:\d{2}\b"#

    /// Of a plain-ASCII line (each byte a character, else nil): whether it holds one of
    /// `nonTitleCharacters`, its visible (not whitespace) characters and its letters.
    static func asciiTitleScan(_ text: String) -> (hasNonTitleCharacter: Bool, visible: Int, letters: Int)? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> (Bool, Int, Int)? in
            var nonTitle = false, visible = 0, letters = 0
            for byte in bytes {
                guard byte < 0x80, byte != 0x0D else { return nil }
                if asciiNonTitleCharacters[Int(byte)] { nonTitle = true }
                // Character.isWhitespace on ASCII: tab, line feed, vertical tab, form feed, CR and space.
                if byte != 0x20, !(0x09...0x0D).contains(byte) {
                    visible += 1
                    if byte.isASCIILetter { letters += 1 }
                }
            }
            return (nonTitle, visible, letters)
        }
        return (answer ?? nil).map { (hasNonTitleCharacter: $0.0, visible: $0.1, letters: $0.2) }
    }

    /// A title as a PDF sets one, whatever its case: no closing punctuation but a colon, at most
    /// twice a title line's words, some letters, not a contact line, a date, a dateline or an
    /// event listing's line.
    static func isTypographicTitle(_ text: String) -> Bool {
        guard let last = text.last, !terminalPunctuation.contains(last) || last == ":" else { return false }
        return wordCount(text) <= maximumWordsPerLine * 2 && text.contains(where: \.isLetter) && !isContactOrAddress(text)
            && !isDateOrNumber(text) && !isDateline(text) && !isEventLine(text)
    }

    /// A line of month and weekday names and numbers only ("Spring 2026" is not, "June 2026" is): a date.
    static func isDateOrNumber(_ text: String) -> Bool {
        words(text).map { bare($0) }.allSatisfy {
            calendarWords.contains($0) || $0.allSatisfy { $0.isNumber || numberPunctuation.contains($0) || $0 == "," } || isOrdinal($0)
        }
    }

    static func isOrdinal(_ word: String) -> Bool {
        let digits = word.prefix(while: \.isNumber)
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
    }

    /// A URL, email, or a line that reads as a telephone number or contact field.
    static func isContactOrAddress(_ text: String) -> Bool {
        // A plain-ASCII line with no colon (a field's label, "http:"), no "@" or full stop (an
        // email, "www.") and fewer digits than a telephone number is no contact line: most titles.
        let cannotBe = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var digits = 0
            for byte in bytes {
                guard byte < 0x80, byte != UInt8(ascii: ":"), byte != UInt8(ascii: "@"), byte != UInt8(ascii: ".") else {
                    return false
                }
                if byte.isASCIIDigit { digits += 1 }
            }
            return digits < SegmentSections.phoneMinimumDigits
        }
        if cannotBe == true { return false }
        return SegmentSections.isContactLine(text)
    }
}
