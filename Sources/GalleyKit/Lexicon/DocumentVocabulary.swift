/// The words a document itself uses, as evidence for word decisions the dictionary cannot make:
/// a compound the document hyphenates elsewhere, or a clipped word whose whole form appears elsewhere.
public struct DocumentVocabulary: Sendable {
    /// How often each word occurs, lower-cased; hyphenated compounds count as one word.
    public private(set) var counts: [String: Int] = [:]
    /// Hyphenated compounds keyed by their glued form: "selfharming" → "self-harming".
    public private(set) var hyphenatedByGlued: [String: String] = [:]

    public init(document: Document) {
        // Lazily: a document's every line copied into one array first cost megabytes on a long issue.
        self.init(texts: document.pages.lazy.filter { $0.duplicateOf == nil }.flatMap(\.blocks).flatMap(\.lines).map(\.text))
    }

    public init<S: Sequence>(texts: S) where S.Element == String {
        for text in texts {
            for token in Self.words(in: text) {
                counts[token, default: 0] += 1
                if token.utf8.contains(UInt8(ascii: "-")), token.contains("-") {
                    hyphenatedByGlued[token.replacingOccurrences(of: "-", with: "")] = token
                }
            }
        }
    }

    /// The letter-and-hyphen words of `text`, lower-cased, without leading or trailing hyphens.
    public static func words(in text: String) -> [String] {
        var result: [String] = []
        // The word so far: as bytes while it is all ASCII (nearly always), as a string once not.
        var ascii: [UInt8] = []
        var current = ""
        var isASCII = true
        func flush() {
            if isASCII {
                var start = 0, end = ascii.count
                while start < end, ascii[start] == UInt8(ascii: "-") { start += 1 }
                while end > start, ascii[end - 1] == UInt8(ascii: "-") { end -= 1 }
                if start < end { result.append(String(decoding: ascii[start..<end].lazy.map(\.asciiLowercased), as: UTF8.self)) }
                ascii.removeAll(keepingCapacity: true)
                return
            }
            let trimmed = current.drop(while: { $0 == "-" })
            var word = String(trimmed)
            while word.hasSuffix("-") { word.removeLast() }
            if !word.isEmpty { result.append(word.lowercased()) }
            current = ""
            isASCII = true
        }
        text.forEachCharacter { unit in
            switch unit {
            case .ascii(let byte):
                let isEmpty = isASCII ? ascii.isEmpty : current.isEmpty
                if byte.isASCIILetter || (byte == UInt8(ascii: "-") && !isEmpty) || byte == UInt8(ascii: "'") {
                    if isASCII { ascii.append(byte) } else { current.unicodeScalars.append(Unicode.Scalar(byte)) }
                } else {
                    flush()
                }
            case .character(let character):
                let isEmpty = isASCII ? ascii.isEmpty : current.isEmpty
                if character.isLetter || (character == "-" && !isEmpty) || character == "'" || character == "’" {
                    if isASCII {
                        current = String(decoding: ascii, as: UTF8.self)
                        ascii.removeAll(keepingCapacity: true)
                        isASCII = false
                    }
                    current.append(character)
                } else {
                    flush()
                }
            }
        }
        flush()
        return result
    }

    /// The hyphenated spelling the document uses for `glued`, if any ("multiagency" → "multi-agency").
    public func hyphenatedForm(of glued: String) -> String? {
        hyphenatedByGlued[glued.lowercased()]
    }

    /// Whether the document uses `word` (any case).
    public func contains(_ word: String) -> Bool {
        counts[word.lowercased()] != nil
    }

    /// Whether some longer word of the document starts with `fragment` (a word clipped at its end).
    public func completesPrefix(_ fragment: String) -> Bool {
        let lower = fragment.lowercased()
        return counts.keys.contains { $0.count > lower.count && $0.hasPrefix(lower) }
    }

    /// Whether some longer word of the document ends with `fragment` (a word clipped at its start).
    public func completesSuffix(_ fragment: String) -> Bool {
        let lower = fragment.lowercased()
        return counts.keys.contains { $0.count > lower.count && $0.hasSuffix(lower) }
    }
}
