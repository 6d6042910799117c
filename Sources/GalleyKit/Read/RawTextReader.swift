import Foundation

/// Reads a plain-text dump (pdftotext's default output, or any text file) into pages of
/// blocks of lines.
///
/// Pages are split at form feeds and, where a dump lost its form feeds, at a line that starts
/// with exactly one space (pdftotext's page-break residue). A `-layout` dump's columns, set side
/// by side, are read one after another (`DumpColumns`). Blocks are runs of non-blank lines.
package struct RawTextReader: Sendable {
    /// Share of control bytes (other than tab, CR, LF, FF) above which input is binary.
    static let binaryControlShare = 0.02
    /// A page-break line must carry a word of at least this many letters: a lone glyph after
    /// a space is a fragment of picture text, not the first line of a page.
    static let pageBreakMinimumWordLength = 2
    /// A printed line holds at most a few hundred characters; a longer one is a dump that lost
    /// its line breaks, cut at spaces into lines of at most this many bytes, so that no stage
    /// holds several copies of a multi-megabyte line (a 50 MB line took 626 MB whole).
    static let maximumLineBytes = 4096

    package init() {}

    /// Decodes and splits `input`. Invalid UTF-8 is decoded with replacement characters and
    /// a warning; binary data and empty text throw.
    package func read(_ input: InputFile) throws -> Document {
        var (text, warnings) = try decode(input)
        var cut = 0
        let pages = splitPages(text, cutLines: &cut)
        text = ""
        var document = Document(
            source: SourceInfo(file: input.displayName, format: .text, sha256: SHA256.hex(input.bytes), pageCount: pages.count),
            pages: pages)
        for warning in warnings { document.audit.warn(.invalidEncoding, warning) }
        if cut > 0 {
            document.audit.warn(
                .longLinesCut,
                "\(cut) line(s) longer than \(Self.maximumLineBytes) bytes were cut at spaces into lines of at most that length")
        }
        return document
    }

    /// The input as a String, with any decoding warnings. A byte-order mark chooses UTF-16 or
    /// UTF-32 (either byte order) and is dropped, as is UTF-8's; without one the bytes are UTF-8.
    func decode(_ input: InputFile) throws -> (String, [String]) {
        let bytes = input.bytes
        if let encoding = UnicodeEncoding(bom: bytes) {
            let (text, invalid) = encoding.decode(bytes.dropFirst(encoding.bomLength))
            var warnings: [String] = []
            if invalid > 0 {
                warnings.append("input is not valid \(encoding.name): \(invalid) invalid code unit(s) replaced with U+FFFD")
            }
            var controls = 0, total = 0
            for scalar in text.unicodeScalars {
                total += 1
                guard scalar.value < 0x20 || scalar.value == 0x7F else { continue }
                if scalar.value == 0 { throw GalleyError.binaryInput(input.path) }
                if scalar != "\t", scalar != "\n", scalar != "\u{0C}", scalar != "\r" { controls += 1 }
            }
            if Double(controls) > Double(total) * Self.binaryControlShare { throw GalleyError.binaryInput(input.path) }
            if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw GalleyError.emptyInput(input.path) }
            return (text, warnings)
        }
        let (hasZero, controls) = bytes.withUnsafeBytes { Self.controlBytes($0) }
        if hasZero { throw GalleyError.binaryInput(input.path) }
        if Double(controls) > Double(bytes.count) * Self.binaryControlShare { throw GalleyError.binaryInput(input.path) }
        var warnings: [String] = []
        // UTF-8's byte-order mark says nothing about the text: dropped before decoding.
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        var text: String
        if let valid = String(validating: body, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: body, as: UTF8.self)
            let replaced = text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
            warnings.append("input is not valid UTF-8: \(replaced) invalid byte sequence(s) replaced with U+FFFD")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw GalleyError.emptyInput(input.path) }
        return (text, warnings)
    }

    /// Whether `buffer` holds a zero byte, and how many control bytes it holds other than tab,
    /// line feed, form feed and carriage return (DEL and a zero byte count).
    ///
    /// Eight bytes are tested at a time for any byte below 0x20 or DEL, and only the words that
    /// hold one (a line feed, mostly) are looked at byte by byte: a quarter of the cost of the
    /// byte loop, which `controlBytesOneByOne` keeps for the tests.
    static func controlBytes(_ buffer: UnsafeRawBufferPointer) -> (hasZero: Bool, controls: Int) {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let words = buffer.count / 8
        var hasZero = false, controls = 0
        for word in 0..<words {
            let x = buffer.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)
            // High bit set in each byte below 0x20: with every byte's high bit set first, no
            // subtraction borrows from the next byte.
            let below = ~((x | high) &- ones &* 0x20) & ~x & high
            // High bit set in each byte equal to 0x7F.
            let y = x ^ (ones &* 0x7F)
            let del = ~(((y & ~high) &+ ~high) | y) & high
            guard below | del != 0 else { continue }
            let counted = controlBytesOneByOne(UnsafeRawBufferPointer(rebasing: buffer[(word * 8)..<(word * 8 + 8)]))
            hasZero = hasZero || counted.hasZero
            controls += counted.controls
        }
        let rest = controlBytesOneByOne(UnsafeRawBufferPointer(rebasing: buffer[(words * 8)...]))
        return (hasZero || rest.hasZero, controls + rest.controls)
    }

    /// `controlBytes(_:)` a byte at a time.
    static func controlBytesOneByOne(_ buffer: UnsafeRawBufferPointer) -> (hasZero: Bool, controls: Int) {
        var hasZero = false, controls = 0
        for byte in buffer where byte < 0x20 || byte == 0x7F {
            if byte == 0 { hasZero = true }
            if byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D { controls += 1 }
        }
        return (hasZero, controls)
    }

    /// A Unicode encoding other than UTF-8, as announced by a byte-order mark.
    enum UnicodeEncoding: Equatable {
        case utf16LE, utf16BE, utf32LE, utf32BE

        /// The encoding whose byte-order mark starts `bytes` (UTF-32's first: its little-endian
        /// mark begins with UTF-16's), or nil.
        init?(bom bytes: Data) {
            if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
                self = .utf32LE
            } else if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
                self = .utf32BE
            } else if bytes.starts(with: [0xFF, 0xFE]) {
                self = .utf16LE
            } else if bytes.starts(with: [0xFE, 0xFF]) {
                self = .utf16BE
            } else {
                return nil
            }
        }

        var bomLength: Int { self == .utf16LE || self == .utf16BE ? 2 : 4 }

        var name: String {
            switch self {
            case .utf16LE: return "UTF-16LE"
            case .utf16BE: return "UTF-16BE"
            case .utf32LE: return "UTF-32LE"
            case .utf32BE: return "UTF-32BE"
            }
        }

        /// The text of `bytes` (after the mark) and how many code units were invalid (each
        /// replaced with U+FFFD; an odd byte left at the end counts as one).
        func decode(_ bytes: Data) -> (String, Int) {
            let width = bomLength
            let little = self == .utf16LE || self == .utf32LE
            return bytes.withUnsafeBytes { raw -> (String, Int) in
                let count = raw.count / width
                var invalid = raw.count % width == 0 ? 0 : 1
                func unit(_ index: Int) -> UInt32 {
                    var value: UInt32 = 0
                    for offset in 0..<width {
                        let byte = UInt32(raw[index * width + (little ? width - 1 - offset : offset)])
                        value = value << 8 | byte
                    }
                    return value
                }
                var scalars = String.UnicodeScalarView()
                if width == 2 {
                    var units = (0..<count).lazy.map { UInt16(truncatingIfNeeded: unit($0)) }.makeIterator()
                    var decoder = UTF16()
                    loop: while true {
                        switch decoder.decode(&units) {
                        case .scalarValue(let scalar): scalars.append(scalar)
                        case .error:
                            invalid += 1
                            scalars.append("\u{FFFD}")
                        case .emptyInput: break loop
                        }
                    }
                } else {
                    for index in 0..<count {
                        if let scalar = Unicode.Scalar(unit(index)) {
                            scalars.append(scalar)
                        } else {
                            invalid += 1
                            scalars.append("\u{FFFD}")
                        }
                    }
                }
                if raw.count % width != 0 { scalars.append("\u{FFFD}") }
                return (String(scalars), invalid)
            }
        }
    }

    /// Splits decoded text into pages, blocks and lines.
    func splitPages(_ text: String) -> [Page] {
        var cut = 0
        return splitPages(text, cutLines: &cut)
    }

    /// Splits decoded text into pages, blocks and lines, counting in `cutLines` the lines longer
    /// than `maximumLineBytes` that were cut.
    func splitPages(_ text: String, cutLines: inout Int) -> [Page] {
        var normalised = text
        if normalised.withUTF8({ $0.contains(0x0D) }) {
            normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        var pages = PageBuilder()
        let utf8 = normalised.utf8
        func substring(_ range: Range<Int>) -> Substring {
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return Substring(utf8[lower..<utf8.index(lower, offsetBy: range.count)])
        }
        normalised.withUTF8 { bytes in
            // Form feeds and line feeds are always characters of their own, so the text is cut at
            // their bytes rather than by walking its characters.
            let pageLines = Self.pageLines(bytes)
            cutLines = pageLines.reduce(0) { $0 + $1.cutLines }
            // A dump that kept its form feeds marks every page; only one that lost them needs the residue rule.
            let hasFormFeeds = pageLines.count > 1
            for (pageIndex, page) in pageLines.enumerated() {
                if pageIndex > 0 { pages.newPage() }
                guard !page.hasSpaceRun else {
                    // Only a page with a run of spaces can hold a layout dump's columns.
                    for line in DumpColumns.reorderNumbered(page.lines.map(substring)) {
                        let trimmed = line.text.trimmingWhitespace()
                        if trimmed.isEmpty {
                            pages.closeBlock()
                            continue
                        }
                        if !hasFormFeeds, isPageBreakResidue(line.text) { pages.newPage() }
                        pages.append(Line(trimmed, sourceLine: line.source.map { page.numbers[$0] }))
                    }
                    continue
                }
                for index in page.lines.indices {
                    let range = page.lines[index]
                    let trimmed = Self.trimmedLine(bytes, range)
                    if trimmed.isEmpty {
                        pages.closeBlock()
                        continue
                    }
                    // The byte test first: most lines do not start with a space at all.
                    if !hasFormFeeds, bytes[range.lowerBound] == 0x20, isPageBreakResidue(substring(range)) { pages.newPage() }
                    if pages.isBetweenBlocks {
                        // Room for the block's lines at once, not grown line by line: it runs at most
                        // to the next line that is blank in its bytes.
                        var end = index + 1
                        while end < page.lines.count, !Self.isBlankLine(bytes, page.lines[end]) { end += 1 }
                        pages.reserveLines(end - index)
                    }
                    pages.append(Line(trimmed, sourceLine: page.numbers[index]))
                }
            }
        }
        return pages.finish()
    }

    /// The pages of blocks of lines as the reader makes them, a block at a time.
    ///
    /// A value held in a local variable rather than arrays captured by local functions: those
    /// were boxed, and every append went through a dynamic exclusivity check.
    struct PageBuilder {
        private var pages: [[Block]] = [[]]
        private var current: [Line] = []

        /// No block is open: the next line starts one.
        var isBetweenBlocks: Bool { current.isEmpty }

        mutating func reserveLines(_ count: Int) { current.reserveCapacity(count) }

        /// Adds `line` to the open block. The line is given its page here: `Page.init` sets the
        /// page of every line that has none, and writing it there copied every block and line.
        mutating func append(_ line: consuming Line) {
            line.page = pages.count
            current.append(line)
        }

        /// Ends the open block, if any, on the last page.
        mutating func closeBlock() {
            guard !current.isEmpty else { return }
            let block = Block(lines: current, page: pages.count)
            current = []
            pages[pages.count - 1].append(block)
        }

        /// Ends the open block and starts a page, unless the last page is still empty.
        mutating func newPage() {
            closeBlock()
            if !pages[pages.count - 1].isEmpty { pages.append([]) }
        }

        /// The pages, numbered from 1, a trailing empty one dropped.
        consuming func finish() -> [Page] {
            closeBlock()
            if pages.count > 1, pages[pages.count - 1].isEmpty { pages.removeLast() }
            var result: [Page] = []
            result.reserveCapacity(pages.count)
            for index in pages.indices {
                var blocks: [Block] = []
                swap(&blocks, &pages[index])
                result.append(Page(number: index + 1, blocks: consume blocks))
            }
            return result
        }
    }

    /// One page of the text: the byte ranges of its lines, empty ones kept.
    struct PageLines {
        var lines: [Range<Int>] = []
        /// Each line's 1-based line number in the input (the pieces of a cut line share theirs).
        var numbers: [Int] = []
        /// Some line holds `DumpColumns.gutterMinimumSpaces` space bytes in a row.
        var hasSpaceRun = false
        /// Lines longer than `maximumLineBytes`, each cut into several.
        var cutLines = 0
    }

    /// `bytes` split at form feeds into pages and each page at line feeds into lines.
    ///
    /// Line and page ends are found with `memchr`, many bytes an instruction, and a page's
    /// bytes are searched for a run of spaces three at a time: the byte-by-byte loop this
    /// replaced cost 21 instructions a byte of input.
    static func pageLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [PageLines] {
        // All lines go into one page first, then each page takes its own at its exact size:
        // grown page by page, the arrays were copied several times over.
        var all = PageLines()
        var pages: [PageLines] = []
        var pageStart = 0
        var firstLine = 0
        func endPage(at end: Int) {
            var page = PageLines()
            page.lines = Array(all.lines[firstLine...])
            page.numbers = Array(all.numbers[firstLine...])
            page.cutLines = all.cutLines
            page.hasSpaceRun = hasSpaceRun(bytes, pageStart..<end)
            pages.append(page)
            all.cutLines = 0
            firstLine = all.lines.count
        }
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            appendLine(0..<0, number: 1, of: bytes, to: &all)
            endPage(at: 0)
            return pages
        }
        let count = bytes.count
        /// The offset of the first `byte` at or after `from`, or `count`.
        func find(_ byte: UInt8, from: Int) -> Int {
            guard from < count, let found = memchr(base + from, Int32(byte), count - from) else { return count }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        var start = 0
        var lineNumber = 1
        var formFeed = find(0x0C, from: 0)
        var lineFeed = find(0x0A, from: 0)
        while true {
            let end = min(formFeed, lineFeed)
            appendLine(start..<end, number: lineNumber, of: bytes, to: &all)
            guard end < count else { break }
            start = end + 1
            if end == formFeed {
                endPage(at: end)
                pageStart = start
                formFeed = find(0x0C, from: start)
            } else {
                lineNumber += 1
                lineFeed = find(0x0A, from: start)
            }
        }
        endPage(at: count)
        return pages
    }

    /// Whether `range` of `bytes` holds `DumpColumns.gutterMinimumSpaces` space bytes in a row.
    /// Every such run covers one of every three bytes, so only those are looked at first.
    static func hasSpaceRun(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // The buffer's subscript checks its bounds at every byte, even in a release build.
        guard let bytes = buffer.baseAddress else { return false }
        let run = DumpColumns.gutterMinimumSpaces
        var index = range.lowerBound + run - 1
        while index < range.upperBound {
            if bytes[index] == 0x20 {
                // The spaces on either side of this one, at most a run's length in all.
                var lower = index, upper = index + 1
                while lower > range.lowerBound, index - lower < run - 1, bytes[lower - 1] == 0x20 { lower -= 1 }
                while upper < range.upperBound, upper - lower < run, bytes[upper] == 0x20 { upper += 1 }
                if upper - lower >= run { return true }
            }
            index += run
        }
        return false
    }

    /// Whether the line at `range` holds only ASCII whitespace (or nothing): no block runs across it.
    static func isBlankLine(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range where !bytes[index].isASCIIWhitespace { return false }
        return true
    }

    /// Adds the line at `range` to `page`, cut into pieces of at most `maximumLineBytes` when
    /// longer: each piece ends after a space followed by a non-space (so the next starts with a
    /// word, never with the single space of a page break), or, in a run without such a place,
    /// at the start of a UTF-8 character.
    static func appendLine(_ range: Range<Int>, number: Int, of bytes: UnsafeBufferPointer<UInt8>, to page: inout PageLines) {
        guard range.count > maximumLineBytes else {
            page.lines.append(range)
            page.numbers.append(number)
            return
        }
        page.cutLines += 1
        var lower = range.lowerBound
        while range.upperBound - lower > maximumLineBytes {
            let limit = lower + maximumLineBytes
            var cut = limit
            while cut > lower + 1, !(bytes[cut - 1] == 0x20 && bytes[cut] != 0x20) { cut -= 1 }
            if cut <= lower + 1 {
                cut = limit
                while cut > lower + 1, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            }
            page.lines.append(lower..<cut)
            page.numbers.append(number)
            lower = cut
        }
        page.lines.append(lower..<range.upperBound)
        page.numbers.append(number)
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
