import Testing

@testable import GalleyKit

/// The byte paths added for the dump heading rules (`TextShape.isDateline`'s, the packed
/// function-word look-up, `OrderNumberedBoxes.numberedHeading`'s) give the answers of the code
/// they stand in for, kept here as the reference; and `TitleLineMemo` gives `TextShape`'s
/// answers, asked once or again. On edge strings, strings made of the tests' own pieces (ASCII and
/// not), and every line of the text samples.
@Suite struct HeadingMemoFastPathTests {
    static let edges = [
        "Issue 17 · Autumn 2025", "Issue 17 | Autumn 2025", "Winter 2025/26", "Vol. 3 No. 2", "VOL 3 NO 2",
        "Spring Fair 2026", "1st Issue 2025", "1ST Issue", "Issue 2nd", "Issue 12TH", "Issue 3rd-4", "Issue 21th",
        "Issue 1s", "Issue st", "Issue (17),", "Issue 17\t2025", "Issue 17 — 2026", "Issue 17 - 2026", "Issue 17 / 2026",
        "issue 17 -- | 2026", "Issue 17 • Spring", "Issue 1.5", "Issue 17a", "Issue ١٧", "Issue 17\r", "Christmas 2025",
        "June 2026", "Monday 3 May 2026 Issue", "Issue 3 May", "No. 5", "no.5 Spring", "Issue 17 ’26", "Issue 17 x",
        "1 Minute Briefing", "12 Days of Christmas", "123 Main Street", "1\tTab Title", "07 Title", "3 Title.",
        "3 title", "3  Two Spaces", "3 A b c d e f g h", "3 A b c d e f g h i", "3 A\tb c d e f g h i", "٣ Arabic Digit",
        "3 Café Opening", "3 Title\r", "3 Éclair Recipes", "3 ", "3", "33", "3 A", "3 A:", "3 A b:", "½ Price Sale",
        "2 A   b   c   d   e   f   g   h", "2 A b c d e f g h ", " 2 Leading Space", "A", "the", "THE", "(The),", "--",
        "Against", "among", "towards", "withouts", "'tis", "&", "& Co", "Its", "its,", "“the”",
    ]

    static let lines: [String] = edges + TextShapeFastPathTests.lines

    /// Lines made of the pieces the tests read (numbers, ordinals, issue and calendar words,
    /// separators, capitals, punctuation, spaces and tabs, and non-ASCII neighbours), from a fixed seed.
    static func generated(nonASCII: Bool) -> [String] {
        var alphabet = [
            "1", "12", "123", "1st", "2ND", "3rd", "4th", "5sT", "Issue", "issue", "Vol.", "No", "Autumn", "June",
            "Mon", "and", "to", "the", "Title", "Word", "x", "A", "/", "-", "|", ".", ",", ":", "(", ")", "'", "\"",
            " ", " ", "  ", "\t", "!", "?", ";",
        ]
        if nonASCII {
            alphabet += ["·", "•", "–", "—", "’", "“", "é", "É", "\u{301}", "١", "½", "日", "\r", "\u{A0}", "\u{2003}"]
        }
        var random = Xorshift(seed: nonASCII ? 0x2545_F491_4F6C_DD1D : 0x9E37_79B9_7F4A_7C15)
        func next() -> Int { random.next() }
        return (0..<5_000).map { _ in (0..<(1 + next() % 7)).map { _ in alphabet[next() % alphabet.count] }.joined() }
    }

    static let allLines = lines + generated(nonASCII: false) + generated(nonASCII: true)

    /// `TextShape.isDateline` before the byte path.
    static func referenceIsDateline(_ text: String) -> Bool {
        var number = false, named = false
        for word in TextShapeFastPathTests.referenceWords(text) {
            let lower = TextShapeFastPathTests.referenceBare(word)
            if TextShape.datelineWords.contains(lower) {
                named = true
            } else if lower.contains(where: \.isNumber) {
                guard lower.allSatisfy({ $0.isNumber || TextShape.numberPunctuation.contains($0) })
                    || TextShape.isOrdinal(lower)
                else { return false }
                number = true
            } else if !TextShape.calendarWords.contains(lower), !lower.allSatisfy({ TextShape.datelineSeparators.contains($0) }) {
                return false
            }
        }
        return number && named
    }

    /// `OrderNumberedBoxes.numberedHeading` before the byte path.
    static func referenceNumberedHeading(_ text: String) -> (number: Int, width: Int)? {
        let digits = text.prefix(while: \.isNumber)
        guard (1...2).contains(digits.count), let number = Int(digits) else { return nil }
        let rest = text.dropFirst(digits.count)
        guard rest.first == " ", let initial = rest.dropFirst().first, initial.isUppercase else { return nil }
        let words = rest.split(separator: " ")
        guard words.count <= OrderNumberedBoxes.maximumHeadingWords, let last = text.last,
            !TextShape.terminalPunctuation.contains(last)
        else { return nil }
        return (number, digits.count)
    }

    @Test func datelineMatchesTheCharacterCode() {
        var datelines = 0
        for line in Self.allLines {
            let reference = Self.referenceIsDateline(line)
            if reference { datelines += 1 }
            #expect(TextShape.isDateline(line) == reference, "\(line.debugDescription)")
        }
        #expect(datelines > 20)
        #expect(TextShape.isDateline("Issue 17 · Autumn 2025") && TextShape.isDateline("Vol. 3 No. 2"))
        #expect(!TextShape.isDateline("Spring Fair 2026") && TextShape.isDateline("1ST Issue"))
    }

    @Test func numberedHeadingMatchesTheCharacterCode() {
        var headings = 0
        for line in Self.allLines {
            let reference = Self.referenceNumberedHeading(line)
            if reference != nil { headings += 1 }
            let read = OrderNumberedBoxes.numberedHeading(line)
            #expect(read?.number == reference?.number && read?.width == reference?.width, "\(line.debugDescription)")
        }
        #expect(headings > 20)
        #expect(OrderNumberedBoxes.numberedHeading("07 Title").map { $0.number == 7 && $0.width == 2 } == true)
        #expect(OrderNumberedBoxes.numberedHeading("3 A\tb c d e f g h i") != nil)
    }

    @Test func packedFunctionWordsMatchTheSet() {
        #expect(TextShape.longestFunctionWord <= 8)
        #expect(TextShape.functionWords.allSatisfy { $0.utf8.allSatisfy { $0 > 0 && $0 < 0x80 } })
        var found = 0
        for line in Self.allLines where WordScan.isPlainASCII(line.utf8) {
            for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                let reference = TextShape.functionWords.contains(TextShapeFastPathTests.referenceBare(word))
                if reference { found += 1 }
                let packed = String(word).utf8.withContiguousStorageIfAvailable { TextShape.isASCIIFunctionWord($0[...]) }
                #expect(packed == reference, "\(word.debugDescription)")
            }
        }
        #expect(found > 100)
    }

    @Test func memoGivesTheTextShapeAnswers() {
        let memo = TitleLineMemo()
        for _ in 0..<2 {
            for line in Self.allLines {
                #expect(memo.isTitleContinuation(line) == TextShape.isTitleContinuation(line), "\(line.debugDescription)")
                #expect(memo.isTitleCandidate(line) == TextShape.isTitleCandidate(line), "\(line.debugDescription)")
                #expect(memo.isTitleCase(line) == TextShape.isTitleCase(line), "\(line.debugDescription)")
            }
        }
        #expect(memo.isTitleCandidate("Rooms to Let") && !memo.isTitleCandidate("rooms to Let"))
    }
}
