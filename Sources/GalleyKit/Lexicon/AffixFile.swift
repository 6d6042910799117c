import Foundation

/// A hunspell affix file (.aff) read for spelling: the affix rules and the flags with a meaning,
/// as man 5 hunspell documents them. Directives that only shape suggestions (TRY, REP, MAP, …)
/// are skipped; a directive that changes which words are accepted and that the compiled lexicon
/// does not implement is refused with `AffixFileError.unsupported`, so the caller can fall back
/// to hunspell rather than answer differently.
struct AffixFile: Sendable {
    /// How flags are written: one byte each (default), two bytes each (`long`), decimal numbers
    /// separated by commas (`num`), or one Unicode character each (`UTF-8`).
    enum FlagType: Sendable { case char, long, num, utf8 }

    /// One character position of an affix condition: any character, or one of (or none of) a set.
    enum ConditionPosition: Sendable, Equatable {
        case any
        case oneOf([Unicode.Scalar])
        case noneOf([Unicode.Scalar])

        func matches(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .any: return true
            case .oneOf(let set): return set.contains(scalar)
            case .noneOf(let set): return !set.contains(scalar)
            }
        }
    }

    /// One PFX or SFX line: remove `strip`, add `append`, where the stem matches `condition`
    /// (at its start for a prefix, at its end for a suffix). A class: the expansion walks the
    /// rules once per stem, and sharing them costs one reference count instead of a copy.
    final class Affix: Sendable {
        let flag: UInt32
        let isPrefix: Bool
        let crossProduct: Bool
        let strip: [Unicode.Scalar]
        let append: [Unicode.Scalar]
        let condition: [ConditionPosition]
        /// Continuation classes: the flags the affixed form carries on.
        let continuation: [UInt32]

        init(
            flag: UInt32, isPrefix: Bool, crossProduct: Bool, strip: [Unicode.Scalar], append: [Unicode.Scalar],
            condition: [ConditionPosition], continuation: [UInt32]
        ) {
            (self.flag, self.isPrefix, self.crossProduct) = (flag, isPrefix, crossProduct)
            (self.strip, self.append, self.condition, self.continuation) = (strip, append, condition, continuation)
        }
    }

    /// One element of a COMPOUNDRULE: a flag, optionally repeated (`*`) or optional (`?`).
    struct CompoundRuleElement: Sendable, Equatable {
        enum Repeat: UInt8, Sendable { case once = 0, any = 1, optional = 2 }
        var flag: UInt32
        var repeats: Repeat
    }

    var flagType = FlagType.char
    var prefixes: [UInt32: [Affix]] = [:]
    var suffixes: [UInt32: [Affix]] = [:]
    var needAffix: UInt32?
    var onlyInCompound: UInt32?
    /// Hunspell's default FORBIDDENWORD flag when the file names none.
    var forbiddenWord: UInt32 = 65510
    var keepCase: UInt32?
    var compoundRules: [[CompoundRuleElement]] = []
    var compoundMinimum = 3
    var inputConversions: [(from: String, to: String)] = []
    /// Word-break patterns; hunspell's default when the file has no BREAK.
    var breakPatterns = ["-", "^-", "-$"]
    var fullStrip = false

    enum AffixFileError: Error, Equatable, CustomStringConvertible {
        case unsupported(String)
        case malformed(String)
        case unreadable(String)

        var description: String {
            switch self {
            case .unsupported(let what): return "unsupported affix directive \(what)"
            case .malformed(let what): return "malformed dictionary (\(what))"
            case .unreadable(let path): return "cannot read \(path)"
            }
        }
    }

    /// Directives that only affect suggestions, morphology output or the tokeniser; safe to skip.
    static let ignoredDirectives: Set<String> = [
        "TRY", "REP", "MAP", "KEY", "PHONE", "NOSUGGEST", "WORDCHARS", "MAXNGRAMSUGS", "NOSPLITSUGS",
        "SUGSWITHDOTS", "ONLYMAXDIFF", "MAXDIFF", "MAXCPDSUGS", "OCONV", "NAME", "VERSION", "HOME",
        "AUTHOR", "LANG", "SET", "WARN", "SUBSTANDARD", "AM", "FORCEUCASE", "NONGRAMSUGGEST",
    ]

    init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw AffixFileError.unreadable(path) }
        try self.init(text: String(decoding: data, as: UTF8.self))
    }

    init(text: String) throws {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })[
            ...]
        var pendingAffixLines: [String: Int] = [:]  // "SFX X" → lines still to read
        var affixHeaders: [String: Bool] = [:]  // "SFX X" → cross product
        var compoundRulesLeft = 0, iconvLeft = 0, breakLeft = 0
        var sawBreak = false
        while let rawLine = lines.popFirst() {
            var line = Substring(rawLine)
            if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let directive = fields.first, !directive.hasPrefix("#") else { continue }
            switch directive {
            case "FLAG":
                switch fields.count > 1 ? fields[1] : "" {
                case "long": flagType = .long
                case "num": flagType = .num
                case "UTF-8": flagType = .utf8
                default: throw AffixFileError.malformed("FLAG \(fields.dropFirst().joined())")
                }
            case "SET":
                if fields.count > 1, fields[1].uppercased() != "UTF-8" { throw AffixFileError.unsupported("SET \(fields[1])") }
            case "LANG":
                if fields.count > 1, ["tr", "az", "crh", "hu"].contains(where: { fields[1].hasPrefix($0) }) {
                    throw AffixFileError.unsupported("LANG \(fields[1])")
                }
            case "PFX", "SFX":
                guard fields.count >= 4 else { throw AffixFileError.malformed(String(line)) }
                let key = "\(directive) \(fields[1])"
                if let left = pendingAffixLines[key], left > 0 {
                    try readAffixLine(fields, crossProduct: affixHeaders[key] ?? false)
                    pendingAffixLines[key] = left - 1
                } else {
                    affixHeaders[key] = fields[2] == "Y"
                    pendingAffixLines[key] = Int(fields[3]) ?? 0
                }
            case "NEEDAFFIX", "PSEUDOROOT": needAffix = try singleFlag(fields)
            case "ONLYINCOMPOUND": onlyInCompound = try singleFlag(fields)
            case "FORBIDDENWORD": forbiddenWord = try singleFlag(fields)
            case "KEEPCASE": keepCase = try singleFlag(fields)
            case "FULLSTRIP": fullStrip = true
            case "COMPOUNDMIN": compoundMinimum = max(1, Int(fields.count > 1 ? fields[1] : "") ?? 3)
            case "COMPOUNDRULE":
                if compoundRulesLeft == 0, fields.count > 1, let count = Int(fields[1]) {
                    compoundRulesLeft = count
                } else if fields.count > 1 {
                    compoundRules.append(try compoundRule(fields[1]))
                    compoundRulesLeft -= 1
                }
            case "ICONV":
                if iconvLeft == 0, fields.count == 2, let count = Int(fields[1]) {
                    iconvLeft = count
                } else if fields.count >= 3 {
                    inputConversions.append((fields[1], fields[2]))
                    iconvLeft -= 1
                }
            case "BREAK":
                if !sawBreak { breakPatterns = []; sawBreak = true }
                if breakLeft == 0, fields.count == 2, let count = Int(fields[1]) {
                    breakLeft = count
                } else if fields.count >= 2 {
                    breakPatterns.append(fields[1])
                    breakLeft -= 1
                }
            default:
                if Self.ignoredDirectives.contains(directive) { continue }
                // Anything else that looks like a directive changes spelling in a way not implemented
                // here (compounding flags, IGNORE, AF aliases, CIRCUMFIX, CHECKSHARPS, …).
                if directive.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) {
                    throw AffixFileError.unsupported(directive)
                }
            }
        }
    }

    private func singleFlag(_ fields: [String]) throws -> UInt32 {
        guard fields.count > 1, let flag = decodeFlags(fields[1]).first else {
            throw AffixFileError.malformed(fields.joined(separator: " "))
        }
        return flag
    }

    private mutating func readAffixLine(_ fields: [String], crossProduct: Bool) throws {
        guard fields.count >= 4, let flag = decodeFlags(fields[1]).first else {
            throw AffixFileError.malformed(fields.joined(separator: " "))
        }
        let isPrefix = fields[0] == "PFX"
        let strip = fields[2] == "0" ? [] : Array(fields[2].unicodeScalars)
        var appendField = Substring(fields[3])
        var continuation: [UInt32] = []
        if let slash = appendField.firstIndex(of: "/") {
            continuation = decodeFlags(String(appendField[appendField.index(after: slash)...]))
            appendField = appendField[..<slash]
        }
        let append = appendField == "0" ? [] : Array(appendField.unicodeScalars)
        let condition = try Self.condition(fields.count > 4 ? fields[4] : ".")
        let affix = Affix(
            flag: flag, isPrefix: isPrefix, crossProduct: crossProduct, strip: strip, append: append,
            condition: condition, continuation: continuation)
        if isPrefix {
            if !continuation.isEmpty { throw AffixFileError.unsupported("PFX continuation classes") }
            prefixes[flag, default: []].append(affix)
        } else {
            suffixes[flag, default: []].append(affix)
        }
    }

    /// An affix condition ("[^aeiou]y", ".", "[bmp]") as one position per character.
    static func condition(_ text: String) throws -> [ConditionPosition] {
        if text == "." { return [] }
        var positions: [ConditionPosition] = []
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case ".": positions.append(.any)
            case "[":
                var negated = false, set: [Unicode.Scalar] = []
                if scalars.first == "^" { negated = true; scalars.removeFirst() }
                var closed = false
                while let member = scalars.popFirst() {
                    if member == "]" { closed = true; break }
                    set.append(member)
                }
                guard closed else { throw AffixFileError.malformed("condition \(text)") }
                positions.append(negated ? .noneOf(set) : .oneOf(set))
            default: positions.append(.oneOf([scalar]))
            }
        }
        return positions
    }

    /// The flags written in `text` under this file's FLAG type.
    func decodeFlags(_ text: String) -> [UInt32] {
        switch flagType {
        case .char:
            return text.utf8.map { UInt32($0) }
        case .utf8:
            return text.unicodeScalars.map { $0.value }
        case .long:
            let bytes = Array(text.utf8)
            return stride(from: 0, to: bytes.count, by: 2).map { i in
                i + 1 < bytes.count ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i]) << 8
            }
        case .num:
            return text.split(separator: ",").compactMap { UInt32($0.trimmingCharacters(in: .whitespaces)) }
        }
    }

    /// A COMPOUNDRULE pattern: flags (in parentheses for long and numeric flags) with `*` and `?`.
    func compoundRule(_ text: String) throws -> [CompoundRuleElement] {
        var elements: [CompoundRuleElement] = []
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "*", "?":
                guard !elements.isEmpty else { throw AffixFileError.malformed("COMPOUNDRULE \(text)") }
                elements[elements.count - 1].repeats = scalar == "*" ? .any : .optional
            case "(" where flagType == .long || flagType == .num:
                var inner = ""
                while let next = scalars.popFirst(), next != ")" { inner.unicodeScalars.append(next) }
                guard let flag = decodeFlags(inner).first else { throw AffixFileError.malformed("COMPOUNDRULE \(text)") }
                elements.append(CompoundRuleElement(flag: flag, repeats: .once))
            default:
                for flag in decodeFlags(String(scalar)) { elements.append(CompoundRuleElement(flag: flag, repeats: .once)) }
            }
        }
        return elements
    }
}

