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
        // The bytes in one buffer: `utf8.last` and `index(before:)` go through the generic
        // collection code at some hundred instructions a call.
        text.withContiguousUTF8 { bytes in
            guard let last = bytes.last, last < 0x80 else { return nil }
            guard bytes.count > 1 else { return last }
            let previous = bytes[bytes.count - 2]
            guard previous < 0x80, !(previous == 0x0D && last == 0x0A) else { return nil }
            return last
        }
    }

    /// The first character of `text` when it is a lone ASCII byte; nil when `text` is empty or
    /// starts with anything else (then ask `text.first`).
    @inline(__always)
    static func firstASCIICharacter(_ text: String) -> UInt8? {
        text.withContiguousUTF8 { bytes in
            guard let first = bytes.first, first < 0x80 else { return nil }
            guard bytes.count > 1 else { return first }
            let next = bytes[1]
            guard next < 0x80, !(first == 0x0D && next == 0x0A) else { return nil }
            return first
        }
    }

    /// Whether every byte of `text` is ASCII and none is a carriage return: then every byte is a
    /// character of its own, and byte and character questions have the same answers.
    @inline(__always)
    static func isPlainASCII<C: Collection>(_ utf8: C) -> Bool where C.Element == UInt8 {
        let contiguous = utf8.withContiguousStorageIfAvailable { bytes in isPlainASCII(bytes) }
        return contiguous ?? utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `isPlainASCII` of a buffer, read eight bytes at a time (`ByteLanes`): every line of every
    /// stage is asked, and the byte loop cost ~5 instructions a byte.
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isPlainASCII(bytes, withoutDigits: false)
    }

    /// `isPlainASCII(bytes)`, and with `withoutDigits` also no ASCII digit among them: one pass
    /// for both questions, eight bytes at a time.
    @inline(__always)
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>, withoutDigits: Bool) -> Bool {
        var offset = 0
        var found: UInt64 = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= bytes.count {
                let chunk = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                // A lane at or above 0x80 is itself found; the CR and digit tests are exact when none is.
                found |= chunk & ByteLanes.tops | ByteLanes.lanes(chunk, equalTo: 0x0D)
                if withoutDigits {
                    found |= ByteLanes.lanes(chunk, atLeast: UInt8(ascii: "0")) & ~ByteLanes.lanes(chunk, atLeast: UInt8(ascii: "9") + 1)
                }
                offset += 8
            }
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte >= 0x80 || byte == 0x0D || (withoutDigits && byte.isASCIIDigit) { return false }
            offset += 1
        }
        return found == 0
    }

    /// Whether `elements` hold more than `limit` runs of elements that are not separators
    /// (`split(whereSeparator: isSeparator).count > limit`), stopping at the run past the limit.
    @inline(__always)
    static func hasMoreRuns<S: Sequence>(than limit: Int, in elements: S, isSeparator: (S.Element) -> Bool) -> Bool {
        var runs = 0
        var inRun = false
        for element in elements {
            if isSeparator(element) {
                inRun = false
            } else if !inRun {
                inRun = true
                runs += 1
                if runs > limit { return true }
            }
        }
        return false
    }

    /// The dashes, quotation marks, bullets and other punctuation of U+2010–U+2027 and
    /// U+2030–U+205E: every one is punctuation or a symbol, lower-cases to itself and never joins
    /// the character before or after it (the joiners, marks and format controls of the block,
    /// U+200B–U+200F, U+2028–U+202F and U+205F–U+206F, are outside the ranges).
    @inline(__always)
    static func isPlainPunctuation(_ value: UInt32) -> Bool {
        (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
    }

    /// Whether `bytes` (valid UTF-8) are ASCII without a carriage return, apart from scalars
    /// that are `isPlainPunctuation`: then every ASCII byte is a character of its own and every
    /// other character is one of those marks, a non-letter that a line's curly quotes and dashes
    /// put between words.
    static func isPlainASCIIOrPunctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte != 0x0D else { return false }
                index += 1
                continue
            }
            // Every such mark is three bytes led by E2 (U+2000–U+2FFF).
            guard byte == 0xE2, index + 2 < bytes.count else { return false }
            let value = 0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            guard isPlainPunctuation(value) else { return false }
            index += 3
        }
        return true
    }

    /// `isPlainASCIIOrPunctuation` of the text's bytes.
    static func isPlainASCIIOrPunctuation(_ text: String) -> Bool {
        text.withContiguousUTF8 { isPlainASCIIOrPunctuation($0) }
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

/// Eight bytes read as one integer, each byte a lane, and asked about all at once: the answers
/// are a lane's top bit. Each question is exact for lanes below 0x80 (no sum carries out of its
/// lane); the callers test for a lane at or above 0x80 apart and read nothing else then.
enum ByteLanes {
    /// 0x01 in each lane (a constant, not a stored global read through its lazy guard).
    @inline(__always) static var ones: UInt64 { 0x0101_0101_0101_0101 }
    /// 0x80 in each lane.
    @inline(__always) static var tops: UInt64 { 0x8080_8080_8080_8080 }

    /// The top bit of each lane equal to `byte` (below 0x80).
    @inline(__always)
    static func lanes(_ chunk: UInt64, equalTo byte: UInt8) -> UInt64 {
        ~((chunk ^ (ones &* UInt64(byte))) &+ (ones &* 0x7F)) & tops
    }

    /// The top bit of each lane at or above `byte` (at most 0x80).
    @inline(__always)
    static func lanes(_ chunk: UInt64, atLeast byte: UInt8) -> UInt64 {
        (chunk &+ (ones &* UInt64(0x80 - byte))) & tops
    }

    /// How many lanes of `lanes` (top bits only) are set: each top bit moved to its lane's
    /// lowest and the lanes summed into the highest by one multiplication (`nonzeroBitCount`
    /// is no single instruction on the baseline x86-64 the release is built for).
    @inline(__always)
    static func count(_ lanes: UInt64) -> Int { Int(((lanes >> 7) &* ones) >> 56) }
}
