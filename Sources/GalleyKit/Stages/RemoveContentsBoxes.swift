/// Finds contents boxes: a run of at least three lines that each end in a page of the issue itself
/// ("Editor's letter … p.2", "Choir news . . . p.1", "Fete report, page 1"), numbered in page
/// order, with the "In this issue" or "Contents" title above them. Removes the run and its title,
/// recording `.contents`. A price list or a timetable (currency, times, numbers past the last page) stays.
package struct RemoveContentsBoxes: Stage {
    /// A contents box lists at least this many entries: two lines ending in numbers are a coincidence.
    static let minimumEntries = 3
    /// An entry names an article in a few words: a longer line is prose that happens to end in a number.
    static let maximumEntryWords = 12
    /// A two-up or imposed PDF prints up to this many newsletter pages on one sheet, so a contents
    /// entry may point past the PDF's own page count by this factor.
    static let maximumPagesPerSheet = 2
    /// Titles that head a contents box, compared lower-cased without punctuation.
    static let titles: Set<String> = [
        "in this issue", "inside this issue", "in this edition", "inside this edition", "this issue", "inside",
        "contents", "table of contents", "what's inside", "what’s inside", "in this newsletter", "also in this issue",
    ]
    /// Words that announce a page number at an entry's end ("p.2", "page 2", "pg 2", "pp. 2").
    static let pageWords: Set<String> = ["p", "p.", "pp", "pp.", "pg", "pg.", "page"]
    /// Page words that can be glued to a dot leader ("....p.2"), longest first so "pp." wins over "p.".
    static let gluedPageWords = ["pp.", "pg.", "p."]
    /// Characters right before an entry's number that make it a price, a time or a decimal, not a page.
    static let nonPageMarks: Set<Character> = ["£", "$", "€", "¥", ":", "/", "%", "#", "+", "×", "x"]

    package init() {}

    /// How a line ends in a page number.
    enum Entry: Equatable {
        /// With a leader, an ellipsis, a comma or a page word between the title and the number.
        case marked(Int)
        /// The number after a plain space ("Concert diary 3"): an entry only under a contents title.
        case bare(Int)

        var page: Int {
            switch self {
            case .marked(let page), .bare(let page): return page
            }
        }
    }

    package func run(_ document: inout Document, context: StageContext) {
        let lastPage = max(1, document.pages.count) * Self.maximumPagesPerSheet
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            let page = document.pages[pageIndex]
            // The page's lines in reading order, each with where it sits.
            var positions: [(block: Int, line: Int)] = []
            for (blockIndex, block) in page.blocks.enumerated() {
                for lineIndex in block.lines.indices { positions.append((blockIndex, lineIndex)) }
            }
            func text(_ position: Int) -> String {
                page.blocks[positions[position].block].lines[positions[position].line].text.trimmingWhitespace()
            }
            // A page number set in a box of its own beside its entry's leader (LaTeX's contents)
            // is read with that entry; the scan skips it where it was read apart.
            let pageLines = positions.map { page.blocks[$0.block].lines[$0.line] }
            let numberBeside = Self.pageNumbersBesideLeaders(pageLines)
            // A section number boxed apart on the entry's left ("2" before "Results . . .") goes with it too.
            let numberBefore = Self.sectionNumbersBeforeLeaders(pageLines, taken: Set(numberBeside.values))
            let absorbed = Set(numberBeside.values).union(numberBefore.values)
            let scan = positions.indices.filter { !absorbed.contains($0) }
            func entryText(_ position: Int) -> String {
                let entry = numberBeside[position].map { text(position) + " " + text($0) } ?? text(position)
                return numberBefore[position].map { text($0) + " " + entry } ?? entry
            }
            var doomed = Set<Int>()  // indices into positions
            var index = 0
            while index < scan.count {
                var end = index
                var entries: [Entry] = []
                while end < scan.count, let entry = Self.entry(entryText(scan[end])), entry.page <= lastPage,
                    entries.last.map({ $0.page <= entry.page }) ?? true
                {
                    entries.append(entry)
                    end += 1
                }
                guard !entries.isEmpty else {
                    index += 1
                    continue
                }
                let titled = index > 0 && Self.isTitle(text(scan[index - 1]))
                let marked = entries.filter { if case .marked = $0 { return true } else { return false } }.count
                if entries.count >= Self.minimumEntries, titled || marked == entries.count {
                    for position in scan[index..<end] {
                        doomed.insert(position)
                        if let number = numberBeside[position] { doomed.insert(number) }
                        if let number = numberBefore[position] { doomed.insert(number) }
                    }
                    if titled {
                        doomed.insert(scan[index - 1])
                    } else if let firstBox = page.blocks[positions[scan[index]].block].lines[positions[scan[index]].line].box,
                        let title = positions.indices.first(where: { position in
                            let line = page.blocks[positions[position].block].lines[positions[position].line]
                            guard let box = line.box, Self.isTitle(line.text) else { return false }
                            return Self.sitsAbove(box, firstBox)
                        })
                    {
                        // In a PDF the title can be read apart from its entries: it sits right above the first.
                        doomed.insert(title)
                    }
                }
                index = end
            }
            guard !doomed.isEmpty else { continue }
            // Record each box once, its lines joined, then remove the lines and blocks left empty.
            var doomedLines: [Int: Int] = [:]  // per block
            for position in doomed { doomedLines[positions[position].block, default: 0] += 1 }
            var run: [Int] = []
            func record() {
                // The first block of the run that keeps some of its lines is the one the box was cut from.
                let kept = run.lazy.map { positions[$0].block }.first { doomedLines[$0, default: 0] < page.blocks[$0].lines.count }
                document.audit.remove(
                    .contents, run.map(text).joined(separator: " "), page: page.number,
                    lines: run.map { page.blocks[positions[$0].block].lines[positions[$0].line] },
                    cutFrom: kept.map { page.blocks[$0] })
                run = []
            }
            for position in positions.indices {
                if doomed.contains(position) {
                    run.append(position)
                } else if !run.isEmpty {
                    record()
                }
            }
            if !run.isEmpty { record() }
            var blocks = page.blocks
            for position in doomed.sorted(by: >) {
                blocks[positions[position].block].lines.remove(at: positions[position].line)
            }
            for blockIndex in blocks.indices where blocks[blockIndex].lines.count != page.blocks[blockIndex].lines.count {
                blocks[blockIndex].box = Rect.union(blocks[blockIndex].lines.compactMap(\.box))
            }
            blocks.removeAll { $0.lines.isEmpty }
            document.pages[pageIndex].blocks = blocks
        }
    }

    /// The page a contents line points to, when the line is a title followed by a page number.
    static func entry(_ line: String) -> Entry? {
        // Most lines do not end in a digit: nothing more to read in them.
        guard let last = line.utf8.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
            last.isASCIIDigit
        else { return nil }
        let line = line.trimmingWhitespace()
        // The number at the end: one to three ASCII digits.
        var digits = Substring(line)
        var number = ""
        while let last = digits.last, last.isASCII, last.isNumber, number.count <= 3 {
            number.insert(last, at: number.startIndex)
            digits.removeLast()
        }
        guard !number.isEmpty, number.count <= 3, let page = Int(number), page >= 1 else { return nil }
        var rest = digits
        guard let mark = rest.last else { return nil }
        if nonPageMarks.contains(mark) { return nil }
        // A decimal ("12.50") or a number run on from a word ("10K") is no page.
        if mark.isLetter, !pageWords.contains(String(rest.suffix(1)).lowercased()) {
            return nil
        }
        if mark == ".", rest.dropLast().last?.isNumber == true { return nil }
        var isMarked = false
        let spaced = rest.hasSuffix(" ")
        // Two spaces or more before a bare number set it in a column of its own: a tab stop.
        let tabbed = rest.hasSuffix("  ")
        // "p.2", "page 2", "pp. 2": a page word right before the number.
        while let last = rest.last, last == " " { rest.removeLast() }
        let words = rest.split(separator: " ")
        if let lastWord = words.last, pageWords.contains(lastWord.lowercased()) {
            isMarked = true
            rest = rest[..<lastWord.startIndex]
        } else if let lastWord = words.last,
            let prefix = gluedPageWords.first(where: { lastWord.lowercased().hasSuffix($0) && lastWord.count > $0.count })
        {
            // "…p.2" glued to a leader: "....p.2".
            isMarked = true
            rest = rest.dropLast(prefix.count)
        }
        // Leaders, an ellipsis or a comma before the number (or the page word).
        var trimmed = rest
        while let last = trimmed.last, last == " " || last == "." || last == "…" || last == "·" || last == "\t" {
            if last != " " { isMarked = true }
            trimmed.removeLast()
        }
        if let last = trimmed.last, last == "," || last == "–" || last == "—" {
            isMarked = true
            trimmed.removeLast()
        }
        if tabbed { isMarked = true }
        // The title: a few words with letters.
        let title = trimmed.trimmingWhitespace()
        let titleWords = title.split(separator: " ")
        guard !titleWords.isEmpty, titleWords.count <= maximumEntryWords, title.contains(where: \.isLetter),
            title.last.map({ !nonPageMarks.contains($0) }) ?? false
        else { return nil }
        // The number must be set apart from the title by a mark or a space.
        if !isMarked, !spaced { return nil }
        return isMarked ? .marked(page) : .bare(page)
    }

    /// A dot leader is at least this many leader characters ("." "·" "…") at a line's end, spaces apart or not.
    static let minimumLeaderCharacters = 3
    /// A page number beside its leader stands on the leader's baseline, within this share of the line's height.
    static let baselineShareOfHeight = 0.5

    /// For each line ending in a dot leader with no number after it, the line (by index in
    /// `lines`) that holds only a page number and stands on its baseline to its right, the
    /// nearest such: a typesetter that sets each entry's number in a box of its own, flush right,
    /// leaves a gap the reader cuts the line at ("Results . . . . ." then "3" apart).
    static func pageNumbersBesideLeaders(_ lines: [Line]) -> [Int: Int] {
        var numbers: [Int] = []
        for (index, line) in lines.enumerated() {
            let text = line.text.trimmingWhitespace()
            if line.box != nil, (1...3).contains(text.utf8.count), text.utf8.allSatisfy(\.isASCIIDigit) { numbers.append(index) }
        }
        guard !numbers.isEmpty else { return [:] }
        var result: [Int: Int] = [:]
        var taken = Set<Int>()
        for (index, line) in lines.enumerated() where endsInLeader(line.text) {
            guard let box = line.box else { continue }
            let tolerance = baselineShareOfHeight * box.height
            let beside = numbers.filter { number in
                guard !taken.contains(number), let other = lines[number].box else { return false }
                return abs(other.maxY - box.maxY) <= tolerance && other.minX >= box.maxX - tolerance
            }
            guard let nearest = beside.min(by: { lines[$0].box!.minX < lines[$1].box!.minX }) else { continue }
            result[index] = nearest
            taken.insert(nearest)
        }
        return result
    }

    /// For each leader line with a page number beside it, the line (by index in `lines`) that
    /// holds only a section number and stands on its baseline just left of it, within
    /// `sectionNumberGapInHeights` line heights, when the reader set the number apart; `taken`
    /// are the page numbers already paired.
    static func sectionNumbersBeforeLeaders(_ lines: [Line], taken: Set<Int>) -> [Int: Int] {
        let numbers = lines.indices.filter { index in
            let text = lines[index].text.trimmingWhitespace()
            return !taken.contains(index) && lines[index].box != nil && !text.isEmpty && text.utf8.count <= 5
                && text.utf8.allSatisfy { $0.isASCIIDigit || $0 == UInt8(ascii: ".") } && text.utf8.first!.isASCIIDigit
        }
        guard !numbers.isEmpty else { return [:] }
        var result: [Int: Int] = [:]
        for (index, line) in lines.enumerated() where endsInLeader(line.text) {
            guard let box = line.box else { continue }
            let tolerance = baselineShareOfHeight * box.height
            let before = numbers.filter { number in
                guard let other = lines[number].box else { return false }
                let gap = box.minX - other.maxX
                return abs(other.maxY - box.maxY) <= tolerance && gap >= -tolerance
                    && gap <= sectionNumberGapInHeights * box.height
            }
            if let nearest = before.max(by: { lines[$0].box!.maxX < lines[$1].box!.maxX }) { result[index] = nearest }
        }
        return result
    }

    /// A section number stands at most this many line heights left of its entry's title.
    static let sectionNumberGapInHeights = 3.0

    /// Whether `text` ends in a dot leader: at least `minimumLeaderCharacters` leader characters
    /// after the last letter or digit, with only spaces between them.
    static func endsInLeader(_ text: String) -> Bool {
        var count = 0
        for character in text.reversed() {
            if character == "." || character == "·" || character == "…" {
                count += 1
            } else if character != " " {
                break
            }
        }
        return count >= minimumLeaderCharacters
    }

    /// A title sits right above an entry: overlapping it across, at most this many entry line heights above it.
    static let maximumTitleGapInLines = 2.0

    /// `title` is set just above `entry`, across the same stretch of the page.
    static func sitsAbove(_ title: Rect, _ entry: Rect) -> Bool {
        let gap = entry.minY - title.maxY
        let overlap = min(title.maxX, entry.maxX) - max(title.minX, entry.minX)
        return gap >= -entry.height / 2 && gap <= maximumTitleGapInLines * entry.height && overlap > 0
    }

    /// "In this issue", "Contents", "Inside": the title of a contents box.
    static func isTitle(_ line: String) -> Bool {
        let bare = line.lowercased().filter { $0.isLetter || $0 == " " || $0 == "'" || $0 == "’" }
        return titles.contains(bare.split(separator: " ").joined(separator: " "))
    }
}
