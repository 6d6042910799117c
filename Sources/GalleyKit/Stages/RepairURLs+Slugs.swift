/// Slugs and records: the hyphens a dump lost inside URL slugs and hosts put back, and each
/// address changed recorded once.
extension RepairURLs {
    /// Restores lost slug hyphens in every address of the page and records each address changed.
    func repairSlugsAndRecord(
        _ page: inout Page, fragments: [LinePosition: [String]], proseWords: ProseWords, lexicon: any Lexicon,
        audit: inout Audit, evidence: AddressEvidence? = nil, splitsHostWords: Bool = false
    ) {
        for blockIndex in page.blocks.indices {
            for lineIndex in page.blocks[blockIndex].lines.indices {
                let text = page.blocks[blockIndex].lines[lineIndex].text
                // Only a token where an address starts is repaired or recorded, joined or not.
                guard Self.mayHoldAddressStart(text) else { continue }
                let joined = fragments[LinePosition(block: blockIndex, line: lineIndex)]
                // Pieces of the line, not strings of their own: most are left as they are.
                let split = Self.spaceSeparatedPieces(text)
                var tokens = split.pieces
                let marked = split.marked
                var changed = false
                for tokenIndex in tokens.indices where marked[tokenIndex] {
                    let token = tokens[tokenIndex]
                    guard let (start, isEmail) = Self.addressStart(in: token) else { continue }
                    let address = String(token[start...])
                    var repaired =
                        isEmail ? address : Self.restoreSlugHyphens(in: address, proseWords: proseWords, lexicon: lexicon)
                    if let evidence { repaired = Self.restoreHostHyphens(in: repaired, evidence: evidence) }
                    if splitsHostWords {
                        repaired = Self.restoreHostWordHyphens(
                            in: repaired, proseWords: proseWords, lexicon: lexicon,
                            wholeHostLabels: evidence?.wholeHostLabels ?? [])
                    }
                    // A telephone number run into the email after it ("0113 496 0464048priest@…") is split off.
                    var telephone = ""
                    if isEmail,
                        let digits = Self.gluedTelephoneDigits(address, after: tokenIndex > 0 ? String(tokens[tokenIndex - 1]) : "")
                    {
                        telephone = String(digits) + " "
                        repaired = String(address.dropFirst(digits.count))
                    }
                    // The joined address is the line's last token; its record carries the original fragments.
                    let isJoined = joined != nil && tokenIndex == tokens.lastIndex(where: { !$0.isEmpty })
                    guard repaired != address || isJoined else { continue }
                    let before = isJoined ? joined!.joined(separator: " ") : address
                    audit.repair(
                        isEmail ? .email : .url, before: before, after: Self.trimTrailingPunctuation(repaired), page: page.number,
                        lines: [page.blocks[blockIndex].lines[lineIndex]])
                    tokens[tokenIndex] = Substring(String(token[..<start]) + telephone + repaired)
                    changed = true
                }
                if changed { page.blocks[blockIndex].lines[lineIndex].text = tokens.joined(separator: " ") }
            }
        }
    }

