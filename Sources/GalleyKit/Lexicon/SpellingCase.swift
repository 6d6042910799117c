/// Letter case as hunspell sees it: one character maps to one character (its simple case
/// mapping), and a word is classed by how many of its letters are capitals.
enum SpellingCase {
    /// Hunspell's capitalisation types: "word", "Word", "WORD", "WoRd", "woRd".
    enum Capitalisation: Sendable { case none, initial, allCapitals, mixedInitial, mixed }

    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value) + 32) : scalar
        }
        // Hunspell's case table covers the Basic Multilingual Plane only.
        guard scalar.value <= 0xFFFF else { return scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        if mapping.count == 1, let only = mapping.first { return only }
        // The one full mapping whose simple mapping is not the character itself: İ → i.
        return scalar == "\u{130}" ? "i" : scalar
    }

    static func uppercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return (0x61...0x7A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value) - 32) : scalar
        }
        guard scalar.value <= 0xFFFF else { return scalar }
        let mapping = scalar.properties.uppercaseMapping.unicodeScalars
        if mapping.count == 1, let only = mapping.first { return only }
        return scalar
    }

    /// Hunspell's `get_captype_utf8`: characters without case (digits, apostrophes) count as
    /// capitals when every cased letter is one ("21ST" is all capitals).
    static func capitalisation(of word: String) -> Capitalisation {
        var capitals = 0, caseless = 0, count = 0
        var firstIsCapital = false
        // ASCII on its bytes: a capital is A–Z, a caseless character anything but a letter.
        let isASCII = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            for byte in bytes {
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                    capitals += 1
                    if count == 0 { firstIsCapital = true }
                } else if !(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) {
                    caseless += 1
                }
                count += 1
            }
            return true
        }
        if isASCII != true {
            (capitals, caseless, count, firstIsCapital) = (0, 0, 0, false)
            for scalar in word.unicodeScalars {
                let lower = lowercase(scalar)
                if lower != scalar {
                    capitals += 1
                    if count == 0 { firstIsCapital = true }
                }
                if uppercase(scalar) == lower { caseless += 1 }
                count += 1
            }
        }
        return classify(capitals: capitals, caseless: caseless, count: count, firstIsCapital: firstIsCapital)
    }

    private static func classify(capitals: Int, caseless: Int, count: Int, firstIsCapital: Bool) -> Capitalisation {
        if capitals == 0 { return .none }
        if capitals == 1, firstIsCapital { return .initial }
        if capitals == count || capitals + caseless == count { return .allCapitals }
        if capitals > 1, firstIsCapital { return .mixedInitial }
        return .mixed
    }

    static func lowercased(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x41 || ($0 > 0x5A && $0 < 0x80) }) { return word }
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars { result.append(lowercase(scalar)) }
        return String(result)
    }

    /// The word with its first character in capitals and the rest as it is (hunspell's `mkinitcap`).
    static func capitalised(_ word: String) -> String {
        guard let first = word.unicodeScalars.first else { return word }
        let upper = uppercase(first)
        if upper == first { return word }
        var result = String.UnicodeScalarView()
        result.append(upper)
        result.append(contentsOf: word.unicodeScalars.dropFirst())
        return String(result)
    }
}
