/// Reads letter-spaced titles as words: a line made mostly of single letters ("G A R D E N N O T E S")
/// has each run of them re-spaced into the dictionary words they spell ("GARDEN NOTES"), breaking
/// first at the word breaks the PDF reader saw in the glyph gaps (two spaces); a run without such
/// breaks that spells no words ("A B C") is left alone. Title lines cut apart on one baseline or stacked in one style become one block. Each
/// re-spaced line is one `.letterSpacing` repair.
package struct ReadLetterSpacing: Stage {
    /// A letter-spaced run has at least this many single letters ("T H E").
    static let minimumRunLetters = 3
    /// At least this share of a line's words are single letters for it to be letter-spaced.
    static let minimumSingleLetterShare = 0.6
    /// A word found in a run has at least this many letters: one-letter words ("a", "I") would let
    /// any string of initials pass.
    static let minimumWordLetters = 2
    /// Pieces of one title on one baseline: middles within a quarter of the line height.
    static let sameBaselineShareOfHeight = 0.25
    /// Stacked lines of one title: at most this many line heights of space between them.
    static let maximumStackGapInLineHeights = 0.8
    /// Sizes within 10% are one style.
    static let sizeTolerance = 0.1

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        var cache: [String: Bool] = [:]
        func isWord(_ word: String) -> Bool {
            if let known = cache[word] { return known }
            // Lower-cased: an all-capital abbreviation ("ABC") is not a word to spell out.
            let answer = context.lexicon.isWord(word.lowercased())
            cache[word] = answer
            return answer
        }
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            let page = document.pages[pageIndex].number
            var respaced: Set<Int> = []
            for blockIndex in document.pages[pageIndex].blocks.indices {
                let block = document.pages[pageIndex].blocks[blockIndex]
                var whole = true
                var any = false
                for lineIndex in block.lines.indices {
                    let text = block.lines[lineIndex].text
                    if let words = Self.respaced(text, isWord: isWord) {
                        document.pages[pageIndex].blocks[blockIndex].lines[lineIndex].text = words
                        document.audit.repair(.letterSpacing, before: text, after: words, page: page, lines: [block.lines[lineIndex]])
                        any = true
                    } else {
                        whole = false
                    }
                }
                if any && whole { respaced.insert(blockIndex) }
            }
            if respaced.count >= 2 {
                document.pages[pageIndex].blocks = Self.mergingTitles(document.pages[pageIndex].blocks, respaced)
            }
        }
    }

    /// The line's single-letter runs re-spaced into words, or nil when it is not letter-spaced
    /// or a run spells no words.
    static func respaced(_ text: String, isWord: (String) -> Bool) -> String? {
        let trimmed = text.trimmingWhitespace()
        // Most lines are far from letter-spaced, and their bytes say so: a plain-ASCII line's
        // counts, any other line's bounds on them.
        let counts = LetterSpacingScan.singleLetterWords(trimmed[...]) ?? LetterSpacingScan.singleLetterBounds(trimmed[...])
        guard LetterSpacingScan.mayBeLetterSpaced(counts, minimumSingles: minimumRunLetters, minimumShare: minimumSingleLetterShare)
        else { return nil }
        let tokens = trimmed.split(separator: " ", omittingEmptySubsequences: false)
        let words = tokens.filter { !$0.isEmpty }
        let singles = words.filter { $0.count == 1 && $0.first!.isLetter }
        guard singles.count >= minimumRunLetters, Double(singles.count) >= minimumSingleLetterShare * Double(words.count)
        else { return nil }
        var output: [String] = []
        var run: [[Character]] = [[]]  // letter groups, split where the text has a double space
        var changed = false
        func flush() -> Bool {
            let letters = run.reduce(0) { $0 + $1.count }
            defer { run = [[]] }
            if letters == 0 { return true }
            if letters < minimumRunLetters {
                output += run.flatMap { $0.map(String.init) }
                return true
            }
            guard let spelled = segment(run.filter { !$0.isEmpty }, isWord: isWord) else { return false }
            output += spelled
            changed = true
            return true
        }
        for token in tokens {
            if token.isEmpty {
                if !(run.last?.isEmpty ?? true) { run.append([]) }
            } else if token.count == 1, let letter = token.first, letter.isLetter {
                run[run.count - 1].append(letter)
            } else {
                guard flush() else { return nil }
                output.append(String(token))
            }
        }
        guard flush(), changed else { return nil }
        return output.joined(separator: " ")
    }

    /// The words of a run: each group (letters between wide gaps) split into the fewest dictionary
    /// words. Where the reader saw the word breaks (more than one group), a group that spells no
    /// dictionary word is a word of its own (a name); a run without breaks that spells none is nil.
    static func segment(_ groups: [[Character]], isWord: (String) -> Bool) -> [String]? {
        var result: [String] = []
        for group in groups {
            if let words = fewestWords(group, isWord: isWord) {
                result += words
            } else if groups.count > 1 {
                result.append(String(group))
            } else {
                return nil
            }
        }
        return result
    }

    /// `letters` split into the fewest dictionary words of at least `minimumWordLetters` letters.
    static func fewestWords(_ letters: [Character], isWord: (String) -> Bool) -> [String]? {
        let count = letters.count
        // best[i]: the fewest words covering letters[..<i], and where its last word starts.
        var best: [(words: Int, start: Int)?] = Array(repeating: nil, count: count + 1)
        best[0] = (0, 0)
        for end in 1...max(count, 1) where count > 0 {
            for start in 0..<end where end - start >= minimumWordLetters {
                guard let before = best[start] else { continue }
                if let current = best[end], current.words <= before.words + 1 { continue }
                if isWord(String(letters[start..<end])) { best[end] = (before.words + 1, start) }
            }
        }
        guard best[count] != nil, count > 0 else { return nil }
        var words: [String] = []
        var end = count
        while end > 0, let step = best[end] {
            words.insert(String(letters[step.start..<end]), at: 0)
            end = step.start
        }
        return words
    }

    /// `blocks` with neighbouring re-spaced blocks of one title (same size, one baseline or
    /// stacked close) merged: side by side into one line, stacked into one block; in a text dump,
    /// neighbouring one-line blocks into one line.
    static func mergingTitles(_ blocks: [Block], _ respaced: Set<Int>) -> [Block] {
        var result: [Block] = []
        var lastWasRespaced = false
        for (index, block) in blocks.enumerated() {
            let isRespaced = respaced.contains(index)
            defer { lastWasRespaced = isRespaced }
            guard isRespaced, lastWasRespaced, var previous = result.last, let above = previous.lines.last,
                let below = block.lines.first
            else {
                result.append(block)
                continue
            }
            // A text dump has no geometry: neighbouring letter-spaced lines are one title.
            if above.box == nil, below.box == nil, block.lines.count == 1 {
                previous.lines[previous.lines.count - 1].text =
                    above.text.trimmingWhitespace() + " " + below.text.trimmingWhitespace()
                result[result.count - 1] = Block(
                    lines: previous.lines, kind: previous.kind, headingLevel: previous.headingLevel, page: previous.page)
                continue
            }
            guard let a = above.box, let b = below.box, let fa = above.font, let fb = below.font,
                abs(fa.size - fb.size) <= sizeTolerance * max(fa.size, fb.size)
            else {
                result.append(block)
                continue
            }
            let height = max(a.height, b.height, 1)
            if abs(a.midY - b.midY) <= sameBaselineShareOfHeight * height, block.lines.count == 1 {
                var line = above
                line.text = above.text.trimmingWhitespace() + " " + below.text.trimmingWhitespace()
                line.box = a.union(b)
                previous.lines[previous.lines.count - 1] = line
            } else if b.minY >= a.maxY - sameBaselineShareOfHeight * height,
                b.minY - a.maxY <= maximumStackGapInLineHeights * height
            {
                previous.lines += block.lines
            } else {
                result.append(block)
                continue
            }
            result[result.count - 1] = Block(
                lines: previous.lines, kind: previous.kind, headingLevel: previous.headingLevel, page: previous.page)
        }
        return result
    }
}
