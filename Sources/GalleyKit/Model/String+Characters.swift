/// One character of a string as `String+Characters.forEachCharacter` hands it over: a lone
/// ASCII character as its byte, anything else as a `Character`.
enum TextUnit {
    case ascii(UInt8)
    case character(Character)
}

extension String {
    /// Calls `body` with the string's characters in order — the same sequence as `for c in self` —
    /// but without grapheme breaking where it cannot matter: an ASCII byte followed by another
    /// ASCII byte (or the end) is a character of its own and comes as `.ascii`. Stretches with
    /// other scalars (and the ASCII byte just before one, which a combining mark may join) are
    /// segmented by the standard library and come as `.character`, as does CR LF.
    @inline(__always)
    func forEachCharacter(_ body: (TextUnit) -> Void) {
        var text = self
        text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                let next: UInt8 = index + 1 < count ? bytes[index + 1] : 0
                if byte < 0x80, next < 0x80 {
                    if byte == 0x0D, next == 0x0A {
                        body(.character("\r\n"))
                        index += 2
                    } else {
                        body(.ascii(byte))
                        index += 1
                    }
                    continue
                }
                // A boundary every grapheme rule agrees on: two ASCII bytes that are not CR LF.
                var end = index + 1
                while end < count,
                    !(bytes[end] < 0x80 && bytes[end - 1] < 0x80 && !(bytes[end - 1] == 0x0D && bytes[end] == 0x0A))
                {
                    end += 1
                }
                let stretch = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
                for character in stretch { body(.character(character)) }
                index = end
            }
        }
    }
}

extension UInt8 {
    /// An ASCII letter or digit: what `Character.isLetter || .isNumber` says of a lone ASCII byte.
    @inline(__always)
    var isASCIILetterOrDigit: Bool { isASCIILetter || isASCIIDigit }

    /// An ASCII letter: what `Character.isLetter` says of a lone ASCII byte.
    @inline(__always)
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }

    /// ASCII whitespace: what `Unicode.Scalar.isWhitespaceFast` says of a lone ASCII byte.
    @inline(__always)
    var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }

    /// An ASCII digit, 0–9.
    @inline(__always)
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }

    /// An ASCII capital: what `Character.isUppercase` says of a lone ASCII byte.
    @inline(__always)
    var isASCIICapital: Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) }

    /// An ASCII lower-case letter (a–z).
    @inline(__always)
    var isASCIILetterLowercase: Bool { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") }

    /// The lower-case form of an ASCII byte (other bytes unchanged).
    @inline(__always)
    var asciiLowercased: UInt8 { (0x41...0x5A).contains(self) ? self + 0x20 : self }
}

extension Character {
    /// 0–9 only (not other scripts' digits, nor superscripts).
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
