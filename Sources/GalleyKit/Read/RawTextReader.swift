import Foundation

/// Reads a plain-text dump (pdftotext's default output, or any text file) into pages of
/// blocks of lines.
///
/// Pages are split at form feeds and, where a dump lost its form feeds, at a line that starts
/// with exactly one space (pdftotext's page-break residue). A `-layout` dump's columns, set side
/// by side, are read one after another (`LayoutColumns`). Blocks are runs of non-blank lines.
public struct RawTextReader: Sendable {
    /// Share of control bytes (other than tab, CR, LF, FF) above which input is binary.
    static let binaryControlShare = 0.02
    /// A page-break line must carry a word of at least this many letters: a lone glyph after
    /// a space is a fragment of picture text, not the first line of a page.
    static let pageBreakMinimumWordLength = 2

    public init() {}

    /// Decodes and splits `input`. Invalid UTF-8 is decoded with replacement characters and
    /// a warning; binary data and empty text throw.
    public func read(_ input: InputFile) throws -> Document {
        let (text, warnings) = try decode(input)
        let pages = splitPages(text)
        var document = Document(
            source: SourceInfo(file: input.displayName, format: .text, sha256: SHA256.hex(input.bytes), pageCount: pages.count),
            pages: pages)
        for warning in warnings { document.audit.warn(warning) }
        return document
    }

    /// The input as a String, with any decoding warnings.
    func decode(_ input: InputFile) throws -> (String, [String]) {
        let bytes = input.bytes
        let (hasZero, controls) = bytes.withUnsafeBytes { buffer in
            var hasZero = false, controls = 0
            for byte in buffer where byte < 0x20 || byte == 0x7F {
                if byte == 0 { hasZero = true }
                if byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D { controls += 1 }
            }
            return (hasZero, controls)
        }
        if hasZero { throw GalleyError.binaryInput(input.path) }
        if Double(controls) > Double(bytes.count) * Self.binaryControlShare { throw GalleyError.binaryInput(input.path) }
        var warnings: [String] = []
        var text: String
        if let valid = String(validatingUTF8Data: bytes) {
            text = valid
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            let replaced = text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
            warnings.append("input is not valid UTF-8: \(replaced) invalid byte sequence(s) replaced with U+FFFD")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw GalleyError.emptyInput(input.path) }
        return (text, warnings)
    }

    /// Splits decoded text into pages, blocks and lines.
    func splitPages(_ text: String) -> [Page] {
        var normalised = text
        if normalised.withUTF8({ $0.contains(0x0D) }) {
            normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
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
        let utf8 = normalised.utf8
        func substring(_ range: Range<Int>) -> Substring {
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return Substring(utf8[lower..<utf8.index(lower, offsetBy: range.count)])
        }
        normalised.withUTF8 { bytes in
            // Form feeds and line feeds are always characters of their own, so the text is cut at
            // their bytes rather than by walking its characters.
            let pageLines = Self.pageLines(bytes)
            // A dump that kept its form feeds marks every page; only one that lost them needs the residue rule.
            let hasFormFeeds = pageLines.count > 1
            for (pageIndex, page) in pageLines.enumerated() {
                if pageIndex > 0 { newPage() }
                guard !page.hasSpaceRun else {
                    // Only a page with a run of spaces can hold a layout dump's columns.
                    for line in LayoutColumns.reorder(page.lines.map(substring)) {
                        let trimmed = line.trimmingWhitespace()
                        if trimmed.isEmpty {
                            closeBlock()
                            continue
                        }
                        if !hasFormFeeds, isPageBreakResidue(line) { newPage() }
                        current.append(Line(trimmed))
                    }
                    continue
                }
                for range in page.lines {
                    let trimmed = Self.trimmedLine(bytes, range)
                    if trimmed.isEmpty {
                        closeBlock()
                        continue
                    }
                    // The byte test first: most lines do not start with a space at all.
                    if !hasFormFeeds, bytes[range.lowerBound] == 0x20, isPageBreakResidue(substring(range)) { newPage() }
                    current.append(Line(trimmed))
                }
            }
        }
        closeBlock()
        if pages.count > 1, pages[pages.count - 1].isEmpty { pages.removeLast() }
        return pages.enumerated().map { Page(number: $0.offset + 1, blocks: $0.element) }
    }

    /// One page of the text: the byte ranges of its lines, empty ones kept.
    struct PageLines {
        var lines: [Range<Int>] = []
        /// Some line holds `LayoutColumns.gutterMinimumSpaces` space bytes in a row.
        var hasSpaceRun = false
    }

    /// `bytes` split at form feeds into pages and each page at line feeds into lines: one pass.
    static func pageLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [PageLines] {
        var pages = [PageLines()]
        var start = 0
        var spaces = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0x20 {
                spaces += 1
                if spaces == LayoutColumns.gutterMinimumSpaces { pages[pages.count - 1].hasSpaceRun = true }
                continue
            }
            spaces = 0
            guard byte == 0x0A || byte == 0x0C else { continue }
            pages[pages.count - 1].lines.append(start..<index)
            if byte == 0x0C { pages.append(PageLines()) }
            start = index + 1
        }
        pages[pages.count - 1].lines.append(start..<bytes.count)
        return pages
    }

    /// The line at `range` without leading and trailing whitespace, as `trimmingWhitespace()`
    /// gives it: ASCII whitespace is cut at its bytes, and only a line that then starts or ends
    /// with another script goes through the Unicode test.
    static func trimmedLine(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower].isASCIIWhitespace { lower += 1 }
        while upper > lower, bytes[upper - 1].isASCIIWhitespace { upper -= 1 }
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        guard lower < upper, bytes[lower] >= 0x80 || bytes[upper - 1] >= 0x80 else { return line }
        return line.trimmingWhitespace()
    }

    /// A line that starts with exactly one space and carries a real word: where pdftotext put a form feed.
    func isPageBreakResidue(_ line: Substring) -> Bool {
        // The byte test first: most lines do not start with a space at all.
        guard line.utf8.first == 0x20, line.first == " ", let second = line.dropFirst().first, !second.isWhitespace else {
            return false
        }
        var run = 0
        for character in line {
            if character.isLetter {
                run += 1
                if run >= Self.pageBreakMinimumWordLength { return true }
            } else {
                run = 0
            }
        }
        return false
    }
}

extension String {
    /// Strict UTF-8 decoding: nil when the bytes are not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        guard let decoded = String(data: data, encoding: .utf8) else { return nil }
        self = decoded
    }
}
