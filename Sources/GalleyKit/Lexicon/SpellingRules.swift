/// Hunspell's spell-time rules over a table of surface forms: input conversion, trailing full
/// stops, numbers, letter case, compound rules and word breaks, in the order hunspell 1.7's
/// `spell` applies them, so a compiled lexicon answers as hunspell does.
struct SpellingRules: Sendable, Equatable {
    var inputConversions: [Conversion] = [] {
        didSet { conversionStarts = Self.firstBytes(inputConversions.map(\.from)) }
    }
    var breakPatterns: [String] = [] {
        didSet { breakStarts = Self.breakStarts(of: breakPatterns) }
    }
    var compoundRules: [[AffixFile.CompoundRuleElement]] = []
    var compoundMinimum = 3
    var compoundParts: [String: Set<UInt32>] = [:] {
        didSet {
            longestCompoundPart = compoundParts.keys.reduce(0) { max($0, $1.unicodeScalars.count) }
            compoundPartStarts = Self.firstScalars(of: compoundParts)
        }
    }
    /// The most scalars in one compound part: no longer stretch of a word can be a part, so the
    /// compound walk never builds one (it built every prefix, and a 400-letter run of one letter
    /// took 40 s of RepairLigatures' look-ups; found by `make fuzz`).
    private(set) var longestCompoundPart = 0
    /// The first scalar of every compound part (nil when a part is empty): a word that opens with
    /// any other is no compound, found without building a part. Most words are asked this (en_GB's
    /// parts are numbers, "1st", "4th"), and the walk built a string per prefix to find nothing.
    private(set) var compoundPartStarts: Set<Unicode.Scalar>? = []
    /// Which bytes open an input conversion's pattern: a word holding none is not converted.
    private(set) var conversionStarts = ByteSet()
    /// The first byte of each break pattern's text (its "^" or "$" anchor aside); nil when a
    /// text is empty (a bare anchor, left to the full rules). A word holding none has no break.
    private(set) var breakStarts: ByteSet? = ByteSet()

    /// A set of byte values, 256 bits.
    struct ByteSet: Sendable, Equatable {
        private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        mutating func insert(_ byte: UInt8) {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }

        func contains(_ byte: UInt8) -> Bool {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: return bits.0 & bit != 0
            case 1: return bits.1 & bit != 0
            case 2: return bits.2 & bit != 0
            default: return bits.3 & bit != 0
            }
        }

        static func == (lhs: ByteSet, rhs: ByteSet) -> Bool {
            lhs.bits.0 == rhs.bits.0 && lhs.bits.1 == rhs.bits.1 && lhs.bits.2 == rhs.bits.2 && lhs.bits.3 == rhs.bits.3
        }
    }

    struct Conversion: Sendable, Equatable {
        var from: [UInt8]
        var to: [UInt8]
    }

    /// Hunspell refuses words this long or longer (bytes of UTF-8; MAXWORDUTF8LEN in 1.7).
    static let maximumWordBytes = 528
    /// Hunspell gives up on a word with this many break points.
    static let maximumBreaks = 10
    /// Hunspell's bound on the words of one compound.
    static let maximumCompoundParts = 100

    init() {}

    init(affixFile affix: AffixFile, compoundParts: [String: Set<UInt32>]) {
        // Longest pattern first, as hunspell's replacement table matches.
        inputConversions = affix.inputConversions.map { Conversion(from: Array($0.from.utf8), to: Array($0.to.utf8)) }
            .sorted { $0.from.count > $1.from.count }
        breakPatterns = affix.breakPatterns
        compoundRules = affix.compoundRules
        compoundMinimum = affix.compoundMinimum
        self.compoundParts = compoundParts
        // Observers do not run in an initializer.
        longestCompoundPart = compoundParts.keys.reduce(0) { max($0, $1.unicodeScalars.count) }
        compoundPartStarts = Self.firstScalars(of: compoundParts)
        conversionStarts = Self.firstBytes(inputConversions.map(\.from))
        breakStarts = Self.breakStarts(of: breakPatterns)
    }

    static func firstBytes(_ patterns: [[UInt8]]) -> ByteSet {
        var set = ByteSet()
        for pattern in patterns { if let first = pattern.first { set.insert(first) } }
        return set
    }

    static func breakStarts(of patterns: [String]) -> ByteSet? {
        var starts = ByteSet()
        for pattern in patterns where !pattern.isEmpty {
            var core = pattern.utf8[...]
            if core.first == UInt8(ascii: "^") { core = core.dropFirst() }
            if core.last == UInt8(ascii: "$") { core = core.dropLast() }
            guard let first = core.first else { return nil }
            starts.insert(first)
        }
        return starts
    }

    static func firstScalars(of parts: [String: Set<UInt32>]) -> Set<Unicode.Scalar>? {
        var starts: Set<Unicode.Scalar> = []
        for part in parts.keys {
            guard let first = part.unicodeScalars.first else { return nil }
            starts.insert(first)
        }
        return starts
    }
}

