import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The byte fast paths of the word-judging stages (issue 5), each held to the character
/// definition it replaced, on the edge strings of `FastPathTests` and more of their own.
@Suite struct WordScanTests {
    /// Separators next to combining and prepended marks (an alphabetic mark after a space, an
    /// alphabetic prepended letter before a full stop), hyphens and apostrophes at word edges,
    /// addresses, labels and capitals.
    static let edgeStrings =
        FastPathTests.edgeStrings + [
            "ab \u{345}c", "\u{D4E}.a b", "x\u{600}.y", "\u{600}-z", "a.\u{301}b", "it's- 'tis ’tis", "--a--", "a-'-b", "-'-",
            "e\u{301}-mail e-mail", "Self-Harm self-harm", "co-op\u{301}erate", "www.Example.org", "WWW.", "ww.", "wwww.x",
            "Tel: 0116 234", "http://x", "a:/b", "a@b", "J. Smith", "NHS UK", "4th 10am o'clock", "don't'", "x'y' z",
            "CLICK HERE >>", "» Read more «", "Page 4", "  Back to top ↑", "\r\nCLICK", "CLICK\r\nHERE", "READ MORE – NOW",
            "CLICK HERE TO FIND OUT", "Ok", "ÉTÉ CLICK", "click\u{301} here", "12 34", "(1)", "the parents'", "about self-",
            "the com-", "word -", "end.", "end,", "x\u{301}", "x\u{301}-", "\u{600}a", "a\r", "\r", "a\r\n",
        ]

    // MARK: DocumentVocabulary

    /// The words `forEachWord` hands over, as strings.
    static func scannedWords(_ text: String) -> [String] {
        var words: [String] = []
        DocumentVocabulary.forEachWord(in: text) { word in
            switch word {
            case .ascii(let bytes): words.append(String(decoding: bytes, as: UTF8.self))
            case .text(let word): words.append(word)
            }
        }
        return words
    }

    @Test(arguments: edgeStrings)
    func scannedWordsMatchTheCharacterDefinition(text: String) {
        #expect(Self.scannedWords(text) == FastPathTests.referenceWords(text))
        #expect(DocumentVocabulary.words(in: text) == FastPathTests.referenceWords(text))
    }

    @Test func scannedWordsShowTheirWork() {
        #expect(Self.scannedWords("Self-harm, co-ordinators' -- e\u{301}te\u{301} don’t") == ["self-harm", "co-ordinators'", "e\u{301}te\u{301}", "don’t"])
        #expect(Self.scannedWords("ab \u{345}c") == ["ab", "c"])
    }

    /// The vocabulary as it was counted before the byte table: a string of every word, hashed.
    static func referenceVocabulary(_ texts: [String]) -> (counts: [String: Int], hyphenated: [String: String]) {
        var counts: [String: Int] = [:]
        var hyphenated: [String: String] = [:]
        for text in texts {
            for token in FastPathTests.referenceWords(text) {
                counts[token, default: 0] += 1
                if token.contains("-") { hyphenated[token.replacingOccurrences(of: "-", with: "")] = token }
            }
        }
        return (counts, hyphenated)
    }

    @Test func vocabularyMatchesTheStringCount() throws {
        var texts = Self.edgeStrings
        for name in Fixtures.sampleNames where name.hasSuffix(".txt") {
            texts += try Fixtures.document(String(contentsOf: Fixtures.samples.appendingPathComponent(name), encoding: .utf8))
                .pages.flatMap(\.blocks).flatMap(\.lines).map(\.text)
        }
        // A word seen as ASCII and as text (lower-casing the Kelvin sign gives "k"), and two spellings of one glued form.
        texts += ["\u{212A}ing king", "up-to-date", "upto-date", "e-mail", "E-Mail"]
        let vocabulary = DocumentVocabulary(texts: texts)
        let reference = Self.referenceVocabulary(texts)
        #expect(vocabulary.counts == reference.counts)
        #expect(vocabulary.hyphenatedByGlued == reference.hyphenated)
        #expect(vocabulary.counts["king"] == 2)
        #expect(vocabulary.hyphenatedForm(of: "uptodate") == "upto-date")
    }

    @Test func theGluedFormFilterNeverTurnsAwayAForm() throws {
        var texts: [String] = []
        for name in Fixtures.sampleNames where name.hasSuffix(".txt") {
            texts.append(try String(contentsOf: Fixtures.samples.appendingPathComponent(name), encoding: .utf8))
        }
        let vocabulary = DocumentVocabulary(texts: texts)
        #expect(!vocabulary.hyphenatedByGlued.isEmpty)
        var turnedAway = 0
        for word in Set(texts.flatMap { DocumentVocabulary.words(in: $0) }) + vocabulary.hyphenatedByGlued.keys.map({ $0.uppercased() })
        where !word.isEmpty && word.utf8.allSatisfy(\.isASCIILetter) {
            let letters = Array(word.utf8)
            if !vocabulary.mayHaveHyphenatedForm(ofASCIILetters: letters) {
                #expect(vocabulary.hyphenatedForm(of: word) == nil, "\(word)")
                turnedAway += 1
            }
        }
        // It is a filter: most words are turned away.
        #expect(turnedAway > 100)
        // A form with other than ASCII turns it off.
        let accented = DocumentVocabulary(texts: ["café-bar"])
        #expect(accented.mayHaveHyphenatedForm(ofASCIILetters: Array("xyz".utf8)))
        #expect(!DocumentVocabulary(texts: ["plain words"]).mayHaveHyphenatedForm(ofASCIILetters: Array("plainwords".utf8)))
    }

