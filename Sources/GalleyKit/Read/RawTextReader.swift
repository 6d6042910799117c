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
        // A dump that kept its form feeds marks every page; only one that lost them needs the residue rule.
        // Form feeds and line feeds are always characters of their own, so the text is cut at their
        // bytes rather than by walking its characters.
        let pageTexts = Self.pagesOfLines(&normalised)
        let hasFormFeeds = pageTexts.count > 1
        for (pageIndex, lines) in pageTexts.enumerated() {
            if pageIndex > 0 { newPage() }
            for line in LayoutColumns.reorder(lines) {
                let trimmed = line.trimmingWhitespace()
                if trimmed.isEmpty {
                    closeBlock()
                    continue
                }
                if !hasFormFeeds, isPageBreakResidue(line) { newPage() }
                current.append(Line(trimmed))
            }
        }
        closeBlock()
        if pages.count > 1, pages[pages.count - 1].isEmpty { pages.removeLast() }
        return pages.enumerated().map { Page(number: $0.offset + 1, blocks: $0.element) }
    }

    /// The text split at form feeds into pages and each page at line feeds into lines, empty
    /// pieces kept: one pass over the bytes.
    static func pagesOfLines(_ text: inout String) -> [[Substring]] {
        var pages: [[Range<Int>]] = [[]]
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A || bytes[index] == 0x0C {
                pages[pages.count - 1].append(start..<index)
                if bytes[index] == 0x0C { pages.append([]) }
                start = index + 1
            }
            pages[pages.count - 1].append(start..<bytes.count)
        }
        let utf8 = text.utf8
        return pages.map { lines in
            lines.map { range in
                let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                return Substring(utf8[lower..<utf8.index(lower, offsetBy: range.count)])
            }
        }
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
