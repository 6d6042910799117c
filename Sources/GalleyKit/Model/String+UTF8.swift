import Foundation

extension StringProtocol {
    /// Calls `body` with the text's UTF-8 bytes in one buffer: the string's own storage when it has
    /// one (every native string and substring), a copy otherwise. The address and contact tests
    /// scan lines this way; iterating `utf8` byte by byte costs several times as much.
    func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Whether the text's UTF-8 bytes come before `other`'s in byte order (a prefix first): the
    /// order of `utf8.lexicographicallyPrecedes`, which walks both views a byte at a time through
    /// their iterators (~2,700 instructions for two short paths); here one `memcmp`. A batch sorts
    /// its inputs, its manifest and its report this way.
    package func utf8Precedes(_ other: some StringProtocol) -> Bool {
        withContiguousUTF8 { left in other.withContiguousUTF8 { right in left.precedesInByteOrder(right) } }
    }

    /// Whether the text's UTF-8 holds `byte` (an ASCII character, which is never part of another's encoding).
    func containsUTF8Byte(_ byte: UInt8) -> Bool {
        // `memchr` reads many bytes an instruction; `contains` read one at a time, and whole
        // documents go through here (a block's lines asked for a slash, say).
        withContiguousUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// The first "://" of the text (a URL's scheme separator), or nil. Foundation's search, which
    /// costs thousands of instructions a call, runs only when the text has a colon at all: most
    /// addresses ("www.…", emails) have none.
    func schemeSeparatorRange() -> Range<Index>? {
        containsUTF8Byte(UInt8(ascii: ":")) ? range(of: "://") : nil
    }

    /// `count`, the number of `Character`s, without grapheme breaking where it cannot matter: in
    /// ASCII text without a carriage return (CR LF is one character) every byte is a character.
    /// A line with curly quotes or dashes (`WordScan.isPlainASCIIOrPunctuation`) is counted on
    /// its bytes too: each such mark, three bytes, is a character of its own.
    var characterCount: Int {
        if WordScan.isPlainASCII(utf8) { return utf8.count }
        let plain = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            WordScan.isPlainASCIIOrPunctuation(bytes) ? bytes.count - 2 * bytes.count { $0 == 0xE2 } : nil
        }
        return (plain ?? nil) ?? count
    }
}

extension String {
    /// `split(whereSeparator: \.isWhitespace)`, read on the bytes when the text is plain ASCII
    /// without a carriage return (each byte a character, whitespace the bytes 9–13 and 32).
    func whitespaceSeparatedWords() -> [Substring] {
        guard WordScan.isPlainASCII(utf8) else { return split(whereSeparator: \.isWhitespace) }
        var words: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                if let wordStart = start { words.append(self[wordStart..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            utf8.formIndex(after: &index)
        }
        if let wordStart = start { words.append(self[wordStart..<endIndex]) }
        return words
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes come before `other` in byte order (a prefix before what it starts):
    /// one `memcmp` of the bytes they share, then the shorter first.
    func precedesInByteOrder(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        let shared = Swift.min(count, other.count)
        let order = shared == 0 ? 0 : memcmp(baseAddress!, other.baseAddress!, shared)
        return order != 0 ? order < 0 : count < other.count
    }
}
