/// Running heads and feet of a short raw dump, where repetition across three pages is not there to
/// be had: exact copies near every page's foot, folios that carry their page's number,
/// and page-opening heads that name the masthead (with the other pages' heads of the same form).
extension RemoveRunningHeaders {
    /// A line repeated word for word, digits and all, on every page of a dump is furniture within
    /// this many lines of a page's foot: pdftotext prints a page number or a margin note
    /// between the foot line and the page's end.
    static let rawWideBandLines = 4
    /// A running head is a short line: no more words than this.
    static let maximumRunningHeadWords = 10
    /// Characters that set a running head's parts apart ("The Parish Pump · Spring 2026").
    static let runningHeadSeparators: Set<Character> = ["·", "•", "|", ",", "–", "—"]
    /// The masthead is the first line of one of this many blocks at the top of the first page.
    static let mastheadBlocks = 3
    /// A masthead has no more words than this.
    static let maximumMastheadWords = 6

    /// The running heads and feet of a raw dump that repetition over `minimumRepeatPages` misses.
    func shortDumpFurniture(_ document: Document) -> [(Candidate, Removal.Kind)] {
        let live = document.pages.indices.filter { document.pages[$0].duplicateOf == nil && !document.pages[$0].blocks.isEmpty }
        guard live.count >= Self.minimumRepeatPagesWithGeometry else { return [] }
        var result: [(Candidate, Removal.Kind)] = []
        func text(_ pageIndex: Int, _ position: (block: Int, line: Int)) -> String {
            document.pages[pageIndex].blocks[position.block].lines[position.line].text.trimmingWhitespace()
        }

        // Exact copies near the foot of every page, and folios there carrying their page's number.
        // (At the head such a copy may be the masthead over its strapline: heads go by the rule below.)
        // Only the last few lines of a page are read, found from its end.
        var exact: [String: [Candidate]] = [:]
        var folios: [String: [Candidate]] = [:]
        for pageIndex in live {
            let (ending, lineCount) = Self.lastLines(of: document.pages[pageIndex], max(Self.rawWideBandLines, Self.rawBandLines))
            // On a short page a line belongs to the end it is nearer: the foot band is the last
            // `rawWideBandLines` lines of the page's lower half.
            let wide = ending.suffix(min(Self.rawWideBandLines, lineCount - (lineCount + 1) / 2))
            let narrow = ending.suffix(Self.rawBandLines)
            // Both bands end the page: each line of either is read once, its shape kept by position.
            let read = ending.suffix(max(wide.count, narrow.count))
            let shapes = read.map { FootLine(text(pageIndex, $0)) }
            func shape(_ index: Int) -> FootLine { shapes[index - read.startIndex] }
            for index in wide.indices {
                let position = ending[index]
                let shape = shape(index)
                guard shape.words >= Self.minimumBannerWords, shape.hasLetter else { continue }
                let candidate = Candidate(page: pageIndex, block: position.block, line: position.line, place: .foot)
                exact[shape.lowercased, default: []].append(candidate)
            }
            let number = String(document.pages[pageIndex].number)
            for index in narrow.indices {
                let position = ending[index]
                let shape = shape(index)
                // The length first: `numbers` is split out only when asked.
                guard shape.hasLetter, shape.characters <= Self.maximumFolioLength, shape.numbers.contains(where: { $0 == number })
                else { continue }
                folios[Self.key(text(pageIndex, position)), default: []].append(
                    Candidate(page: pageIndex, block: position.block, line: position.line, place: .foot))
            }
        }
        for group in Array(exact.values) + Array(folios.values) where Set(group.map(\.page)).count == live.count {
            for candidate in group { result.append((candidate, .footer)) }
        }

        // Page-opening heads that name the masthead, a part of them set apart by a separator.
        let first = live[0]
        let mastheads = document.pages[first].blocks.prefix(Self.mastheadBlocks).enumerated().compactMap {
            offset, block -> (block: Int, key: String)? in
            guard let line = block.lines.first?.text else { return nil }
            let key = Self.key(line.trimmingWhitespace())
            guard key.filter(\.isLetter).count >= Self.minimumMastheadLetters,
                key.split(separator: " ").count <= Self.maximumMastheadWords
            else { return nil }
            return (offset, key)
        }
        var opening: [(order: Int, candidate: Candidate, parts: [String])] = []
        for (order, pageIndex) in live.enumerated() {
            guard let block = document.pages[pageIndex].blocks.firstIndex(where: { !$0.lines.isEmpty }) else { continue }
            let position = (block: block, line: 0)
            let line = text(pageIndex, position)
            guard !Self.hasMoreWords(than: Self.maximumRunningHeadWords, in: line, atWhitespace: false), let last = line.last,
                !".!?:;".contains(last)
            else { continue }
            // A line without a separator's bytes is one part: not split character by character.
            guard Self.mayHoldRunningHeadSeparator(line) else { continue }
            let parts = line.split(whereSeparator: { Self.runningHeadSeparators.contains($0) })
                .map { Self.key(String($0).trimmingWhitespace()) }.filter { !$0.isEmpty }
            guard parts.count >= 2 else { continue }
            opening.append((order, Candidate(page: pageIndex, block: position.block, line: position.line, place: .head), parts))
        }
        let naming = opening.filter { head in
            mastheads.contains { masthead in
                // On the first page the masthead follows its head.
                (head.order > 0 || masthead.block > head.candidate.block) && head.parts.contains(masthead.key)
            }
        }
        guard !naming.isEmpty else { return result }
        // The other pages' heads: the page's opening line alone in its block, in parts like theirs.
        for head in opening {
            let block = document.pages[head.candidate.page].blocks[head.candidate.block]
            let isNaming = naming.contains { $0.order == head.order }
            guard isNaming || block.lines.count == 1 else { continue }
            // On the first page a lone head stands above the masthead.
            if !isNaming, head.order == 0, !mastheads.contains(where: { $0.block > head.candidate.block }) { continue }
            result.append((head.candidate, .header))
        }
        return result
    }

