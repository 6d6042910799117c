/// The words a document itself uses, as evidence for word decisions the dictionary cannot make:
/// a compound the document hyphenates elsewhere, or a clipped word whose whole form appears elsewhere.
package struct DocumentVocabulary: Sendable {
    /// How often each word occurs, lower-cased; hyphenated compounds count as one word.
    package private(set) var counts: [String: Int] = [:]
    /// Hyphenated compounds keyed by their glued form: "selfharming" → "self-harming".
    package private(set) var hyphenatedByGlued: [String: String] = [:]
    /// A quick, exact "no" for `hyphenatedForm(of:)` on most ASCII words.
    private var gluedFilter = GluedFormFilter([])
    /// How often each hyphenated spelling of a glued form occurs: what `removing(texts:)` needs
    /// to keep `hyphenatedByGlued` exact.
    private var hyphenatedFormCounts: [String: [String: Int]] = [:]

    package init(document: Document) {
        // Line by line, in place: copying every line (or every `Line` value) first cost megabytes
        // and a retain of each line's every field on a long issue.
        self.init { add in
            for page in document.pages where page.duplicateOf == nil {
                for block in page.blocks {
                    // Through a pointer: each line's text is read without copying the whole `Line`.
                    block.lines.withUnsafeBufferPointer { lines in
                        for index in lines.indices { add(lines[index].text) }
                    }
                }
            }
        }
    }

    package init<S: Sequence>(texts: S) where S.Element == String {
        self.init { add in
            for text in texts { add(text) }
        }
    }

    /// Counts the words of every text `walk` hands to the function it is given.
    private init(walk: ((String) -> Void) -> Void) {
        // ASCII words are counted by their bytes and become strings once each, at the end: making a
        // string of every word and hashing it was most of the cost on a long issue.
        var asciiCounts = ByteWordCounter()
        var textCounts: [String: Int] = [:]
        var hyphenated: [String: String] = [:]
        var formCounts: [String: [String: Int]] = [:]
        walk { text in
            Self.forEachWord(in: text) { word in
                switch word {
                case .ascii(let bytes): asciiCounts.add(bytes)
                case .text(let token): textCounts[token, default: 0] += 1
                }
                if let (glued, form) = Self.gluedAndHyphenated(word) {
                    hyphenated[glued] = form
                    formCounts[glued, default: [:]][form, default: 0] += 1
                }
            }
        }
        asciiCounts.forEach { bytes, count in textCounts[String(decoding: bytes, as: UTF8.self), default: 0] += count }
        counts = textCounts
        hyphenatedByGlued = hyphenated
        hyphenatedFormCounts = formCounts
        gluedFilter = GluedFormFilter(hyphenated.keys)
    }

    /// Whether the vocabulary is the same whatever the order of the texts it counted: true unless
    /// a glued form has several hyphenated spellings, of which `hyphenatedByGlued` keeps the last.
    var isOrderIndependent: Bool {
        hyphenatedFormCounts.values.allSatisfy { $0.count <= 1 }
    }

    /// Forgets one occurrence of every word of `texts`, as if they had never been counted: the
    /// vocabulary of a document some of whose lines were removed, without counting the rest again.
    /// Exact when `isOrderIndependent` holds afterwards; otherwise which spelling a glued form
    /// maps to depends on the order of the texts left, and only a new count can tell.
    mutating func remove<S: Sequence>(texts: S) where S.Element == String {
        var touched = Set<String>()
        func forget(_ word: String, glued: String?) {
            if let count = counts[word] { counts[word] = count > 1 ? count - 1 : nil }
            guard let glued, let count = hyphenatedFormCounts[glued]?[word] else { return }
            hyphenatedFormCounts[glued]?[word] = count > 1 ? count - 1 : nil
            touched.insert(glued)
        }
        for text in texts {
            Self.forEachWord(in: text) { word in
                if let (glued, form) = Self.gluedAndHyphenated(word) {
                    forget(form, glued: glued)
                } else if case .ascii(let bytes) = word {
                    forget(String(decoding: bytes, as: UTF8.self), glued: nil)
                } else if case .text(let token) = word {
                    forget(token, glued: nil)
                }
            }
        }
        guard !touched.isEmpty else { return }
        for glued in touched {
            let forms = hyphenatedFormCounts[glued] ?? [:]
            if forms.isEmpty {
                hyphenatedFormCounts[glued] = nil
                hyphenatedByGlued[glued] = nil
            } else if forms.count == 1 {
                hyphenatedByGlued[glued] = forms.first!.key
            }
        }
        gluedFilter = GluedFormFilter(hyphenatedByGlued.keys)
    }

    /// A hyphenated word's glued form and its spelling ("selfharming", "self-harming"); nil for a
    /// word without a hyphen.
    @inline(__always)
    static func gluedAndHyphenated(_ word: ScannedWord) -> (glued: String, form: String)? {
        switch word {
        case .ascii(let bytes):
            guard bytes.contains(UInt8(ascii: "-")) else { return nil }
            return (String(decoding: bytes.lazy.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self), String(decoding: bytes, as: UTF8.self))
        case .text(let token):
            guard token.utf8.contains(UInt8(ascii: "-")), token.contains("-") else { return nil }
            return (token.replacingOccurrences(of: "-", with: ""), token)
        }
    }

    /// This vocabulary with each glued form printed in several hyphenated spellings mapped to the
    /// one `document` prints last, as `init(document:)` maps it: for a document whose lines are
    /// this vocabulary's, in another order. Every other part of a vocabulary is a count, the same
    /// in any order, so only the lines with a hyphen byte are read again (a `-` is in every
    /// hyphenated word, ASCII or not).
    func reordered(by document: Document) -> DocumentVocabulary {
        let ambiguous = Set(hyphenatedFormCounts.filter { $0.value.count > 1 }.keys)
        guard !ambiguous.isEmpty else { return self }
        var reordered = self
        for page in document.pages where page.duplicateOf == nil {
            for block in page.blocks {
                block.lines.withUnsafeBufferPointer { lines in
                    for index in lines.indices where lines[index].text.containsUTF8Byte(UInt8(ascii: "-")) {
                        Self.forEachWord(in: lines[index].text) { word in
                            if let (glued, form) = Self.gluedAndHyphenated(word), ambiguous.contains(glued) {
                                reordered.hyphenatedByGlued[glued] = form
                            }
                        }
                    }
                }
            }
        }
        return reordered
    }

    /// A word as `forEachWord(in:)` hands it over.
    enum ScannedWord {
        /// A word of ASCII bytes, lower-cased; the buffer is valid only during the call.
        case ascii(UnsafeBufferPointer<UInt8>)
        /// Any other word, lower-cased.
        case text(String)
    }

    /// Calls `body` with the words of `words(in:)`, in order, without making a string of an ASCII word.
    ///
    /// The line is cut into stretches at ASCII bytes that are neither letters, hyphens nor
    /// apostrophes and stand between two ASCII bytes: such a byte is a character of its own (or half
    /// of CR LF, another such character) and ends any word, so each stretch is read on its own. A stretch of ASCII bytes is one
    /// word, read byte by byte; a stretch with other bytes goes to `words(in:)`, which walks its
    /// characters. A separator just before a non-ASCII byte (which a combining mark may join) stays
    /// with the stretch after it, and one just after a non-ASCII byte with the stretch before it.
    @inline(__always)
    static func forEachWord(in text: String, _ body: (ScannedWord) -> Void) {
        // Native strings are contiguous UTF-8: read in place, without a copy.
        if text.utf8.withContiguousStorageIfAvailable({ forEachWord(inUTF8: $0, body) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { forEachWord(inUTF8: $0, body) }
        }
    }

    @inline(__always)
    private static func forEachWord(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (ScannedWord) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { lowered in
            var stretchStart = 0
            var stretchIsASCII = true
            func closeStretch(at end: Int) {
                guard stretchStart < end else { return }
                if stretchIsASCII {
                    // Leading hyphens start no word; trailing ones end none.
                    var start = stretchStart, end = end
                    while start < end, bytes[start] == UInt8(ascii: "-") { start += 1 }
                    while end > start, bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
                    guard start < end else { return }
                    for index in start..<end { lowered[index - start] = bytes[index].asciiLowercased }
                    body(.ascii(UnsafeBufferPointer(rebasing: lowered[0..<(end - start)])))
                } else {
                    let stretch = UnsafeBufferPointer(rebasing: bytes[stretchStart..<end])
                    // "it’s", "• Fun", " — then": most stretches with other bytes hold only typographic
                    // punctuation, read on the bytes; the rest go through the characters.
                    guard !forEachWord(inTypographicStretch: stretch, { body(.text($0)) }) else { return }
                    for word in words(in: String(decoding: stretch, as: UTF8.self)) { body(.text(word)) }
                }
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    stretchIsASCII = false
                    continue
                }
                guard !isWordByte(byte) else { continue }
                guard index == 0 || bytes[index - 1] < 0x80 else { continue }
                closeStretch(at: index)
                let nextIsASCII = index + 1 == bytes.count || bytes[index + 1] < 0x80
                stretchStart = nextIsASCII ? index + 1 : index
                stretchIsASCII = nextIsASCII
            }
            closeStretch(at: bytes.count)
        }
    }

    /// Calls `body` with the words `words(in:)` finds in `stretch` and says true, when every
    /// character of the stretch that is not ASCII is one of the typographic marks below (curly
    /// quotes and apostrophes, dashes, bullets, an ellipsis, "£", "»"); says false, calling nothing,
    /// for any other stretch.
    ///
    /// None of these marks extends the character before it, is extended by an ASCII byte or by
    /// another of them, or is a letter: each is a character of its own. "’" is a word character of
    /// `words(in:)`, the others end a word as a non-word ASCII byte does; so a word is a run of
    /// letters, hyphens, apostrophes and "’" without its outer hyphens, lower-cased (which only
    /// changes its ASCII capitals). A byte walk instead of one over the stretch's characters.
    static func forEachWord(inTypographicStretch stretch: UnsafeBufferPointer<UInt8>, _ body: (String) -> Void) -> Bool {
        // The length in bytes of the mark at `index` and whether it is "’", or nil for any other character.
        func mark(at index: Int) -> (length: Int, isApostrophe: Bool)? {
            switch stretch[index] {
            case 0xC2:
                // U+00A3 "£", U+00B7 "·", U+00BB "»".
                guard index + 1 < stretch.count else { return nil }
                switch stretch[index + 1] {
                case 0xA3, 0xB7, 0xBB: return (2, false)
                default: return nil
                }
            case 0xE2:
                guard index + 2 < stretch.count, stretch[index + 1] == 0x80 else { return nil }
                switch stretch[index + 2] {
                // U+2019 "’".
                case 0x99: return (3, true)
                // U+2013 "–", U+2014 "—", U+2018 "‘", U+201C "“", U+201D "”", U+2022 "•", U+2026 "…".
                case 0x93, 0x94, 0x98, 0x9C, 0x9D, 0xA2, 0xA6: return (3, false)
                default: return nil
                }
            default:
                return nil
            }
        }
        var index = 0
        while index < stretch.count {
            if stretch[index] < 0x80 {
                index += 1
            } else {
                guard let (length, _) = mark(at: index) else { return false }
                index += length
            }
        }
        // The run of word characters so far starts at `runStart`.
        var runStart = 0
        func closeRun(at end: Int) {
            var start = runStart, end = end
            while start < end, stretch[start] == UInt8(ascii: "-") { start += 1 }
            while end > start, stretch[end - 1] == UInt8(ascii: "-") { end -= 1 }
            guard start < end else { return }
            body(
                String(unsafeUninitializedCapacity: end - start) { buffer in
                    for offset in 0..<(end - start) { buffer[offset] = stretch[start + offset].asciiLowercased }
                    return end - start
                })
        }
        index = 0
        while index < stretch.count {
            let byte = stretch[index]
            if byte < 0x80 {
                if !isWordByte(byte) {
                    closeRun(at: index)
                    runStart = index + 1
                }
                index += 1
            } else {
                let (length, isApostrophe) = mark(at: index)!
                if !isApostrophe {
                    closeRun(at: index)
                    runStart = index + length
                }
                index += length
            }
        }
        closeRun(at: stretch.count)
        return true
    }

    /// An ASCII byte that may be part of a word: a letter, a hyphen or an apostrophe.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
    }

    /// The letter-and-hyphen words of `text`, lower-cased, without leading or trailing hyphens.
    package static func words(in text: String) -> [String] {
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
    package func hyphenatedForm(of glued: String) -> String? {
        hyphenatedByGlued[glued.lowercased()]
    }

    /// Whether `hyphenatedForm(of:)` may find a spelling for the word of ASCII letters `letters`:
    /// false means it certainly finds none; true means ask it.
    func mayHaveHyphenatedForm<C: BidirectionalCollection>(ofASCIILetters letters: C) -> Bool where C.Element == UInt8 {
        gluedFilter.mayContain(letters)
    }

    /// Whether the document uses `word` (any case).
    package func contains(_ word: String) -> Bool {
        counts[word.lowercased()] != nil
    }

    /// Whether some longer word of the document starts with `fragment` (a word clipped at its end).
    package func completesPrefix(_ fragment: String) -> Bool {
        let lower = fragment.lowercased()
        return counts.keys.contains { $0.count > lower.count && $0.hasPrefix(lower) }
    }

    /// Whether some longer word of the document ends with `fragment` (a word clipped at its start).
    package func completesSuffix(_ fragment: String) -> Bool {
        let lower = fragment.lowercased()
        return counts.keys.contains { $0.count > lower.count && $0.hasSuffix(lower) }
    }
}

