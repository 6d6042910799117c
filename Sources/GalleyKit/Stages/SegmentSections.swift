/// Groups blocks into sections: each heading opens one, and the blocks after it up to the next
/// heading are its own; text before the first heading is an untitled level-1 section. Marks
/// blocks made mostly of telephone, email, web and labelled contact lines as `.contact`, and sets
/// the document title. Changes no text, so records nothing.
///
/// The title of a PDF is the largest heading on page 1; a raw dump knows no sizes, so its title is
/// the first heading on page 1, or none.
package struct SegmentSections: Stage {
    /// A block is a contact block when at least this share of its lines are contact lines.
    static let contactLineShare = 0.6
    /// A line with at least this many digits and few words is a telephone number.
    static let phoneMinimumDigits = 9
    /// …and at most this many words.
    static let phoneMaximumWords = 7
    /// Labels that open a contact field ("Telephone: 0330…", "Email: …").
    static let contactLabels: Set<String> = [
        "telephone", "tel", "phone", "mobile", "mob", "email", "e-mail", "web", "website", "fax", "address",
        "freephone", "helpline", "text", "sms", "twitter", "facebook", "instagram", "contact",
    ]

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            for blockIndex in document.pages[pageIndex].blocks.indices {
                let block = document.pages[pageIndex].blocks[blockIndex]
                if block.kind == .paragraph, Self.isContactBlock(block) {
                    document.pages[pageIndex].blocks[blockIndex].kind = .contact
                }
            }
        }
        let blocks = document.pages.filter { $0.duplicateOf == nil }.flatMap(\.blocks)
        var sections: [Section] = []
        for block in blocks {
            if block.kind == .heading, !block.text.isEmpty {
                let (number, heading) = Self.splitBoxNumber(block)
                sections.append(
                    Section(
                        id: "s\(sections.count + 1)", heading: heading, level: block.headingLevel ?? 1, blocks: [],
                        headingBlock: block, number: number))
            } else {
                if sections.isEmpty { sections.append(Section(id: "s1", heading: nil, level: 1, blocks: [])) }
                sections[sections.count - 1].blocks.append(block)
            }
        }
        document.sections = sections
        document.title = Self.title(document)
    }

    /// A numbered box's heading without its number, and the number: "01 Summary" is box "01"
    /// headed "Background" (the number orders the boxes, as a list's numbers order its items). Any
    /// other heading, or one whose text no longer opens with its number, is left whole.
    static func splitBoxNumber(_ block: Block) -> (number: String?, heading: String) {
        let text = block.text
        guard let number = block.boxNumber, text.hasPrefix(number + " ") else { return (nil, text) }
        let rest = text.dropFirst(number.count + 1).trimmingWhitespace()
        return rest.isEmpty ? (nil, text) : (number, rest)
    }

    static func title(_ document: Document) -> String? {
        guard let first = document.pages.first(where: { $0.duplicateOf == nil }), first.number == 1 else { return nil }
        if document.source.format == .pdf {
            // Only a heading can be the title: a page set in one size has none.
            let sized = first.blocks.compactMap { block -> (Double, String)? in
                guard block.kind == .heading, let size = block.lines.compactMap({ $0.font?.size }).max(), !block.text.isEmpty
                else { return nil }
                return (size, block.text)
            }
            // The first of the largest, so a title set twice in one size keeps its first place.
            guard let largest = sized.map(\.0).max() else { return nil }
            return sized.first { $0.0 == largest }?.1
        }
        return first.blocks.first { $0.kind == .heading }?.text
    }

    static func isContactBlock(_ block: Block) -> Bool {
        // One array, sized once (a map then a filter built two, the second grown line by line).
        var lines: [String] = []
        lines.reserveCapacity(block.lines.count)
        for line in block.lines {
            let text = line.text.trimmingWhitespace()
            if !text.isEmpty { lines.append(text) }
        }
        guard !lines.isEmpty else { return false }
        let needed = contactLineShare * Double(lines.count)
        var contact = 0
        for (index, line) in lines.enumerated() {
            if isContactLine(line) { contact += 1 }
            if Double(contact) >= needed { return true }
            // The lines left could no longer make up the share.
            if Double(contact + lines.count - index - 1) < needed { return false }
        }
        return false
    }

    /// A telephone number, email address, web address or labelled contact field on its own line.
    package static func isContactLine(_ text: String) -> Bool { isContactLine(text, fastPaths: true) }

    /// `isContactLine`, with `fastPaths` off the plain Character walks the byte paths stand in
    /// front of (the tests hold the two to the same answers).
    static func isContactLine(_ text: String, fastPaths: Bool) -> Bool {
        let text = text.trimmingWhitespace()
        // Most lines are prose: too many words for an address or a number, and no label's colon.
        if hasMoreWords(than: phoneMaximumWords, text), !text.containsUTF8Byte(UInt8(ascii: ":")) { return false }
        let shape = fastPaths ? ContactLineShape(text) : ContactLineShape(characters: text)
        guard shape.wordCount > 0 else { return false }
        if text.containsUTF8Byte(UInt8(ascii: ":")), let colon = firstColon(text),
            contactLabels.contains(text[..<colon].lowercased().trimmingWhitespace())
        {
            return true
        }
        if shape.wordCount <= 2, !fastPaths || mayHoldAddress(text), text.split(separator: " ").contains(where: isAddress) { return true }
        if shape.wordCount <= phoneMaximumWords, shape.numberCount >= phoneMinimumDigits, shape.hasOnlyPhoneCharacters,
            shape.opensLikeNumber || shape.numberWordCount >= 2
        {
            return true
        }
        return false
    }

    /// Whether `text` holds a byte every address `isAddress` accepts holds: "http://" and
    /// "https://" a colon, "www." a full stop, an email an "@". Lowercasing turns no other
    /// character into one of these, so a line without them skips the split into words.
    static func mayHoldAddress(_ text: String) -> Bool {
        text.withContiguousUTF8 { bytes in
            bytes.contains { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }
        }
    }

    /// `text.firstIndex(of: ":")`, found on the bytes when the text is ASCII: each byte is a
    /// character then (a CR LF pair, the one exception, holds no colon).
    static func firstColon(_ text: String) -> String.Index? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.firstIndex(of: ":") }
        return text.utf8.firstIndex(of: UInt8(ascii: ":"))
    }

    /// Whether `text` has more than `limit` words, read from its first bytes only. Words are
    /// counted at spaces between ASCII bytes, each a character of its own, so the count never
    /// exceeds that of `split(separator: " ")` (which also splits at a space beside other text).
    static func hasMoreWords(than limit: Int, _ text: String) -> Bool {
        text.withContiguousUTF8 { bytes in
            WordScan.hasMoreRuns(than: limit, in: bytes.indices) { index in
                bytes[index] == UInt8(ascii: " ") && (index == 0 || bytes[index - 1] < 0x80)
                    && (index + 1 == bytes.count || bytes[index + 1] < 0x80)
            }
        }
    }

    /// What `isContactLine` asks of a line's characters, gathered in one walk: its words (split at
    /// single spaces), how many of its characters are numbers and how many words are only numbers,
    /// whether the first word opens with a number, "+" or "(", and whether every character is a
    /// number, a letter or one of " ()+-.:". A lone ASCII character is judged by its byte, which
    /// gives the answers `Character` gives (see `SegmentSectionsTests`).
    struct ContactLineShape {
        var wordCount = 0
        var numberCount = 0
        var numberWordCount = 0
        var opensLikeNumber = false
        var hasOnlyPhoneCharacters = true

        /// The punctuation a telephone line may carry besides numbers and letters (all ASCII).
        static let phonePunctuation = " ()+-.:"
        static let phonePunctuationBytes = Array(phonePunctuation.utf8)

        /// The shape of `text`, read from its bytes when it is plain ASCII: each byte is then a
        /// character, judged as `forEachCharacter` judges a lone ASCII byte, in a loop with no
        /// closure (the closure's captured counters cost an access check a character).
        init(_ text: String) {
            let ascii = text.withContiguousUTF8 { bytes -> ContactLineShape? in
                guard WordScan.isPlainASCII(bytes) else { return nil }
                var shape = ContactLineShape()
                var inWord = false, wordIsNumber = false
                for byte in bytes {
                    let isNumber = byte.isASCIIDigit
                    if isNumber { shape.numberCount += 1 }
                    if !(isNumber || byte.isASCIILetter || Self.isPhonePunctuationByte(byte)) {
                        shape.hasOnlyPhoneCharacters = false
                    }
                    if byte == UInt8(ascii: " ") {
                        if inWord, wordIsNumber { shape.numberWordCount += 1 }
                        inWord = false
                        continue
                    }
                    if !inWord {
                        inWord = true
                        wordIsNumber = true
                        shape.wordCount += 1
                        if shape.wordCount == 1 {
                            shape.opensLikeNumber = isNumber || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(")
                        }
                    }
                    if !isNumber { wordIsNumber = false }
                }
                if inWord, wordIsNumber { shape.numberWordCount += 1 }
                return shape
            }
            if let ascii {
                self = ascii
            } else {
                self.init(characters: text)
            }
        }

        /// One of `phonePunctuation`'s bytes.
        @inline(__always)
        static func isPhonePunctuationByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "+"), UInt8(ascii: "-"),
                UInt8(ascii: "."), UInt8(ascii: ":"):
                return true
            default: return false
            }
        }

        private init() {}

        /// The shape read character by character: the general path.
        init(characters text: String) {
            var wordCount = 0, numberCount = 0, numberWordCount = 0
            var opensLikeNumber = false, hasOnlyPhoneCharacters = true
            var inWord = false, wordIsNumber = false
            let punctuationBytes = Self.phonePunctuationBytes
            func visit(isSpace: Bool, isNumber: Bool, isLetter: Bool, isPhonePunctuation: Bool, opensNumber: Bool) {
                if isNumber { numberCount += 1 }
                if !(isNumber || isLetter || isPhonePunctuation) { hasOnlyPhoneCharacters = false }
                if isSpace {
                    if inWord, wordIsNumber { numberWordCount += 1 }
                    inWord = false
                    return
                }
                if !inWord {
                    inWord = true
                    wordIsNumber = true
                    wordCount += 1
                    if wordCount == 1 { opensLikeNumber = isNumber || opensNumber }
                }
                if !isNumber { wordIsNumber = false }
            }
            text.forEachCharacter { unit in
                switch unit {
                case .ascii(let byte):
                    visit(
                        isSpace: byte == UInt8(ascii: " "), isNumber: byte.isASCIIDigit,
                        isLetter: byte.isASCIILetter, isPhonePunctuation: punctuationBytes.contains(byte),
                        opensNumber: byte == UInt8(ascii: "+") || byte == UInt8(ascii: "("))
                case .character(let character):
                    visit(
                        isSpace: character == " ", isNumber: character.isNumber, isLetter: character.isLetter,
                        isPhonePunctuation: Self.phonePunctuation.contains(character),
                        opensNumber: character == "+" || character == "(")
                }
            }
            if inWord, wordIsNumber { numberWordCount += 1 }
            self.wordCount = wordCount
            self.numberCount = numberCount
            self.numberWordCount = numberWordCount
            self.opensLikeNumber = opensLikeNumber
            self.hasOnlyPhoneCharacters = hasOnlyPhoneCharacters
        }
    }

    /// An email address or a web address.
    static func isAddress(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") { return true }
        if let at = lower.firstIndex(of: "@"), at != lower.startIndex, lower[at...].contains(".") { return true }
        return false
    }
}
