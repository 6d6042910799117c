/// What hunspell's `checkword` finds for one surface form, before the spell-time rules (case,
/// trailing full stop, word breaks, compounds) are applied. A form can be a stem of the .dic file
/// ("dictionary" bits, looked at first) and also an affixed form of some stem ("affixed" bits,
/// looked at only when no stem of that spelling is a word by itself).
struct FormAttributes: OptionSet, Sendable, Hashable {
    let rawValue: UInt8

    /// A stem that is a word as it stands (not NEEDAFFIX, not ONLYINCOMPOUND).
    static let dictionaryWord = FormAttributes(rawValue: 1 << 0)
    /// Only a hidden capitalised stem has this spelling: a word unless typed capitalised itself.
    static let dictionaryHidden = FormAttributes(rawValue: 1 << 1)
    /// The first stem of this spelling carries FORBIDDENWORD.
    static let dictionaryForbidden = FormAttributes(rawValue: 1 << 2)
    static let dictionaryKeepCase = FormAttributes(rawValue: 1 << 3)
    /// An affixed form (prefix, suffix, cross product or two suffixes) of a stem.
    static let affixedWord = FormAttributes(rawValue: 1 << 4)
    static let affixedHidden = FormAttributes(rawValue: 1 << 5)
    static let affixedForbidden = FormAttributes(rawValue: 1 << 6)
    static let affixedKeepCase = FormAttributes(rawValue: 1 << 7)

    static let dictionaryAnswers: FormAttributes = [.dictionaryWord, .dictionaryHidden]
    static let affixedAnswers: FormAttributes = [.affixedWord, .affixedHidden, .affixedForbidden]
}

/// Every surface form a hunspell dictionary accepts through its stems and affix rules, with
/// what `checkword` would say about it, and the stems that compound rules may join.
///
/// Where two derivations of one form disagree (one from a forbidden stem, one not), hunspell
/// answers from whichever it finds first; here forbidden wins. Neither English dictionary has
/// such a form.
struct LexiconExpansion {
    var forms: FormTableBuilder
    /// Stems that COMPOUNDRULE patterns join ("1", "21st" from "2" + "1st"), with their rule flags.
    var compoundParts: [String: Set<UInt32>] = [:]
    private var utf8Buffer: [UInt8] = []

    init(affixFile affix: AffixFile, stems: [DictionaryStem]) {
        // English dictionaries have two to three forms per stem.
        forms = FormTableBuilder(expectedForms: stems.count * 3)
        let ruleFlags = Set(affix.compoundRules.joined().map(\.flag))
        // First the stems as words: the first stem of a spelling decides whether it is forbidden.
        for stem in stems {
            let flags = stem.flags
            let isForbidden = flags.contains(affix.forbiddenWord)
            let keepsCase = affix.keepCase.map(flags.contains) ?? false
            let isWordAlone =
                !(affix.needAffix.map(flags.contains) ?? false) && !(affix.onlyInCompound.map(flags.contains) ?? false)
            forms.update(Array(stem.word.utf8)) { attributes, isNew in
                if isNew, isForbidden { attributes.insert(.dictionaryForbidden) }
                guard isWordAlone else { return }
                if keepsCase, attributes.isDisjoint(with: .dictionaryAnswers) { attributes.insert(.dictionaryKeepCase) }
                attributes.insert(stem.isHiddenCapitalisation ? .dictionaryHidden : .dictionaryWord)
            }
            if !stem.isHiddenCapitalisation, !isForbidden, !(affix.needAffix.map(flags.contains) ?? false), !ruleFlags.isEmpty {
                let partFlags = ruleFlags.intersection(flags)
                if !partFlags.isEmpty { compoundParts[stem.word, default: []].formUnion(partFlags) }
            }
        }
        // Then every affixed form.
        for stem in stems where !stem.flags.isEmpty {
            // Hunspell never lets an ONLYINCOMPOUND stem take an affix outside a compound.
            if let onlyInCompound = affix.onlyInCompound, stem.flags.contains(onlyInCompound) { continue }
            let answer: FormAttributes =
                stem.flags.contains(affix.forbiddenWord)
                ? .affixedForbidden : stem.isHiddenCapitalisation ? .affixedHidden : .affixedWord
            let keepsCase = affix.keepCase.map(stem.flags.contains) ?? false
            addAffixedForms(
                of: Array(stem.word.unicodeScalars), flags: stem.flags, affix: affix, answer: answer, keepsCase: keepsCase)
        }
    }

    private mutating func addAffixedForms(
        of stem: [Unicode.Scalar], flags: [UInt32], affix: AffixFile, answer: FormAttributes, keepsCase: Bool
    ) {
        let notAlone = [affix.needAffix, affix.onlyInCompound].compactMap { $0 }
        for flag in flags {
            for suffix in affix.suffixes[flag] ?? [] {
                guard let suffixed = suffix.apply(to: stem, fullStrip: affix.fullStrip) else { continue }
                if !suffix.continuation.contains(where: notAlone.contains) { add(suffixed, answer, keepsCase) }
                // Two suffixes: the outer one is allowed by the inner one's continuation classes.
                for outerFlag in suffix.continuation {
                    for outer in affix.suffixes[outerFlag] ?? [] {
                        if let twice = outer.apply(to: suffixed, fullStrip: affix.fullStrip) { add(twice, answer, keepsCase) }
                    }
                }
                guard suffix.crossProduct else { continue }
                for prefixFlag in flags {
                    for prefix in affix.prefixes[prefixFlag] ?? [] where prefix.crossProduct {
                        if let both = prefix.apply(to: suffixed, fullStrip: affix.fullStrip) { add(both, answer, keepsCase) }
                    }
                }
            }
            for prefix in affix.prefixes[flag] ?? [] {
                if let prefixed = prefix.apply(to: stem, fullStrip: affix.fullStrip) { add(prefixed, answer, keepsCase) }
            }
        }
    }

    private mutating func add(_ scalars: [Unicode.Scalar], _ answer: FormAttributes, _ keepsCase: Bool) {
        utf8Buffer.removeAll(keepingCapacity: true)
        for scalar in scalars { utf8Buffer.append(contentsOf: UTF8.encode(scalar)!) }
        forms.update(utf8Buffer) { attributes, _ in
            if keepsCase, attributes.isDisjoint(with: .affixedAnswers) { attributes.insert(.affixedKeepCase) }
            attributes.insert(answer)
        }
    }
}

extension AffixFile.Affix {
    /// The affixed form of `stem`, or nil when the rule does not apply: the stem must end (suffix)
    /// or start (prefix) with `strip` and match `condition` there, and keep at least one character
    /// after stripping (hunspell's FULLSTRIP allows none).
    func apply(to stem: [Unicode.Scalar], fullStrip: Bool) -> [Unicode.Scalar]? {
        let kept = stem.count - strip.count
        guard kept > 0 || (kept == 0 && fullStrip), stem.count >= condition.count else { return nil }
        if isPrefix {
            guard stem.starts(with: strip) else { return nil }
            for (position, scalar) in zip(condition, stem) where !position.matches(scalar) { return nil }
            return append + stem[strip.count...]
        } else {
            let conditionStart = stem.count - condition.count
            for index in condition.indices where !condition[index].matches(stem[conditionStart + index]) { return nil }
            guard stem[kept...].elementsEqual(strip) else { return nil }
            return stem[..<kept] + append
        }
    }
}
