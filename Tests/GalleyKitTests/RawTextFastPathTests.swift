import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The raw reader, the layout-column reader and duplicate detection walk UTF-8 bytes where a
/// byte is a character (issue 5): each is held here to the character-walking code it replaced,
/// on the samples and on inputs chosen to hit the edges of the byte paths.
@Suite struct RawTextFastPathTests {
    static let edgeStrings =
        FastPathTests.edgeStrings + [
            "a   b", "a  \u{301} b", "   \u{301}", "\u{600}   x", "a\t\t\tb", "col one    col two    col three",
            "\u{A0}  padded  \u{A0}", "x\u{2003}", "\u{2003}x", " \u{85}", "é   ü", "tab\tand   gutter",
        ]

    /// Texts of several lines and pages: the samples, each edge string as a line among others,
    /// a layout dump with accents, and dumps that lost their form feeds.
    static var texts: [String] {
        let samples = Fixtures.sampleNames.filter { $0.hasSuffix(".txt") }.map { name in
            (try? String(contentsOf: Fixtures.samples.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        let layout = samples.first { $0.contains("   ") } ?? ""
        return samples + samples.map { $0.replacingOccurrences(of: "\u{0C}", with: "") } + [
            edgeStrings.joined(separator: "\n"),
            edgeStrings.map { " \($0)\nbody line" }.joined(separator: "\n"),
            edgeStrings.map { "\($0)\n\u{0C}" }.joined(),
            layout.replacingOccurrences(of: "e", with: "é"),
            layout.replacingOccurrences(of: "a", with: "a\u{301}"),
            layout.replacingOccurrences(of: "    ", with: "\t "),
            layout + layout.replacingOccurrences(of: "\n", with: "\r\n"),
        ]
    }

    // MARK: - Raw reader

    /// The reader's page split before the byte path: characters split at form and line feeds,
    /// every page through `LayoutColumns.reorder`, every line trimmed as a Substring.
    static func referencePages(_ text: String) -> [Page] {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let pageTexts = normalised.split(separator: "\u{0C}", omittingEmptySubsequences: false).map {
            $0.split(separator: "\n", omittingEmptySubsequences: false)
        }
        let reader = RawTextReader()
        var pages: [[Block]] = [[]]
        var current: [Line] = []
        func closeBlock() {
            if !current.isEmpty {
                pages[pages.count - 1].append(Block(lines: current, page: pages.count))
                current = []
            }
        }
        func newPage() {
            closeBlock()
            if !pages[pages.count - 1].isEmpty { pages.append([]) }
        }
        for (index, lines) in pageTexts.enumerated() {
            if index > 0 { newPage() }
            for line in LayoutColumns.reorder(lines) {
                let trimmed = line.trimmingWhitespace()
                if trimmed.isEmpty {
                    closeBlock()
                    continue
                }
                if pageTexts.count == 1, reader.isPageBreakResidue(line) { newPage() }
                current.append(Line(trimmed))
            }
        }
        closeBlock()
        if pages.count > 1, pages[pages.count - 1].isEmpty { pages.removeLast() }
        return pages.enumerated().map { Page(number: $0.offset + 1, blocks: $0.element) }
    }

    @Test func pagesMatchTheCharacterSplit() {
        for text in Self.texts {
            #expect(Self.withoutSourceLines(RawTextReader().splitPages(text)) == Self.referencePages(text))
        }
    }

    /// `pages` with every line's input line number taken off (the reference does not count lines).
    static func withoutSourceLines(_ pages: [Page]) -> [Page] {
        pages.map { page in
            var page = page
            for blockIndex in page.blocks.indices {
                for lineIndex in page.blocks[blockIndex].lines.indices { page.blocks[blockIndex].lines[lineIndex].sourceLine = nil }
            }
            return page
        }
    }

    /// Every line knows the input line it was read from: its text is on that line of the input.
    @Test func everyLineKnowsItsInputLine() {
        for text in Self.texts {
            let inputLines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
            for page in RawTextReader().splitPages(text) {
                for line in page.blocks.flatMap(\.lines) {
                    guard let number = line.sourceLine else {
                        Issue.record("no input line for \(line.text)")
                        continue
                    }
                    #expect(number >= 1 && number <= inputLines.count)
                    // A layout dump's column pieces and cut lines are parts of their input line.
                    let source = String(inputLines[number - 1]).replacingOccurrences(of: "\u{0C}", with: "")
                    let words = line.text.split(separator: " ")
                    #expect(words.allSatisfy { source.contains($0) }, "line \(number): \(line.text)")
                }
            }
        }
    }

    @Test(arguments: edgeStrings)
    func lineTrimmingMatchesTrimmingWhitespace(text: String) {
        var text = text
        let trimmed = text.withUTF8 { RawTextReader.trimmedLine($0, 0..<$0.count) }
        #expect(trimmed == text.trimmingWhitespace())
        #expect(trimmed.utf8.elementsEqual(text.trimmingWhitespace().utf8))
    }

    @Test func pageLinesShowTheirWork() {
        var text = "one\ntwo   three\n\u{0C}four\n"
        let pages = text.withUTF8 { RawTextReader.pageLines($0) }
        #expect(pages.map(\.lines) == [[0..<3, 4..<15, 16..<16], [17..<21, 22..<22]])
        #expect(pages.map(\.hasSpaceRun) == [true, false])
    }

    // MARK: - Layout columns

    /// `LayoutColumns.collapsingGutters` walking characters.
    static func referenceCollapsed(_ text: Substring) -> String {
        guard text.contains("   ") else { return String(text) }
        var result = ""
        var lastWasSpace = false
        for character in text {
            let space = character == " " || character == "\t"
            if space, lastWasSpace { continue }
            result.append(space ? " " : character)
            lastWasSpace = space
        }
        return result
    }

    @Test(arguments: edgeStrings)
    func layoutLineHelpersMatchTheCharacterDefinitions(text: String) {
        let line = Substring(text)
        #expect(LayoutColumns.hasGutterSpaces(line) == line.contains("   "))
        #expect(LayoutColumns.wordCount(line) == line.split(separator: " ").count)
        #expect(String(LayoutColumns.collapsingGutters(line)) == Self.referenceCollapsed(line))
        let segments = LayoutColumns.segments(of: line).map { "\($0.start) \($0.end) \($0.text)" }
        #expect(segments == LayoutColumns.characterSegments(of: line).map { "\($0.start) \($0.end) \($0.text)" })
    }

    @Test func byteSegmentsShowTheirWork() {
        let segments = LayoutColumns.segments(of: "Plot news    soil before\t\t\tSeed")
        #expect(segments.map(\.start) == [0, 13, 27])
        #expect(segments.map(\.end) == [9, 24, 31])
        #expect(segments.map { String($0.text) } == ["Plot news", "soil before", "Seed"])
        #expect(LayoutColumns.bytesAreCharacters("plain text"))
        #expect(!LayoutColumns.bytesAreCharacters("caf\u{E9}"))
        #expect(!LayoutColumns.bytesAreCharacters("a\r\nb"))
    }

    // MARK: - Duplicate detection

    static let keyedLines =
        edgeStrings + [
            "Jaye was 20 years old — when she was found", "jaye was 20 years old, when she was found",
            "JAYE WAS 20 YEARS OLD WHEN SHE WAS FOUND!", "Jaye was 20 years old when she was found",
            "Jaye was 21 years old when she was found", "Café’s menu changes every week now",
            "cafe\u{301}’s menu changes every week now", "CAFÉ'S MENU CHANGES EVERY WEEK NOW",
            "Hello — wonderful world", "hello wonderful world", "hello wonderful worlds",
        ]

    @Test func lineKeysCompareAsTheirNormalisedText() {
        for a in Self.keyedLines {
            let keyA = DropDuplicatePages.LineKey(a)
            let normalisedA = DropDuplicatePages.normalise(a)
            #expect((keyA == nil) == !DropDuplicatePages.isSignificant(normalisedA), "\(a)")
            #expect(keyA.map(\.length) == (keyA == nil ? nil : normalisedA.utf8.count), "\(a)")
            for b in Self.keyedLines {
                guard let keyA, let keyB = DropDuplicatePages.LineKey(b) else { continue }
                let equal = normalisedA == DropDuplicatePages.normalise(b)
                #expect((keyA == keyB) == equal, "\(a) | \(b)")
                if equal { #expect(keyA.hashValue == keyB.hashValue, "\(a) | \(b)") }
            }
        }
    }

    @Test func lineKeysShowTheirWork() {
        let key = DropDuplicatePages.LineKey("Jaye was 20 years old — when she was found")
        #expect(key == DropDuplicatePages.LineKey("JAYE WAS 20 YEARS OLD, WHEN SHE WAS FOUND."))
        #expect(key != DropDuplicatePages.LineKey("Jaye was 21 years old when she was found"))
        #expect(key?.length == "jaye was 20 years old when she was found".utf8.count)
        #expect(DropDuplicatePages.LineKey("Newsletter") == nil)
        #expect(DropDuplicatePages.LineKey("• • •") == nil)
    }
}
