/// Finds pull quotes: a few lines in quotation marks whose words are (mostly) printed again in the
/// body text elsewhere in the document, with an attribution line right after them that opens with a
/// dash ("— from the Chair's letter"). Removes those lines, recording `.pullQuote`; the article's own
/// sentence stays, and a quotation that repeats nothing is kept.
package struct RemovePullQuotes: Stage {
    /// A pull quote is set on at most this many lines.
    static let maximumQuoteLines = 6
    /// …and holds at least this many letters: a quoted word or two repeats by chance.
    static let minimumQuoteLetters = 20
    /// This share of the quote's letters, in one run, must appear in the body text: a pull quote may
    /// trim or adjust a word or two of the sentence it repeats.
    static let minimumRepeatedShare = 0.8
    /// An attribution under a pull quote is a short line: at most this many words.
    static let maximumAttributionWords = 10
    /// Marks that open a quotation.
    static let openingQuotes: Set<Character> = ["“", "\"", "‘", "«", "„", "'"]
    /// Marks that close a quotation.
    static let closingQuotes: Set<Character> = ["”", "\"", "’", "»", "'"]
    /// Dashes that open an attribution line.
    static let dashes: Set<Character> = ["—", "–", "-", "―", "~"]

    package init() {}

    /// A quote found on a page: lines `lines` of block `block`.
    struct Candidate {
        var page: Int
        var block: Int
        var lines: ClosedRange<Int>
        /// The attribution line under the quote: in its block, or opening the next block.
        var attribution: (block: Int, line: Int)?
    }

    package func run(_ document: inout Document, context: StageContext) {
        var candidates: [Candidate] = []
        for (pageIndex, page) in document.pages.enumerated() where page.duplicateOf == nil {
            for (blockIndex, block) in page.blocks.enumerated() {
                for quote in Self.quotes(in: block) {
                    var attribution = quote.attribution.map { (block: blockIndex, line: $0) }
                    // An attribution set as a block of its own right under the quote.
                    if attribution == nil, quote.lines.upperBound == block.lines.count - 1, blockIndex + 1 < page.blocks.count,
                        let next = page.blocks[blockIndex + 1].lines.first, Self.isAttribution(next.text.trimmingWhitespace())
                    {
                        attribution = (blockIndex + 1, 0)
                    }
                    candidates.append(Candidate(page: pageIndex, block: blockIndex, lines: quote.lines, attribution: attribution))
                }
            }
        }
        guard !candidates.isEmpty else { return }

        var doomed: [Int: [Int: Set<Int>]] = [:]  // page → block → lines
        // Each quote is looked for in the rest of the document: the document's letters are read
        // once, and every quote's middle is searched for in one pass (see `RepeatedQuotes`).
        let repeated = RepeatedQuotes(document: document, candidates: candidates)
        for (index, candidate) in candidates.enumerated() {
            let lines = document.pages[candidate.page].blocks[candidate.block].lines
            guard repeated.isRepeated(index) ?? Self.isRepeated(candidate, in: document) else { continue }
            doomed[candidate.page, default: [:]][candidate.block, default: []].formUnion(candidate.lines)
            var text = lines[candidate.lines].map { $0.text.trimmingWhitespace() }.joined(separator: " ")
            var removedLines = Array(lines[candidate.lines])
            if let attribution = candidate.attribution {
                doomed[candidate.page, default: [:]][attribution.block, default: []].insert(attribution.line)
                let line = document.pages[candidate.page].blocks[attribution.block].lines[attribution.line]
                text += " " + line.text.trimmingWhitespace()
                removedLines.append(line)
            }
            let block = document.pages[candidate.page].blocks[candidate.block]
            document.audit.remove(
                .pullQuote, text, page: document.pages[candidate.page].number, lines: removedLines,
                cutFrom: candidate.lines.count < block.lines.count ? block : nil)
        }
        for (pageIndex, blocks) in doomed {
            for (blockIndex, lines) in blocks {
                var block = document.pages[pageIndex].blocks[blockIndex]
                block.lines = block.lines.enumerated().filter { !lines.contains($0.offset) }.map(\.element)
                block.box = Rect.union(block.lines.compactMap(\.box))
                document.pages[pageIndex].blocks[blockIndex] = block
            }
            document.pages[pageIndex].blocks.removeAll { $0.lines.isEmpty }
        }
    }

    /// Whether the candidate's quote is printed again, `minimumRepeatedShare` of its letters in one
    /// run, in the body (every other line of the document): the plain check, line by line.
    static func isRepeated(_ candidate: Candidate, in document: Document) -> Bool {
        let lines = document.pages[candidate.page].blocks[candidate.block].lines
        let quote = Self.letters(lines[candidate.lines].map(\.text).joined(separator: " "))
        guard quote.count >= Self.minimumQuoteLetters else { return false }
        // The body: every other line of the document, letters only, so line ends and broken words do not matter.
        var body: [Character] = []
        for (pageIndex, page) in document.pages.enumerated() where page.duplicateOf == nil {
            for (blockIndex, block) in page.blocks.enumerated() {
                for (lineIndex, line) in block.lines.enumerated()
                where !(pageIndex == candidate.page && blockIndex == candidate.block && candidate.lines.contains(lineIndex)) {
                    body += Self.letters(line.text)
                }
            }
        }
        let needed = Int((Double(quote.count) * Self.minimumRepeatedShare).rounded(.up))
        // Any run that long holds the quote's middle (what is left after the share it may
        // drop at either end): a quick search for it spares the full comparison on most quotes.
        let middle = String(quote[(quote.count - needed)..<needed])
        return String(body).contains(middle) && Self.longestCommonRun(quote, body) >= needed
    }

    /// The quotations set apart in a block: runs of lines from one opening with a quotation mark to one
    /// ending with a closing mark, each at the block's start or after a finished sentence, with the
    /// dash line after it.
    static func quotes(in block: Block) -> [(lines: ClosedRange<Int>, attribution: Int?)] {
        // Most blocks have no line that can open one: they are passed over without trimming every line.
        guard block.lines.contains(where: { mayOpenQuote($0.text) }) else { return [] }
        return scanningQuotes(in: block)
    }

    /// `quotes(in:)` read line by line.
    static func scanningQuotes(in block: Block) -> [(lines: ClosedRange<Int>, attribution: Int?)] {
        let texts = block.lines.map { $0.text.trimmingWhitespace() }
        var result: [(lines: ClosedRange<Int>, attribution: Int?)] = []
        var index = 0
        while index < texts.count {
            guard let first = texts[index].first, openingQuotes.contains(first),
                index == 0 || TextShape.endsSentence(texts[index - 1])
                    || texts[index - 1].last.map(closingQuotes.contains) == true
            else {
                index += 1
                continue
            }
            let limit = min(texts.count, index + maximumQuoteLines)
            guard let end = (index..<limit).first(where: { closes(texts[$0], opening: first) }) else {
                index += 1
                continue
            }
            // The line after the quote must not carry its sentence on ("…” she said").
            var attribution: Int? = nil
            if end + 1 < texts.count {
                let next = texts[end + 1]
                if isAttribution(next) {
                    attribution = end + 1
                } else if TextShape.startsLowercase(next) {
                    index = end + 1
                    continue
                }
            }
            result.append((index...end, attribution))
            index = (attribution ?? end) + 1
        }
        return result
    }

    /// False only when the line, trimmed, cannot start with an opening mark: its first byte past
    /// any leading spaces and control bytes is ASCII and neither quotation mark. Every opening mark
    /// starts with `"`, `'` or a non-ASCII byte, and whitespace that trimming cuts is either those
    /// spaces and control bytes or non-ASCII; a control byte that is kept is no opening mark.
    static func mayOpenQuote(_ text: String) -> Bool {
        text.withContiguousUTF8 { bytes in
            for byte in bytes where byte > 0x20 {
                return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte >= 0x80
            }
            return false
        }
    }

    /// A short line opening with a dash: "— from the Chair's letter".
    static func isAttribution(_ text: String) -> Bool {
        guard let dash = text.first, dashes.contains(dash) else { return false }
        return TextShape.wordCount(text) <= maximumAttributionWords
    }

    /// The line ends the quotation opened by `opening`: its last mark closes it (a straight mark
    /// closes a straight one; a curly one any opening mark).
    static func closes(_ text: String, opening: Character) -> Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, ".,!?".contains(last) { trimmed.removeLast() }
        guard let last = trimmed.last, closingQuotes.contains(last) else { return false }
        // A lone opening mark is no quotation; an apostrophe ending a word ("members'") closes only a single quote.
        if trimmed.count == 1 { return false }
        if last == "'" || last == "’" { return opening == "‘" || opening == "'" }
        return true
    }

    /// The text's letters and digits, lower-cased: spaces, punctuation and line-end hyphens vanish.
    static func letters(_ text: String) -> [Character] {
        if let bytes = asciiLetters(text) { return bytes.map { Character(Unicode.Scalar($0)) } }
        return text.lowercased().filter { $0.isLetter || $0.isNumber }.map { $0 }
    }

    /// `letters(text)` as bytes, read without lower-casing the whole text into new characters,
    /// when the text is ASCII apart from `WordScan.isPlainPunctuation` scalars (a quote's curly
    /// marks and dashes, which `letters` drops); nil for any other text.
    ///
    /// Those scalars are neither letters nor numbers, lower-case to themselves and never join the
    /// character before or after them (none is a combining mark or a joiner), so the text's
    /// characters are its ASCII bytes and those scalars one each, as `letters` reads them.
    static func asciiLetters(_ text: String) -> [UInt8]? {
        var letters: [UInt8] = []
        letters.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            guard value < 0x80 else {
                guard WordScan.isPlainPunctuation(value) else { return nil }
                continue
            }
            let byte = UInt8(value)
            if byte.isASCIICapital {
                letters.append(byte | 0x20)
            } else if byte.isASCIILetterLowercase || byte.isASCIIDigit {
                letters.append(byte)
            }
        }
        return letters
    }

    /// The length of the longest run of `needle` found whole in `haystack`.
    static func longestCommonRun(_ needle: [Character], _ haystack: [Character]) -> Int {
        guard !needle.isEmpty, !haystack.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: needle.count + 1)
        var current = previous
        var best = 0
        for character in haystack {
            for index in needle.indices {
                if needle[index] == character {
                    current[index + 1] = previous[index] + 1
                    if current[index + 1] > best { best = current[index + 1] }
                } else {
                    current[index + 1] = 0
                }
            }
            swap(&previous, &current)
        }
        return best
    }
}
