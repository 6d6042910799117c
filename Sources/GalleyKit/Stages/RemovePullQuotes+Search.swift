extension RemovePullQuotes {
    /// `isRepeated(_:in:)` for every candidate at once, in time linear in the document: the plain
    /// check reads the whole document again for each quote, which makes a long document with many
    /// quotations quadratic.
    ///
    /// The document's letters (`letters` of each line, as the plain check reads them) are read
    /// once into one run of ids, one id per distinct character (equal characters, equal ids), so a
    /// quote's body is that run without the quote's own lines, a contiguous stretch. A run of
    /// `needed` letters in common holds the quote's middle (see the plain check), so the longest
    /// common run reaches `needed` exactly when some occurrence of the middle in the body, extended
    /// both ways while quote and body agree, does: the middles are found by one scan over the run
    /// with a rolling hash of their first `keyLength` letters, each hit checked in full.
    ///
    /// When every letter of the document and quote is one simple character (a single scalar below
    /// U+0900 that is a letter or a number: each is a grapheme of its own, so a String of them has
    /// them as its characters), the plain check's String search finds exactly these occurrences;
    /// otherwise a quote whose run does reach `needed` is left to the plain check (`nil`).
    struct RepeatedQuotes {
        /// Letters hashed to find a middle; every middle is longer (a quote has at least
        /// `minimumQuoteLetters`, its middle at least 60% of them).
        static let keyLength = 8
        /// Per candidate: true or false, or nil to ask the plain check.
        private var answers: [Bool?]

        init(document: Document, candidates: [Candidate]) {
            answers = Array(repeating: false, count: candidates.count)
            // The document's letters as ids; where each (page, block)'s lines start.
            var ids: [UInt32] = []
            // Held by an object: a flag set inside a local function read as never set to the
            // compiler's reachability check, which warned that the plain check's branch was dead.
            let characters = CharacterIDs()
            let id = characters.id(of:)
            var starts: [[[Int]]] = []
            for page in document.pages {
                var pageStarts: [[Int]] = []
                if page.duplicateOf == nil {
                    for block in page.blocks {
                        var lineStarts: [Int] = []
                        lineStarts.reserveCapacity(block.lines.count + 1)
                        for line in block.lines {
                            lineStarts.append(ids.count)
                            Self.appendLetters(of: line.text, to: &ids, id: id)
                        }
                        lineStarts.append(ids.count)
                        pageStarts.append(lineStarts)
                    }
                }
                starts.append(pageStarts)
            }

            struct Search {
                var quote: [UInt32]
                var needed: Int
                /// The quote's own letters in `ids`, left out of its body.
                var excluded: Range<Int>
                var found = false
            }
            var searches: [Int: Search] = [:]
            var keys: [UInt64: [Int]] = [:]
            for (index, candidate) in candidates.enumerated() {
                let lines = document.pages[candidate.page].blocks[candidate.block].lines
                // The quote read as the plain check reads it (its lines joined by spaces).
                let text = lines[candidate.lines].map(\.text).joined(separator: " ")
                // An ASCII letter's id is its byte, as `id(of:)` gives it.
                let quote = RemovePullQuotes.asciiLetters(text).map { $0.map(UInt32.init) }
                    ?? RemovePullQuotes.letters(text).map(id)
                guard quote.count >= RemovePullQuotes.minimumQuoteLetters else { continue }
                let needed = Int((Double(quote.count) * RemovePullQuotes.minimumRepeatedShare).rounded(.up))
                let lineStarts = starts[candidate.page][candidate.block]
                let excluded = lineStarts[candidate.lines.lowerBound]..<lineStarts[candidate.lines.upperBound + 1]
                searches[index] = Search(quote: quote, needed: needed, excluded: excluded)
                keys[Self.hash(quote[(quote.count - needed)...].prefix(Self.keyLength)), default: []].append(index)
            }
            guard !searches.isEmpty else { return }

            /// The body's letter at `position` (the run without `excluded`).
            func bodyLetter(_ position: Int, _ excluded: Range<Int>) -> UInt32 {
                ids[position < excluded.lowerBound ? position : position + excluded.count]
            }
            /// Whether the middle occurs at body position `position` and, extended, reaches `needed`.
            func reaches(_ search: Search, at position: Int) -> Bool {
                let bodyCount = ids.count - search.excluded.count
                let start = search.quote.count - search.needed, length = 2 * search.needed - search.quote.count
                guard position >= 0, position + length <= bodyCount else { return false }
                for offset in 0..<length where search.quote[start + offset] != bodyLetter(position + offset, search.excluded) {
                    return false
                }
                var left = 0
                while start - left > 0, position - left > 0,
                    search.quote[start - left - 1] == bodyLetter(position - left - 1, search.excluded)
                {
                    left += 1
                }
                var right = 0
                while start + length + right < search.quote.count, position + length + right < bodyCount,
                    search.quote[start + length + right] == bodyLetter(position + length + right, search.excluded)
                {
                    right += 1
                }
                return left + length + right >= search.needed
            }

            // Occurrences that run across the gap the quote's own lines leave: a few positions each.
            for (index, search) in searches {
                let length = 2 * search.needed - search.quote.count
                let gap = search.excluded.lowerBound
                for position in max(0, gap - length + 1)..<gap where reaches(search, at: position) {
                    searches[index]!.found = true
                    break
                }
            }
            // Occurrences elsewhere: one scan of the run with a rolling hash of `keyLength` letters.
            let n = Self.keyLength
            if ids.count >= n {
                var power: UInt64 = 1
                for _ in 0..<n { power = power &* Self.base }
                // The keys' low bits: most positions are passed over on one bit, without the dictionary.
                var filter = [UInt64](repeating: 0, count: Self.filterWords)
                for key in keys.keys { filter[Int(key & Self.filterMask) >> 6] |= 1 << (key & 63) }
                var rolling = Self.hash(ids[0..<n])
                var position = 0
                while true {
                    if filter[Int(rolling & Self.filterMask) >> 6] & (1 << (rolling & 63)) != 0, let waiting = keys[rolling] {
                        for index in waiting where !searches[index]!.found {
                            let search = searches[index]!
                            let length = 2 * search.needed - search.quote.count
                            // Only an occurrence wholly outside the quote's own letters is in its body.
                            guard position + length <= search.excluded.lowerBound || position >= search.excluded.upperBound
                            else { continue }
                            let bodyPosition = position < search.excluded.lowerBound ? position : position - search.excluded.count
                            if reaches(search, at: bodyPosition) { searches[index]!.found = true }
                        }
                    }
                    guard position + n < ids.count else { break }
                    rolling = rolling &* Self.base &+ UInt64(ids[position + n]) &- UInt64(ids[position]) &* power
                    position += 1
                }
            }
            for (index, search) in searches {
                // A simple document's String search finds what the scan found; otherwise the plain check decides.
                answers[index] = search.found ? (characters.allSimple ? true : nil) : false
            }
        }

        /// `letters(text)` as ids: a line of ASCII and plain punctuation read in one pass over its
        /// bytes (what `asciiLetters` keeps, without checking the line first and building an array),
        /// a line with a few Latin letters (é, £, ·) scalar by scalar, any other line character by
        /// character. Every line of the document comes through here.
        static func appendLetters(of text: String, to ids: inout [UInt32], id: (Character) -> UInt32) {
            let start = ids.count
            let read = text.utf8.withContiguousStorageIfAvailable { appendPlainLetters(of: $0, to: &ids) } ?? false
            if read { return }
            ids.removeSubrange(start...)
            if appendLatinLetters(of: text, to: &ids, id: id) { return }
            ids.removeSubrange(start...)
            for character in RemovePullQuotes.letters(text) { ids.append(id(character)) }
        }

        /// `asciiLetters` of valid UTF-8 bytes, appended as ids (an ASCII letter's id is its
        /// lower-case byte); false, appending nothing, at a scalar it does not read.
        static func appendPlainLetters(of bytes: UnsafeBufferPointer<UInt8>, to ids: inout [UInt32]) -> Bool {
            let start = ids.count
            // Written in place: appending id by id checked the array's storage for every letter.
            ids.append(contentsOf: repeatElement(0, count: bytes.count))
            let end = ids.withUnsafeMutableBufferPointer { buffer -> Int? in
                var out = start, index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        // `byte | 0x20` is a lower-case letter exactly when `byte` is a letter of either case.
                        let lower = byte | 0x20
                        if lower &- UInt8(ascii: "a") < 26 {
                            buffer[out] = UInt32(lower)
                            out += 1
                        } else if byte &- UInt8(ascii: "0") < 10 {
                            buffer[out] = UInt32(byte)
                            out += 1
                        }
                        index += 1
                    } else {
                        // Every plain punctuation scalar is three bytes led by 0xE2.
                        guard byte == 0xE2, index + 2 < bytes.count else { return nil }
                        let value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        guard WordScan.isPlainPunctuation(value) else { return nil }
                        index += 3
                    }
                }
                return out
            }
            ids.removeSubrange((end ?? start)...)
            return end != nil
        }

        /// `letters(text)` as ids when every scalar is ASCII, plain punctuation or below U+0300
        /// (Latin letters, signs such as £ and ·) and lower-cases to one scalar below U+0300;
        /// false, with some ids appended, at any other. No such scalar is a combining mark, a joiner
        /// or a prefix, so each is a character of its own (CR LF, two non-letters, aside) before
        /// lower-casing and after, and `lowercased()` maps scalar by scalar: the characters
        /// `letters` keeps are these scalars lower-cased, as `isLetter` and `isNumber` judge them.
        static func appendLatinLetters(of text: String, to ids: inout [UInt32], id: (Character) -> UInt32) -> Bool {
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    let byte = UInt8(value), lower = byte | 0x20
                    if lower &- UInt8(ascii: "a") < 26 {
                        ids.append(UInt32(lower))
                    } else if byte &- UInt8(ascii: "0") < 10 {
                        ids.append(UInt32(byte))
                    }
                } else if value < 0x300 {
                    let lowered = scalar.properties.lowercaseMapping.unicodeScalars
                    guard lowered.count == 1, let single = lowered.first, single.value < 0x300 else { return false }
                    let character = Character(single)
                    if character.isLetter || character.isNumber { ids.append(id(character)) }
                } else if !WordScan.isPlainPunctuation(value) {
                    return false
                }
            }
            return true
        }

        /// One id per distinct character: an ASCII character's is its byte, any other's the next
        /// number from 256; `allSimple` until a character that `isSimple` refuses gets one.
        final class CharacterIDs {
            private var known: [Character: UInt32] = [:]
            private(set) var allSimple = true

            func id(of character: Character) -> UInt32 {
                if let ascii = character.asciiValue, character.unicodeScalars.count == 1 { return UInt32(ascii) }
                if let found = known[character] { return found }
                let new = UInt32(256 + known.count)
                known[character] = new
                if !RepeatedQuotes.isSimple(character) { allSimple = false }
                return new
            }
        }

        /// The answer for candidate `index`: nil when the plain check must decide.
        func isRepeated(_ index: Int) -> Bool? { answers[index] }

        static let base: UInt64 = 1_000_003
        /// The filter of waiting keys: 2^16 bits, indexed by a key's low 16 bits.
        static let filterWords = 1 << 10
        static let filterMask: UInt64 = (1 << 16) - 1

        static func hash<C: Collection>(_ letters: C) -> UInt64 where C.Element == UInt32 {
            letters.reduce(0) { $0 &* base &+ UInt64($1) }
        }

        /// A single scalar below U+0900 that is a letter or a number: a grapheme of its own next to any other such.
        static func isSimple(_ character: Character) -> Bool {
            guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first, scalar.value < 0x900
            else { return false }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
                .letterNumber, .otherNumber:
                return true
            default:
                return false
            }
        }
    }
}
