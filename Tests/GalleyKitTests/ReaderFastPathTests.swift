import Foundation
import Testing

@testable import GalleyKit

/// The raw reader's byte paths and the shared trimming helpers (issue 11), each held to the code
/// it stands in front of: on edge strings (combining marks, ZWJ, CR LF, é, İ, the Kelvin sign,
/// curly quotes, dashes, Unicode spaces) and on generated strings.
@Suite struct ReaderFastPathTests {
    static let edgeStrings =
        RawTextFastPathTests.edgeStrings + [
            "\u{212A}elvin", "K\u{212A}", "İstanbul ", " İ", "\u{2014}dash\u{2013}", "‘curly’ “quotes”",
            " \u{200D} ", "\u{200D}", "a\u{200D}b", "\r\n", " \r\n", "\r\nx\r\n", "\u{A0}", "\u{A0} x \u{A0}",
            "\u{3000}", "x\u{2028}", "\u{85}", "\t\u{0B}\u{0C}\r\n ", "e\u{301} ", " e\u{301}", "\u{301}",
        ]

    /// Strings drawn from pieces that sit at the edges of the byte paths: ASCII and Unicode
    /// whitespace, combining marks, joiners, CR LF, accented and dotted letters, quotes, dashes.
    static func generated(count: Int, seed: UInt64) -> [String] {
        let pieces = [
            "a", "word", "Z", "1", ".", "-", " ", " ", "  ", "   ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}",
            "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "\u{2028}", "\u{301}", "\u{200D}", "\u{600}", "é", "İ",
            "\u{212A}", "’", "“", "—", "–", "日", "👍🏽", "\u{0}", "\u{7F}",
        ]
        var random = Xorshift(seed: seed)
        return (0..<count).map { _ in
            (0..<random.next(below: 9)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
        }
    }

    static let allStrings = edgeStrings + generated(count: 4_000, seed: 0x9E37_79B9_7F4A_7C15)

    // MARK: - Shared helpers

    @Test func trimmingMatchesTheScalarWalk() {
        for text in Self.allStrings {
            let range = Array(text.utf8).withUnsafeBufferPointer { String.trimmedRange($0) }
            #expect(String(decoding: Array(text.utf8)[range], as: UTF8.self) == text.trimmingWhitespaceScalars(), "\(text.debugDescription)")
            let trimmed = text.trimmingWhitespace()
            #expect(trimmed == text.trimmingWhitespaceScalars(), "\(text.debugDescription)")
            #expect(trimmed.utf8.elementsEqual(text.trimmingWhitespaceScalars().utf8), "\(text.debugDescription)")
        }
    }

    /// Every scalar of the Basic Multilingual Plane, and every 97th above it, at both ends of a
    /// word and between spaces: the byte trim decodes it as the scalar walk reads it.
    @Test func trimmingDecodesEveryScalar() {
        let values = Array(0x80...0xFFFF) + Array(stride(from: 0x10000, through: 0x10FFFF, by: 97))
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)x\(scalar)", " \(scalar) ", "\(scalar)"] {
                let bytes = Array(text.utf8)
                let range = bytes.withUnsafeBufferPointer { String.trimmedRange($0) }
                #expect(String(decoding: bytes[range], as: UTF8.self) == text.trimmingWhitespaceScalars(), "U+\(String(value, radix: 16))")
                #expect(text.trimmingWhitespace() == text.trimmingWhitespaceScalars(), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func blockTextMatchesTheJoin() {
        var random = Xorshift(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<2_000 {
            let lines = (0..<random.next(below: 5)).map { _ in Self.allStrings[random.next(below: Self.allStrings.count)] }
            let block = Block(lines: lines.map { Line($0) }, page: 1)
            #expect(block.text == BlockTextTests.reference(lines), "\(lines.map(\.debugDescription))")
        }
    }

    /// `trimming(characters:)` before its byte test: characters taken off both ends.
    static func referenceTrimming(_ text: String, _ set: String) -> String {
        var result = Substring(text)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }

    @Test func trimmingCharactersMatchesTheCharacterWalk() {
        // The Kelvin sign, the Greek question mark and the Greek varia are canonically K, ";" and "`".
        let sets = ["-–—()[] ", "()", ".,;:", "\r\n", "e\u{301}", "", " \u{301}", "\u{212A}", "\u{37E}x", "\u{1FEF}"]
        for set in sets {
            let texts = Self.allStrings + ["(12)", "- 3 -", "[Page 4]", "–x–", "(e\u{301})", "\r\nx\r\n", "Kirk", "a;", "`q`"]
            for text in texts {
                #expect(text.trimming(characters: set) == Self.referenceTrimming(text, set), "\(text.debugDescription) | \(set)")
            }
        }
    }

    /// `WordScan.lastASCIICharacter` before its byte buffer: asked of the `utf8` view.
    static func referenceLast(_ text: String) -> UInt8? {
        let utf8 = text.utf8
        guard let last = utf8.last, last < 0x80 else { return nil }
        let beforeLast = utf8.index(before: utf8.endIndex)
        guard beforeLast != utf8.startIndex else { return last }
        let previous = utf8[utf8.index(before: beforeLast)]
        guard previous < 0x80, !(previous == 0x0D && last == 0x0A) else { return nil }
        return last
    }

    /// `WordScan.firstASCIICharacter` before its byte buffer.
    static func referenceFirst(_ text: String) -> UInt8? {
        let utf8 = text.utf8
        guard let first = utf8.first, first < 0x80 else { return nil }
        let second = utf8.index(after: utf8.startIndex)
        guard second != utf8.endIndex else { return first }
        let next = utf8[second]
        guard next < 0x80, !(first == 0x0D && next == 0x0A) else { return nil }
        return first
    }

    /// The same answers as before, and an answer only where it is the character.
    @Test func loneASCIIEndsMatchTheUTF8View() {
        for text in Self.allStrings {
            let first = WordScan.firstASCIICharacter(text), last = WordScan.lastASCIICharacter(text)
            #expect(first == Self.referenceFirst(text), "\(text.debugDescription)")
            #expect(last == Self.referenceLast(text), "\(text.debugDescription)")
            if let first { #expect(text.first == Character(Unicode.Scalar(first)), "\(text.debugDescription)") }
            if let last { #expect(text.last == Character(Unicode.Scalar(last)), "\(text.debugDescription)") }
        }
    }

    @Test func firstBytesMatchTheUTF8View() {
        for text in Self.allStrings {
            for character in text { #expect(CharacterClass.firstByte(character) == character.utf8.first!, "\(character.debugDescription)") }
        }
    }

    // MARK: - Raw reader

    @Test func controlBytesMatchTheByteLoop() {
        // Every byte value at every place in and around an eight-byte word.
        for value in 0...255 {
            for place in 0..<19 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 19)
                bytes[place] = UInt8(value)
                bytes.withUnsafeBytes { buffer in
                    let fast = RawTextReader.controlBytes(buffer)
                    let slow = RawTextReader.controlBytesOneByOne(buffer)
                    #expect(fast.hasZero == slow.hasZero && fast.controls == slow.controls, "\(value) at \(place)")
                }
            }
        }
        for text in Self.allStrings {
            Array(text.utf8).withUnsafeBytes { buffer in
                let fast = RawTextReader.controlBytes(buffer)
                let slow = RawTextReader.controlBytesOneByOne(buffer)
                #expect(fast.hasZero == slow.hasZero && fast.controls == slow.controls, "\(text.debugDescription)")
            }
        }
    }

    /// `RawTextReader.pageLines` before `memchr`: one pass over every byte.
    static func referencePageLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [RawTextReader.PageLines] {
        var pages = [RawTextReader.PageLines()]
        var start = 0
        var spaces = 0
        var lineNumber = 1
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0x20 {
                spaces += 1
                if spaces == DumpColumns.gutterMinimumSpaces { pages[pages.count - 1].hasSpaceRun = true }
                continue
            }
            spaces = 0
            guard byte == 0x0A || byte == 0x0C else { continue }
            RawTextReader.appendLine(start..<index, number: lineNumber, of: bytes, to: &pages[pages.count - 1])
            if byte == 0x0C { pages.append(RawTextReader.PageLines()) } else { lineNumber += 1 }
            start = index + 1
        }
        RawTextReader.appendLine(start..<bytes.count, number: lineNumber, of: bytes, to: &pages[pages.count - 1])
        return pages
    }

    static func describe(_ pages: [RawTextReader.PageLines]) -> [String] {
        pages.map { "\($0.lines) \($0.numbers) \($0.hasSpaceRun) \($0.cutLines)" }
    }

    @Test func pageLinesMatchTheByteLoop() {
        var random = Xorshift(seed: 0x5DEE_CE66_D1CE_4E5B)
        var texts = Self.allStrings + [String(repeating: "long line ", count: 1_000) + "\n\u{0C}   \n"]
        for _ in 0..<1_000 {
            texts.append((0..<random.next(below: 12)).map { _ in Self.allStrings[random.next(below: Self.allStrings.count)] }.joined())
        }
        for text in texts {
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                #expect(Self.describe(RawTextReader.pageLines(bytes)) == Self.describe(Self.referencePageLines(bytes)), "\(text.debugDescription)")
            }
        }
    }

