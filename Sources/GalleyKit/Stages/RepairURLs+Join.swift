/// Joining: addresses that run on from a line end onto the next line, across blocks (a path
/// fragment set as a block of its own) and across a space after "www.".
extension RepairURLs {
    /// Joins addresses that run on from a line end onto the next line of the same block.
    func joinAcrossLines(
        _ block: inout Block, blockIndex: Int, fragments: inout [LinePosition: [String]], evidence: AddressEvidence? = nil
    ) {
        // Every join (`forcedBreak`, `continuation`) needs an address starting in one of its two
        // lines: most blocks have none, and most pairs of lines in the others neither.
        // Through a pointer: each line's text is read without copying the whole `Line`.
        var mayHoldAddress = block.lines.withUnsafeBufferPointer { lines in
            lines.indices.map { Self.mayHoldAddressStart(lines[$0].text) }
        }
        guard mayHoldAddress.contains(true) else { return }
        // Joins change the lines' texts, not their boxes: the widest stays until a line is dropped.
        var widest = Self.widestLine(block)
        // A dump's lines have no boxes: their longest length in characters, kept up to date as
        // joins change them, so that a forced break is not measured against every line each time.
        var longest = LongestLine(block)
        // The greatest line of this block among the fragments recorded before this call: later
        // fragments sit at `lineIndex`, which never goes back, so only these can need moving up.
        var earlierFragmentLine: Int?
        func shiftFragments(after line: Int) {
            if earlierFragmentLine == nil {
                earlierFragmentLine = fragments.keys.lazy.filter { $0.block == blockIndex }.map(\.line).max() ?? -1
            }
            guard let last = earlierFragmentLine, last > line else { return }
            fragments = fragments.reduce(into: [:]) { moved, entry in
                let key = entry.key
                let shifted = key.block == blockIndex && key.line > line ? LinePosition(block: blockIndex, line: key.line - 1) : key
                moved[shifted] = entry.value
            }
            earlierFragmentLine = last - 1
        }
        var lineIndex = 0
        // A join that left words on the lower line ended the break the upper line's fullness
        // speaks for: what follows on that lower line was set after a plain space.
        var unforcedLine: Int?
        while lineIndex + 1 < block.lines.count {
            guard mayHoldAddress[lineIndex] || mayHoldAddress[lineIndex + 1] else {
                lineIndex += 1
                continue
            }
            // Fast path: only a line ending open, or a next line opening with a slash, can join.
            let upperLast = block.lines[lineIndex].text.last(where: { !$0.isWhitespace })
            let lowerFirst = block.lines[lineIndex + 1].text.first(where: { !$0.isWhitespace })
            let forced =
                unforcedLine == lineIndex
                ? nil : Self.forcedBreak(block, at: lineIndex, widest: widest, evidence: evidence, longest: longest.value)
            guard let upperLast, forced != nil || Self.isDanglingEnding(upperLast) || lowerFirst == "/" else {
                lineIndex += 1
                continue
            }
            let upper = block.lines[lineIndex].text.trimmingWhitespace()
            let lower = block.lines[lineIndex + 1].text.trimmingWhitespace()
            guard let join = forced ?? Self.continuation(upper: upper, lower: lower, evidence: evidence) else {
                // A side-heading the dump set between an open address and its rest ("www.example." /
                // "Opening Times" / "org.uk/visit…"): the rest moves up past it.
                if lineIndex + 2 < block.lines.count, Self.isInterposedLine(lower),
                    let join = Self.continuation(upper: upper, lower: block.lines[lineIndex + 2].text.trimmingWhitespace()),
                    join.fragment.contains(where: { $0 == "." || $0 == "/" })
                {
                    fragments[LinePosition(block: blockIndex, line: lineIndex), default: [join.address]].append(join.fragment)
                    block.lines[lineIndex].text = join.upper
                    longest.update(lineIndex, block)
                    mayHoldAddress[lineIndex] = Self.mayHoldAddressStart(join.upper)
                    if join.lower.isEmpty {
                        block.lines.remove(at: lineIndex + 2)
                        longest.remove(lineIndex + 2)
                        mayHoldAddress.remove(at: lineIndex + 2)
                        widest = Self.widestLine(block)
                        shiftFragments(after: lineIndex + 2)
                    } else {
                        block.lines[lineIndex + 2].text = join.lower
                        longest.update(lineIndex + 2, block)
                        mayHoldAddress[lineIndex + 2] = Self.mayHoldAddressStart(join.lower)
                    }
                }
                lineIndex += 1
                continue
            }
            let position = LinePosition(block: blockIndex, line: lineIndex)
            fragments[position, default: [join.address]].append(join.fragment)
            let droppedLower = block.rewriteLinePair(at: lineIndex, upper: join.upper, lower: join.lower)
            if !droppedLower { unforcedLine = lineIndex }
            longest.update(lineIndex, block)
            mayHoldAddress[lineIndex] = Self.mayHoldAddressStart(block.lines[lineIndex].text)
            if !droppedLower {
                longest.update(lineIndex + 1, block)
                mayHoldAddress[lineIndex + 1] = Self.mayHoldAddressStart(block.lines[lineIndex + 1].text)
            } else {
                longest.remove(lineIndex + 1)
                mayHoldAddress.remove(at: lineIndex + 1)
                widest = Self.widestLine(block)
                // Later lines move up one: so do the fragments recorded for them.
                shiftFragments(after: lineIndex + 1)
            }
            // The address may run on over another line: look at this one again.
        }
    }