/// What a look-up found: hunspell's `hentry`, reduced to what spelling needs.
struct FoundWord {
    var keepsCase: Bool
}

/// Hunspell's `info` bits that steer the spell-time rules.
struct SpellInfo {
    var forbidden = false
    /// Set while a capitalised word is looked up as typed: hidden capitalised stems do not count.
    var initialCapital = false
}

/// A place to look surface forms up: the compiled table.
protocol FormLookup {
    func attributes(of word: String) -> FormAttributes
}

extension SpellingRules {
    func spell(_ word: String, in table: some FormLookup) -> Bool {
        if let answer = spellLowercaseLetters(word, in: table) { return answer }
        var stack: [String] = []
        return spell(word, in: table, stack: &stack)
    }

    /// `spellOnce` for the words most look-ups ask about, nothing but the letters a–z, answered on
    /// their bytes; nil for any other word, or where a break pattern may split it. For such a word
    /// every step before the look-up leaves it as it is (no conversion opens with its bytes, no
    /// spaces or full stops, no digits, no capitals), so the answer is the table's, then the breaks'.
    func spellLowercaseLetters(_ word: String, in table: some FormLookup) -> Bool? {
        var word = word
        let plain = word.withUTF8 { bytes -> Bool in
            guard !bytes.isEmpty, bytes.count < Self.maximumWordBytes else { return false }
            for byte in bytes where byte < UInt8(ascii: "a") || byte > UInt8(ascii: "z") || conversionStarts.contains(byte) {
                return false
            }
            return true
        }
        guard plain else { return nil }
        var info = SpellInfo()
        if checkWord(word, in: table, info: &info) != nil { return true }
        guard !breakPatterns.isEmpty, !info.forbidden else { return false }
        // A break needs its pattern's text in the word, so at least the text's first byte.
        guard let breakStarts else { return nil }
        let mayBreak = word.withUTF8 { bytes in bytes.contains(where: breakStarts.contains) }
        return mayBreak ? nil : false
    }

    private func spell(_ word: String, in table: some FormLookup, stack: inout [String]) -> Bool {
        // Hunspell refuses to recurse into a word it is already spelling.
        if stack.contains(word) { return false }
        stack.append(word)
        defer { stack.removeLast() }
        return spellOnce(word, in: table, stack: &stack)
    }

    private func spellOnce(_ word: String, in table: some FormLookup, stack: inout [String]) -> Bool {
        guard word.utf8.count < Self.maximumWordBytes else { return false }
        var bytes = convertInput(Array(word.utf8))
        // Leading spaces go; trailing full stops are counted and go.
        let leadingSpaces = bytes.prefix { $0 == UInt8(ascii: " ") }.count
        bytes.removeFirst(leadingSpaces)
        var fullStops = 0
        while bytes.last == UInt8(ascii: ".") {
            bytes.removeLast()
            fullStops += 1
        }
        if bytes.isEmpty { return true }
        if Self.isNumber(bytes) { return true }

        var scw = String(decoding: bytes, as: UTF8.self)
        let capitalisation = SpellingCase.capitalisation(of: scw)
        var info = SpellInfo()
        var found: FoundWord?

        switch capitalisation {
        case .none, .mixed, .mixedInitial:
            found = checkWord(scw, in: table, info: &info)
            if fullStops > 0, found == nil { found = checkWord(scw + ".", in: table, info: &info) }
        case .allCapitals, .initial:
            if capitalisation == .allCapitals {
                found = checkWord(scw, in: table, info: &info)
                if found == nil, fullStops > 0 { found = checkWord(scw + ".", in: table, info: &info) }
                if found == nil, let apostrophe = scw.utf8.firstIndex(of: UInt8(ascii: "'")) {
                    // Hunspell's rule for elided prefixes (SANT'ELIA → Sant'Elia), applied to every language.
                    let position = scw.utf8.distance(from: scw.utf8.startIndex, to: apostrophe)
                    scw = SpellingCase.lowercased(scw)
                    let lowered = Array(scw.utf8)
                    if position < lowered.count - 1 {
                        let head = String(decoding: lowered[...position], as: UTF8.self)
                        let tail = String(decoding: lowered[(position + 1)...], as: UTF8.self)
                        scw = head + SpellingCase.capitalised(tail)
                        found = checkWord(scw, in: table, info: &info)
                        if found == nil {
                            scw = SpellingCase.capitalised(scw)
                            found = checkWord(scw, in: table, info: &info)
                        }
                    }
                }
                if found != nil { break }
            }
            found = checkCapitalised(&scw, capitalisation: capitalisation, fullStops: fullStops, in: table, info: &info)
        }
        if found != nil { return true }
        guard !breakPatterns.isEmpty, !info.forbidden else { return false }
        return spellAtBreaks(Array(scw.utf8), in: table, stack: &stack)
    }