/// One stem of a hunspell .dic file with its flags.
struct DictionaryStem: Sendable {
    var word: String
    /// Sorted, without repeats; a handful at most, so a linear search beats a set.
    var flags: [UInt32]
    /// Hunspell's hidden capitalised copy of a mixed-case or all-capitals stem ("OpenOffice.org" →
    /// "Openoffice.org"), which lets the ALL CAPS form through but is no word when typed itself.
    var isHiddenCapitalisation = false
}

extension AffixFile {
    /// The stems of a .dic file: word and flags, up to a tab or a morphological field; "\/" is a
    /// slash in the word. Adds hunspell's hidden capitalised stems.
    func readDictionary(contentsOf path: String) throws -> [DictionaryStem] {
        guard let data = FileManager.default.contents(atPath: path) else { throw AffixFileError.unreadable(path) }
        return readDictionary(bytes: [UInt8](data))
    }

    func readDictionary(text: String) -> [DictionaryStem] { readDictionary(bytes: Array(text.utf8)) }

    func readDictionary(bytes: [UInt8]) -> [DictionaryStem] {
        var stems: [DictionaryStem] = []
        stems.reserveCapacity(bytes.count / 12)
        var isFirstLine = true
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            var line = line
            while line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if isFirstLine {
                isFirstLine = false  // the stem count
                continue
            }
            guard let stem = Self.stemLine(line) else { continue }
            let flags = stem.flags.isEmpty ? [] : Array(Set(decodeFlags(stem.flags))).sorted()
            stems.append(DictionaryStem(word: stem.word, flags: flags))
        }
        return stems + hiddenCapitalisations(of: stems)
    }

    /// Splits a .dic line into word and flag text, as hunspell's HashMgr does.
    static func stemLine(_ line: ArraySlice<UInt8>) -> (word: String, flags: String)? {
        var bytes = Array(line)
        // A morphological field starts at a tab, or at a space followed by "xx:".
        var end = bytes.count
        if let tab = bytes.firstIndex(of: UInt8(ascii: "\t")) { end = tab }
        var i = 3
        while i < end {
            if bytes[i] == UInt8(ascii: ":"), bytes[i - 3] == UInt8(ascii: " ") || bytes[i - 3] == UInt8(ascii: "\t") {
                var cut = i - 3
                while cut > 0, bytes[cut - 1] == UInt8(ascii: " ") || bytes[cut - 1] == UInt8(ascii: "\t") { cut -= 1 }
                if cut > 0, cut < end { end = cut }
                break
            }
            i += 1
        }
        bytes.removeSubrange(end...)
        // The flags follow the first slash that is neither the first character nor escaped.
        var slash: Int?
        var j = 1
        while j < bytes.count {
            if bytes[j] == UInt8(ascii: "/") {
                if bytes[j - 1] == UInt8(ascii: "\\") {
                    bytes.remove(at: j - 1)
                    continue
                }
                slash = j
                break
            }
            j += 1
        }
        let wordBytes = slash.map { bytes[..<$0] } ?? bytes[...]
        guard !wordBytes.isEmpty else { return nil }
        let flagBytes = slash.map { bytes[($0 + 1)...] } ?? []
        return (String(decoding: wordBytes, as: UTF8.self), String(decoding: flagBytes, as: UTF8.self))
    }

    /// Hunspell adds, for a stem in mixed case or (with affixes) all capitals, a capitalised copy
    /// marked only-upper-case, unless a real stem is spelt that way; forbidden stems get none.
    func hiddenCapitalisations(of stems: [DictionaryStem]) -> [DictionaryStem] {
        var candidates: [DictionaryStem] = []
        var spellings: Set<String> = []
        for stem in stems where !stem.flags.contains(forbiddenWord) {
            let type = SpellingCase.capitalisation(of: stem.word)
            guard type == .mixed || type == .mixedInitial || (type == .allCapitals && !stem.flags.isEmpty) else { continue }
            let capitalised = SpellingCase.capitalised(SpellingCase.lowercased(stem.word))
            if spellings.insert(capitalised).inserted {
                candidates.append(DictionaryStem(word: capitalised, flags: stem.flags, isHiddenCapitalisation: true))
            }
        }
        let realSpellings = spellings.intersection(stems.lazy.map(\.word).filter { spellings.contains($0) })
        return candidates.filter { !realSpellings.contains($0.word) }
    }
}
