extension StringProtocol {
    /// Calls `body` with the text's UTF-8 bytes in one buffer: the string's own storage when it has
    /// one (every native string and substring), a copy otherwise. The address and contact tests
    /// scan lines this way; iterating `utf8` byte by byte costs several times as much.
    func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Whether the text's UTF-8 holds `byte` (an ASCII character, which is never part of another's encoding).
    func containsUTF8Byte(_ byte: UInt8) -> Bool {
        withContiguousUTF8 { $0.contains(byte) }
    }

    /// `count`, the number of `Character`s, without grapheme breaking where it cannot matter: in
    /// ASCII text without a carriage return (CR LF is one character) every byte is a character.
    var characterCount: Int {
        WordScan.isPlainASCII(utf8) ? utf8.count : count
    }
}