    /// Whether `line` may hold one of `runningHeadSeparators`: it has "|" or ",", or a byte of
    /// another character. Not only "·", "•", "–", "—" themselves: a character equal to one of
    /// them under canonical equivalence ("\u{0387}", the Greek ano teleia, is "·") is too.
    static func mayHoldRunningHeadSeparator(_ line: String) -> Bool {
        line.withContiguousUTF8 { bytes in
            bytes.contains { $0 >= 0x80 || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ",") }
        }
    }

    /// The positions of the page's last `count` lines (fewer on a shorter page), in order, and the
    /// number of lines the page has.
    static func lastLines(of page: Page, _ count: Int) -> (positions: [(block: Int, line: Int)], lineCount: Int) {
        var positions: [(block: Int, line: Int)] = []
        var lineCount = 0
        for block in page.blocks.indices.reversed() {
            let lines = page.blocks[block].lines.count
            lineCount += lines
            for line in stride(from: lines - 1, through: 0, by: -1) where positions.count < count {
                positions.append((block, line))
            }
        }
        return (positions.reversed(), lineCount)
    }

    /// What the foot rules ask of a line: its words between single spaces, whether it has a
    /// letter, its lower-cased form, its runs of ASCII digits and its length in characters. A
    /// plain-ASCII line (each byte a character) is read on its bytes in one pass; any other line
    /// character by character, as the rules were first written.
    struct FootLine {
        /// `split(separator: " ").count`.
        var words = 0
        var hasLetter = false
        var lowercased: String
        var characters: Int
        /// The line itself, for `numbers`.
        private let line: String
        /// Its runs of digits as byte offsets when it is plain ASCII (found in the one pass over
        /// its bytes), else nil.
        private var digitRuns: [Range<Int>]?

        /// The runs of ASCII digits (`split(whereSeparator: { !$0.isASCIIDigitCharacter })`), made
        /// when asked: a long line of other characters cost tens of thousands of instructions to
        /// split, and only a short line is asked (a folio's).
        var numbers: [Substring] {
            guard let digitRuns else { return line.split(whereSeparator: { !$0.isASCIIDigitCharacter }) }
            // Byte offsets are character offsets here; a UTF-8 index moves by offset at once.
            let utf8 = line.utf8
            return digitRuns.map {
                line[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)]
            }
        }

        init(_ line: String) {
            self.line = line
            guard WordScan.isPlainASCII(line.utf8) else {
                // Words between spaces and characters counted in one walk, without splitting.
                var words = 0, characters = 0
                var inWord = false
                for character in line {
                    characters += 1
                    if character == " " {
                        inWord = false
                    } else if !inWord {
                        inWord = true
                        words += 1
                    }
                }
                self.words = words
                self.characters = characters
                hasLetter = line.contains(where: \.isLetter)
                lowercased = line.lowercased()
                digitRuns = nil
                return
            }
            // In one buffer, the lower-cased copy written straight into its string: walking
            // `utf8` by index and appending to an array cost tens of instructions a byte.
            var words = 0, hasLetter = false
            var digitRuns: [Range<Int>] = []
            let count = line.utf8.count
            lowercased = line.withContiguousUTF8 { bytes in
                String(unsafeUninitializedCapacity: bytes.count) { lowered in
                    var inWord = false
                    var digitsStart = -1
                    for index in 0..<bytes.count {
                        let byte = bytes[index]
                        lowered[index] = byte.asciiLowercased
                        if byte.isASCIILetter { hasLetter = true }
                        if byte == 0x20 {
                            inWord = false
                        } else if !inWord {
                            inWord = true
                            words += 1
                        }
                        if byte.isASCIIDigit {
                            if digitsStart < 0 { digitsStart = index }
                        } else if digitsStart >= 0 {
                            digitRuns.append(digitsStart..<index)
                            digitsStart = -1
                        }
                    }
                    if digitsStart >= 0 { digitRuns.append(digitsStart..<bytes.count) }
                    return bytes.count
                }
            }
            self.words = words
            self.hasLetter = hasLetter
            characters = count
            self.digitRuns = digitRuns
        }
    }
}
