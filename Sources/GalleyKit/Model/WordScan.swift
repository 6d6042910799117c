/// Byte-level answers to the character questions the word-judging stages ask of every line
/// (`RemoveImageText`, `RepairHyphenation`, `RejoinInterleavedText`, `RemoveNavigationLabels`).
///
/// Each answers exactly what the `Character` expression it replaces would, and says when it
/// cannot (nil): an ASCII byte between two ASCII bytes (not CR LF) is always a character of its
/// own, so only text near other bytes needs the standard library's grapheme breaking.
enum WordScan {
    /// The last character of `text` when it is a lone ASCII byte; nil when `text` is empty or
    /// ends in anything else (then ask `text.last`).
    @inline(__always)
    static func lastASCIICharacter(_ text: String) -> UInt8? {
        let utf8 = text.utf8
        guard let last = utf8.last, last < 0x80 else { return nil }
        let beforeLast = utf8.index(before: utf8.endIndex)
        guard beforeLast != utf8.startIndex else { return last }
        let previous = utf8[utf8.index(before: beforeLast)]
        guard previous < 0x80, !(previous == 0x0D && last == 0x0A) else { return nil }
        return last
    }

    /// The first character of `text` when it is a lone ASCII byte; nil when `text` is empty or
    /// starts with anything else (then ask `text.first`).
    @inline(__always)
    static func firstASCIICharacter(_ text: String) -> UInt8? {
        let utf8 = text.utf8
        guard let first = utf8.first, first < 0x80 else { return nil }
        let second = utf8.index(after: utf8.startIndex)
        guard second != utf8.endIndex else { return first }
        let next = utf8[second]
        guard next < 0x80, !(first == 0x0D && next == 0x0A) else { return nil }
        return first
    }

    /// Whether every byte of `text` is ASCII and none is a carriage return: then every byte is a
    /// character of its own, and byte and character questions have the same answers.
    @inline(__always)
    static func isPlainASCII<C: Collection>(_ utf8: C) -> Bool where C.Element == UInt8 {
        let contiguous = utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        return contiguous ?? utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `text.count <= limit`, counting characters only when the bytes cannot tell.
    static func hasAtMostCharacters(_ text: String, _ limit: Int) -> Bool {
        let bytes = text.utf8.count
        if bytes <= limit { return true }  // A character is at least one byte.
        if isPlainASCII(text.utf8) { return false }
        // Walks at most `limit` characters: nil when the end comes first.
        let index = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex)
        return index == nil || index == text.endIndex
    }
}
