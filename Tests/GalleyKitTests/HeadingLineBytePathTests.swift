import Testing

@testable import GalleyKit

/// The byte paths the heading stage's line tests gained for issue 11 (lines with curly quotes
/// and dashes read on their bytes, word counts eight bytes at a time, the ends of a line read
/// from its buffer) give the answers of the `Character` code they stand in front of, kept here
/// as the reference: on edge strings (combining marks, ZWJ, CR LF, é, İ, the Kelvin sign, curly
/// quotes, dashes, bullets), on generated strings and on every line of the text samples.
@Suite struct HeadingLineBytePathTests {
    static let edges = [
        "“Quoted” Title", "‘Tis the Season", "Summer Fair – 12 June", "Summer Fair – 12–14 June", "2024–25",
        "– Dash Opening", "• Bullet Item", "‣ Triangle Item", "⁃ Hyphen Bullet", "— Em Dash Opening",
        "The “Big” Day of the", "Rooms to “Let”", "Tea – and Cake", "Open ‘Doors’ Day:", "Notes: “From”",
        "News ” ”", "“the”", "“and” “of”", "“June” 2026", "Issue 17 – Autumn 2025", "Call 020 7946 0381 – now",
        "Call 0207946038 – Now", "email me@example.org – Now", "www.example.org – Site", "Sat 3 May – 10am Fair",
        "Monday 12 July – Summer fair 11am", "Price ‰ Rate", "Don’t Stop", "Don’t stop me now", "A ’ B", "“",
        "” ”", "a “b” c", "Café – Opening", "İstanbul – Trip", "\u{212A}elvin – Scale", "e\u{301} – Mark",
        "Mark \u{301}– Here", "x\u{200D}– joined", "Line – \r\n", "CR\r– Line", "Tab\t–\tSeparated Title",
        "Ends in a dash –", "Ends “Quoted.”", "Question?” she", "Stop.)", "Stop.) ", "Stop. ]", "Stop!'\"",
        "Nothing", "Nothing ", " ", "", "\t", ".", "“.”", "end.\u{301}", "end\u{600}.", "end.\r", "end.\r\n",
        "a\u{0B}", "The End of the", "The End of The", "When the Lights Go On", "Before You Write to Us",
        "Thank You", "Thank you", "A Record Year for the", "A Record Year For The", "It", "for", "(for)", "for,",
        "Word of (the)", "Word AND the", "Word and The", "the and of", "Some Words to Them", "Hello (Them)",
        "lower start", "Upper start", " leading space", "\tleading tab", "élan", "Élan", "ß word", "1 word",
        "twelve345678", "sixteen bytes ok", "seventeen bytes ok", "a b c d e f g h i j k l m n o p", "a  b\t\tc",
        "        eight", "eight        ", "x       y       z", "Sixteen-Byte Row A", "CR\rin the middle of it",
    ]

    /// Lines drawn from words and marks (curly quotes, dashes, bullets, the other plain
    /// punctuation) and, in the second set, the characters that end the byte paths (combining
    /// marks, a joiner, CR, é, İ, the Kelvin sign, a prepended mark), from a fixed seed.
    static func generated(others: Bool) -> [String] {
        var alphabet = [
            "The", "the", "of", "and", "Them", "them", "for", "Word", "word", "June", "Mon", "12", "1st", "2024",
            "Issue", "x", "A", ".", ",", ":", "?", "!", "(", ")", "'", "\"", "]", "-", "/", "@", " ", " ", "  ", "\t",
            "“", "”", "‘", "’", "–", "—", "•", "‣", "⁃", "…", "‰", "⁄", "′",
        ]
        if others {
            alphabet += ["é", "e\u{301}", "\u{301}", "\u{200D}", "\r", "\r\n", "İ", "\u{212A}", "\u{600}", "·", "日", "\u{A0}"]
        }
        var random = Xorshift(seed: others ? 0x51_7CC1_B727_220A : 0x2545_F491_4F6C_DD1D)
        return (0..<6_000).map { _ in
            (0..<(1 + random.next(below: 12))).map { _ in alphabet[random.next(below: alphabet.count)] }.joined()
        }
    }

