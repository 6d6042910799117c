/// Joins an article continued on a later page: finds jump lines ("Continued on page 3", "turn to
/// p. 4", "(continued from page 1)", a heading repeated with a "(continued …)" tail) and removes them,
/// recording `.jumpLine`; moves the continuation (the blocks after the "continued from" marker, up
/// to the next heading) to right after the article's first part, recording `.moved` (and `.join`
/// when the first part stops mid-sentence and the continuation opens in lower case).
///
/// A jump line is a whole line or block in a place where a sentence cannot run through it: a jump
/// phrase inside prose stays. The first part is where the matching "continued on" line stood; without
/// one, the end of the section whose heading repeats the continuation's title; without either, the
/// continuation stays where it is and only the markers go.
package struct JoinContinuedArticles: Stage {
    /// A repeated title before "(continued …)" has at most this many words: longer text is prose.
    static let maximumTitleWords = 12
    /// A title set on lines of its own above a "(continued from …)" line spans at most this many lines.
    static let maximumTitleLines = 2
    /// A jump phrase set over several lines ("Harbour Walks (continued" / "from page 1)") spans at most this many.
    static let maximumPhraseLines = 3
    /// A jump phrase, title and all, has at most this many words: "(continued from page 1)" adds
    /// five to a title of at most `maximumTitleWords`.
    static let maximumJumpWords = maximumTitleWords + 6
    /// A heading that ends a continuation has at most this many lines.
    static let maximumHeadingLines = 2
    /// The audit shows this many words of a moved passage.
    static let snippetWords = 6

    /// Words that open a "continued" phrase, lower-cased and without punctuation ("cont'd", "contd").
    static let continuedWords: Set<String> = ["continued", "continues", "cont", "cont'd", "contd", "cont’d"]
    /// Words that name a page in a jump phrase ("page 3", "p. 3", "pg 3").
    static let pageWords: Set<String> = ["page", "p", "pg", "pp"]
    /// Phrases that send the reader on without a number ("continued overleaf", "… on the next page").
    static let onwardEndings: [[String]] = [["overleaf"], ["over"], ["next", "page"], ["the", "next", "page"], ["inside"]]
    /// Verbs that send the reader to a page ("turn to page 4", "see page 4", "please go to p. 4").
    static let turnWords: Set<String> = ["turn", "see", "go"]

    package init() {}

    /// What a line or a run of lines says about the article it belongs to.
    enum Jump: Equatable {
        /// "Continued on page 3": the article goes on elsewhere.
        case onward
        /// "(continued from page 1)", with the title repeated before it when there is one.
        case back(title: String?)
    }

    /// One block in the flattened document, with the page whose block list holds it.
    struct Entry {
        var host: Int
        var block: Block
        /// False on a reprinted page, whose jumps are copies.
        var isLive: Bool
    }

    /// A block of the flattened document, or an anchor where jump `anchor` was cut out.
    struct Piece {
        var host: Int
        var block: Block?
        var anchor: Int? = nil
    }

    /// A jump found in the flattened document: lines `lines` of entry `entry`.
    struct Found {
        var entry: Int
        var lines: Range<Int>
        var jump: Jump
        /// A repeated title on lines of its own, or a whole block before the marker, also removed.
        var titleLines: Range<Int>?
        var titleEntry: Int?
    }

    package func run(_ document: inout Document, context: StageContext) {
        var entries: [Entry] = []
        for (pageIndex, page) in document.pages.enumerated() {
            for block in page.blocks {
                entries.append(Entry(host: pageIndex, block: block, isLive: page.duplicateOf == nil))
            }
        }
        let found = Self.findJumps(entries)
        guard !found.isEmpty else { return }
        let body = TypeScale.bodyFontSize(entries.map(\.block))
        // "Harbour Walks (continued" ending one block and "from page 1)" opening the next are one marker.
        var absorbed = Set<Int>()
        for index in found.indices.dropFirst() {
            let (previous, jump) = (found[index - 1], found[index])
            guard case .back = previous.jump, jump.jump == .back(title: nil), jump.lines.lowerBound == 0,
                jump.entry == previous.entry + 1, entries[jump.entry].host == entries[previous.entry].host,
                previous.lines.upperBound == entries[previous.entry].block.lines.count
            else { continue }
            absorbed.insert(index)
        }

        // Pair each "continued from" marker with the "continued on" line it answers, and find where it goes.
        var onwardUsed = Set<Int>()
        var plans: [(marker: Int, onward: Int?)] = []
        for (index, jump) in found.enumerated() where !absorbed.contains(index) {
            guard case .back(let title) = jump.jump else { continue }
            let earlier = found.indices.filter { candidate in
                found[candidate].jump == .onward && !onwardUsed.contains(candidate) && found[candidate].entry <= jump.entry
                    && candidate < index
            }
            var chosen: Int? = nil
            if let title {
                chosen = earlier.first { candidate in
                    guard let heading = Self.headingBefore(entry: found[candidate].entry, in: entries, body: body) else {
                        return false
                    }
                    return Self.sameTitle(Self.headingText(entries[heading].block), title)
                }
            }
            if chosen == nil { chosen = earlier.first }
            if let chosen { onwardUsed.insert(chosen) }
            plans.append((index, chosen))
        }

        // Work through the flattened list: mark the lines to drop, cut the continuations out, put them back.
        var dropped: [Int: Set<Int>] = [:]  // entry → line indices removed
        for jump in found {
            dropped[jump.entry, default: []].formUnion(jump.lines)
            if let titleLines = jump.titleLines { dropped[jump.entry, default: []].formUnion(titleLines) }
            if let titleEntry = jump.titleEntry {
                dropped[titleEntry, default: []].formUnion(entries[titleEntry].block.lines.indices)
            }
        }
        // Record the removals in reading order, whole phrases as one record each.
        for jump in found {
            var texts: [String] = []
            var lines: [Line] = []
            if let titleEntry = jump.titleEntry {
                texts.append(entries[titleEntry].block.text)
                lines += entries[titleEntry].block.lines
            }
            let block = entries[jump.entry].block
            let lineRange = (jump.titleLines?.lowerBound ?? jump.lines.lowerBound)..<jump.lines.upperBound
            texts += block.lines[lineRange].map { $0.text.trimmingWhitespace() }
            lines += block.lines[lineRange]
            document.audit.remove(
                .jumpLine, texts.joined(separator: " "), page: block.page, lines: lines,
                cutFrom: dropped[jump.entry, default: []].count < block.lines.count ? block : nil)
        }

        // Split each entry holding a jump at its jump lines, leaving an anchor where each jump stood,
        // so that a continuation can be cut out after its marker and put in at its "continued on" line.
        var pieces: [Piece] = []
        for (entryIndex, entry) in entries.enumerated() {
            let gone = dropped[entryIndex] ?? []
            guard !gone.isEmpty else {
                pieces.append(Piece(host: entry.host, block: entry.block))
                continue
            }
            var current: [Line] = []
            func flush() {
                guard !current.isEmpty else { return }
                var block = entry.block
                block.lines = current
                block.box = Rect.union(current.compactMap(\.box))
                pieces.append(Piece(host: entry.host, block: block))
                current = []
            }
            for (lineIndex, line) in entry.block.lines.enumerated() {
                if let jumpIndex = found.firstIndex(where: { $0.entry == entryIndex && $0.lines.lowerBound == lineIndex }) {
                    flush()
                    pieces.append(Piece(host: entry.host, block: nil, anchor: jumpIndex))
                }
                if !gone.contains(lineIndex) { current.append(line) }
            }
            flush()
        }

        // Move each continuation.
        for plan in plans {
            guard let marker = pieces.firstIndex(where: { $0.anchor == plan.marker }) else { continue }
            // The continuation: from the marker to the next heading, jump or page change.
            let host = pieces[marker].host
            var start = marker + 1
            while start < pieces.count, let anchor = pieces[start].anchor, absorbed.contains(anchor) { start += 1 }
            var end = start
            while end < pieces.count, pieces[end].host == host, let block = pieces[end].block, !Self.isHeading(block, body: body)
            {
                // A dump may set the next article's heading inside the continuation's block, with no
                // blank line before it: the continuation ends at that inner heading.
                if let inner = Self.innerHeadingLine(block) {
                    pieces[end].block = Block(lines: Array(block.lines[..<inner]), kind: block.kind, page: block.page)
                    pieces.insert(
                        Piece(host: host, block: Block(lines: Array(block.lines[inner...]), kind: block.kind, page: block.page)),
                        at: end + 1)
                    end += 1
                    break
                }
                end += 1
            }
            let moving = pieces[start..<end].compactMap(\.block)
            guard !moving.isEmpty else { continue }
            // Where it goes: at the matching "continued on" line, else at the end of the section whose
            // heading repeats the title.
            var destination: Int? = nil
            if let onward = plan.onward, var index = pieces.firstIndex(where: { $0.anchor == onward }) {
                // A heading just before the jump line opens the next article (a dump can set the
                // jump line after it): the continuation goes before that heading.
                while index > 0, let block = pieces[index - 1].block, block.lines.count <= Self.maximumHeadingLines,
                    !Self.titleOverProse(block), Self.isHeading(block, body: body)
                {
                    index -= 1
                }
                destination = index
            } else if case .back(let title?) = found[plan.marker].jump {
                destination = Self.sectionEnd(titled: title, in: pieces, before: marker, body: body)
            }
            guard let destination, destination < marker else { continue }
            let targetHost = pieces[destination].host
            let firstPart = pieces[..<destination].last { $0.block != nil }?.block
            pieces.removeSubrange(start..<end)
            var inserted = moving
            document.audit.repair(
                .moved, before: "“\(Self.firstWords(of: moving[0]))…” (page \(moving[0].page))",
                after: "after “…\(firstPart.map { Self.lastWords(of: $0) } ?? "")” (page \(firstPart?.page ?? moving[0].page))",
                page: moving[0].page, lines: moving[0].lines)
            // A sentence running on from the first part into the continuation becomes one paragraph again.
            if let previous = destination > 0 ? pieces[destination - 1].block : nil, Self.runsOn(previous, into: inserted[0]) {
                let tail = Self.lastWords(of: previous), head = Self.firstWords(of: inserted[0])
                document.audit.repair(
                    .join, before: "\(tail) ‖ \(head)", after: "\(tail) \(head)", page: previous.page,
                    lines: previous.lines.suffix(1) + inserted[0].lines.prefix(1))
                var joined = previous
                joined.lines += inserted[0].lines
                joined.box = Rect.union(joined.lines.compactMap(\.box))
                pieces[destination - 1].block = joined
                inserted.removeFirst()
            }
            pieces.insert(contentsOf: inserted.map { Piece(host: targetHost, block: $0) }, at: destination)
        }

        // Put every block back on the page whose list now holds it.
        for pageIndex in document.pages.indices { document.pages[pageIndex].blocks = [] }
        for piece in pieces {
            if let block = piece.block { document.pages[piece.host].blocks.append(block) }
        }
    }

    // MARK: - Finding jumps

    /// Every jump line in reading order, on pages that are not reprints.
    static func findJumps(_ entries: [Entry]) -> [Found] {
        var result: [Found] = []
        for (entryIndex, entry) in entries.enumerated() where entry.isLive {
            // A phrase holds "cont" or opens with one of `JumpScan.openingWords` (`jump(in:)` gives
            // up on any other text): a block none of whose lines can give either holds no jump,
            // which two short byte scans of each line show before `mayJump` reads every byte.
            let holdsContinued = entry.block.lines.map { JumpScan.mayHoldContinued($0.text) }
            let opening = entry.block.lines.map { JumpScan.opening($0.text) }
            guard holdsContinued.contains(true) || opening.contains(.mayOpen) else { continue }
            // Most lines cannot be part of a jump phrase: only those are read word by word.
            let candidates = entry.block.lines.map { mayJump($0.text) }
            guard candidates.contains(true) else { continue }
            let lines = entry.block.lines.map { $0.text.trimmingWhitespace() }
            func mayBeJump(_ range: Range<Int>) -> Bool {
                Self.mayBeJump(holdsContinued: holdsContinued[range], opening: opening[range])
            }
            var lineIndex = 0
            while lineIndex < lines.count {
                guard candidates[lineIndex..<min(lines.count, lineIndex + maximumPhraseLines)].contains(true) else {
                    lineIndex += 1
                    continue
                }
                var matched = false
                for count in 1...min(maximumPhraseLines, lines.count - lineIndex) {
                    let range = lineIndex..<(lineIndex + count)
                    guard candidates[range].contains(true), mayBeJump(range) else { continue }
                    let text = lines[range].joined(separator: " ")
                    guard let jump = jump(in: text) else { continue }
                    // A jump phrase that a sentence runs through is prose, not a jump line: an onward
                    // jump followed by a line going on in lower case, or opening in lower case itself
                    // after an unfinished line; a marker after an unfinished line that is no title.
                    let afterUnfinished = lineIndex > 0 && !TextShape.endsSentence(lines[lineIndex - 1])
                    if jump == .onward {
                        if range.upperBound < lines.count, TextShape.startsLowercase(lines[range.upperBound]) { continue }
                        if afterUnfinished, TextShape.startsLowercase(lines[lineIndex]) { continue }
                    } else if afterUnfinished,
                        !(lineIndex <= maximumTitleLines && isTitle(lines[..<lineIndex].joined(separator: " ")))
                    {
                        continue
                    }
                    // A longer match wins ("Continued" alone vs "Continued / on page 3").
                    if count < min(maximumPhraseLines, lines.count - lineIndex), mayBeJump(lineIndex..<(lineIndex + count + 1)) {
                        let longer = lines[lineIndex..<(lineIndex + count + 1)].joined(separator: " ")
                        if Self.jump(in: longer) != nil { continue }
                    }
                    var found = Found(entry: entryIndex, lines: range, jump: jump)
                    if case .back(nil) = jump {
                        // A title on lines of its own just above, or a short block before: the heading repeated.
                        if lineIndex > 0, lineIndex <= maximumTitleLines {
                            let title = lines[..<lineIndex].joined(separator: " ")
                            if isTitle(title) {
                                found.titleLines = 0..<lineIndex
                                found.jump = .back(title: title)
                            }
                        } else if lineIndex == 0, entryIndex > 0, entries[entryIndex - 1].isLive,
                            entries[entryIndex - 1].host == entry.host,
                            entries[entryIndex - 1].block.lines.count <= maximumTitleLines,
                            isTitle(entries[entryIndex - 1].block.text),
                            repeatsEarlierText(entries[entryIndex - 1].block.text, in: entries[..<(entryIndex - 1)])
                        {
                            found.titleEntry = entryIndex - 1
                            found.jump = .back(title: entries[entryIndex - 1].block.text)
                        }
                    }
                    result.append(found)
                    lineIndex += count
                    matched = true
                    break
                }
                if !matched { lineIndex += 1 }
            }
        }
        return result
    }

    /// Whether lines, trimmed and joined with spaces, may be a jump, from `JumpScan.mayHoldContinued`
    /// and `JumpScan.opening` of each (untrimmed) line: false exactly where `jump(in:)` gives up at
    /// once for want of "cont" and of an opening word. Trimming only takes away whitespace, which
    /// leaves both answers as they were or makes them unsure, and a joining space breaks no "cont".
    static func mayBeJump(holdsContinued: ArraySlice<Bool>, opening: ArraySlice<JumpScan.Opening>) -> Bool {
        if holdsContinued.contains(true) { return true }
        // The joined text's first token is the first token of its first line that has one.
        return opening.first { $0 != .noToken } == .mayOpen
    }

    /// Whether a line may hold part of a jump phrase: every phrase has "cont…" in it or a page
    /// reference with digits ("page 3", "p. 3"); a quick byte scan, so prose lines are passed over.
    static func mayJump(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var (first, second, third): (UInt8, UInt8, UInt8) = (0, 0, 0)
            var hasDigit = false, hasP = false
            for byte in bytes {
                let lower = byte.asciiLowercased
                if lower.isASCIIDigit { hasDigit = true }
                if lower == 0x70 { hasP = true }  // p
                // "cont", and "leaf" and "page" (of "overleaf", "next page", "front page", which carry no digit).
                if lower == 0x74, first == 0x63, second == 0x6F, third == 0x6E { return true }  // c o n t
                if lower == 0x66, first == 0x6C, second == 0x65, third == 0x61 { return true }  // l e a f
                if lower == 0x65, first == 0x70, second == 0x61, third == 0x67 { return true }  // p a g e
                (first, second, third) = (second, third, lower)
            }
            return hasDigit && hasP
        }
    }

    /// The jump a line (or lines joined) is, when it is nothing but a jump phrase, or a title with a "continued" tail.
    static func jump(in text: String) -> Jump? {
        guard mayJump(text), wordCount(text) <= maximumJumpWords else { return nil }
        // Most lines that get here hold "cont" or "page" in some other word: neither phrase opens
        // them and no "continued" tail is in them, which the bytes show without the tokens.
        if JumpScan.firstTokenMayOpen(text) == false, JumpScan.continuedOpeningOffset(text) == .some(nil) { return nil }
        // The same for text with other characters, where its bytes can tell.
        if !JumpScan.mayHoldContinued(text), JumpScan.firstTokenMayOpenAnyText(text) == false { return nil }
        let words = tokens(text)
        guard !words.isEmpty else { return nil }
        if isOnward(words[...]) { return .onward }
        if isBack(words[...]) { return .back(title: nil) }
        // "Title (continued from page 1)", "Title, continued", "Title – cont'd": the tail in brackets or after a mark.
        guard let opening = continuedOpening(in: text) else { return nil }
        var title = Substring(text[..<opening])
        while let last = title.last, last.isWhitespace || titleTrailingPunctuation.contains(last) { title.removeLast() }
        let tail = tokens(String(text[opening...]))
        guard !title.isEmpty, isTitle(String(title)), isBack(tail[...]) || tail.count == 1 && continuedWords.contains(tail[0])
        else {
            return nil
        }
        // The tail must be set apart: in brackets or after a comma or dash.
        let before = text[..<opening].last { !$0.isWhitespace }
        guard let before, "([,–—-:".contains(before) else { return nil }
        return .back(title: String(title))
    }

    /// "continued on page 3", "continues on p. 3", "continued overleaf", "turn to page 3", "see page 3".
    static func isOnward(_ words: ArraySlice<String>) -> Bool {
        var rest = words
        if let first = rest.first, continuedWords.contains(first) {
            rest = rest.dropFirst()
            if rest.first == "on" || rest.first == "to" { rest = rest.dropFirst() }
            if isPageReference(rest) { return true }
            return onwardEndings.contains { Array(rest) == $0 }
        }
        if rest.first == "please" { rest = rest.dropFirst() }
        guard let verb = rest.first, turnWords.contains(verb) else { return false }
        rest = rest.dropFirst()
        if rest.first == "to" { rest = rest.dropFirst() }
        return isPageReference(rest)
    }

    /// "continued from page 1", "(continued from p. 1)", "cont'd from page 1", "from page 1".
    static func isBack(_ words: ArraySlice<String>) -> Bool {
        var rest = words
        if let first = rest.first, continuedWords.contains(first) { rest = rest.dropFirst() }
        guard rest.first == "from" else { return false }
        rest = rest.dropFirst()
        if isPageReference(rest) { return true }
        // "continued from the front page", "continued from front page"
        return words.first.map(continuedWords.contains) == true
            && (Array(rest) == ["front", "page"] || Array(rest) == ["the", "front", "page"]
                || Array(rest) == ["previous", "page"]
                || Array(rest) == ["the", "previous", "page"])
    }

    /// "page 3", "p 3", "pg 3" (digits already "#"), or a bare "#".
    static func isPageReference(_ words: ArraySlice<String>) -> Bool {
        if Array(words) == ["#"] { return true }
        return words.count == 2 && pageWords.contains(words.first!) && words.last == "#"
    }

    /// Where a "continued" tail opens inside a line ("Title (continued …"): the index of the word, or nil.
    static func continuedOpening(in text: String) -> String.Index? {
        if let offset = JumpScan.continuedOpeningOffset(text) {
            return offset.map { text.index(text.startIndex, offsetBy: $0) }
        }
        return characterContinuedOpening(in: text)
    }

    /// `continuedOpening(in:)` read character by character, for any text.
    static func characterContinuedOpening(in text: String) -> String.Index? {
        let lower = text.lowercased()
        guard lower.count == text.count else { return nil }
        for word in ["continued", "continues", "cont'd", "cont’d", "contd"] {
            if let range = lower.range(of: word) {
                return text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.lowerBound))
            }
        }
        return nil
    }

    /// `TextShape.wordCount(text)`, counted on the bytes when the text is plain ASCII.
    static func wordCount(_ text: String) -> Int {
        JumpScan.wordCount(text) ?? TextShape.wordCount(text)
    }

    /// Punctuation between a title and its "continued" tail.
    static let titleTrailingPunctuation: Set<Character> = ["(", "[", ",", "–", "—", "-", ":"]

    /// A line's words for phrase matching: lower-cased, punctuation dropped, each run of digits "#".
    static func tokens(_ text: String) -> [String] {
        JumpScan.tokens(text) ?? characterTokens(text)
    }

    /// `tokens(_:)` read character by character, for any text.
    static func characterTokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inDigits = false
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
            inDigits = false
        }
        for character in text.lowercased() {
            if character.isNumber {
                if !inDigits {
                    flush()
                    current = "#"
                    inDigits = true
                }
            } else if character.isLetter || ((character == "'" || character == "’") && !current.isEmpty && !inDigits) {
                if inDigits { flush() }
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// A short line that could be a heading repeated above its continuation: few words, no sentence stop.
    static func isTitle(_ text: String) -> Bool {
        let words = TextShape.words(text)
        guard !words.isEmpty, words.count <= maximumTitleWords, text.contains(where: \.isLetter),
            !TextShape.endsSentence(text), !TextShape.startsLowercase(text)
        else { return false }
        return true
    }

    /// The text was printed earlier as a block or a line of its own (the article's own heading).
    static func repeatsEarlierText(_ text: String, in entries: ArraySlice<Entry>) -> Bool {
        entries.contains { entry in
            sameTitle(entry.block.text, text) || entry.block.lines.contains { sameTitle($0.text, text) }
        }
    }

    /// Two titles match when their words match, case and punctuation aside.
    static func sameTitle(_ a: String, _ b: String) -> Bool {
        let left = tokens(a), right = tokens(b)
        return !left.isEmpty && left == right
    }

    // MARK: - Headings and sections

    /// A block that opens a new article: set in a heading style (PDF), or, in a dump, a short
    /// title-case line that is not prose.
    static func isHeading(_ block: Block, body: Double?) -> Bool {
        guard !block.lines.isEmpty else { return false }
        if titleOverProse(block) { return true }
        if let body, styledTitleOverOtherType(block, body: body) { return true }
        guard block.lines.count <= maximumHeadingLines else { return false }
        let text = block.text
        guard isTitle(text), TextShape.isTypographicTitle(text) else { return false }
        if let body, block.lines.allSatisfy({ $0.font != nil }) {
            return block.lines.allSatisfy { line in TypeScale.headingLevel(line.font!, body: body) != nil }
        }
        return TextShape.isTitleCandidate(block.lines[0].text.trimmingWhitespace()) && TextShape.isTitleCase(text)
            && !TextShape.isProse(text)
    }

    /// A PDF block whose first line is set as a heading over lines in a smaller size or, at its
    /// own size and weight, in another face or colour opens an article too: a word processor's heading set
    /// tight over bold names or event lines in the body's face shares their block until the
    /// heading rules split it ("Thank You to Our Helpers" in sans bold over names in serif bold).
    static func styledTitleOverOtherType(_ block: Block, body: Double) -> Bool {
        guard block.lines.count > 1, let first = block.lines[0].font, let next = block.lines[1].font,
            TypeScale.headingLevel(first, body: body) != nil
        else { return false }
        let text = block.lines[0].text.trimmingWhitespace()
        guard isTitle(text), TextShape.isTypographicTitle(text), !TextShape.endsWithFunctionWord(text) else { return false }
        return first.size - next.size > 0.5
            || (abs(first.size - next.size) <= 0.5 && TypographicEvidence.isAnotherLook(first, next))
    }

    /// The first line of a dump block, past its first, that opens a heading inside its running
    /// prose (`InnerHeadings`: a short title line after a sentence's end, before prose); nil in a
    /// PDF's blocks, whose headings are blocks of their own.
    static func innerHeadingLine(_ block: Block) -> Int? {
        guard block.lines.count > 2, block.lines.allSatisfy({ $0.font == nil }) else { return nil }
        return InnerHeadings.find(block.lines.map { $0.text.trimmingWhitespace() }).first?.lowerBound
    }

    /// A dump sets a heading and its story in one block: a title line over prose opens an article too.
    static func titleOverProse(_ block: Block) -> Bool {
        guard block.lines.count > 1, block.lines.allSatisfy({ $0.font == nil }) else { return false }
        let first = block.lines[0].text.trimmingWhitespace()
        let second = block.lines[1].text.trimmingWhitespace()
        return isTitle(first) && TextShape.isTitleCandidate(first) && TextShape.isTitleCase(first)
            && !TextShape.isProse(first) && TextShape.isProse(second)
    }

    /// A heading block's title: its first line when the story follows in the same block.
    static func headingText(_ block: Block) -> String {
        titleOverProse(block) ? block.lines[0].text : block.text
    }

    /// The heading block nearest before `entry`, if any.
    static func headingBefore(entry: Int, in entries: [Entry], body: Double?) -> Int? {
        if titleOverProse(entries[entry].block) { return entry }
        var index = entry - 1
        while index >= 0 {
            if isHeading(entries[index].block, body: body) { return index }
            index -= 1
        }
        return nil
    }

    /// Where the section titled `title` ends, among `pieces[..<limit]`: the index after its last block.
    static func sectionEnd(titled title: String, in pieces: [Piece], before limit: Int, body: Double?) -> Int? {
        guard
            let heading = pieces[..<limit].firstIndex(where: { piece in
                // The heading test first: a block's whole text is read for its title only when it is one.
                piece.block.map { isHeading($0, body: body) && sameTitle(headingText($0), title) } ?? false
            })
        else { return nil }
        var index = heading + 1
        while index < limit, pieces[index].block.map({ !isHeading($0, body: body) }) ?? true { index += 1 }
        return index
    }

    // MARK: - Joining

    /// The first part stops mid-sentence (a letter or a comma) and the continuation opens in lower case.
    static func runsOn(_ first: Block, into next: Block) -> Bool {
        let text = first.text
        guard let last = text.last, last.isLetter || last == ",", TextShape.startsLowercase(next.text) else { return false }
        return first.kind == .paragraph && next.kind == .paragraph
    }

    static func firstWords(of block: Block) -> String {
        TextShape.words(block.text).prefix(snippetWords).joined(separator: " ")
    }

    static func lastWords(of block: Block) -> String {
        TextShape.words(block.text).suffix(snippetWords).joined(separator: " ")
    }
}