    /// The longest of a block's trimmed lines in characters, kept as its lines change: each line's
    /// length and how many lines have each length, so a change costs the changed line, not the block.
    struct LongestLine {
        private var lengths: [Int]
        private var counts: [Int: Int] = [:]
        /// The longest length (0 for a block without lines).
        private(set) var value = 0

        init(_ block: Block) {
            // `characterCount`: a plain-ASCII line's length is its byte count, without grapheme breaking.
            lengths = block.lines.map { $0.text.trimmingWhitespace().characterCount }
            for length in lengths { counts[length, default: 0] += 1 }
            value = lengths.max() ?? 0
        }

        /// Line `index` of `block` has changed.
        mutating func update(_ index: Int, _ block: Block) {
            drop(lengths[index])
            let length = block.lines[index].text.trimmingWhitespace().characterCount
            lengths[index] = length
            counts[length, default: 0] += 1
            value = max(value, length)
        }

        /// Line `index` is gone.
        mutating func remove(_ index: Int) {
            drop(lengths.remove(at: index))
        }

        private mutating func drop(_ length: Int) {
            counts[length, default: 0] -= 1
            if counts[length] == 0 {
                counts[length] = nil
                if length == value { value = counts.keys.max() ?? 0 }
            }
        }
    }

    /// How two lines read when the address ending the upper one continues on the lower, or nil.
    struct Continuation: Equatable {
        /// The address as it stood at the end of the upper line.
        var address: String
        /// The lower line's first word, appended to it.
        var fragment: String
        var upper: String
        var lower: String
    }

    /// `text.prefix(while: { !$0.isWhitespace })`, found on the bytes when plain ASCII (each byte
    /// a character, whitespace the bytes 9–13 and 32): walking characters cost hundreds of
    /// instructions each.
    static func firstWord(_ text: String) -> Substring {
        guard WordScan.isPlainASCII(text.utf8) else { return text.prefix(while: { !$0.isWhitespace }) }
        let end = text.withContiguousUTF8 { bytes in bytes.firstIndex(where: { $0.isASCIIWhitespace }) ?? bytes.count }
        return text[..<text.utf8.index(text.utf8.startIndex, offsetBy: end)]
    }

    /// In a PDF, an address too long for its column is broken wherever the line is full, with no
    /// hyphen or open ending ("www.examplecharit" | "y.org.uk"): the upper line holds nothing but
    /// the address and reaches across at least 90% of its block's widest line, and the lower line
    /// opens with the rest of an address (a word with a dot or slash in it).
    static let forcedBreakShareOfWidth = 0.9
    /// In a dump, characters stand in for widths, and proportional type makes a full line's
    /// character count vary more: at least this share of the block's longest line.
    static let dumpForcedBreakShareOfLength = 0.8

    /// The width of `block`'s widest line box, when its lines have boxes.
    static func widestLine(_ block: Block) -> Double? {
        block.lines.compactMap { $0.box?.width }.max()
    }

