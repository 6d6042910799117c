import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The PDF path's speed-ups of issue 11 hold to the plain code they replaced: the one-letter word
/// counts both letter-spacing tests start with, the font families the layout and caption stages
/// compare, the dominant font of a block, and the word count of a table piece. Each is checked
/// against the plain version on edge cases that differ on bytes and on characters.
@Suite struct PDFPathSpeedFastPathTests {
    // MARK: The plain implementations, as they were

    enum Plain {
        static func singleLetterWords(_ text: String) -> (words: Int, singles: Int) {
            var words = 0, singles = 0
            for word in text.split(separator: " ") {
                words += 1
                if word.count == 1, word.first?.isLetter ?? false { singles += 1 }
            }
            return (words, singles)
        }

        static func family(of name: String) -> String {
            let base = name.split(separator: "+", maxSplits: 1).last.map(String.init) ?? name
            return String(base.prefix { $0 != "-" && $0 != "," })
        }

        static func captionFamily(_ name: String) -> String {
            var rest = Substring(name)
            if let plus = rest.firstIndex(of: "+") { rest = rest[rest.index(after: plus)...] }
            if let cut = rest.firstIndex(where: { $0 == "-" || $0 == "," }) { rest = rest[..<cut] }
            return String(rest)
        }

        static func dominantFont(_ block: Block) -> FontInfo? {
            var counts: [FontInfo: Int] = [:]
            for line in block.lines { if let font = line.font { counts[font, default: 0] += line.text.count } }
            return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key.precedes($1.key) }?.key
        }

        static func wordCount(_ text: String) -> Int {
            var words = 0
            var inWord = false
            for byte in text.utf8 {
                let isSpace = byte == 0x20 || byte == 0x09
                if !isSpace, !inWord { words += 1 }
                inWord = !isSpace
            }
            return words
        }
    }

    static let lines = [
        "", " ", "G A R D E N  N O T E S", "T H E S P L I T", "a b c", "A B", "A  B  C  D", "x 1 y 2 z",
        "The council met on Tuesday.", "  leading and trailing  ", "one\ttab a b c", "a\tb c d", "I a o u e",
        "é a b c", "caf\u{E9} a b c", "e\u{301} a b c", "a\r\nb c d", "a b \u{2019}c d", "– a b c –", "1 2 3",
        "ﬁ a b", "a b c\u{301}",
    ]

    @Test(arguments: lines)
    func oneLetterWordsCountAsCharactersDo(text: String) {
        let plain = Plain.singleLetterWords(text)
        if let scanned = LetterSpacingScan.singleLetterWords(text[...]) {
            #expect(scanned.words == plain.words && scanned.singles == plain.singles, "\(text.debugDescription)")
        } else {
            // Only text the bytes cannot answer for is left to the characters.
            #expect(!WordScan.isPlainASCII(text.utf8), "\(text.debugDescription)")
        }
    }

    @Test func letterSpacedLinesAreStillRespaced() {
        let words: Set<String> = ["garden", "notes", "the", "split"]
        let respaced = ReadLetterSpacing.respaced("G A R D E N  N O T E S") { words.contains($0.lowercased()) }
        #expect(respaced == "GARDEN NOTES")
        #expect(ReadLetterSpacing.respaced("The council met on Tuesday.") { words.contains($0.lowercased()) } == nil)
    }

    static let fontNames = [
        "", "+", "++", "Gill", "ABCDEF+Gill-Bold", "ABCDEF+Gill", "Times,Italic", "Times-Roman,Bold", "++X", "A+B+C-D",
        "ABC+", "+Gill-Bold", "A++B", "-Bold", ",Italic", "ABCDEF+DejaVuSerif-Bold", "Caf\u{E9}+Serif-Bold",
        "ABCDEF+Gar\u{E7}on,Italic", "X+-Bold", "a\r\n+B-C",
    ]

    @Test(arguments: fontNames)
    func fontFamiliesAreTheSplitTheyWere(name: String) {
        #expect(BodyStyle.family(of: name) == Plain.family(of: name), "\(name.debugDescription)")
        #expect(MarkCaptions.BodyStyle.family(name) == Plain.captionFamily(name), "\(name.debugDescription)")
    }

    @Test func theDominantFontIsTheOneMostCharactersAreSetIn() {
        let body = FontInfo(name: "Serif", size: 10)
        let bold = FontInfo(name: "Serif-Bold", size: 10, isBold: true)
        let small = FontInfo(name: "Serif", size: 8)
        let blocks = [
            Block(lines: [Line("one font", font: body), Line("throughout", font: body)], page: 1),
            Block(lines: [Line("", font: body), Line("", font: body)], page: 1),
            Block(lines: [Line("no font at all")], page: 1),
            Block(lines: [Line("short", font: bold), Line("a much longer line of text", font: body)], page: 1),
            Block(lines: [Line("tie", font: body), Line("tie", font: bold)], page: 1),
            Block(lines: [Line("caf\u{E9}s", font: small), Line("e\u{301}e\u{301}e\u{301}", font: body), Line("x")], page: 1),
            Block(lines: [Line("a\r\nb", font: small), Line("abc", font: body)], page: 1),
        ]
        let style = BodyStyle(size: 10, pitch: 12, family: "Serif")
        for block in blocks {
            #expect(style.dominantFont(block) == Plain.dominantFont(block), "\(block.lines.map(\.text))")
        }
    }

    /// Two sizes of one font that set the same number of characters: the tie goes to the larger
    /// size whatever the order of the lines (it went to the dictionary's order, which changes with
    /// the process's hash seed and the table's address: another allocator turned it over).
    @Test func aTieBetweenSizesOfOneFontIsBrokenTheSameWayEveryTime() {
        let body = FontInfo(name: "Serif", size: 10)
        let small = FontInfo(name: "Serif", size: 8)
        let style = BodyStyle(size: 10, pitch: 12, family: "Serif")
        for lines in [[Line("abc", font: small), Line("xyz", font: body)], [Line("xyz", font: body), Line("abc", font: small)]] {
            #expect(style.dominantFont(Block(lines: lines, page: 1)) == body)
        }
    }

    @Test func fontsAreTotallyOrdered() {
        let fonts = [
            FontInfo(name: "Serif", size: 10), FontInfo(name: "Serif", size: 8), FontInfo(name: "Serif", size: 10, isBold: true),
            FontInfo(name: "Serif", size: 10, isItalic: true), FontInfo(name: "Serif", size: 10, color: 0xFF0000),
            FontInfo(name: "Sans", size: 10),
        ]
        for a in fonts {
            #expect(!a.precedes(a))
            for b in fonts where a != b { #expect(a.precedes(b) != b.precedes(a), "\(a) \(b)") }
        }
    }

    @Test(arguments: lines + ["cell", "two\t\twords", "\t", "Date  Time  Event"])
    func tablePieceWordsAreCountedAsBefore(text: String) {
        #expect(TablePiece.wordCount(text) == Plain.wordCount(text))
    }

    @Test func popplersTablesAreKeptByAnOpenEmptyDocument() {
        #expect(PDFReader.popplerGlobals.isOpen)
    }
}
