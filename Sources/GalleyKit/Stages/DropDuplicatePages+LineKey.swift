extension DropDuplicatePages {
    /// A significant line as the stage compares it: by its normalised text (`normalise`), with
    /// that text's length in UTF-8 bytes (the characters it counts as evidence).
    ///
    /// An ASCII key is never built: the line is kept as printed and its key's bytes are walked
    /// (`forEachKeyByte`) to hash it by a fingerprint; only when two fingerprints meet and the
    /// lines differ are their keys built to compare them. A key with other characters is built and compared as Swift compares strings. No two
    /// keys of different kinds are equal: a key with a non-ASCII character never is, as a Swift
    /// string, equal to an ASCII one.
    struct LineKey: Hashable {
        /// For an ASCII key, text whose key this is: the printed line, or the key itself (a key
        /// is its own key). Otherwise the key.
        let text: String
        let isASCII: Bool
        /// An ASCII key's fingerprint; 0 for the others, which hash as strings.
        let fingerprint: UInt64
        /// The key's length in UTF-8 bytes.
        let length: Int

        /// The key of `line`, or nil when the line is no evidence (`isSignificant`).
        init?(_ line: String) {
            var line = line
            // One walk over an ASCII line's key gives its fingerprint, length and spaces between words.
            let walked = line.withUTF8 { bytes -> (fingerprint: UInt64, length: Int, spaces: Int)? in
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
                var fingerprint = Self.fingerprintSeed
                var length = 0, spaces = 0
                DropDuplicatePages.forEachKeyByte(of: bytes) { byte in
                    fingerprint = (fingerprint ^ UInt64(byte)) &* Self.fingerprintPrime
                    length += 1
                    if byte == 0x20 { spaces += 1 }
                }
                return (fingerprint, length, spaces)
            }
            if let (fingerprint, length, spaces) = walked {
                let words = length == 0 ? 0 : spaces + 1
                guard DropDuplicatePages.isSignificant(characters: length - spaces, words: words) else { return nil }
                self.init(text: line, isASCII: true, fingerprint: fingerprint, length: length)
                return
            }
            let key = DropDuplicatePages.normalise(line)
            guard DropDuplicatePages.isSignificant(key) else { return nil }
            if key.utf8.allSatisfy({ $0 < 0x80 }) {
                self.init(key)
            } else {
                self.init(text: key, isASCII: false, fingerprint: 0, length: key.utf8.count)
            }
        }

        private init(text: String, isASCII: Bool, fingerprint: UInt64, length: Int) {
            self.text = text
            self.isASCII = isASCII
            self.fingerprint = fingerprint
            self.length = length
        }

        /// FNV-1a, 64 bits: a fingerprint only, so equal fingerprints are always checked.
        static let fingerprintSeed: UInt64 = 0xcbf2_9ce4_8422_2325
        static let fingerprintPrime: UInt64 = 0x0100_0000_01b3

        static func == (lhs: LineKey, rhs: LineKey) -> Bool {
            guard lhs.fingerprint == rhs.fingerprint, lhs.isASCII == rhs.isASCII else { return false }
            // Keys with other characters compare as Swift strings do (canonical equivalence).
            guard lhs.isASCII else { return lhs.text == rhs.text }
            guard lhs.length == rhs.length else { return false }
            // A line printed again is mostly the same bytes: only a line printed differently has its key built.
            return lhs.text == rhs.text || DropDuplicatePages.normalise(lhs.text) == DropDuplicatePages.normalise(rhs.text)
        }

        func hash(into hasher: inout Hasher) {
            if isASCII {
                hasher.combine(fingerprint)
            } else {
                hasher.combine(text)
            }
        }
    }

    /// Calls `body` with the bytes of an ASCII line's key, as `normalise` writes them: lower-cased
    /// letters and digits, one space for each run of other bytes between two of them.
    @inline(__always)
    static func forEachKeyByte(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Void) {
        var pendingSpace = false
        var started = false
        for byte in bytes {
            guard byte.isASCIILetterOrDigit else {
                // A space only between two letters or digits: never first.
                pendingSpace = started
                continue
            }
            if pendingSpace { body(0x20) }
            pendingSpace = false
            started = true
            body(byte.asciiLowercased)
        }
    }
}