    /// The join across a forced break after line `index` of a PDF block, or nil; `widest` is
    /// `widestLine(block)`, passed in so that a block is measured once, not once a line.
    ///
    /// With the document's `evidence`, the address may also end a line of prose ("…booked at
    /// www.example-q" / "uarryhill…"), and an email may be cut in its local part before the line
    /// that holds its "@" ("…by emailing treasur" / "er.office@…"): see `forcedJoin`.
    /// `longest`, when given, is the block's longest trimmed line in characters (worked out here otherwise).
    static func forcedBreak(
        _ block: Block, at index: Int, widest: Double?, evidence: AddressEvidence? = nil, longest: Int? = nil
    ) -> Continuation? {
        let upper = block.lines[index].text.trimmingWhitespace()
        let lower = block.lines[index + 1].text.trimmingWhitespace()
        guard let box = block.lines[index].box else {
            // A dump has no boxes: a line as long in characters as the block's longest is full.
            guard let evidence else { return nil }
            let longest = longest ?? block.lines.map { $0.text.trimmingWhitespace().characterCount }.max() ?? 0
            let isFull = longest > 0 && Double(upper.characterCount) >= dumpForcedBreakShareOfLength * Double(longest)
            var fragment = Self.firstWord(lower)
            while let end = fragment.last, isTrailingPunctuation(end) { fragment = fragment.dropLast() }
            return forcedJoin(
                upper: upper, lower: lower, fragment: fragment, evidence: evidence, lineIsFull: isFull, isMeasured: false)
        }
        guard let widest, widest > 0, box.width >= forcedBreakShareOfWidth * widest else { return nil }
        let fragmentEnd = lower.firstIndex(where: \.isWhitespace) ?? lower.endIndex
        var fragment = lower[..<fragmentEnd]
        while let end = fragment.last, isTrailingPunctuation(end) { fragment = fragment.dropLast() }
        // The byte test first: an address start or an "@" needs what it looks for.
        if mayHoldAddressStart(upper), !upper.isEmpty, !upper.contains(where: \.isWhitespace),
            addressStart(in: Substring(upper)) != nil || upper.contains("@"),
            let last = upper.last, last.isLetter || last.isNumber,
            let first = fragment.first, first.isLetter || first.isNumber, fragment.contains(where: { $0 == "." || $0 == "/" })
        {
            let rest = lower[fragment.endIndex...]
            return Continuation(
                address: upper, fragment: String(fragment), upper: upper + fragment, lower: rest.trimmingWhitespace())
        }
        guard let evidence else { return nil }
        return forcedJoin(upper: upper, lower: lower, fragment: fragment, evidence: evidence)
    }

    /// A forced break after prose: the upper line's last word is an unfinished address, or the
    /// head of an email's local part whose rest opens the lower line; `fragment` is the lower
    /// line's first word. Joined when a link annotation of the page points at the joined address,
    /// or when the fragment can only be the rest of it (`isForcedRest`, `AddressEvidence.isWordCut`).
    ///
    /// A dump's line may have been shortened by an earlier join, so when `lineIsFull` is false only
    /// an email's local part cut inside a word ("treasur", no word, + "er" = "treasurer") joins;
    /// and a dump's lines are not measured (`isMeasured` false), so even a rest with a dot must
    /// glue onto the address as a word cut in two ("examp" + "le-…").
    static func forcedJoin(
        upper: String, lower: String, fragment: Substring, evidence: AddressEvidence, lineIsFull: Bool = true,
        isMeasured: Bool = true
    ) -> Continuation? {
        let tokenStart = upper.lastIndex(where: \.isWhitespace).map { upper.index(after: $0) } ?? upper.startIndex
        let token = upper[tokenStart...]
        guard let last = token.last, last.isLetter || last.isNumber, !fragment.isEmpty else { return nil }
        let start: String.Index
        if let (addressStart, _) = addressStart(in: token) {
            guard lineIsFull else { return nil }
            let address = token[addressStart...]
            guard !looksComplete(address) || evidence.annotationStarts(with: address + fragment),
                evidence.annotationStarts(with: address + fragment)
                    || isForcedRest(of: address, fragment: fragment, evidence: evidence, needsWordEvidence: !isMeasured)
            else { return nil }
            start = addressStart
        } else {
            // The lower line opens with an email; the upper line ends with the head of its local part.
            guard let (emailStart, isEmail) = addressStart(in: fragment), isEmail, emailStart == fragment.startIndex,
                token.allSatisfy({ $0.isLetter || $0.isNumber || "._%+-".contains($0) })
            else { return nil }
            let localStart = token.firstIndex(where: { $0.isLetter || $0.isNumber }) ?? token.startIndex
            let head = lastPiece(token[localStart...])
            guard
                evidence.annotationStarts(with: token[localStart...] + fragment)
                    || (head.endIndex == token.endIndex && (lineIsFull || !evidence.isDictionaryWord(head))
                        && evidence.isWordCut(head: head, tail: firstPiece(fragment)))
            else { return nil }
            start = localStart
        }
        // The whole first word moves up, with the punctuation after the address ("…org.uk,").
        let word = lower.prefix(while: { !$0.isWhitespace })
        return Continuation(
            address: String(token[start...]), fragment: String(word),
            upper: String(upper[..<start]) + token[start...] + word, lower: lower[word.endIndex...].trimmingWhitespace())
    }