/// Counts words given as byte strings without making a `String` of each occurrence: an
/// open-addressing hash table (FNV-1a) over one buffer holding every distinct word's bytes.
struct ByteWordCounter {
    private var storage: [UInt8] = []
    private var words: [(start: Int, count: Int, hash: Int, occurrences: Int)] = []
    /// Index into `words` plus one; 0 is an empty slot. The size is a power of two.
    private var slots = [Int32](repeating: 0, count: 1024)

    mutating func add(_ word: UnsafeBufferPointer<UInt8>) {
        if 2 * (words.count + 1) > slots.count { grow() }
        let hash = Self.hash(word)
        switch find(word, hash: hash) {
        case .found(let index):
            words[index].occurrences += 1
        case .empty(let slot):
            words.append((storage.count, word.count, hash, 1))
            storage.append(contentsOf: word)
            slots[slot] = Int32(words.count)
        }
    }

    /// Where `word` is: the index of its entry, or the empty slot it would take.
    private enum Place {
        case found(Int)
        case empty(Int)
    }

    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: Int) -> Place {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if words[index].hash == hash, words[index].count == word.count, isStored(word, at: words[index].start) {
                return .found(index)
            }
            slot = (slot + 1) & mask
        }
        return .empty(slot)
    }

    /// Whether `word` was added.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if case .found = find(word, hash: Self.hash(word)) { return true }
        return false
    }

    /// Calls `body` with each distinct word and how often it was added, in first-seen order.
    func forEach(_ body: (ArraySlice<UInt8>, Int) -> Void) {
        for word in words { body(storage[word.start..<(word.start + word.count)], word.occurrences) }
    }

    private func isStored(_ word: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        storage.withUnsafeBufferPointer { storage in
            for offset in 0..<word.count where storage[start + offset] != word[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, word) in words.enumerated() {
            var slot = word.hash & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}

/// A one-hash Bloom filter over the glued forms' length, first and last bytes: a word of ASCII
/// letters that misses it is certainly no glued form. Only an ASCII string equals an ASCII word,
/// so the filter holds ASCII forms; a non-ASCII form turns it off (it then answers yes).
struct GluedFormFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 64)
    private var acceptsAll = false

    init<S: Sequence>(_ forms: S) where S.Element == String {
        for form in forms {
            guard form.utf8.allSatisfy({ $0 < 0x80 }), let first = form.utf8.first, let last = form.utf8.last else {
                acceptsAll = true
                continue
            }
            let bit = Self.bit(count: form.utf8.count, first: first, last: last)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    func mayContain<C: BidirectionalCollection>(_ letters: C) -> Bool where C.Element == UInt8 {
        guard !acceptsAll else { return true }
        guard let first = letters.first, let last = letters.last else { return false }
        let bit = Self.bit(count: letters.count, first: first.asciiLowercased, last: last.asciiLowercased)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bit(count: Int, first: UInt8, last: UInt8) -> Int {
        (count &* 961 &+ Int(first) &* 31 &+ Int(last)) & 4095
    }
}