    /// `text.split(separator: " ", omittingEmptySubsequences: false)`, split on the bytes when
    /// plain ASCII (each byte a character): splitting on characters walked every one. Pieces of
    /// `text`, not strings of their own: most are left as they are.
    ///
    /// With each piece, whether it may hold an address (`addressStart(in:)` finds one only in a
    /// piece with a dot or an "@"): said from the bytes of a plain ASCII text, true in any other.
    static func spaceSeparatedPieces(_ text: String) -> (pieces: [Substring], marked: [Bool]) {
        guard WordScan.isPlainASCII(text.utf8) else {
            let pieces = text.split(separator: " ", omittingEmptySubsequences: false)
            return (pieces, Array(repeating: true, count: pieces.count))
        }
        var ranges: [Range<Int>] = []
        var marked: [Bool] = []
        text.withContiguousUTF8 { bytes in
            var start = 0
            var hasMark = false
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: " ") {
                    ranges.append(start..<index)
                    marked.append(hasMark)
                    start = index + 1
                    hasMark = false
                } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "@") {
                    hasMark = true
                }
            }
            ranges.append(start..<bytes.count)
            marked.append(hasMark)
        }
        // A UTF-8 index moves by offset at once; each byte is a character here.
        let utf8 = text.utf8
        let pieces = ranges.map {
            text[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)]
        }
        return (pieces, marked)
    }

    /// Digits opening an email's local part are a telephone number's last group run into it
    /// (a contact line "Tel 0113 496 0464048priest@…" lost its separator) when at least this many.
    static let minimumGluedTelephoneDigits = 3
    /// …and either the word before them is a group of digits, or they are this many on their own.
    static let standaloneGluedTelephoneDigits = 6

    /// The digits that open `email` and end a telephone number, when they are followed by a
    /// letter: after a group of digits (`previous`), or a run long enough to be a number itself.
    static func gluedTelephoneDigits(_ email: String, after previous: String) -> Substring? {
        let digits = email.prefix(while: { ("0"..."9").contains($0) })
        guard digits.count >= minimumGluedTelephoneDigits, email.dropFirst(digits.count).first?.isLetter == true else {
            return nil
        }
        let previousIsGroup = !previous.isEmpty && previous.allSatisfy { ("0"..."9").contains($0) }
        return previousIsGroup || digits.count >= standaloneGluedTelephoneDigits ? digits : nil
    }

    /// The lower-cased words of the document's text outside addresses, gathered on first use:
    /// a glued slug word the text itself uses ("wellbeing") is the author's spelling, not a lost hyphen.
    final class ProseWords {
        private let document: Document?
        /// The words, gathered on first use, line by line in place: copying each `Line` value
        /// retained every field of it.
        private lazy var words: Gathered = {
            var words = Gathered()
            guard let document else { return words }
            for page in document.pages where page.duplicateOf == nil {
                for block in page.blocks {
                    block.lines.withUnsafeBufferPointer { lines in
                        for index in lines.indices { words.add(line: lines[index].text) }
                    }
                }
            }
            return words
        }()

        /// The ASCII words as strings, made only when a word that is not plain ASCII is asked
        /// about: under Unicode's canonical equivalence it may still equal one ("\u{212A}", the
        /// Kelvin sign, is "K").
        private lazy var asciiWordStrings: Set<String> = {
            var strings = Set<String>()
            words.asciiWords.forEach { bytes in strings.insert(String(decoding: bytes, as: UTF8.self)) }
            return strings
        }()

        /// The lower-cased words of some lines outside their address-like tokens, as `words(in:)`
        /// gives them: the ASCII ones kept as bytes, without making a string of each.
        struct Gathered {
            /// The ASCII words, each once.
            private(set) var asciiWords = ByteWordSet()
            /// The words `DocumentVocabulary.forEachWord` hands over as strings (those of text
            /// with other bytes), which may be ASCII too.
            private(set) var otherWords = Set<String>()

            /// Adds the prose words of `line`.
            mutating func add(line: String) {
                let done = line.utf8.withContiguousStorageIfAvailable { addPlainASCII($0) } ?? false
                guard !done else { return }
                func add(_ text: String) {
                    DocumentVocabulary.forEachWord(in: text) { word in
                        switch word {
                        case .ascii(let bytes): asciiWords.add(bytes)
                        case .text(let text): otherWords.insert(text)
                        }
                    }
                }
                // As `words(in:)`: a line with nothing address-like is all words; in the others
                // the address-like tokens are left out.
                guard RepairURLs.isAddressLike(line) else { return add(line) }
                for token in line.whitespaceSeparatedWords() {
                    let token = String(token)
                    if !RepairURLs.isAddressLike(token) { add(token) }
                }
            }

            /// Adds the prose words of a line of plain ASCII (each byte a character, no carriage
            /// return) read on its bytes, and says so; false, adding nothing, for any other line.
            ///
            /// On such a line whitespace splits the tokens, a token is address-like or not
            /// whatever the case of its letters, and a word is a run of letters, hyphens and
            /// apostrophes without its outer hyphens: what the general path finds token by token.
            private mutating func addPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
                guard WordScan.isPlainASCII(bytes) else { return false }
                // Token by token: a token's bytes are read once to find its end and whether it
                // has a dot, a slash or an "@" (only such a token can be address-like:
                // `isAddressLike` says yes at one of these, or at a letter after a dot), then once
                // more for its words, each lower-cased and hashed as it is copied and added.
                // No list of the line's word runs is kept.
                let count = bytes.count
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(count, 1)) { lowered in
                    var index = 0
                    while index < count {
                        guard !bytes[index].isASCIIWhitespace else {
                            index += 1
                            continue
                        }
                        let tokenStart = index
                        var hasMark = false
                        while index < count {
                            let byte = bytes[index]
                            if byte.isASCIIWhitespace { break }
                            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "@") { hasMark = true }
                            index += 1
                        }
                        if hasMark, RepairURLs.isAddressLike(utf8: UnsafeBufferPointer(rebasing: bytes[tokenStart..<index])) {
                            continue
                        }
                        addWords(of: bytes, in: tokenStart..<index, lowered: lowered)
                    }
                }
                return true
            }

            /// Adds the words of the token `bytes[token]`: its runs of letters, hyphens and
            /// apostrophes without their outer hyphens, lower-cased in `lowered` on the way.
            @inline(__always)
            private mutating func addWords(
                of bytes: UnsafeBufferPointer<UInt8>, in token: Range<Int>, lowered: UnsafeMutableBufferPointer<UInt8>
            ) {
                var index = token.lowerBound
                let end = token.upperBound
                while index < end {
                    guard DocumentVocabulary.isWordByte(bytes[index]) else {
                        index += 1
                        continue
                    }
                    // Leading hyphens start no word.
                    while index < end, bytes[index] == UInt8(ascii: "-") { index += 1 }
                    var length = 0
                    // The length up to the last byte that is no hyphen, and the hash there:
                    // trailing hyphens end no word.
                    var wordLength = 0
                    var hash = ByteWordSet.emptyHash
                    var wordHash = hash
                    while index < end {
                        let byte = bytes[index]
                        guard DocumentVocabulary.isWordByte(byte) else { break }
                        let lower = byte.asciiLowercased
                        lowered[length] = lower
                        length += 1
                        hash = ByteWordSet.mix(hash, lower)
                        if byte != UInt8(ascii: "-") {
                            wordLength = length
                            wordHash = hash
                        }
                        index += 1
                    }
                    if wordLength > 0 {
                        asciiWords.add(UnsafeBufferPointer(rebasing: lowered[0..<wordLength]), hash: wordHash)
                    }
                }
            }

            /// Whether `word`, lower-case already, is one of the words added.
            func contains(lowercased word: String) -> Bool {
                if otherWords.contains(word) { return true }
                return word.withContiguousUTF8 { bytes in asciiWords.contains(bytes) }
            }
        }

        /// The words of `line` outside its address-like tokens.
        static func words(in line: String) -> [String] {
            // Nothing address-like in the whole line (a byte test), so in none of its tokens: its
            // words are its tokens' words, since whitespace ends a word anyway.
            guard RepairURLs.isAddressLike(line) else { return DocumentVocabulary.words(in: line) }
            return line.split(whereSeparator: \.isWhitespace).filter { !RepairURLs.isAddressLike(String($0)) }
                .flatMap { DocumentVocabulary.words(in: String($0)) }
        }

        init(document: Document?) { self.document = document }

        /// No document: no word is the author's (for tests of the slug rule alone).
        static var none: ProseWords { ProseWords(document: nil) }

        func contains(_ word: String) -> Bool {
            let lower = word.lowercased()
            if words.contains(lowercased: lower) { return true }
            // Two ASCII strings are equal only byte for byte; any other may equal an ASCII word.
            return !lower.utf8.allSatisfy({ $0 < 0x80 }) && asciiWordStrings.contains(lower)
        }

        /// Whether the document's text writes `word` capitalised, as a name ("Brookfield").
        /// A scan of every line: asked only of the rare glued host words.
        func usesAsName(_ word: String) -> Bool {
            if let answer = nameAnswers[word] { return answer }
            let answer = scanForName(word)
            nameAnswers[word] = answer
            return answer
        }

        /// Answers of `usesAsName` and `containsPhrase` (keyed by the two words and a space): a
        /// host is written many times in a document, and each asking scans the whole text.
        private var nameAnswers: [String: Bool] = [:]
        private var phraseAnswers: [String: Bool] = [:]

        private func scanForName(_ word: String) -> Bool {
            guard let document, let initial = word.first else { return false }
            let name = initial.uppercased() + word.dropFirst().lowercased()
            // A plain-ASCII line holds an ASCII name only if it holds its bytes: most lines are
            // turned away by a byte search before the character search.
            let asciiName = WordScan.isPlainASCII(name.utf8) ? Array(name.utf8) : nil
            for page in document.pages where page.duplicateOf == nil {
                for line in page.blocks.lazy.flatMap(\.lines) {
                    if let asciiName, WordScan.isPlainASCII(line.text.utf8), !Self.bytes(of: line.text, contain: asciiName) {
                        continue
                    }
                    guard line.text.contains(name) else { continue }
                    let tokens = line.text.split(whereSeparator: { !$0.isLetter })
                    if tokens.contains(where: { $0 == name }) { return true }
                }
            }
            return false
        }

        /// Whether the UTF-8 bytes of `text` hold the run `needle` (not empty); with `ignoringCase`,
        /// `needle` is lower-case ASCII and the text's ASCII letters match it in either case.
        static func bytes(of text: String, contain needle: [UInt8], ignoringCase: Bool = false) -> Bool {
            text.withContiguousUTF8 { bytes in
                guard let first = needle.first, needle.count <= bytes.count else { return false }
                func byte(_ index: Int) -> UInt8 { ignoringCase ? bytes[index].asciiLowercased : bytes[index] }
                var start = 0
                while start + needle.count <= bytes.count {
                    if byte(start) == first, (1..<needle.count).allSatisfy({ byte(start + $0) == needle[$0] }) { return true }
                    start += 1
                }
                return false
            }
        }

        /// Whether the document's text has `first` and `second` as consecutive words (any case).
        /// A scan of every line: asked only of the rare glued host words.
        func containsPhrase(_ first: String, _ second: String) -> Bool {
            let first = first.lowercased(), second = second.lowercased()
            let key = first + " " + second
            if let answer = phraseAnswers[key] { return answer }
            let answer = scanForPhrase(first, second)
            phraseAnswers[key] = answer
            return answer
        }

        private func scanForPhrase(_ first: String, _ second: String) -> Bool {
            guard let document else { return false }
            // A plain-ASCII line's words are pieces of its text, lower-cased: a line whose bytes do
            // not hold the second word in any case cannot hold the phrase, and is passed by a byte
            // search before its words are split out.
            let asciiSecond = WordScan.isPlainASCII(second.utf8) && !second.isEmpty ? Array(second.utf8) : nil
            for page in document.pages where page.duplicateOf == nil {
                for line in page.blocks.lazy.flatMap(\.lines) {
                    if let asciiSecond, WordScan.isPlainASCII(line.text.utf8),
                        !Self.bytes(of: line.text, contain: asciiSecond, ignoringCase: true)
                    {
                        continue
                    }
                    let words = DocumentVocabulary.words(in: line.text).map { $0.lowercased() }
                    if zip(words, words.dropFirst()).contains(where: { $0 == first && $1 == second }) { return true }
                }
            }
            return false
        }
    }

    /// `address` without the sentence punctuation that follows it.
    static func trimTrailingPunctuation(_ address: String) -> String {
        var result = Substring(address)
        while let last = result.last, isTrailingPunctuation(last) {
            // A closing bracket stays when the address opened one.
            if last == ")", result.contains("(") { break }
            result = result.dropLast()
        }
        return String(result)
    }

    /// Puts back hyphens lost inside the path slugs of a URL ("what-wedo" → "what-we-do").
    ///
    /// Only path segments change (never the host, the query or the #fragment, whose names are
    /// program identifiers, not titles), only segments already made of hyphenated words, and
    /// only a word that is not in the dictionary, is not used as a word in the document's text,
    /// and splits into two dictionary words in exactly one way. A slug that really glues two
    /// words the dictionary lacks as one ("/health-and-wellbeing" when the text never says
    /// "wellbeing") is still split: the dictionary cannot tell it from a lost hyphen.
    static func restoreSlugHyphens(in address: String, proseWords: ProseWords, lexicon: any Lexicon) -> String {
        // Most addresses are plain ASCII: their segments and words are found on the bytes.
        if WordScan.isPlainASCII(address.utf8) {
            return restoreSlugHyphens(inASCII: address, proseWords: proseWords, lexicon: lexicon)
        }
        return restoreSlugHyphens(ofCharacters: address, proseWords: proseWords, lexicon: lexicon)
    }

    /// `restoreSlugHyphens` read on characters, for any address.
    static func restoreSlugHyphens(ofCharacters address: String, proseWords: ProseWords, lexicon: any Lexicon) -> String {
        let characters = Array(address)
        let hostStart = address.schemeSeparatorRange().map { address.distance(from: address.startIndex, to: $0.upperBound) } ?? 0
        guard let pathStart = characters[hostStart...].firstIndex(of: "/") else { return address }
        let pathEnd = characters[pathStart...].firstIndex(where: { $0 == "?" || $0 == "#" }) ?? characters.count
        var output = Array(characters[..<pathStart])
        var segments = characters[pathStart..<pathEnd].split(separator: "/", omittingEmptySubsequences: false).map(Array.init)
        for segmentIndex in segments.indices where segments[segmentIndex].contains("-") {
            var words = segments[segmentIndex].split(separator: "-", omittingEmptySubsequences: false).map(Array.init)
            for wordIndex in words.indices {
                var word = words[wordIndex]
                // Sentence punctuation after the last word is not part of it.
                var suffix: [Character] = []
                while let last = word.last, isTrailingPunctuation(last) { suffix.insert(word.removeLast(), at: 0) }
                // A word run into a number ("rules2026"): slugs set numbers apart like words.
                if let digitStart = word.firstIndex(where: \.isNumber), digitStart >= minimumGluedSlugWordLength - 1,
                    word.count - digitStart >= minimumSlugNumberDigits,
                    word[..<digitStart].allSatisfy({ $0.isLetter && $0.isLowercase }),
                    word[digitStart...].allSatisfy(\.isNumber), lexicon.isWord(String(word[..<digitStart])),
                    !proseWords.contains(String(word))
                {
                    words[wordIndex] = Array(word[..<digitStart]) + ["-"] + Array(word[digitStart...]) + suffix
                    continue
                }
                guard word.count >= minimumGluedSlugWordLength, word.allSatisfy({ $0.isLetter && $0.isLowercase }) else {
                    continue
                }
                let text = String(word)
                guard !lexicon.isWord(text) else { continue }
                let splits = lexicon.twoWordSplits(of: text, minimumPart: minimumSlugPartLength)
                guard splits.count == 1, let split = splits.first, !proseWords.contains(text) else { continue }
                words[wordIndex] = Array(split.head) + ["-"] + Array(split.tail) + suffix
            }
            segments[segmentIndex] = Array(words.joined(separator: "-"))
        }
        output.append(contentsOf: segments.joined(separator: "/"))
        output.append(contentsOf: characters[pathEnd...])
        return String(output)
    }

    /// A glued host word has at least this many letters: two words of `minimumWordPart` letters and more.
    static let minimumGluedHostWordLength = 2 * minimumWordPart

    /// Puts back a hyphen a dump lost inside a host ("www.examplebrookfield-lane.org.uk" →
    /// "www.example-brookfield-lane.org.uk"): pdftotext closes up a word broken at a line end, and
    /// an address breaks at its own hyphens.
    ///
    /// As for slugs, only a label already made of hyphenated words changes (never the top-level
    /// domains after it), and only a word of it that is not in the dictionary, not used in the
    /// document's prose nor as a whole label of another of its hosts ("northvale.gov.uk"), and
    /// splits in exactly one way into two words of `minimumWordPart` letters or more, each in the
    /// dictionary or the prose, the second a name the text writes capitalised ("Brookfield Lane"):
    /// a host spells the organisation's name, and a place name glued whole ("westfield") is left
    /// alone unless the text names its second half. For emails too: the host follows the "@".
    static func restoreHostWordHyphens(
        in address: String, proseWords: ProseWords, lexicon: any Lexicon, wholeHostLabels: Set<String> = []
    ) -> String {
        // Most addresses are plain ASCII: found on their bytes, each a character, the host, its
        // labels and words cost a few instructions a byte instead of hundreds a character.
        if WordScan.isPlainASCII(address.utf8) {
            return restoreHostWordHyphens(
                inASCII: address, proseWords: proseWords, lexicon: lexicon, wholeHostLabels: wholeHostLabels)
        }
        return restoreHostWordHyphens(
            ofCharacters: address, proseWords: proseWords, lexicon: lexicon, wholeHostLabels: wholeHostLabels)
    }

    /// `restoreHostWordHyphens` read on characters, for any address.
    static func restoreHostWordHyphens(
        ofCharacters address: String, proseWords: ProseWords, lexicon: any Lexicon, wholeHostLabels: Set<String> = []
    ) -> String {
        var hostStart = address.startIndex
        if let scheme = address.schemeSeparatorRange() { hostStart = scheme.upperBound }
        let hostEnd = address[hostStart...].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? address.endIndex
        if let at = address[hostStart..<hostEnd].lastIndex(of: "@") { hostStart = address.index(after: at) }
        let labels = address[hostStart..<hostEnd].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return address }
        var changed = false
        var output: [String] = []
        for (labelIndex, label) in labels.enumerated() {
            guard labelIndex < labels.count - 1, containsHyphen(label) else {
                output.append(String(label))
                continue
            }
            let words = label.split(separator: "-", omittingEmptySubsequences: false).map { word -> String in
                let text = String(word)
                guard text.count >= minimumGluedHostWordLength, text.allSatisfy({ $0.isLetter && $0.isLowercase }),
                    let split = gluedHostWordSplit(
                        text, proseWords: proseWords, lexicon: lexicon, wholeHostLabels: wholeHostLabels)
                else { return text }
                changed = true
                return split
            }
            output.append(words.joined(separator: "-"))
        }
        guard changed else { return address }
        return String(address[..<hostStart]) + output.joined(separator: ".") + String(address[hostEnd...])
    }

    /// `restoreHostWordHyphens` of a plain ASCII address (each byte a character, no carriage
    /// return): the same host, labels and words, found on the bytes. A lower-case letter is a byte
    /// "a"…"z" there, and the first "://" of the bytes is the one Foundation's search finds.
    static func restoreHostWordHyphens(
        inASCII address: String, proseWords: ProseWords, lexicon: any Lexicon, wholeHostLabels: Set<String>
    ) -> String {
        let bytes = Array(address.utf8)
        var hostStart = schemeEnd(inLowercaseASCII: bytes[...])
        let hostEnd =
            bytes[hostStart...].firstIndex(where: {
                $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#")
            }) ?? bytes.count
        if let at = bytes[hostStart..<hostEnd].lastIndex(of: UInt8(ascii: "@")) { hostStart = at + 1 }
        // The last label (a top-level domain) never changes: a label counts only with a dot after it.
        guard let lastDot = bytes[hostStart..<hostEnd].lastIndex(of: UInt8(ascii: ".")) else { return address }
        // The words changed, as byte ranges and their hyphenated spellings, in order.
        var replacements: [(range: Range<Int>, with: String)] = []
        var labelStart = hostStart
        while labelStart <= lastDot {
            let labelEnd = bytes[labelStart..<lastDot].firstIndex(of: UInt8(ascii: ".")) ?? lastDot
            for wordRange in hyphenSeparatedWords(bytes, in: labelStart..<labelEnd) {
                let word = bytes[wordRange]
                if word.count >= minimumGluedHostWordLength, word.allSatisfy({ $0.isASCIILetterLowercase }),
                    let split = gluedHostWordSplit(
                        String(decoding: word, as: UTF8.self), proseWords: proseWords, lexicon: lexicon,
                        wholeHostLabels: wholeHostLabels)
                {
                    replacements.append((wordRange, split))
                }
            }
            labelStart = labelEnd + 1
        }
        return replacing(replacements, in: bytes) ?? address
    }

    /// A glued host word ("examplebrookfield", lower-case letters, `minimumGluedHostWordLength` or
    /// more) with its lost hyphen put back ("example-brookfield") by the rules of
    /// `restoreHostWordHyphens`, or nil when it stays as it is.
    static func gluedHostWordSplit(
        _ text: String, proseWords: ProseWords, lexicon: any Lexicon, wholeHostLabels: Set<String>
    ) -> String? {
        guard !lexicon.isWord(text), !proseWords.contains(text), !wholeHostLabels.contains(text) else { return nil }
        // A host often spells the organisation's name, which its prose uses ("Brookfield").
        let characters = Array(text)
        let cuts = (minimumWordPart...(characters.count - minimumWordPart)).filter { cut in
            [String(characters[..<cut]), String(characters[cut...])].allSatisfy {
                lexicon.isWord($0) || proseWords.contains($0)
            }
        }
        guard cuts.count == 1, let cut = cuts.first,
            // The host spells a name of the text ("Brookfield Lane") after a prefix, ...
            proseWords.usesAsName(String(characters[cut...])),
            // ... and not a name the text writes apart ("Garden Club") and the host glues ("gardenclub").
            !proseWords.containsPhrase(String(characters[..<cut]), String(characters[cut...]))
        else { return nil }
        return String(characters[..<cut]) + "-" + String(characters[cut...])
    }

    /// The words of `bytes[part]` between its hyphens, in order (empty ones too), when the part
    /// has a hyphen; none when it has not, as an unhyphenated label or segment is left alone.
    static func hyphenSeparatedWords(_ bytes: [UInt8], in part: Range<Int>) -> [Range<Int>] {
        guard bytes[part].contains(UInt8(ascii: "-")) else { return [] }
        var words: [Range<Int>] = []
        var wordStart = part.lowerBound
        while wordStart <= part.upperBound {
            let wordEnd = bytes[wordStart..<part.upperBound].firstIndex(of: UInt8(ascii: "-")) ?? part.upperBound
            words.append(wordStart..<wordEnd)
            wordStart = wordEnd + 1
        }
        return words
    }

    /// `bytes` with each range replaced by its new spelling (the ranges in order, apart), or nil
    /// when there is none to replace.
    static func replacing(_ replacements: [(range: Range<Int>, with: String)], in bytes: [UInt8]) -> String? {
        guard !replacements.isEmpty else { return nil }
        var result = ""
        var copied = 0
        for replacement in replacements {
            result += String(decoding: bytes[copied..<replacement.range.lowerBound], as: UTF8.self) + replacement.with
            copied = replacement.range.upperBound
        }
        return result + String(decoding: bytes[copied...], as: UTF8.self)
    }

    /// `restoreSlugHyphens` of a plain ASCII address (each byte a character, no carriage return):
    /// the same path, segments and words, found on the bytes. There a letter in lower case is a
    /// byte "a"…"z", a number a digit, and trailing punctuation one of its ASCII marks.
    static func restoreSlugHyphens(inASCII address: String, proseWords: ProseWords, lexicon: any Lexicon) -> String {
        let bytes = Array(address.utf8)
        let hostStart = schemeEnd(inLowercaseASCII: bytes[...])
        guard let pathStart = bytes[hostStart...].firstIndex(of: UInt8(ascii: "/")) else { return address }
        let pathEnd = bytes[pathStart...].firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) ?? bytes.count
        // The words changed, as byte ranges (punctuation after a word left out) and their new spellings.
        var replacements: [(range: Range<Int>, with: String)] = []
        var segmentStart = pathStart
        while segmentStart <= pathEnd {
            let segmentEnd = bytes[segmentStart..<pathEnd].firstIndex(of: UInt8(ascii: "/")) ?? pathEnd
            for wordRange in hyphenSeparatedWords(bytes, in: segmentStart..<segmentEnd) {
                // Sentence punctuation after the last word is not part of it.
                var end = wordRange.upperBound
                while end > wordRange.lowerBound, isTrailingPunctuation(bytes[end - 1]) { end -= 1 }
                if let spelling = slugWordSpelling(bytes[wordRange.lowerBound..<end], proseWords: proseWords, lexicon: lexicon) {
                    replacements.append((wordRange.lowerBound..<end, spelling))
                }
            }
            segmentStart = segmentEnd + 1
        }
        return replacing(replacements, in: bytes) ?? address
    }

    /// The hyphenated spelling `restoreSlugHyphens` gives the ASCII slug word `word` (its trailing
    /// punctuation taken off): a word run into a number, or two words glued; nil to leave it.
    private static func slugWordSpelling(_ word: ArraySlice<UInt8>, proseWords: ProseWords, lexicon: any Lexicon) -> String? {
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let start = word.startIndex
        // A word run into a number ("rules2026"): slugs set numbers apart like words.
        if let digitStart = word.firstIndex(where: isDigit), digitStart - start >= minimumGluedSlugWordLength - 1,
            word.endIndex - digitStart >= minimumSlugNumberDigits,
            word[..<digitStart].allSatisfy({ $0.isASCIILetterLowercase }), word[digitStart...].allSatisfy(isDigit)
        {
            let letters = String(decoding: word[..<digitStart], as: UTF8.self)
            if lexicon.isWord(letters), !proseWords.contains(String(decoding: word, as: UTF8.self)) {
                return letters + "-" + String(decoding: word[digitStart...], as: UTF8.self)
            }
            return nil
        }
        guard word.count >= minimumGluedSlugWordLength, word.allSatisfy({ $0.isASCIILetterLowercase }) else { return nil }
        let text = String(decoding: word, as: UTF8.self)
        guard !lexicon.isWord(text) else { return nil }
        let splits = lexicon.twoWordSplits(of: text, minimumPart: minimumSlugPartLength)
        guard splits.count == 1, let split = splits.first, !proseWords.contains(text) else { return nil }
        return String(split.head) + "-" + String(split.tail)
    }

    /// Whether the ASCII byte `byte` is one of `trailingPunctuation` (a byte test, not a hash of a `Character`).
    @inline(__always)
    static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }
}