    @Test func spaceRunsMatchTheSubstringSearch() {
        for text in Self.allStrings {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for lower in 0...min(3, bytes.count) {
                    let range = lower..<bytes.count
                    let expected = bytes[range].indices.contains { index in
                        index + 2 < range.upperBound && bytes[index] == 0x20 && bytes[index + 1] == 0x20 && bytes[index + 2] == 0x20
                    }
                    #expect(RawTextReader.hasSpaceRun(buffer, range) == expected, "\(text.debugDescription) from \(lower)")
                }
            }
        }
    }

    // MARK: - Layout columns

    @Test func segmentsMatchTheCharacterWalk() {
        var random = Xorshift(seed: 0xD1B5_4A32_D192_ED03)
        var lines = Self.allStrings
        for _ in 0..<2_000 {
            lines.append((0..<random.next(below: 8)).map { _ in Self.allStrings[random.next(below: Self.allStrings.count)] }.joined(separator: "   "))
        }
        for text in lines {
            let line = Substring(text)
            let fast = DumpColumns.segments(of: line).map { "\($0.start) \($0.end) \($0.text)" }
            #expect(fast == DumpColumns.characterSegments(of: line).map { "\($0.start) \($0.end) \($0.text)" }, "\(text.debugDescription)")
            #expect(String(DumpColumns.collapsingGutters(line)) == RawTextFastPathTests.referenceCollapsed(line), "\(text.debugDescription)")
            #expect(DumpColumns.wordCount(line) == line.split(separator: " ").count)
        }
    }
}