    /// Hunspell's INITCAP case (also reached by all-capitals words): the word capitalised, then in
    /// lower case, each also with one full stop.
    private func checkCapitalised(
        _ scw: inout String, capitalisation: SpellingCase.Capitalisation, fullStops: Int, in table: some FormLookup,
        info: inout SpellInfo
    ) -> FoundWord? {
        let isAllCapitals = capitalisation == .allCapitals
        let dottedCapitalI = scw.unicodeScalars.first == "\u{130}"
        if isAllCapitals {
            scw = SpellingCase.capitalised(SpellingCase.lowercased(scw))
            if dottedCapitalI { scw = "\u{130}" + String(scw.unicodeScalars.dropFirst()) }
        }
        info.initialCapital = capitalisation == .initial
        var found = checkWord(scw, in: table, info: &info)
        info.initialCapital = false
        if info.forbidden { return nil }
        if let word = found, word.keepsCase, isAllCapitals { found = nil }
        if found != nil || dottedCapitalI { return found }

        let lower = SpellingCase.lowercased(scw)
        scw = SpellingCase.capitalised(lower)
        found = checkWord(lower, in: table, info: &info)
        if fullStops > 0, found == nil {
            found = checkWord(lower + ".", in: table, info: &info)
            if found == nil {
                info.initialCapital = capitalisation == .initial
                found = checkWord(scw + ".", in: table, info: &info)
                info.initialCapital = false
                if let word = found, word.keepsCase, isAllCapitals { found = nil }
                return found
            }
        }
        // A KEEPCASE word is accepted only in its own case.
        if let word = found, word.keepsCase { found = nil }
        return found
    }

    /// Hunspell's `checkword`: the stem of that spelling, else an affixed form, else a compound.
    func checkWord(_ word: String, in table: some FormLookup, info: inout SpellInfo) -> FoundWord? {
        if word.isEmpty { return nil }
        let attributes = table.attributes(of: word)
        if attributes.contains(.dictionaryForbidden) {
            info.forbidden = true
            return nil
        }
        if attributes.contains(.dictionaryWord) || (attributes.contains(.dictionaryHidden) && !info.initialCapital) {
            return FoundWord(keepsCase: attributes.contains(.dictionaryKeepCase))
        }
        if attributes.contains(.affixedForbidden) {
            info.forbidden = true
            return nil
        }
        if attributes.contains(.affixedWord) || (attributes.contains(.affixedHidden) && !info.initialCapital) {
            return FoundWord(keepsCase: attributes.contains(.affixedKeepCase))
        }
        if !compoundRules.isEmpty, isCompound(word) { return FoundWord(keepsCase: false) }
        return nil
    }