    /// With the document's `evidence`, an address broken at a hyphen loses it when the hyphen was
    /// the word processor's, not the address's ("tenant-" / "s.org.uk" where the document prints
    /// "tenants.org.uk" whole; "en-" / "ergy.advice@", "energy" being a word): see `dropsHyphen`.
    static func continuation(upper: String, lower: String, evidence: AddressEvidence? = nil) -> Continuation? {
        let tokenStart = upper.lastIndex(where: \.isWhitespace).map { upper.index(after: $0) } ?? upper.startIndex
        let token = upper[tokenStart...]
        let fragmentEnd = lower.firstIndex(where: \.isWhitespace) ?? lower.endIndex
        let fragment = lower[..<fragmentEnd]
        let start: String.Index
        if let (addressStart, isEmail) = addressStart(in: token) ?? emailHead(token) {
            guard let last = token.last,
                continues(
                    address: token[addressStart...], last: last, isEmail: isEmail, with: fragment,
                    wholeLine: fragmentEnd == lower.endIndex)
            else { return nil }
            start = addressStart
        } else if let localStart = emailLocalHead(token, before: fragment) {
            start = localStart
        } else {
            return nil
        }
        let address = token[start...]
        let joined =
            if let evidence, dropsHyphen(address: address, fragment: fragment, evidence: evidence) {
                address.dropLast() + fragment
            } else {
                address + fragment
            }
        return Continuation(
            address: String(address), fragment: String(fragment), upper: String(upper[..<start]) + joined,
            lower: lower[fragmentEnd...].trimmingWhitespace())
    }

    /// Whether the hyphen ending `address` at a line end was put there by hyphenation inside a
    /// word, not printed as part of the address: the link annotations or the addresses printed
    /// whole elsewhere prefer the joined form, or, failing both, the letters either side of the
    /// hyphen are one word cut in two (`AddressEvidence.isWordCut`).
    static func dropsHyphen(address: Substring, fragment: Substring, evidence: AddressEvidence) -> Bool {
        guard address.last == "-", address.count > 1 else { return false }
        let glued = String(address.dropLast()) + fragment, hyphenated = String(address) + fragment
        if let prefersGlued = evidence.prefers(glued, over: hyphenated) { return prefersGlued }
        let head = lastPiece(address.dropLast())
        let tail = firstPiece(fragment)
        // The document writes the pair with its hyphen in prose ("co-op"): the hyphen is the address's.
        if !head.isEmpty, !tail.isEmpty, evidence.proseWords.contains(String(head + "-" + tail)) { return false }
        return evidence.isWordCut(head: head, tail: tail)
    }

    /// An email cut right after its "@" ("name@" / "example.org") has no host yet for `addressStart` to see.
    static func emailHead(_ token: Substring) -> (start: String.Index, isEmail: Bool)? {
        guard token.last == "@", token.count > 1 else { return nil }
        var start = token.index(before: token.endIndex)
        while start > token.startIndex {
            let previous = token.index(before: start)
            guard token[previous].isLetter || token[previous].isNumber || "._%+-".contains(token[previous]) else { break }
            start = previous
        }
        return start < token.index(before: token.endIndex) ? (start, true) : nil
    }

    /// An email whose local part was cut at a hyphen or underscore ("neighbourhood-" /
    /// "volunteering@example.org"): where the local part starts in `token`, or nil. Not at a dot:
    /// "…today." / "info@example.org" is a sentence and then an address.
    static func emailLocalHead(_ token: Substring, before fragment: Substring) -> String.Index? {
        guard let last = token.last, "-_".contains(last), let (start, isEmail) = addressStart(in: fragment), isEmail,
            start == fragment.startIndex
        else { return nil }
        var localStart = token.endIndex
        while localStart > token.startIndex {
            let previous = token.index(before: localStart)
            guard token[previous].isLetter || token[previous].isNumber || "._%+-".contains(token[previous]) else { break }
            localStart = previous
        }
        return token[localStart...].contains(where: \.isLetter) ? localStart : nil
    }

