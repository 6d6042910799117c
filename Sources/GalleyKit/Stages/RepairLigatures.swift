import Dispatch
import Foundation
import Synchronization

/// Repairs words broken by ligature glyphs: presentation-form ligatures (U+FB00–FB06, "ﬁrst") are
/// spelled out always; a ligature the font maps to a private-use code point or to nothing
/// ("sta on", "tle", "of\u{E000}ce") gets back the letters of the ligature that make a word of it,
/// judged by the lexicon and the document's own words. Each changed word is one `.ligature` repair.
package struct RepairLigatures: Stage {
    /// The letters of the Unicode presentation-form ligatures.
    static let presentationForms: [Unicode.Scalar: String] = [
        "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl",
        "\u{FB05}": "st", "\u{FB06}": "st",
    ]
    /// The letter pairs and triples fonts set as one ligature glyph (the f-ligatures, and the
    /// discretionary ones of book faces), tried in this order where a glyph went missing.
    static let ligatureLetters = ["fi", "fl", "ff", "ffi", "ffl", "ti", "tt", "ft", "th", "st", "ct"]
    /// A word piece shorter than this is too short to say which letters it lost ("a", "I").
    static let minimumPieceLetters = 2
    /// A run of letters longer than this is no dictionary word with a glyph missing (the longest
    /// en_GB and en_US words have about 30 letters): trying every ligature at every place in it
    /// would cost look-ups in proportion to the square of its length.
    static let maximumWordLetters = 64

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        // The document's own words settle ties between candidate repairs; most documents never
        // have a tie, so the list is made on first need.
        // Held by a class, so that the closures handed down to every line capture one reference,
        // not a copy of the document.
        let printed = PrintedWords(document)
        var anyRepair = false
        func record(_ found: LineRepair) {
            anyRepair = true
            document.pages[found.page].blocks[found.block].lines[found.line].text = found.text
            let line = document.pages[found.page].blocks[found.block].lines[found.line]
            for repair in found.repairs {
                document.audit.repair(
                    .ligature, before: repair.before, after: repair.after, page: document.pages[found.page].number, lines: [line])
            }
        }
        // Each pass reads each line on its own (its words, the lexicon and the document's words
        // as the stage began): a long document's lines are read on several threads, and the
        // repairs recorded in page order either way. On one core, threads would only split the
        // memories.
        let lineCount = document.pages.reduce(0) { total, page in total + page.blocks.reduce(0) { $0 + $1.lines.count } }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let runs = context.usesThreads && cores > 1 && lineCount >= Self.linesForThreads ? 2 * cores : 1
        Self.pass(document, lexicon: context.lexicon, printed: printed, runs: runs, insertions: false).forEach(record)
        // A word with a glyph lost at its edge ("tle") is repaired only in a document that shows
        // it loses ligature glyphs: a glyph lost inside a word ("sta on"), a private-use glyph
        // or a presentation form repaired in the first pass. Elsewhere an unknown lower-case word
        // is the author's (a name, a coinage), and asking the lexicon about every way to put
        // letters into it would cost a hundred look-ups a word.
        guard anyRepair else { return }
        // The second pass: glyphs lost at a word's edge, now that the document shows it loses them.
        Self.pass(document, lexicon: context.lexicon, printed: printed, runs: runs, insertions: true).forEach(record)
    }

    /// A document of this many lines or more has its passes read on several threads.
    static let linesForThreads = 2_000

    /// One line's repairs: where it is, its new text, and each word changed.
    struct LineRepair: Sendable {
        var page: Int, block: Int, line: Int
        var text: String
        var repairs: [(before: String, after: String)]
    }

    /// One pass over every line, the pages split into `runs` runs read on threads of their own
    /// (one run: on this thread), each with a memory of its own; the repairs come back in page
    /// order. The first pass has no `insertions`; the second has them.
    ///
    /// The joins tried across a space ("sta" + "ti" + "on", eleven for each pair of neighbours
    /// with a non-word in it) and the hundred or so insertions tried in a word are one-off
    /// questions: the lexicon answers them directly, so that they neither fill the memory nor
    /// cost its upkeep. A word that lost a glyph at its edge is asked about once a run, not
    /// wherever it stands: its insertions depend only on the lexicon and the document's words
    /// as the stage began.
    static func pass(
        _ document: Document, lexicon: any Lexicon, printed: PrintedWords, runs: Int, insertions: Bool
    ) -> [LineRepair] {
        let pages = document.pages.indices.filter { document.pages[$0].duplicateOf == nil }
        let runs = max(1, min(pages.count, runs))
        let found = Mutex<[[LineRepair]]>(Array(repeating: [], count: runs))
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            let memory = RememberingLexicon(lexicon)
            var insertedWords: [String: String?] = [:]
            func inserted(_ word: String) -> String? {
                if let answer = insertedWords[word] { return answer }
                let answer = insert(into: word, isWord: lexicon.isWord, known: printed.contains)
                if insertedWords.count >= RememberingLexicon.defaultCapacity { insertedWords.removeAll(keepingCapacity: true) }
                insertedWords[word] = answer
                return answer
            }
            var mine: [LineRepair] = []
            for pageIndex in pages[(run * pages.count / runs)..<((run + 1) * pages.count / runs)] {
                for (blockIndex, block) in document.pages[pageIndex].blocks.enumerated() {
                    for (lineIndex, line) in block.lines.enumerated() {
                        var repairs: [(before: String, after: String)] = []
                        let repaired = repair(
                            line.text, isWord: memory.isWord, known: printed.contains, insertions: insertions,
                            repairs: &repairs, inserted: insertions ? inserted : nil, isJoin: lexicon.isWord,
                            isWordUTF8: memory.isWord(utf8:))
                        guard !repairs.isEmpty else { continue }
                        mine.append(LineRepair(page: pageIndex, block: blockIndex, line: lineIndex, text: repaired, repairs: repairs))
                    }
                }
            }
            found.withLock { $0[run] = mine }
        }
        return found.withLock { $0.flatMap { $0 } }
    }

    /// The words of the document as it was when the stage began (`vocabulary(_:)`), made on first need.
    /// Safe to share between a pass's threads: the list is made once, under a lock.
    final class PrintedWords: Sendable {
        private let document: Document
        private let words = Mutex<Set<String>?>(nil)

        init(_ document: Document) { self.document = document }

        func contains(_ word: String) -> Bool {
            let lowered = word.lowercased()
            return words.withLock { words in
                if words == nil { words = RepairLigatures.vocabulary(document) }
                return words!.contains(lowered)
            }
        }
    }

    /// The lower-cased words the document prints whole (letters only), with ligature forms spelled out.
    static func vocabulary(_ document: Document) -> Set<String> {
        var words: Set<String> = []
        // Plain ASCII lines (each byte a character) are read on their bytes: a token's core runs
        // from its first letter to its last, holds no ligature form, and is kept when it is all
        // letters; each distinct word becomes a string once, at the end.
        var asciiWords = ByteWordCounter()
        for block in document.allBlocks {
            for line in block.lines {
                let isASCII = line.text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                    guard WordScan.isPlainASCII(bytes) else { return false }
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { lowered in
                        var start = 0
                        while start < bytes.count {
                            guard bytes[start].isASCIILetter else {
                                start += 1
                                continue
                            }
                            var end = start
                            while end < bytes.count, bytes[end].isASCIILetter { end += 1 }
                            // The letters must run from the token's first letter to its last.
                            var tokenStart = start, tokenEnd = end
                            while tokenStart > 0, bytes[tokenStart - 1] != UInt8(ascii: " ") { tokenStart -= 1 }
                            while tokenEnd < bytes.count, bytes[tokenEnd] != UInt8(ascii: " ") { tokenEnd += 1 }
                            let isWholeCore =
                                !bytes[tokenStart..<start].contains(where: \.isASCIILetter)
                                && !bytes[end..<tokenEnd].contains(where: \.isASCIILetter)
                            if isWholeCore, end - start >= minimumPieceLetters {
                                for index in start..<end { lowered[index - start] = bytes[index].asciiLowercased }
                                asciiWords.add(UnsafeBufferPointer(rebasing: lowered[0..<(end - start)]))
                            }
                            start = tokenEnd
                        }
                    }
                    return true
                }
                guard isASCII != true else { continue }
                for token in line.text.split(separator: " ") {
                    let word = spelledOut(core(token).word).lowercased()
                    if word.count >= minimumPieceLetters, word.allSatisfy(\.isLetter) { words.insert(word) }
                }
            }
        }
        asciiWords.forEach { bytes, _ in words.insert(String(decoding: bytes, as: UTF8.self)) }
        return words
    }

    /// `text` with presentation-form ligatures replaced by their letters.
    static func spelledOut(_ text: Substring) -> String {
        guard text.unicodeScalars.contains(where: { presentationForms[$0] != nil }) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            if let letters = presentationForms[scalar] { result += letters } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    static func isPrivateUse(_ scalar: Unicode.Scalar) -> Bool {
        (0xE000...0xF8FF).contains(scalar.value)
    }

    /// A token split into leading punctuation, the word, and trailing punctuation.
    static func core(_ token: Substring) -> (lead: Substring, word: Substring, trail: Substring) {
        let isPart: (Character) -> Bool = { $0.isLetter || $0.unicodeScalars.contains(where: isPrivateUse) }
        guard let first = token.firstIndex(where: isPart), let last = token.lastIndex(where: isPart) else {
            return (token, token[token.endIndex...], token[token.endIndex...])
        }
        return (token[..<first], token[first...last], token[token.index(after: last)...])
    }

    /// The line with its broken words repaired, each repair appended to `repairs`.
    /// `inserted`, when given, answers `insert(into:isWord:known:)` (a memo of it); `isJoin`, when
    /// given, answers `isWord` for the joins `bridge` tries.
    /// `isWordUTF8`, when given, answers `isWord` for a word of a plain-ASCII line from its bytes.
    static func repair(
        _ text: String, isWord: (String) -> Bool, known: (String) -> Bool, insertions: Bool = true,
        repairs: inout [(before: String, after: String)], inserted: ((String) -> String?)? = nil,
        isJoin: ((String) -> Bool)? = nil, isWordUTF8: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil
    ) -> String {
        // Most lines are plain ASCII: only a non-word can have lost a glyph, so look further only then.
        if leavesPlainASCIIAlone(
            text, isWord: isWord, known: known, insertions: insertions, inserted: inserted, isJoin: isJoin,
            isWordUTF8: isWordUTF8) == true
        {
            return text
        }
        return repairingTokens(
            text, isWord: isWord, known: known, insertions: insertions, repairs: &repairs, inserted: inserted,
            isJoin: isJoin)
    }

    /// `repair` on the line's tokens as strings, for any text.
    static func repairingTokens(
        _ text: String, isWord: (String) -> Bool, known: (String) -> Bool, insertions: Bool,
        repairs: inout [(before: String, after: String)], inserted: ((String) -> String?)? = nil,
        isJoin: ((String) -> Bool)? = nil
    ) -> String {
        var tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            // Most tokens are plain ASCII words: no ligature form, no punctuation to peel off.
            let isPlain = isASCIIWord(token)
            let parts =
                isPlain ? (token[token.startIndex...].prefix(0), token[...], token[token.endIndex...]) : core(Substring(token))
            let word = String(parts.word)
            guard !word.isEmpty else {
                index += 1
                continue
            }
            // 1. Presentation forms and private-use glyphs inside the word.
            let spelled = isPlain ? word : spelledOut(parts.word)
            // A private-use glyph standing alone is a symbol (a bullet), not part of a word.
            if !isPlain,
                spelled != word || (word.unicodeScalars.contains(where: isPrivateUse) && word.contains(where: \.isLetter))
            {
                let fixed = fillPrivateUse(spelled, isWord: isWord, known: known) ?? spelled
                if fixed != word {
                    let after = String(parts.lead) + fixed + String(parts.trail)
                    repairs.append((token, after))
                    tokens[index] = after
                    changed = true
                }
                index += 1
                continue
            }
            guard isPlain || word.allSatisfy(\.isLetter) else {
                index += 1
                continue
            }
            // 2. A glyph dropped inside the word, leaving a space: "sta on" (either piece may
            // happen to be a word, not both).
            if parts.trail.isEmpty, index + 1 < tokens.count {
                // A plain ASCII word is its own core, as for the token itself above.
                let nextToken = Substring(tokens[index + 1])
                let nextIsPlain = isASCIIWord(tokens[index + 1])
                let next = nextIsPlain ? (lead: nextToken.prefix(0), word: nextToken, trail: nextToken.suffix(0)) : core(nextToken)
                if next.lead.isEmpty, !next.word.isEmpty, nextIsPlain || next.word.allSatisfy(\.isLetter),
                    let joined = bridge(word, String(next.word), isWord: isWord, known: known, isJoin: isJoin)
                {
                    let before = token + " " + tokens[index + 1]
                    let after = String(parts.lead) + joined + String(next.trail)
                    repairs.append((before, after))
                    tokens[index] = after
                    tokens.remove(at: index + 1)
                    changed = true
                    index += 1
                    continue
                }
            }
            // 3. A glyph dropped at the word's edge or inside it, without a space: "tle".
            if insertions, word.count >= minimumPieceLetters + 1, word.count <= maximumWordLetters,
                word.first?.isLowercase ?? false, !isWord(word),
                let whole = insertion(into: word, isWord: isWord, known: known, inserted: inserted)
            {
                let after = String(parts.lead) + whole + String(parts.trail)
                repairs.append((token, after))
                tokens[index] = after
                changed = true
            }
            index += 1
        }
        return changed ? tokens.joined(separator: " ") : text
    }

    /// Whether `repair` leaves `text` as it is, decided on its bytes when it is plain ASCII (every
    /// byte a character of its own) but for curly quotes and dashes (`WordScan.isPlainASCIIOrPunctuation`), else nil. The same tests in the same order as `repair`, on
    /// byte ranges instead of strings: ASCII holds no ligature form nor private-use glyph (step 1),
    /// a token's core runs from its first letter to its last, and a word becomes a string only when
    /// the lexicon is asked about it. The first repair found says no, and `repair` redoes the line.
    static func leavesPlainASCIIAlone(
        _ text: String, isWord: (String) -> Bool, known: (String) -> Bool, insertions: Bool,
        inserted: ((String) -> String?)? = nil, isJoin: ((String) -> Bool)? = nil,
        isWordUTF8: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil
    ) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            // A line's curly quotes and dashes are non-letters of one character each, as `core`
            // reads them: they only ever lead or trail a word, like ASCII punctuation.
            guard WordScan.isPlainASCIIOrPunctuation(bytes) else { return nil }
            func isLetter(_ byte: UInt8) -> Bool { byte.isASCIILetter }
            func string(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            /// The token's core when it is a word of letters only (lead and trail aside), else nil.
            func core(_ token: Range<Int>) -> (word: Range<Int>, trailIsEmpty: Bool, leadIsEmpty: Bool)? {
                guard let first = token.first(where: { isLetter(bytes[$0]) }) else { return nil }
                let last = token.last(where: { isLetter(bytes[$0]) })!
                guard (first...last).allSatisfy({ isLetter(bytes[$0]) }) else { return nil }
                return (first..<(last + 1), last + 1 == token.upperBound, first == token.lowerBound)
            }
            // The last word asked about, with the answer: a pair's tail is the next pair's head.
            var asked: (word: Range<Int>, isWord: Bool)?
            func isWordAt(_ word: Range<Int>) -> Bool {
                if let asked, asked.word == word { return asked.isWord }
                // Each word of the line is asked about: on its bytes when the memory can read them.
                let answer = isWordUTF8.map { $0(UnsafeBufferPointer(rebasing: bytes[word])) } ?? isWord(string(word))
                asked = (word, answer)
                return answer
            }
            func isLowercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
            var tokenStart = 0
            while tokenStart <= bytes.count {
                let tokenEnd = bytes[tokenStart...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.count
                defer { tokenStart = tokenEnd + 1 }
                guard let parts = core(tokenStart..<tokenEnd) else { continue }
                // 2. "sta on": the next token opens with its word of letters.
                if parts.trailIsEmpty, tokenEnd < bytes.count {
                    let nextStart = tokenEnd + 1
                    let nextEnd = bytes[nextStart...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.count
                    // `bridge`'s own tests first, on bytes: it joins only where a piece is no word.
                    if let next = core(nextStart..<nextEnd), next.leadIsEmpty,
                        parts.word.count >= minimumPieceLetters || next.word.count >= minimumPieceLetters,
                        isLowercase(bytes[next.word.lowerBound]), !isWordAt(parts.word) || !isWordAt(next.word),
                        bridge(string(parts.word), string(next.word), isWord: isWord, known: known, isJoin: isJoin) != nil
                    {
                        return false
                    }
                }
                // 3. "tle".
                let word = parts.word
                if insertions, word.count >= minimumPieceLetters + 1, word.count <= maximumWordLetters,
                    isLowercase(bytes[word.lowerBound]), !isWordAt(word),
                    insertion(into: string(word), isWord: isWord, known: known, inserted: inserted) != nil
                {
                    return false
                }
            }
            return true
        } ?? nil
    }

    /// Whether `token` is nothing but ASCII letters (most words of most lines).
    static func isASCIIWord(_ token: String) -> Bool {
        token.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.isEmpty && bytes.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        } ?? token.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
    }

    /// The best of several candidate words: one the document prints elsewhere, else the first.
    static func best(_ candidates: [String], known: (String) -> Bool) -> String? {
        candidates.first(where: known) ?? candidates.first
    }

    /// `word` with each private-use character replaced by the ligature letters that make a word; nil if none do.
    static func fillPrivateUse(_ word: String, isWord: (String) -> Bool, known: (String) -> Bool) -> String? {
        guard let scalar = word.unicodeScalars.first(where: isPrivateUse) else { return nil }
        var candidates: [String] = []
        for letters in ligatureLetters {
            var scalars = String.UnicodeScalarView()
            var replaced = false
            for item in word.unicodeScalars {
                if item == scalar && !replaced {
                    scalars.append(contentsOf: letters.unicodeScalars)
                    replaced = true
                } else {
                    scalars.append(item)
                }
            }
            let candidate = String(scalars)
            if candidate.unicodeScalars.contains(where: isPrivateUse) {
                if let deeper = fillPrivateUse(candidate, isWord: isWord, known: known) { candidates.append(deeper) }
            } else if isWord(candidate) {
                candidates.append(candidate)
            }
        }
        return best(candidates, known: known)
    }

    /// `head` + ligature letters + `tail` when that is a word and `head` or `tail` alone is not
    /// (two words are never run together). `isJoin`, when given, is asked about the joins instead
    /// of `isWord` (the same answers, without a memo's upkeep).
    static func bridge(
        _ head: String, _ tail: String, isWord: (String) -> Bool, known: (String) -> Bool,
        isJoin: ((String) -> Bool)? = nil
    ) -> String? {
        guard head.count >= minimumPieceLetters || tail.count >= minimumPieceLetters,
            tail.first?.isLowercase ?? false, !isWord(head) || !isWord(tail)
        else { return nil }
        let candidates = ligatureLetters.map { head + $0 + tail }.filter { isJoin?($0) ?? isWord($0) }
        return best(candidates, known: known)
    }

    /// `insert(into:isWord:known:)`, answered by `inserted` (its memo) when given.
    static func insertion(
        into word: String, isWord: (String) -> Bool, known: (String) -> Bool, inserted: ((String) -> String?)?
    ) -> String? {
        if let inserted { return inserted(word) }
        return insert(into: word, isWord: isWord, known: known)
    }

    /// A lower-case non-word with ligature letters inserted where they make a word, taken only
    /// when one place and one set of letters do, or the document prints the result elsewhere.
    static func insert(into word: String, isWord: (String) -> Bool, known: (String) -> Bool) -> String? {
        let characters = Array(word)
        var candidates: [String] = []
        for cut in 0...characters.count {
            // The two pieces once per place, not once per set of letters.
            let head = String(characters[..<cut]), tail = String(characters[cut...])
            for letters in ligatureLetters {
                let candidate = head + letters + tail
                if isWord(candidate), !candidates.contains(candidate) { candidates.append(candidate) }
            }
        }
        if let printed = candidates.first(where: known) { return printed }
        return candidates.count == 1 ? candidates[0] : nil
    }
}