    /// Digits with single separators between them ("1,000", "3.14", "2-3"): hunspell accepts them outright.
    static func isNumber(_ bytes: [UInt8]) -> Bool {
        var sawDigit = false, lastWasSeparator = false
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                lastWasSeparator = false
            case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "-"):
                if lastWasSeparator || index == 0 { return false }
                lastWasSeparator = true
            default:
                return false
            }
        }
        return sawDigit && !lastWasSeparator
    }

    /// ICONV: at each position the longest matching pattern is replaced.
    func convertInput(_ bytes: [UInt8]) -> [UInt8] {
        guard !inputConversions.isEmpty else { return bytes }
        // A pattern matches only where its first byte is: most words hold none (en_GB's one
        // conversion starts with the first byte of "’").
        guard inputConversions.contains(where: { conversion in conversion.from.first.map(bytes.contains) ?? false }) else {
            return bytes
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        scan: while index < bytes.count {
            for conversion in inputConversions
            where !conversion.from.isEmpty && bytes[index...].starts(with: conversion.from) {
                result += conversion.to
                index += conversion.from.count
                continue scan
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }

    // MARK: Word breaks

    /// Hunspell's BREAK handling: a word is right when its parts either side of a break pattern are.
    private func spellAtBreaks(_ word: [UInt8], in table: some FormLookup, stack: inout [String]) -> Bool {
        // Every break below needs a pattern's text (its "^" or "$" aside) in the word: most words
        // (no hyphen) have none, and are answered without the patterns' byte arrays.
        guard breakPatterns.contains(where: { Self.mayBreak(word, at: $0) }) else { return false }
        let patterns = breakPatterns.map { Array($0.utf8) }
        var breaks = 0
        for pattern in patterns where !pattern.isEmpty {
            var from = 0
            while let found = Self.find(pattern, in: word, from: from) {
                breaks += 1
                from = found + pattern.count
            }
        }
        if breaks >= Self.maximumBreaks { return false }
        func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        let length = word.count

        // Patterns anchored at the start (^-) or the end (-$).
        for pattern in patterns {
            let count = pattern.count
            if count <= 1 || count > length { continue }
            if pattern[0] == UInt8(ascii: "^"), word.starts(with: pattern[1...]),
                spell(text(word[(count - 1)...]), in: table, stack: &stack)
            {
                return true
            }
            if pattern[count - 1] == UInt8(ascii: "$"), word[(length - count + 1)...].elementsEqual(pattern[..<(count - 1)]),
                spell(text(word[..<(length - count + 1)]), in: table, stack: &stack)
            {
                return true
            }
        }
        // Break at the second occurrence when there is one, then at the first.
        for preferSecond in [true, false] {
            for pattern in patterns where !pattern.isEmpty {
                let count = pattern.count
                guard var found = Self.find(pattern, in: word, from: 0), found > 0, found + count < length else { continue }
                if preferSecond, let second = Self.find(pattern, in: word, from: found + 1), second + count < length {
                    found = second
                }
                guard spell(text(word[(found + count)...]), in: table, stack: &stack) else { continue }
                if spell(text(word[..<found]), in: table, stack: &stack) { return true }
            }
        }
        return false
    }

    /// Whether `pattern` may break `word`: its text without the anchors occurs in it, or is empty
    /// (an empty pattern breaks nothing, a bare anchor is left to the full rules).
    private static func mayBreak(_ word: [UInt8], at pattern: String) -> Bool {
        var core = pattern.utf8[...]
        guard !core.isEmpty else { return false }
        if core.first == UInt8(ascii: "^") { core = core.dropFirst() }
        if core.last == UInt8(ascii: "$") { core = core.dropLast() }
        guard let first = core.first, core.count <= word.count else { return core.isEmpty }
        for start in 0...(word.count - core.count) where word[start] == first && word[start...].starts(with: core) {
            return true
        }
        return false
    }

    private static func find(_ pattern: [UInt8], in word: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, word.count >= pattern.count, start <= word.count - pattern.count else { return nil }
        for index in start...(word.count - pattern.count) where word[index...].starts(with: pattern) { return index }
        return nil
    }

    // MARK: Compounds

    /// Whether COMPOUNDRULE patterns join dictionary stems into `word`. Hunspell tries two parts
    /// first; three or more it accepts without asking suggestions only for words that start with
    /// a digit (ordinals, numbers), so here those are the only longer compounds.
    func isCompound(_ word: String) -> Bool {
        // Every rule's walk starts with a part at the word's first scalar.
        if let starts = compoundPartStarts, !(word.unicodeScalars.first.map(starts.contains) ?? false) { return false }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2 * compoundMinimum else { return false }
        let allowsLongCompounds = word.utf8.first?.isASCIIDigit ?? false
        let maximumParts = allowsLongCompounds ? Self.maximumCompoundParts : 2
        return compoundRules.contains { rule in matches(rule, scalars, maximumParts: maximumParts) }
    }

    /// A breadth-first walk over (position in the word, position in the rule) with the parts used.
    private func matches(_ rule: [AffixFile.CompoundRuleElement], _ scalars: [Unicode.Scalar], maximumParts: Int) -> Bool {
        struct State: Hashable { var offset: Int, element: Int }
        // The rule positions reachable from `element` without matching a part (skipping * and ?).
        func closure(_ element: Int) -> [Int] {
            var result = [element], next = element
            while next < rule.count, rule[next].repeats != .once {
                next += 1
                result.append(next)
            }
            return result
        }
        var frontier: Set<State> = [State(offset: 0, element: 0)]
        var parts = 0
        while !frontier.isEmpty, parts < maximumParts {
            parts += 1
            var next: Set<State> = []
            for state in frontier {
                let positions = closure(state.element).filter { $0 < rule.count }
                guard !positions.isEmpty else { continue }
                var end = state.offset + compoundMinimum
                let last = min(scalars.count, state.offset + longestCompoundPart)
                while end <= last {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[state.offset..<end])
                    if let flags = compoundParts[String(view)] {
                        for position in positions where flags.contains(rule[position].flag) {
                            let after = rule[position].repeats == .any ? position : position + 1
                            if end == scalars.count {
                                if parts >= 2, closure(after).contains(rule.count) { return true }
                            } else {
                                next.insert(State(offset: end, element: after))
                            }
                        }
                    }
                    end += 1
                }
            }
            frontier = next
        }
        return false
    }
}
