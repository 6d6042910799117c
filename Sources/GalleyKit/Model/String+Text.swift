/// Trimming that hands the text back unchanged when there is nothing to trim.
extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespace() -> String { trimmingWhitespaceScalars() }

    /// `trimmingWhitespace()`, walking the scalars in from both ends.
    func trimmingWhitespaceScalars() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceFast }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhitespaceFast })!
        let end = scalars.index(after: last)
        // Most lines have nothing to trim: hand the text back without rebuilding it.
        if first == scalars.startIndex, end == scalars.endIndex { return String(self) }
        return String(decoding: utf8[first..<end], as: UTF8.self)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    ///
    /// Read on the string's bytes (`asciiTrimmedRange`): most lines open and end in an ASCII
    /// character that is no space and come back as they are. Only a line that, trimmed of ASCII
    /// whitespace, starts or ends with another script decodes the scalars at its ends
    /// (`trimmedRange`), where the scalar walk cost some 900 instructions a line. `utf8.first` and
    /// `utf8.last`, which this asked before, went through the generic collection code at some
    /// hundred instructions a call, on every line of every stage.
    public func trimmingWhitespace() -> String {
        // The range is found in a closure that captures nothing, which the compiler inlines.
        let found = utf8.withContiguousStorageIfAvailable { bytes -> (range: Range<Int>, count: Int) in
            (Self.asciiTrimmedRange(bytes) ?? Self.trimmedRange(bytes), bytes.count)
        }
        guard let (range, count) = found else { return trimmingWhitespaceScalars() }
        if range.count == count { return self }
        return utf8.withContiguousStorageIfAvailable { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
            ?? trimmingWhitespaceScalars()
    }

    /// The part of `bytes` left when ASCII whitespace is cut from both ends, or nil when what is
    /// left starts or ends with a non-ASCII scalar (which may be whitespace too: ask
    /// `trimmedRange`). A byte below 0x80 is a whole scalar in UTF-8.
    @inline(__always)
    static func asciiTrimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var lower = 0, upper = bytes.count
        while lower < upper, bytes[lower].isASCIIWhitespace { lower += 1 }
        while upper > lower, bytes[upper - 1].isASCIIWhitespace { upper -= 1 }
        guard lower == upper || (bytes[lower] < 0x80 && bytes[upper - 1] < 0x80) else { return nil }
        return lower..<upper
    }

    /// The part of `bytes` (valid UTF-8) left when whitespace scalars are cut from both ends, as
    /// `trimmingWhitespaceScalars` cuts them: a scalar at either end is decoded from its bytes
    /// and looked up among the White_Space scalars (`properties.isWhitespace` cost ~330
    /// instructions a scalar; the tests hold the list to it on every scalar of the BMP). Kept out
    /// of line: inlined, it slowed the common path of `trimmingWhitespace`.
    @inline(never)
    static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        /// Whether the scalar whose encoding is `bytes[start..<end]` is White_Space.
        func isWhitespace(_ start: Int, _ end: Int) -> Bool {
            var value = UInt32(bytes[start]) & (end - start == 1 ? 0x7F : 0xFF >> (end - start + 1))
            for index in (start + 1)..<end { value = value << 6 | UInt32(bytes[index] & 0x3F) }
            switch value {
            case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true
            default:
                return false
            }
        }
        /// The number of bytes of the scalar that starts with `lead`.
        func length(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }
        var lower = 0, upper = bytes.count
        while lower < upper {
            let end = Swift.min(lower + length(bytes[lower]), upper)
            guard isWhitespace(lower, end) else { break }
            lower = end
        }
        while upper > lower {
            var start = upper - 1
            while start > lower, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            guard isWhitespace(start, upper) else { break }
            upper = start
        }
        return lower..<upper
    }
}

extension String {
    /// The string without the characters of `set` at either end ("(12)" trimming "()" is "12").
    func trimming(characters set: String) -> String {
        // Most texts open and close with a letter or digit the set does not hold: seen from their
        // end bytes when those are lone ASCII characters, without walking the set's characters
        // for each end.
        if let first = WordScan.firstASCIICharacter(self), let last = WordScan.lastASCIICharacter(self),
            Self.holdsNoCharacterEqual(to: first, or: last, in: set)
        {
            return self
        }
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}

extension String {
    /// Whether no character of `set` equals the lone ASCII character `first` or `last`, read on
    /// the set's bytes. A set character equal to a lone ASCII character is that byte, or one of
    /// the three scalars that are canonically that character (Kelvin sign U+212A is "K", Greek
    /// question mark U+037E is ";", Greek varia U+1FEF is "`"): their last bytes (AA, BE, AF)
    /// must be absent too.
    static func holdsNoCharacterEqual(to first: UInt8, or last: UInt8, in set: String) -> Bool {
        set.withContiguousUTF8 { bytes in
            !bytes.contains { $0 == first || $0 == last || $0 == 0xAA || $0 == 0xBE || $0 == 0xAF }
        }
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, answered without the Unicode tables for ASCII.
    @inline(__always)
    var isWhitespaceFast: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}