    static let lines = edges + TextShapeFastPathTests.lines + generated(others: false) + generated(others: true)

    /// `TextShape.endsSentence` before the byte path.
    static func referenceEndsSentence(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace && !TextShape.sentenceClosers.contains($0) }) else {
            return false
        }
        return last == "." || last == "?" || last == "!"
    }

    /// `TextShape.endsWithOpenFunctionWord` before the byte path.
    static func referenceEndsWithOpenFunctionWord(_ text: String) -> Bool {
        let words = TextShapeFastPathTests.referenceWords(text)
        guard let last = words.last, TextShape.functionWords.contains(TextShapeFastPathTests.referenceBare(last))
        else { return false }
        guard last.first(where: \.isLetter)?.isUppercase == true else { return true }
        if TextShape.closingPronouns.contains(TextShapeFastPathTests.referenceBare(last)) { return false }
        return !words.dropLast().dropFirst().contains { word in
            TextShape.functionWords.contains(TextShapeFastPathTests.referenceBare(word))
                && (word.first(where: \.isLetter)?.isLowercase ?? false)
        }
    }

    /// `TextShape.isProse` before the byte path.
    static func referenceIsProse(_ text: String) -> Bool {
        let words = TextShapeFastPathTests.referenceWords(text)
        if words.count >= TextShape.proseSentenceMinimumWords, referenceEndsSentence(text) || text.hasSuffix(":") {
            return true
        }
        guard words.count >= TextShape.proseMinimumWords else { return false }
        let lower = words.filter { $0.first?.isLowercase ?? false }.count
        return Double(lower) >= TextShape.proseLowercaseShare * Double(words.count)
    }

    /// `TextShape.hasNoASCIIDigit` before the one-pass loop.
    static func referenceHasNoASCIIDigit(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } && !text.utf8.contains(where: \.isASCIIDigit)
    }

    @Test func titleTestsMatchTheCharacterCodeOnMarkedLines() {
        var plain = 0
        for line in Self.lines {
            if WordScan.isPlainASCIIOrPunctuation(line), !WordScan.isPlainASCII(line.utf8) { plain += 1 }
            #expect(
                TextShape.isTitleContinuation(line) == TextShapeFastPathTests.referenceIsTitleContinuation(line),
                "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(
                TextShape.isTitleCase(line) == TextShapeFastPathTests.referenceIsTitleCase(line),
                "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // The byte path was taken, and said yes as well as no.
        #expect(plain > 2_000)
        #expect(TextShape.plainIsTitleContinuation("“Quoted” Title") == true)
        #expect(TextShape.plainIsTitleContinuation("Summer Fair – 12 June") == true)
        #expect(TextShape.plainIsTitleContinuation("• Bullet Item") == false)
        #expect(TextShape.plainIsTitleContinuation("Café – Opening") == nil)
        #expect(TextShape.plainIsTitleCase("Tea – and Cake") == true)
    }

    @Test func lineEndsAndCountsMatchTheCharacterCode() {
        for line in Self.lines {
            let scalars = "\(line.unicodeScalars.map { String($0.value, radix: 16) })"
            #expect(line.characterCount == line.count, "\(scalars)")
            #expect(TextShape.endsSentence(line) == Self.referenceEndsSentence(line), "\(scalars)")
            #expect(TextShape.endsWithOpenFunctionWord(line) == Self.referenceEndsWithOpenFunctionWord(line), "\(scalars)")
            #expect(TextShape.startsLowercase(line) == (line.first(where: { !$0.isWhitespace })?.isLowercase ?? false))
            #expect(TextShape.hasNoASCIIDigit(line) == Self.referenceHasNoASCIIDigit(line), "\(scalars)")
            #expect(line.trimmingWhitespace() == line.trimmingWhitespaceScalars(), "\(scalars)")
            let words = TextShapeFastPathTests.referenceWords(line).count
            #expect(TextShape.wordCount(line) == words, "\(scalars)")
            for limit in [0, 1, 3, 8] {
                #expect(TextShape.hasAtMostWords(line, limit) == (words <= limit), "\(scalars)")
            }
            #expect(TextShape.isProse(line) == Self.referenceIsProse(line), "\(scalars)")
        }
        #expect(TextShape.endsSentence("Stop.) ") && !TextShape.endsSentence("Stop ”"))
        #expect(TextShape.endsWithOpenFunctionWord("A Record Year for the"))
        #expect(!TextShape.endsWithOpenFunctionWord("Before You Write to Us"))
    }

    /// The eight-byte word scan agrees with a byte-at-a-time count at every length and alignment
    /// of runs of spaces, tabs, lower-case and other bytes, a byte above 0x7F and a CR anywhere.
    @Test func wordScanMatchesTheByteLoop() {
        let pieces: [[UInt8]] = [[0x20], [0x09], [0x61], [0x7A], [0x41], [0x7B], [0x60], [0x0D], [0x31], [0xC3, 0xA9]]
        var random = Xorshift(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<random.next(below: 40) { bytes += pieces[random.next(below: pieces.count)] }
            var words = 0, lower = 0, inWord = false
            for byte in bytes {
                if byte == 0x20 || byte == 0x09 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                    if byte.isASCIILetterLowercase { lower += 1 }
                }
            }
            let scan = bytes.withUnsafeBufferPointer(TextShape.asciiWordScan)
            #expect(scan.isASCII == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
            if scan.isASCII {
                #expect(scan.hasCarriageReturn == bytes.contains(0x0D), "\(bytes)")
                #expect(scan.words == words && scan.lowercaseFirst == lower, "\(bytes)")
            }
        }
    }

    /// `TextShape.isEventLine` before the byte path of its opening test.
    static func referenceIsEventLine(_ text: String) -> Bool {
        if TextShape.hasNoASCIIDigit(text) { return false }
        let words = TextShapeFastPathTests.referenceWords(text).prefix(3).map { TextShapeFastPathTests.referenceBare($0) }
        guard let first = words.first else { return false }
        let opensWithDate =
            TextShape.weekdays.contains(first)
            || (words.count > 1 && (first.allSatisfy(\.isNumber) || TextShape.isOrdinal(first))
                && TextShape.calendarWords.contains(words[1]) && !TextShape.weekdays.contains(words[1]))
        return opensWithDate && TextShape.containsClockTime(text)
    }

    /// The event-line opening read on bytes, and the eight-byte plain-ASCII test, agree with
    /// the code they stand in front of: on the lines, on dates and times built from the calendar
    /// words (long ones too: "Wednesday", "September"), and on bytes of every kind at every length.
    @Test func eventLinesAndPlainASCIIMatchTheCharacterCode() {
        var dated: [String] = []
        for day in ["Wednesday", "wed", "Sat.", "(Thursday)", "3", "3rd", "12th", "", "--", "x"] {
            for month in ["September", "sept", "May,", "June", "Monday", "to", "Sun", "12"] {
                for time in ["10am", "7.30 p.m.", "19:30", "noon", "7.3pm"] {
                    dated.append("\(day) \(month) – \(time)")
                    dated.append("\(day)\t\(month) \(time)")
                }
            }
        }
        for line in Self.lines + dated {
            #expect(TextShape.isEventLine(line) == Self.referenceIsEventLine(line), "\(line.unicodeScalars.map(\.value))")
        }
        #expect(TextShape.isEventLine("Wednesday 3 September 10am") && TextShape.isEventLine("3 September – 7.30pm"))
        let pieces: [[UInt8]] = [[0x20], [0x0D], [0x0A], [0x7F], [0x41], [0x30], [0x39], [0xC3, 0xA9], [0xE2, 0x80, 0x9C]]
        var random = Xorshift(seed: 0x7F4A_7C15_9E37_79B9)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<random.next(below: 30) { bytes += pieces[random.next(below: pieces.count)] }
            let plain = bytes.withUnsafeBufferPointer { WordScan.isPlainASCII($0) }
            #expect(plain == bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }, "\(bytes)")
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(TextShape.hasNoASCIIDigit(text) == Self.referenceHasNoASCIIDigit(text), "\(bytes)")
        }
    }
}