    /// Whether `fragment`, the next line's first word, is the rest of `address`.
    static func continues(address: Substring, last: Character, isEmail: Bool, with fragment: Substring, wholeLine: Bool) -> Bool {
        guard let first = fragment.first, first.isLetter || first.isNumber || first == "/" else { return false }
        // A fresh address is not the rest of this one.
        let lowerFragment = fragment.lowercased()
        if lowerFragment.hasPrefix("http") || lowerFragment.hasPrefix("www.") { return false }
        guard fragment.allSatisfy({ $0.isLetter || $0.isNumber || isAddressCharacter($0) || isOtherAddressMark($0) })
        else {
            return false
        }
        if first == "/" { return !isEmail }
        guard isDanglingEnding(last) else { return false }
        let core = withoutTrailingPunctuation(fragment)
        let carriesAddressCharacter = core.contains(where: { isAddressCharacter($0) })
        switch last {
        case ".", "@":
            // After a dot: a domain or file name goes on ("co.uk/…", "pdf"), a sentence does not
            // ("For more…", "e.g. the form", "co-ordinated by").
            let firstLabel = core.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" })
            if firstLabel.count >= 2, core.contains(where: { $0 == "." || $0 == "/" }) { return true }
            let isLowercase = !core.contains(where: \.isUppercase)
            return (isLowercase || wholeLine) && addressEndings.contains(String(core).lowercased())
        case "-", "_":
            // An email's host goes on only with more host ("example-" / "council.gov.uk").
            guard !isEmail else { return core.contains(where: { $0 == "." }) && !core.contains(where: { $0 == "/" }) }
            // An address does not end in a hyphen: the next word is the rest of it ("what-we-" / "do").
            return carriesAddressCharacter || wholeLine || first.isLowercase || first.isNumber
        default:
            guard !isEmail else { return false }
            return carriesAddressCharacter || wholeLine
        }
    }

    /// `fragment` without the trailing punctuation after it, as a piece of it: what
    /// `fragment.reversed().drop(while:).reversed()` holds, whose reversed view of a reversed view
    /// cost tens of thousands of instructions to turn into a string.
    static func withoutTrailingPunctuation(_ fragment: Substring) -> Substring {
        let end = fragment.lastIndex(where: { !isTrailingPunctuation($0) }).map { fragment.index(after: $0) }
        return fragment[..<(end ?? fragment.startIndex)]
    }