    // MARK: WordScan

    @Test(arguments: edgeStrings)
    func edgeCharactersMatchTheStandardLibrary(text: String) {
        if let last = WordScan.lastASCIICharacter(text) { #expect(text.last == Character(Unicode.Scalar(last))) }
        if let first = WordScan.firstASCIICharacter(text) { #expect(text.first == Character(Unicode.Scalar(first))) }
        for limit in [0, 1, 2, 3, 5, 8, 13, 30] {
            #expect(WordScan.hasAtMostCharacters(text, limit) == (text.count <= limit), "\(limit)")
        }
    }

    @Test func edgeCharactersAnswerForPlainText() {
        #expect(WordScan.lastASCIICharacter("self-") == UInt8(ascii: "-"))
        #expect(WordScan.lastASCIICharacter("x") == UInt8(ascii: "x"))
        #expect(WordScan.lastASCIICharacter("é") == nil)
        #expect(WordScan.lastASCIICharacter("\u{600}-") == nil)
        #expect(WordScan.lastASCIICharacter("") == nil)
        #expect(WordScan.firstASCIICharacter("\r\n") == nil)
        #expect(WordScan.firstASCIICharacter("ab") == UInt8(ascii: "a"))
    }

    // MARK: RemoveImageText

    static func describe(_ tokens: [RemoveImageText.Judge.Token]) -> [String] {
        tokens.map { "\($0.word)|\($0.hasDigit)|\($0.followedByPeriod)|\($0.followedByHyphen)|\($0.followedByColon)" }
    }

    @Test(arguments: edgeStrings)
    func pictureTextTokensMatchTheCharacterDefinition(text: String) {
        #expect(Self.describe(RemoveImageText.Judge.tokens(text)) == Self.describe(RemoveImageText.Judge.characterTokens(text)))
    }

    @Test(arguments: edgeStrings)
    func pictureTextAddressesMatchTheStringSearch(text: String) {
        let expected = text.contains("@") || text.contains("://") || text.lowercased().contains("www.")
        #expect(RemoveImageText.Judge.isAddress(text) == expected)
    }

    @Test(arguments: edgeStrings)
    func lineEndHyphensMatchTheCharacterDefinition(text: String) {
        let trimmed = text.trimmingWhitespace()
        #expect(RemoveImageText.endsWithHyphen(trimmed: trimmed) == trimmed.hasSuffix("-"))
        #expect(RemoveImageText.endsWithHyphen(trimmed: text) == text.hasSuffix("-"))
    }

    // MARK: RemoveNavigationLabels

    @Test(arguments: edgeStrings)
    func labelsNormaliseAsByCharacters(text: String) {
        #expect(RemoveNavigationLabels.normalise(text) == RemoveNavigationLabels.normaliseCharacters(text))
    }

    @Test(arguments: edgeStrings)
    func capitalsMatchTheCharacterDefinition(text: String) {
        let letters = text.filter(\.isLetter)
        let expected = !letters.contains(where: \.isLowercase) && letters.count >= RemoveNavigationLabels.buttonMinimumLetters
        #expect(RemoveNavigationLabels.isCapitals(text) == expected)
    }

    @Test func asciiWhitespaceAndDecorationMatchTheCharacters() {
        for byte in UInt8(0)..<0x80 {
            let character = Character(Unicode.Scalar(byte))
            #expect(byte.isASCIIWhitespace == character.isWhitespace, "\(byte)")
            #expect(byte.isASCIIWhitespace == Unicode.Scalar(byte).properties.isWhitespace, "\(byte)")
            #expect(RemoveNavigationLabels.isASCIIDecoration[Int(byte)] == RemoveNavigationLabels.decoration.contains(character))
            #expect(byte.isASCIICapital == character.isUppercase, "\(byte)")
        }
    }

    // MARK: RejoinInterleavedText

    @Test(arguments: edgeStrings + ["Learning from", "learning from", "Élan of", "1 Title", "\u{301}Title of"])
    func titleLineRejectsAsByCharacters(text: String) {
        let trimmed = text.trimmingWhitespace()
        if !RejoinInterleavedText.mayBeTitleLine(trimmed) { #expect(!RejoinInterleavedText.isTitleLine(trimmed)) }
    }

    @Test(arguments: edgeStrings)
    func blockWordCountsMatchTheJoinedText(text: String) {
        let lines = [Line(text), Line("  \(text) two\t"), Line(" "), Line("\u{301}x y")]
        for count in 1...lines.count {
            let block = Block(lines: Array(lines.prefix(count)), page: 1)
            for minimum in 1...8 {
                #expect(
                    RejoinInterleavedText.hasAtLeastWords(block, minimum) == (TextShape.wordCount(block.text) >= minimum),
                    "\(count) lines, \(minimum)")
            }
        }
    }

    /// The byte test `fragmentShape` makes first rejects only lines the character test rejects.
    @Test(arguments: edgeStrings)
    func fragmentEndRejectsAsByCharacters(text: String) {
        guard let byte = WordScan.lastASCIICharacter(text),
            !(byte.isASCIILetter || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-"))
        else { return }
        let last = text.last!
        #expect(
            !(last.isLetter || last == "," || RejoinInterleavedText.endsWithPluralPossessive(text)
                || RejoinInterleavedText.endsWithBreakHyphen(text)))
    }
}
