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
    var isASCIIDigitCharacter: Bool {
        // What `isASCII && isNumber` says, without the Unicode tables: among ASCII characters only
        // the digits are numbers (CR LF, the one of two scalars, has a line feed's value).
        guard let value = asciiValue else { return false }
        return (0x30...0x39).contains(value)
    }
}

// MARK: The standard library's first-scalar properties, with an ASCII fast path

/// The standard library answers `Character.isWhitespace`, `isLetter` and `isNumber` from the
/// character's first Unicode scalar, through a table search that costs a couple of hundred
/// instructions even for "e" or " ": the text Galley reads is mostly ASCII, and these questions
/// are asked of most of its characters. These answer the same from the first UTF-8 byte when it is
/// below 0x80, which makes it the whole first scalar: the ASCII characters with the Unicode
/// properties are tab to carriage return and space (White_Space), A–Z and a–z (Alphabetic), 0–9
/// (a numeric type). Any other first scalar is asked of the same property the standard library
/// asks. `ByteFastPathTests` compares them with the properties on every ASCII character and others.
enum CharacterClass {
    /// The character's first UTF-8 byte, read from its storage: `utf8.first` went through the
    /// generic collection code (~25 instructions a call, several hundred thousand calls a megabyte).
    @inline(__always)
    static func firstByte(_ character: Character) -> UInt8 {
        character.utf8.withContiguousStorageIfAvailable { $0[0] } ?? character.utf8.first!
    }

    @inline(__always)
    static func isWhitespace(_ character: Character) -> Bool {
        let first = firstByte(character)
        return first < 0x80 ? first.isASCIIWhitespace : character.unicodeScalars.first!.properties.isWhitespace
    }

    @inline(__always)
    static func isLetter(_ character: Character) -> Bool {
        let first = firstByte(character)
        return first < 0x80 ? first.isASCIILetter : character.unicodeScalars.first!.properties.isAlphabetic
    }

    @inline(__always)
    static func isNumber(_ character: Character) -> Bool {
        let first = firstByte(character)
        return first < 0x80 ? first.isASCIIDigit : character.unicodeScalars.first!.properties.numericType != nil
    }
}

/// Declared in GalleyKit, these shadow the standard library's properties of the same names within
/// the module (a declaration of the importing module wins over the imported one's), so every
/// `c.isLetter` and `\.isWhitespace` of GalleyKit takes `CharacterClass`'s fast path.
extension Character {
    /// Whether the character is whitespace, newlines included (White_Space of its first scalar).
    @inline(__always)
    var isWhitespace: Bool { CharacterClass.isWhitespace(self) }

    /// Whether the character is a letter (Alphabetic, of its first scalar).
    @inline(__always)
    var isLetter: Bool { CharacterClass.isLetter(self) }

    /// Whether the character is a number (its first scalar has a numeric type).
    @inline(__always)
    var isNumber: Bool { CharacterClass.isNumber(self) }
}