    /// Joins a block that is nothing but a path fragment to the nearest dangling address on its page.
    func joinAcrossBlocks(_ page: inout Page, fragments: inout [LinePosition: [String]], evidence: AddressEvidence? = nil) {
        joinOpenAddressesAcrossBlocks(&page, fragments: &fragments)
        var removed = Set<Int>()
        for fragmentIndex in page.blocks.indices where Self.isPathFragment(page.blocks[fragmentIndex]) {
            let candidates = page.blocks.indices.filter { index in
                index != fragmentIndex && !removed.contains(index) && Self.danglingAddress(page.blocks[index]) != nil
            }
            // The nearest before it in reading order; failing that, the nearest after it (columns read out of order).
            guard let target = candidates.last(where: { $0 < fragmentIndex }) ?? candidates.first(where: { $0 > fragmentIndex })
            else {
                continue
            }
            let fragment = page.blocks[fragmentIndex].text
            let lineIndex = page.blocks[target].lines.count - 1
            let position = LinePosition(block: target, line: lineIndex)
            let address = Self.danglingAddress(page.blocks[target])!
            fragments[position, default: [address]].append(fragment)
            page.blocks[target].lines[lineIndex].text = page.blocks[target].lines[lineIndex].text.trimmingWhitespace() + fragment
            removed.insert(fragmentIndex)
        }
        guard !removed.isEmpty else { return }
        // Renumber the recorded positions past the removed blocks.
        let kept = page.blocks.indices.filter { !removed.contains($0) }
        let newIndex = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($0.element, $0.offset) })
        fragments = fragments.reduce(into: [:]) { moved, entry in
            if let block = newIndex[entry.key.block] { moved[LinePosition(block: block, line: entry.key.line)] = entry.value }
        }
        page.blocks = kept.map { page.blocks[$0] }
    }

    /// Blocks skipped between an address left open at a block's end and the block that goes on
    /// with it: a side-heading or a caption the reader set between them.
    static let maximumInterposedBlocks = 2
    /// A block skipped so is short: at most this many lines, and no address of its own.
    static let maximumInterposedLines = 3

    /// An address left open at the end of a block ("…online at www.example-hall.") whose rest
    /// opens a later block ("org.uk/bookings, where…"), past at most `maximumInterposedBlocks`
    /// short blocks: the rest, which must carry a dot or a slash, moves up onto the open address.
    func joinOpenAddressesAcrossBlocks(_ page: inout Page, fragments: inout [LinePosition: [String]]) {
        var index = 0
        while index < page.blocks.count {
            defer { index += 1 }
            guard let upper = page.blocks[index].lines.last?.text.trimmingWhitespace(), let last = upper.last,
                Self.isDanglingEnding(last), Self.mayHoldAddressStart(upper)
            else { continue }
            var candidate = index + 1
            while candidate < page.blocks.count, candidate <= index + 1 + Self.maximumInterposedBlocks {
                let block = page.blocks[candidate]
                if let lower = block.lines.first?.text.trimmingWhitespace(),
                    let join = Self.continuation(upper: upper, lower: lower),
                    join.fragment.contains(where: { $0 == "." || $0 == "/" })
                {
                    let lineIndex = page.blocks[index].lines.count - 1
                    fragments[LinePosition(block: index, line: lineIndex), default: [join.address]].append(join.fragment)
                    page.blocks[index].lines[lineIndex].text = join.upper
                    if join.lower.isEmpty {
                        page.blocks[candidate].lines.removeFirst()
                    } else {
                        page.blocks[candidate].lines[0].text = join.lower
                    }
                    if page.blocks[candidate].lines.isEmpty {
                        page.blocks.remove(at: candidate)
                        fragments = fragments.reduce(into: [:]) { moved, entry in
                            let key = entry.key
                            moved[key.block > candidate ? LinePosition(block: key.block - 1, line: key.line) : key] = entry.value
                        }
                    }
                    break
                }
                guard block.lines.count <= Self.maximumInterposedLines, !Self.mayHoldAddressStart(block.text) else { break }
                candidate += 1
            }
        }
    }

    /// "www. Example.org": an address printed with a space after its "www." (a word processor took
    /// the dot for a full stop and capitalised the next word). The space goes and the host is
    /// written in lower case, as hosts are case-blind; the host must end in a known top-level domain.
    static func joinSpacedHosts(_ page: inout Page, audit: inout Audit) {
        for blockIndex in page.blocks.indices {
            for lineIndex in page.blocks[blockIndex].lines.indices {
                let text = page.blocks[blockIndex].lines[lineIndex].text
                // Only a token ending in "www." (any case) followed by a space joins: a byte test
                // first, for the many lines without one.
                guard Self.mayHoldSpacedHost(text), text.range(of: "www. ", options: .caseInsensitive) != nil else { continue }
                var tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                var index = 0
                var changed = false
                while index + 1 < tokens.count {
                    defer { index += 1 }
                    let token = tokens[index], next = tokens[index + 1]
                    guard token.lowercased().hasSuffix("www."), let (start, _) = addressStart(in: Substring(token)),
                        token[start...].lowercased() == "www."
                    else { continue }
                    let hostEnd = next.firstIndex(of: "/") ?? next.endIndex
                    var host = next[..<hostEnd]
                    while let last = host.last, isTrailingPunctuation(last) { host = host.dropLast() }
                    let labels = host.split(separator: ".", omittingEmptySubsequences: false)
                    guard labels.count >= 2,
                        labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
                        let tld = labels.last, addressEndings.contains(tld.lowercased())
                    else { continue }
                    let joined = token + host.lowercased() + next[host.endIndex...]
                    audit.repair(
                        .url, before: String(token[start...]) + " " + trimTrailingPunctuation(next),
                        after: trimTrailingPunctuation(
                            String(
                                joined[
                                    joined.index(
                                        joined.startIndex, offsetBy: token.distance(from: token.startIndex, to: start))...])),
                        page: page.number, lines: [page.blocks[blockIndex].lines[lineIndex]])
                    tokens[index] = joined
                    tokens.remove(at: index + 1)
                    changed = true
                }
                if changed { page.blocks[blockIndex].lines[lineIndex].text = tokens.joined(separator: " ") }
            }
        }
    }

    /// Whether `text` holds "www. " in any case of its ASCII letters: no other character lower-cases
    /// to "w", so a line without these bytes has no token that `joinSpacedHosts` joins.
    static func mayHoldSpacedHost(_ text: String) -> Bool {
        text.withContiguousUTF8 { bytes in
            guard bytes.count >= 5 else { return false }
            for index in 3..<(bytes.count - 1) where bytes[index] == UInt8(ascii: ".") && bytes[index + 1] == UInt8(ascii: " ") {
                if bytes[(index - 3)..<index].allSatisfy({ $0 | 0x20 == UInt8(ascii: "w") }) { return true }
            }
            return false
        }
    }

    /// A line that may stand between an open address and its rest: a short title, no address, no
    /// closing punctuation.
    static func isInterposedLine(_ text: String) -> Bool {
        // On the bytes for plain ASCII: splitting on characters walked every one of a long line.
        let words = text.whitespaceSeparatedWords()
        guard let last = text.last, !words.isEmpty, words.count <= TextShape.maximumWordsPerLine,
            !isTrailingPunctuation(last), !mayHoldAddressStart(text)
        else { return false }
        return text.first?.isUppercase ?? false
    }

    /// A block that is one path fragment: no spaces, lower case, slashes, no scheme, "www." or "@",
    /// and not a domain of its own ("services/health-and-family/carers/").
    static func isPathFragment(_ block: Block) -> Bool {
        // Most blocks have no slash at all: say so from the bytes before joining their text.
        // Line by line through a pointer: each line's text is read without copying the whole `Line`.
        let hasSlash = block.lines.withUnsafeBufferPointer { lines in
            lines.indices.contains { lines[$0].text.containsUTF8Byte(UInt8(ascii: "/")) }
        }
        guard hasSlash else { return false }
        // Nor do most of those that have one hold no whitespace: say so from the bytes too.
        if hasInnerWhitespace(plainASCIIBlock: block) == true { return false }
        let text = block.text
        guard !text.isEmpty, !text.contains(where: \.isWhitespace), !text.contains(where: \.isUppercase),
            text.contains("/"), text.contains(where: \.isLetter), !text.contains("@"), !text.contains("://"),
            !text.lowercased().hasPrefix("www."), let first = text.first, first.isLetter || first.isNumber,
            addressStart(in: Substring(text)) == nil
        else { return false }
        // "and/or" is prose: a path has a hyphenated slug or several slashes.
        return text.contains("-") || text.filter { $0 == "/" }.count >= 2
    }

    /// Whether `block.text` has whitespace, read on the lines' bytes when each is plain ASCII (a
    /// byte a character, whitespace the bytes 9–13 and 32), else nil: a line with whitespace
    /// inside its trimmed text, or two lines with text (joined by a space).
    static func hasInnerWhitespace(plainASCIIBlock block: Block) -> Bool? {
        var linesWithText = 0
        for index in block.lines.indices {
            let text = block.lines[index].text
            guard WordScan.isPlainASCII(text.utf8) else { return nil }
            let inner: Bool? = text.withContiguousUTF8 { bytes in
                guard let first = bytes.firstIndex(where: { !$0.isASCIIWhitespace }),
                    let last = bytes.lastIndex(where: { !$0.isASCIIWhitespace })
                else { return nil }
                return bytes[first...last].contains(where: { $0.isASCIIWhitespace })
            }
            guard let inner else { continue }
            linesWithText += 1
            if inner || linesWithText >= 2 { return true }
        }
        return false
    }

    /// The address ending `block`'s last line when it is left open ("…/my-", "…/adult-care/"), or nil.
    static func danglingAddress(_ block: Block) -> String? {
        guard let line = block.lines.last?.text.trimmingWhitespace(), let last = line.last, last != ".",
            isDanglingEnding(last)
        else {
            return nil
        }
        let tokenStart = line.lastIndex(where: \.isWhitespace).map { line.index(after: $0) } ?? line.startIndex
        let token = line[tokenStart...]
        guard let (start, isEmail) = addressStart(in: token), !isEmail else { return nil }
        return String(token[start...])
    }
}
