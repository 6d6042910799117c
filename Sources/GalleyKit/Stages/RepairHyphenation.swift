/// Restores hyphens a text dump lost where it joined a compound broken at a line end
/// ("selfharming" → "self-harming"), and resolves hyphens still visible at line ends: a syllable
/// break is closed up ("com- munity" → "community"), a compound keeps its hyphen ("self- harm" →
/// "self-harm"). Every change is recorded as a `.hyphenation` repair, before and after. In a
/// table, a line-end hyphen is resolved inside its cell (`TableCells`), and the cells are rebuilt.
///
/// A glued word is split only on evidence that it is a line-end join: the document prints the
/// compound with a hyphen elsewhere, or the word sits where a printed line ended on a line that
/// is far longer than its neighbours (pdftotext appended the next line to it) and splits into two
/// dictionary words. In a text dump, a lower-case word that no dictionary knows, printed once,
/// that splits into two dictionary words in one way only, is such a join too when it opens or
/// ends its line (pdftotext moves the joined word whole to one line) or sits in a paragraph's
/// last line holding what many printed lines held (where their ends cannot be seen). Names, acronyms, the author's own closed spellings ("wellbeing",
/// printed more than once) and web or email addresses (`RepairURLs`) are left alone.
package struct RepairHyphenation: Stage {
    /// Each part of a compound split on dictionary evidence has at least this many letters:
    /// with shorter parts ("a", "in", "to") almost any run of letters splits into words.
    static let minimumPartLength = 3
    /// A line carries a dump's line-end join when it is at least this much longer than the
    /// median of its block's other lines: the next printed line was appended to it.
    static let joinedLineRatio = 1.3
    /// The median means something only with at least this many other lines in the block.
    static let minimumOtherLines = 2
    /// The split must fall where a printed line could have ended: its offset in the joined line,
    /// as a share of the median line length, lies in this range (ragged lines run to half as long
    /// again as the median of a block's few others).
    static let breakOffsetRange = 0.5...1.5
    /// A glued form the document prints this often, and never hyphenated, is the author's
    /// spelling: a dump's line-end joins land on a different word each time.
    static let authorSpellingCount = 2
    /// A dump's lone unknown word is taken for a join only when the document prints it at most
    /// this often: a word the author uses again is their spelling, not a line end's accident.
    static let dumpJoinMaximumCount = 1

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        // Soft hyphens go first: every later test reads whole words.
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            for blockIndex in document.pages[pageIndex].blocks.indices {
                Self.removeSoftHyphens(in: &document.pages[pageIndex].blocks[blockIndex], audit: &document.audit)
            }
        }
        let vocabulary = context.vocabulary(of: document)
        // Both passes below ask about the same words, and a document repeats its words.
        let lexicon = RememberingLexicon(context.lexicon)
        // A dump lost its line-end hyphens where it joined lines; a PDF's glyphs keep them.
        let dumpLineLength = document.source.format == .text ? Self.medianLineLength(document) : nil
        // The words that take a hyphen back on the document's evidence, weighed once for both
        // passes below: only the author's-spelling test waits for `atJoins`.
        var blockCuts: [[GluedCut]] = []
        // A glued form printed twice may be two line-end joins of one compound ("selfharm" each
        // time pdftotext closed up "self-|harm"): such occurrences are not the author's spelling.
        var atJoins: [String: Int] = [:]
        for page in document.pages where page.duplicateOf == nil {
            for block in page.blocks {
                let found = gluedCuts(in: block, vocabulary: vocabulary, lexicon: lexicon, dumpLineLength: dumpLineLength)
                blockCuts.append(found)
                guard !found.isEmpty else { continue }
                var repairs = Audit()
                let cuts = gluedCompoundCuts(found, in: block, vocabulary: vocabulary, atJoins: nil, audit: &repairs)
                // Repairs come in line order, one per word (a word may take several hyphens); a
                // printed line ends once, so a line with two hyphens put back says nothing about
                // which was the join.
                var next = 0
                for cut in cuts {
                    if cut.words == 1, cut.hyphensAt.count == 1 {
                        atJoins[repairs.repairs[next].before.lowercased(), default: 0] += 1
                    }
                    next += cut.words
                }
            }
        }
        var blockCutsIterator = blockCuts.makeIterator()
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            for blockIndex in document.pages[pageIndex].blocks.indices {
                // A table's cells, taken before any change: glued compounds are put back inside
                // lines, which keeps the lines where they are.
                let cells = TableCells(document.pages[pageIndex].blocks[blockIndex])
                // In place: a copy of the block would make every change copy its lines.
                restoreGluedCompounds(
                    blockCutsIterator.next()!, in: &document.pages[pageIndex].blocks[blockIndex], vocabulary: vocabulary,
                    atJoins: atJoins, audit: &document.audit)
                // In a table a line-end hyphen is resolved inside its cell, never across two cells.
                if var cells, cells.update(document.pages[pageIndex].blocks[blockIndex]) {
                    var pieces = cells.blocks
                    for index in pieces.indices where pieces[index].lines.count > 1 {
                        resolveLineEndHyphens(
                            in: &pieces[index], vocabulary: vocabulary, lexicon: lexicon, audit: &document.audit)
                    }
                    document.pages[pageIndex].blocks[blockIndex] = cells.rebuilt(pieces)
                    continue
                }
                resolveLineEndHyphens(
                    in: &document.pages[pageIndex].blocks[blockIndex], vocabulary: vocabulary, lexicon: lexicon,
                    audit: &document.audit)
            }
        }
    }

    // MARK: Glued compounds inside a line

    /// A run of ASCII letters that may be a glued compound: long enough, a whole word, outside any
    /// web or email address, and either spelled with a hyphen in the document or on an overlong line.
    struct GluedCandidate {
        var line: Int
        /// The run's byte offsets in its line.
        var start: Int, end: Int
        /// The run itself, taken while its line's bytes are at hand.
        var word: String
        /// The median length of the other lines when this line is far longer (a dump's join), else nil.
        var joinedLineMedian: Double?
        /// The line came from a text dump, where a line-end join can sit anywhere in a line.
        var inDump = false
    }

    /// Hands `body` the candidates on the lines of `block`, in order: weighed as they are found,
    /// a dump's many candidates are never stored.
    ///
    /// Lines are walked as UTF-8 bytes; lengths and offsets are in bytes, which is characters for
    /// the ASCII text the measures matter on. Only runs of ASCII letters are candidates.
    /// `dumpLineLength` is the document's median line length when it is a text dump, else nil.
    func forEachGluedCandidate(
        in block: Block, vocabulary: DocumentVocabulary, dumpLineLength: Double? = nil, _ body: (GluedCandidate) -> Void
    ) {
        let sortedLengths = block.lines.map { $0.text.utf8.count }.sorted()
        for lineIndex in block.lines.indices {
            var text = block.lines[lineIndex].text
            let median = Self.median(of: sortedLengths, without: text.utf8.count)
            // A dump's join shows as a line far longer than the others; elsewhere only the document's own hyphenation counts.
            let joinedLineMedian = median.flatMap { Double(text.utf8.count) >= Self.joinedLineRatio * $0 ? $0 : nil }
            if joinedLineMedian == nil, dumpLineLength == nil, vocabulary.hyphenatedByGlued.isEmpty { continue }
            // A dump line holding a whole paragraph (the block's last line, far longer than the
            // document's lines) hides where its printed lines ended.
            let isParagraphLine =
                lineIndex == block.lines.count - 1 && dumpLineLength.map { Double(text.utf8.count) >= Self.joinedLineRatio * $0 } ?? false
            text.withUTF8 { bytes in
                var lineEnd = bytes.count
                while lineEnd > 0, Self.isSpace(bytes[lineEnd - 1]) { lineEnd -= 1 }
                var isFirstToken = true
                var tokenStart = 0
                while tokenStart < bytes.count {
                    guard !Self.isSpace(bytes[tokenStart]) else {
                        tokenStart += 1
                        continue
                    }
                    var tokenEnd = tokenStart
                    while tokenEnd < bytes.count, !Self.isSpace(bytes[tokenEnd]) { tokenEnd += 1 }
                    defer {
                        tokenStart = tokenEnd
                        isFirstToken = false
                    }
                    // In a dump, a join sits at a line's edge (the word pdftotext moved whole to one
                    // line or the other) or anywhere in a paragraph line.
                    let inDump = dumpLineLength != nil && (isParagraphLine || isFirstToken || tokenEnd == lineEnd)
                    // Asked only once a run in the token is a candidate: most tokens have none.
                    var isAddress: Bool?
                    var runStart = tokenStart
                    while runStart < tokenEnd {
                        guard RepairURLs.isASCIILetter(bytes[runStart]) else {
                            runStart += 1
                            continue
                        }
                        var runEnd = runStart
                        while runEnd < tokenEnd, RepairURLs.isASCIILetter(bytes[runEnd]) { runEnd += 1 }
                        defer { runStart = runEnd }
                        // Without an overlong line only the document's hyphenated spellings can cut a word.
                        guard runEnd - runStart >= 2 * Self.minimumPartLength,
                            joinedLineMedian != nil || inDump
                                || vocabulary.mayHaveHyphenatedForm(ofASCIILetters: UnsafeBufferPointer(rebasing: bytes[runStart..<runEnd])),
                            Self.isWordBoundary(bytes, before: runStart), Self.isWordBoundary(bytes, after: runEnd)
                        else { continue }
                        if isAddress == nil { isAddress = RepairURLs.isAddressLike(utf8: bytes[tokenStart..<tokenEnd]) }
                        guard isAddress == false else { break }
                        body(
                            GluedCandidate(
                                line: lineIndex, start: runStart, end: runEnd,
                                word: String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<runEnd]), as: UTF8.self),
                                joinedLineMedian: joinedLineMedian, inDump: inDump))
                    }
                }
            }
        }
    }

    /// A glued candidate that takes hyphens back on the document's evidence, before the
    /// author's-spelling test (which needs every block's joins counted first).
    struct GluedCut {
        var line: Int
        /// The word's byte offset in its line.
        var start: Int
        var word: String
        /// The hyphens' offsets in the word, in order.
        var cuts: [Int]
        /// The cut rests on an overlong line alone: a glued form the document prints often is the
        /// author's spelling (`isAuthorSpelling`).
        var weighsSpelling: Bool
    }

    /// The candidates of `block` that take hyphens back, in order, weighed once for both passes.
    func gluedCuts(
        in block: Block, vocabulary: DocumentVocabulary, lexicon: any Lexicon, dumpLineLength: Double?
    ) -> [GluedCut] {
        var found: [GluedCut] = []
        forEachGluedCandidate(in: block, vocabulary: vocabulary, dumpLineLength: dumpLineLength) { candidate in
            guard
                let cut = compoundCut(
                    candidate.word, lineOffset: candidate.start, joinedLineMedian: candidate.joinedLineMedian,
                    vocabulary: vocabulary, lexicon: lexicon, inDump: candidate.inDump)
            else { return }
            found.append(
                GluedCut(
                    line: candidate.line, start: candidate.start, word: candidate.word, cuts: cut.cuts,
                    weighsSpelling: cut.weighsSpelling))
        }
        return found
    }

    /// Puts back the hyphen in the glued compounds among `found` (weighed on `block` as it is).
    /// `atJoins` counts the glued forms found at line-end joins (nil while counting them: no
    /// author's-spelling test).
    func restoreGluedCompounds(
        _ found: [GluedCut], in block: inout Block, vocabulary: DocumentVocabulary,
        atJoins: [String: Int]?, audit: inout Audit
    ) {
        guard !found.isEmpty else { return }
        for (lineIndex, hyphensAt, _) in gluedCompoundCuts(
            found, in: block, vocabulary: vocabulary, atJoins: atJoins, audit: &audit)
        {
            let bytes = block.lines[lineIndex].text.utf8
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + hyphensAt.count)
            var next = 0
            for (offset, byte) in bytes.enumerated() {
                while next < hyphensAt.count, hyphensAt[next] == offset {
                    output.append(UInt8(ascii: "-"))
                    next += 1
                }
                output.append(byte)
            }
            block.lines[lineIndex].text = String(decoding: output, as: UTF8.self)
        }
    }

    /// The lines of `block` that take hyphens back, each with the byte offsets where they go, in
    /// order, and the number of words repaired on it; every repair (one per word) is recorded in
    /// `audit`. The block itself is left alone.
    func gluedCompoundCuts(
        _ found: [GluedCut], in block: Block, vocabulary: DocumentVocabulary,
        atJoins: [String: Int]?, audit: inout Audit
    ) -> [(line: Int, hyphensAt: [Int], words: Int)] {
        var cutLines: [(line: Int, hyphensAt: [Int], words: Int)] = []
        for candidate in found {
            let word = candidate.word, cuts = candidate.cuts
            if candidate.weighsSpelling, let atJoins,
                Self.isAuthorSpelling(word, vocabulary: vocabulary, atJoins: atJoins)
            {
                continue
            }
            var after = Array(word)
            for cut in cuts.reversed() { after.insert("-", at: cut) }
            audit.repair(.hyphenation, before: word, after: String(after), page: block.page, lines: [block.lines[candidate.line]])
            let hyphensAt = cuts.map { candidate.start + $0 }
            if cutLines.last?.line == candidate.line {
                cutLines[cutLines.count - 1].hyphensAt += hyphensAt
                cutLines[cutLines.count - 1].words += 1
            } else {
                cutLines.append((candidate.line, hyphensAt, 1))
            }
        }
        return cutLines
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// Whether the letter run starting at `index` begins a word: not after a digit ("5s") or a
    /// non-ASCII letter ("Zü|richsee"); quotes and other punctuation are boundaries.
    static func isWordBoundary(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        guard index > 0 else { return true }
        let byte = bytes[index - 1]
        if byte < 0x80 { return !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        var lead = index - 1
        while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return !isLetter(bytes[lead..<index])
    }

    /// Whether the letter run ending at `index` ends a word (see `isWordBoundary(_:before:)`).
    static func isWordBoundary(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        guard index < bytes.count else { return true }
        let byte = bytes[index]
        if byte < 0x80 { return !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return !isLetter(bytes[index..<end])
    }

    static func isLetter(_ scalarBytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        String(decoding: scalarBytes, as: UTF8.self).unicodeScalars.first.map {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        } ?? false
    }

    /// Whether the glued form `text` is the author's spelling: printed at least
    /// `authorSpellingCount` times besides the line-end joins counted in `atJoins`.
    static func isAuthorSpelling(_ text: String, vocabulary: DocumentVocabulary, atJoins: [String: Int]) -> Bool {
        let key = text.lowercased()
        return (vocabulary.counts[key] ?? 0) - (atJoins[key] ?? 0) >= authorSpellingCount
    }

    /// Where to put hyphens back into the glued letter run `word`, or nil to leave it, before the
    /// author's-spelling test; `weighsSpelling` says the test applies (the cut rests on an
    /// overlong line alone). The test comes last: every test here is pure, so the order does not
    /// change the answer.
    func compoundCut(
        _ text: String, lineOffset: Int, joinedLineMedian: Double?, vocabulary: DocumentVocabulary,
        lexicon: any Lexicon, inDump: Bool = false
    ) -> (cuts: [Int], weighsSpelling: Bool)? {
        // Asked of every glued candidate of a dump: a plain-ASCII word's characters are its bytes.
        let isPlainASCII = WordScan.isPlainASCII(text.utf8)
        guard (isPlainASCII ? text.utf8.count : text.count) >= 2 * Self.minimumPartLength else { return nil }
        // The filter's exact "no" first: an ASCII word missing it has no hyphenated spelling.
        let hyphenated =
            (isPlainASCII || text.utf8.allSatisfy({ $0 < 0x80 })) && !vocabulary.mayHaveHyphenatedForm(ofASCIILetters: text.utf8)
            ? nil : vocabulary.hyphenatedForm(of: text)
        // With a dump's position as the only evidence, only a lower-case word can be a join
        // (`dumpJoinCut`): the cheap test goes before the dictionary's.
        if hyphenated == nil, joinedLineMedian == nil, inDump, !Self.isLowercaseWord(text, isPlainASCII: isPlainASCII) {
            return nil
        }
        // Without the document's spelling, an overlong line or a dump there is no evidence to weigh.
        guard hyphenated != nil || joinedLineMedian != nil || inDump, !lexicon.isWord(text) else { return nil }
        // The document's own hyphenated spelling is the best evidence there is.
        if let hyphenated {
            var cuts: [Int] = []
            var letters = 0
            for character in hyphenated {
                if character == "-" { cuts.append(letters) } else { letters += 1 }
            }
            return cuts.isEmpty ? nil : (cuts, false)
        }
        if inDump, let cut = dumpJoinCut(text, vocabulary: vocabulary, lexicon: lexicon) { return (cut, false) }
        guard let median = joinedLineMedian else { return nil }
        let word = Array(text)
        // Acronyms ("SENCO") are not compounds.
        if word.allSatisfy({ $0.isUppercase }) { return nil }
        // A change from lower to upper case ("MultiAgency") marks the join; a capitalised word
        // without one is a name ("Ashworth", "Freephone") unless the document says otherwise.
        let caseChanges = (1..<word.count).filter { word[$0].isUppercase && word[$0 - 1].isLowercase }
        let splits: [(head: String, tail: String)]
        if caseChanges.count == 1, let cut = caseChanges.first {
            let head = String(word[..<cut]), tail = String(word[cut...])
            guard head.count >= Self.minimumPartLength, tail.count >= Self.minimumPartLength,
                lexicon.isWord(head), lexicon.isWord(tail)
            else { return nil }
            splits = [(head, tail)]
        } else {
            guard caseChanges.isEmpty, word.first?.isUppercase == false else { return nil }
            splits = lexicon.twoWordSplits(of: text, minimumPart: Self.minimumPartLength)
        }
        // Two ways to split is a guess, not a repair, unless the document's own words pick one.
        guard let split = Self.preferredSplit(splits, vocabulary: vocabulary) else { return nil }
        let cut = split.head.count
        let breakOffset = Double(lineOffset + cut + 1) / median
        guard Self.breakOffsetRange.contains(breakOffset) else { return nil }
        return ([cut], true)
    }

    /// Where a dump's lone unknown word takes its hyphen back: a lower-case word (names and
    /// acronyms are capitalised) printed at most `dumpJoinMaximumCount` times that splits into
    /// two dictionary words in exactly one way ("wellknown" → "well-known"); nil otherwise.
    func dumpJoinCut(_ text: String, vocabulary: DocumentVocabulary, lexicon: any Lexicon) -> [Int]? {
        guard Self.isLowercaseWord(text, isPlainASCII: WordScan.isPlainASCII(text.utf8)),
            (vocabulary.counts[text] ?? 0) <= Self.dumpJoinMaximumCount
        else { return nil }
        let splits = lexicon.twoWordSplits(of: text, minimumPart: Self.minimumPartLength)
        guard let split = Self.preferredSplit(splits, vocabulary: vocabulary) else { return nil }
        return [split.head.count]
    }

    /// Whether every scalar of `text` is lower-case; a plain-ASCII word (`isPlainASCII`) is
    /// answered on its bytes, where only "a"..."z" are.
    static func isLowercaseWord(_ text: String, isPlainASCII: Bool) -> Bool {
        if isPlainASCII { return text.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } }
        return text.unicodeScalars.allSatisfy { $0.properties.isLowercase }
    }

    /// The one split of a glued word into two dictionary words, or, of several ("singletrack":
    /// "single" + "track" or "singlet" + "rack"), the one with more of its parts printed as words
    /// elsewhere in the document ("a single complaint") than any other; nil on a tie.
    static func preferredSplit(
        _ splits: [(head: String, tail: String)], vocabulary: DocumentVocabulary
    ) -> (head: String, tail: String)? {
        if splits.count == 1 { return splits[0] }
        func used(_ word: String) -> Int { (vocabulary.counts[word.lowercased()] ?? 0) > 0 ? 1 : 0 }
        let scored = splits.map { (split: $0, parts: used($0.head) + used($0.tail)) }.sorted { $0.parts > $1.parts }
        guard let best = scored.first, best.parts > 0, scored.count < 2 || scored[1].parts < best.parts else { return nil }
        return best.split
    }

    /// The median length in bytes of the document's non-empty lines, or nil when it has none.
    static func medianLineLength(_ document: Document) -> Double? {
        var lengths: [Int] = []
        for page in document.pages where page.duplicateOf == nil {
            for block in page.blocks {
                for line in block.lines where !line.text.isEmpty { lengths.append(line.text.utf8.count) }
            }
        }
        guard !lengths.isEmpty else { return nil }
        lengths.sort()
        return Double(lengths[lengths.count / 2])
    }

    static func isVowel(_ character: Character?) -> Bool {
        guard let character else { return false }
        return "aeiou".contains(character.lowercased())
    }

    /// The median of the other lines' lengths: `sorted` (every line's length, ascending) without
    /// one entry of `length`, in constant time after a binary search; nil when too few remain.
    static func median(of sorted: [Int], without length: Int) -> Double? {
        let count = sorted.count - 1
        guard count >= minimumOtherLines else { return nil }
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < length { low = middle + 1 } else { high = middle }
        }
        // The remaining values, indexed as if `sorted[low]` were gone.
        func value(_ index: Int) -> Int { index < low ? sorted[index] : sorted[index + 1] }
        return count % 2 == 1 ? Double(value(count / 2)) : Double(value(count / 2 - 1) + value(count / 2)) / 2
    }

    // MARK: Soft hyphens

    static let softHyphen: Unicode.Scalar = "\u{00AD}"
    /// U+2010 HYPHEN, which some typesetters print at a hyphenated line's end.
    static let unicodeHyphen = "\u{2010}"

    /// Removes the soft hyphens from `block`'s lines, one `.hyphenation` repair per word. A line
    /// whose last word ends in a soft hyphen (and the hyphen drawn for it, if any) is joined to
    /// the first word of the next line: the word was broken there.
    static func removeSoftHyphens(in block: inout Block, audit: inout Audit) {
        // U+00AD is the bytes C2 AD in UTF-8; most blocks have none.
        guard block.lines.contains(where: { $0.text.containsUTF8Byte(0xAD) && $0.text.unicodeScalars.contains(softHyphen) })
        else { return }
        var index = 0
        while index < block.lines.count {
            let text = block.lines[index].text
            guard text.unicodeScalars.contains(softHyphen) else {
                index += 1
                continue
            }
            let upper = text.trimmingWhitespace()
            let tokenStart = upper.lastIndex(where: \.isWhitespace).map { upper.index(after: $0) } ?? upper.startIndex
            let upperToken = String(upper[tokenStart...])
            var stem = upperToken.unicodeScalars
            if let last = stem.last, last == "-" || last == "\u{2010}" { stem.removeLast() }
            if index + 1 < block.lines.count, stem.last == softHyphen {
                let lower = block.lines[index + 1].text.trimmingWhitespace()
                let tokenEnd = lower.firstIndex(where: \.isWhitespace) ?? lower.endIndex
                let lowerToken = String(lower[..<tokenEnd])
                if let first = lowerToken.first, first.isLetter {
                    let merged = withoutSoftHyphens(String(stem)) + withoutSoftHyphens(lowerToken)
                    audit.repair(
                        .hyphenation, before: "\(upperToken) \(lowerToken)", after: merged, page: block.page,
                        lines: block.lines[index...(index + 1)])
                    let head = String(upper[..<tokenStart])
                    _ = block.rewriteLinePair(
                        at: index, upper: head + merged, lower: lower[tokenEnd...].trimmingWhitespace())
                    // The joined line may end in another broken word; look at it again.
                    continue
                }
            }
            // Soft hyphens inside words: drop them, one repair per word.
            for word in text.split(whereSeparator: \.isWhitespace) where word.unicodeScalars.contains(softHyphen) {
                audit.repair(
                    .hyphenation, before: String(word), after: withoutSoftHyphens(word), page: block.page,
                    lines: block.lines[index...index])
            }
            block.lines[index].text = withoutSoftHyphens(text)
            index += 1
        }
    }

    static func withoutSoftHyphens(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { $0 != softHyphen })
        return String(scalars)
    }

    // MARK: Hyphens visible at line ends

    /// Resolves each line that ends in "word-" followed by a line that goes on with the rest of the word.
    func resolveLineEndHyphens(in block: inout Block, vocabulary: DocumentVocabulary, lexicon: any Lexicon, audit: inout Audit) {
        var lineIndex = 0
        while lineIndex + 1 < block.lines.count {
            let upper = block.lines[lineIndex].text.trimmingWhitespace()
            let lower = block.lines[lineIndex + 1].text.trimmingWhitespace()
            guard let decision = lineEndDecision(upper: upper, lower: lower, vocabulary: vocabulary, lexicon: lexicon) else {
                lineIndex += 1
                continue
            }
            audit.repair(
                .hyphenation, before: decision.before, after: decision.after, page: block.page,
                lines: block.lines[lineIndex...(lineIndex + 1)])
            block.rewriteLinePair(at: lineIndex, upper: decision.upper, lower: decision.lower)
            // The joined line may now end in another hyphen; look at it again.
        }
    }

    /// How two lines read once the line-end hyphen between them is resolved.
    struct LineEndDecision: Equatable {
        var upper: String
        var lower: String
        var before: String
        var after: String
    }

    /// The decision for a line ending in a hyphen, or nil when the lines are to stay as they are.
    func lineEndDecision(upper printed: String, lower: String, vocabulary: DocumentVocabulary, lexicon: any Lexicon) -> LineEndDecision? {
        // Most lines end in a lone ASCII character that is no hyphen: the last byte tells.
        if let last = WordScan.lastASCIICharacter(printed), last != UInt8(ascii: "-") { return nil }
        // CSS typesetters (WeasyPrint's `hyphens: auto`) end a hyphenated line in U+2010 HYPHEN,
        // not the hyphen-minus: the same break, decided the same way.
        let upper = printed.hasSuffix(Self.unicodeHyphen) ? String(printed.dropLast()) + "-" : printed
        guard upper.hasSuffix("-"), !lower.isEmpty else { return nil }
        let upperTokenStart = upper.lastIndex(where: \.isWhitespace).map { upper.index(after: $0) } ?? upper.startIndex
        let upperToken = upper[upperTokenStart...]
        // Web addresses broken at a hyphen are RepairURLs' business.
        guard !RepairURLs.isAddressLike(String(upperToken)) else { return nil }
        let stem = upperToken.dropLast()
        // "word -" is a dash; "--" is a rule.
        guard let last = stem.last, last.isLetter else { return nil }
        let head = String(stem.reversed().prefix(while: \.isLetter).reversed())
        let lowerTokenEnd = lower.firstIndex(where: \.isWhitespace) ?? lower.endIndex
        let lowerToken = lower[..<lowerTokenEnd]
        guard !RepairURLs.isAddressLike(String(lowerToken)), let first = lowerToken.first else { return nil }
        let tail = String(lowerToken.prefix(while: \.isLetter))
        let keep: Bool
        if first.isNumber {
            keep = true  // "COVID-" / "19": a hyphen before figures is part of the name.
        } else if tail.isEmpty {
            return nil
        } else {
            let joined = head + tail
            let hyphenatedIsWord = lexicon.isWord(head + "-" + tail)
            if vocabulary.hyphenatedForm(of: joined) != nil {
                keep = true
            } else if first.isUppercase {
                // A capital after the hyphen goes on a compound ("Anglo-" / "Saxon") or starts something new: join only a compound.
                guard hyphenatedIsWord else { return nil }
                keep = true
            } else if vocabulary.contains(joined) {
                keep = false
            } else if lexicon.isWord(joined) {
                // Both spellings are words: British spelling hyphenates between two like vowels
                // ("co-ordinator", "re-enter"); elsewhere the hyphen was the typesetter's ("some-thing").
                keep = hyphenatedIsWord && Self.isVowel(head.last) && head.last?.lowercased() == tail.first?.lowercased()
            } else {
                // A compound ("self-harm", "pre-empt"), or a syllable break of a word the dictionary lacks.
                keep = hyphenatedIsWord
            }
        }
        let merged = (keep ? String(upperToken) : String(stem)) + lowerToken
        let rest = lower[lowerTokenEnd...].trimmingWhitespace()
        return LineEndDecision(
            upper: String(upper[..<upperTokenStart]) + merged, lower: rest,
            before: "\(upperToken.dropLast())\(printed.last.map(String.init) ?? "") \(lowerToken)", after: merged)
    }
}
