/// Builds list blocks: lone bullet glyphs followed by a block of item lines (how pdftotext
/// prints a bulleted column), lines that open with a bullet, and runs of numbered items
/// ("1. …", "2. …"), event listings without markers (`listings`, one date-led event a
/// line), and indented lists whose bullets the reader did not see (`unmarkedList`). Sets
/// `kind = .list` and `items`; the block's lines keep the item text.
///
/// Bullet glyphs consumed as list markers are markup, represented by the list structure, and
/// are not recorded; numbers of numbered items stay in the item text. Lead-in lines before a
/// list and lines after it stay paragraphs.
package struct BuildLists: Stage {
    /// The characters read as bullet markers. Text invariants ignore exactly these characters,
    /// since a consumed marker lives on only as list structure.
    /// Besides the typographic bullets: dingbats (pointing hands, arrowheads, ticks, diamonds) and
    /// the private-use code points that the Symbol and Wingdings fonts give their bullets
    /// (U+F0B7 Symbol's bullet, U+F0A7 Wingdings' square, U+F0D8 its arrowhead, U+F0FC its tick,
    /// U+F076 its diamond, U+F06E its black square), which have no meaning as text.
    package static let bulletGlyphs: Set<Character> = [
        "•", "◦", "▪", "▫", "●", "○", "■", "□", "‣", "⁃", "∙", "-", "*", "–",
        "☞", "☛", "➢", "➤", "►", "▸", "✓", "✔", "❖", "◆", "♦", "❏", "❑", "➔", "✦",
        "\u{F0B7}", "\u{F0A7}", "\u{F0D8}", "\u{F0FC}", "\u{F076}", "\u{F06E}",
    ]
    /// Glyphs that also occur as punctuation (dash, hyphen, asterisk): a list of them needs at least two items.
    static let ambiguousGlyphs: Set<Character> = ["-", "*", "–"]
    /// A list has at least this many items, unless its glyph is unambiguous.
    static let minimumAmbiguousItems = 2
    /// A numbered item's number has at most this many digits ("12." yes, "2021." no).
    static let maximumNumberDigits = 2

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            let blocks = document.pages[pageIndex].blocks
            var result: [Block] = []
            var index = 0
            while index < blocks.count {
                let block = blocks[index]
                guard block.kind == .paragraph else {
                    result.append(block)
                    index += 1
                    continue
                }
                let texts = block.lines.map { $0.text.trimmingWhitespace() }
                let glyphStart = Self.trailingGlyphStart(texts)
                if glyphStart == 0,
                    let owner = Self.listOwningMarkers(block.lines, besides: index + 1 < blocks.count ? blocks[index + 1] : nil, in: result)
                {
                    // Lone glyphs level with the lines of a list already made (a nested list's
                    // bullets read after their items), and with none of the next block's: that
                    // list's markers, not the next block's. They join its lines (not its items).
                    let list = result[owner]
                    result[owner] = Block(lines: list.lines + block.lines, kind: .list, items: list.items, page: list.page)
                    index += 1
                    continue
                }
                if glyphStart < texts.count, index + 1 < blocks.count, Self.canHoldItems(blocks[index + 1]),
                    !Self.isBesideNoItemLine(Array(block.lines[glyphStart...]), items: blocks[index + 1].lines)
                {
                    // Lone glyphs at the foot of this block; their items are the next block's lines.
                    if glyphStart > 0 {
                        let above = Block(lines: Array(block.lines[..<glyphStart]), page: block.page)
                        result.append(contentsOf: Self.inlineLists(above, texts: Array(texts[..<glyphStart])))
                    }
                    let glyphs = texts[glyphStart...].reduce(0) { $0 + $1.filter(Self.bulletGlyphs.contains).count }
                    let next = blocks[index + 1]
                    let itemTexts = next.lines.map { $0.text.trimmingWhitespace() }
                    let groups =
                        glyphs == 1
                        ? [0..<itemTexts.count]
                        : Self.groupsBesideGlyphs(Array(block.lines[glyphStart...]), items: next.lines)
                            ?? Self.itemGroups(itemTexts)
                    result.append(Self.listBlock(next.lines, groups: groups, page: next.page))
                    index += 2
                    continue
                }
                let numberStart = Self.trailingNumberStart(texts)
                if numberStart < texts.count, index + 1 < blocks.count, Self.canHoldItems(blocks[index + 1]),
                    let list = Self.numberedList(Array(block.lines[numberStart...]), items: blocks[index + 1])
                {
                    // Item numbers set in a column of their own (a word processor's numbered list,
                    // the number and its text a tab apart): each goes back onto its item's first line.
                    if numberStart > 0 {
                        let above = Block(lines: Array(block.lines[..<numberStart]), page: block.page)
                        result.append(contentsOf: Self.inlineLists(above, texts: Array(texts[..<numberStart])))
                    }
                    result.append(list)
                    index += 2
                    continue
                }
                if let lead = result.last, let list = Self.unmarkedList(block, after: lead) {
                    result.append(list)
                    index += 1
                    continue
                }
                result.append(contentsOf: Self.inlineLists(block, texts: texts))
                index += 1
            }
            document.pages[pageIndex].blocks = Self.mergingAdjacentLists(result)
        }
    }

    /// Item spacing makes a PDF's list one block per item; lists right under each other with
    /// their markers at one x are one list. Within a line height below, markers within 2 points.
    static let listGapInLineHeights = 1.0
    static let markerAlignment = 2.0

    /// `blocks` with each list that continues the list just before it (PDF geometry) merged into it.
    static func mergingAdjacentLists(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            if block.kind == .list, let last = result.last, last.kind == .list, let above = last.box, let below = block.box,
                let height = block.lines.first?.box?.height,
                abs(above.minX - below.minX) <= markerAlignment, below.minY >= above.maxY - markerAlignment,
                below.minY - above.maxY <= listGapInLineHeights * height
            {
                result[result.count - 1] = Block(
                    lines: last.lines + block.lines, kind: .list, items: (last.items ?? []) + (block.items ?? []),
                    page: last.page)
                continue
            }
            result.append(block)
        }
        return result
    }

    /// In a PDF each lone glyph sits level with the first line of its item: the item lines whose
    /// middles lie within half a line height of a glyph's middle open the items. Nil when a glyph
    /// has no such line or the first item line has no glyph (then the text decides).
    static func groupsBesideGlyphs(_ glyphLines: [Line], items: [Line]) -> [Range<Int>]? {
        guard glyphLines.count > 1 else { return nil }
        var starts: [Int] = []
        for glyph in glyphLines {
            guard let box = glyph.box,
                let start = items.indices.first(where: { index in
                    guard let item = items[index].box else { return false }
                    return abs(item.midY - box.midY) <= 0.5 * max(item.height, 1)
                }), starts.last.map({ $0 < start }) ?? (start == 0)
            else { return nil }
            starts.append(start)
        }
        return starts.indices.map { starts[$0]..<(starts.indices.contains($0 + 1) ? starts[$0 + 1] : items.count) }
    }

    /// The index where a run of glyph-only lines closing the block begins (count when none).
    static func trailingGlyphStart(_ texts: [String]) -> Int {
        var start = texts.count
        while start > 0, isGlyphOnly(texts[start - 1]) { start -= 1 }
        return start
    }

    /// Whether a PDF's lone glyph line sits level with item line `item`: their middles within half the item line's height.
    static func isLevel(_ glyph: Rect, with item: Rect) -> Bool {
        abs(item.midY - glyph.midY) <= 0.5 * max(item.height, 1)
    }

    /// In a PDF, whether no lone glyph sits level with any of the candidate item lines: the
    /// geometry says those lines are not their items (a heading after the list, say).
    static func isBesideNoItemLine(_ glyphLines: [Line], items: [Line]) -> Bool {
        let glyphs = glyphLines.compactMap(\.box), boxes = items.compactMap(\.box)
        guard glyphs.count == glyphLines.count, boxes.count == items.count, !glyphs.isEmpty else { return false }
        return !glyphs.contains { glyph in boxes.contains { isLevel(glyph, with: $0) } }
    }

    /// The list in `made` (the blocks made so far on the page) whose lines a block of lone glyphs
    /// (PDF) marks: every glyph sits level with, and left of, one of its lines, and no glyph is level
    /// with a line of `next`. The last such list, or nil.
    static func listOwningMarkers(_ glyphLines: [Line], besides next: Block?, in made: [Block]) -> Int? {
        guard glyphLines.allSatisfy({ isGlyphOnly($0.text.trimmingWhitespace()) }) else { return nil }
        if let next, !isBesideNoItemLine(glyphLines, items: next.lines) { return nil }
        return made.indices.last { index in
            made[index].kind == .list
                && glyphLines.allSatisfy { glyph in
                    guard let box = glyph.box else { return false }
                    return made[index].lines.contains { line in
                        guard let item = line.box else { return false }
                        return item.minX >= box.maxX && isLevel(box, with: item)
                    }
                }
        }
    }

    /// The index where a run of lone item numbers closing the block begins ("1.", "2.", "3.", counting
    /// up by one, at least two of them): count when there is none.
    static func trailingNumberStart(_ texts: [String]) -> Int {
        var start = texts.count
        while start > 0, let number = loneItemNumber(texts[start - 1]),
            start == texts.count || loneItemNumber(texts[start]) == number + 1
        {
            start -= 1
        }
        return texts.count - start >= minimumAmbiguousItems ? start : texts.count
    }

    /// The number of a line that is only an item number and its dot or bracket ("3." → 3).
    static func loneItemNumber(_ text: String) -> Int? {
        guard let mark = text.last, mark == "." || mark == ")" else { return nil }
        let digits = text.dropLast()
        guard (1...maximumNumberDigits).contains(digits.count), digits.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
        return Int(digits)
    }

    /// In a PDF, the list that lone item numbers and the block beside them make: each number sits
    /// level with its item's first line (`groupsBesideGlyphs`) and left of it; the number goes back
    /// at the head of that line. Nil without that geometry.
    static func numberedList(_ numbers: [Line], items: Block) -> Block? {
        guard let groups = groupsBesideGlyphs(numbers, items: items.lines), groups.count == numbers.count else { return nil }
        var lines = items.lines
        for (number, group) in zip(numbers, groups) {
            guard let numberBox = number.box, let itemBox = lines[group.lowerBound].box, numberBox.maxX <= itemBox.minX else {
                return nil
            }
            var first = lines[group.lowerBound]
            first.text = number.text.trimmingWhitespace() + " " + first.text.trimmingWhitespace()
            first.box = numberBox.union(itemBox)
            lines[group.lowerBound] = first
        }
        return listBlock(lines, groups: groups, page: items.page)
    }

    /// A line of nothing but bullet glyphs ("•", "• • •").
    static func isGlyphOnly(_ text: String) -> Bool {
        var sawGlyph = false
        for character in text where !character.isWhitespace {
            guard bulletGlyphs.contains(character) else { return false }
            sawGlyph = true
        }
        return sawGlyph
    }

    /// A block that can be the items of lone glyphs: running text, not more glyphs and not a numbered box heading.
    static func canHoldItems(_ block: Block) -> Bool {
        guard block.kind == .paragraph, let first = block.lines.first?.text.trimmingWhitespace() else { return false }
        return !isGlyphOnly(first) && OrderNumberedBoxes.numberedHeading(first) == nil
    }

    /// Splits item lines into items: a line opens a new item when it starts with a capital or a
    /// digit and the line above does not run on (a comma, function word, open bracket or ampersand
    /// at its end), or when the line above ends a sentence; lower-case lines continue an item.
    static func itemGroups(_ texts: [String]) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0
        for index in texts.indices.dropFirst() where opensItem(texts[index], after: texts[index - 1]) {
            groups.append(start..<index)
            start = index
        }
        if !texts.isEmpty { groups.append(start..<texts.count) }
        return groups
    }

    static func opensItem(_ text: String, after previous: String) -> Bool {
        if TextShape.endsSentence(previous) || previous.hasSuffix(";") { return true }
        guard let first = text.first, first.isUppercase || first.isNumber else { return false }
        return !runsOn(previous)
    }

    /// The line is unfinished: it ends in a comma, a function word, an ampersand, a dash, or leaves a bracket open.
    static func runsOn(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        if ",&-–/(".contains(last) || TextShape.endsWithFunctionWord(text) { return true }
        return text.filter { $0 == "(" }.count > text.filter { $0 == ")" }.count
    }

    static func listBlock(_ lines: [Line], groups: [Range<Int>], page: Int) -> Block {
        let items = groups.map { group in lines[group].map { $0.text.trimmingWhitespace() }.joined(separator: " ") }
        return Block(lines: lines, kind: .list, items: items, page: page)
    }

    // MARK: - Markers on the item lines

    /// The marker opening a line: a bullet glyph (with its following space), or a number and a
    /// dot or bracket. Returns the text after a bullet (dropped marker) or nil.
    static func bulletItem(_ text: String) -> (glyph: Character, rest: String)? {
        guard let first = text.first, bulletGlyphs.contains(first) else { return nil }
        let rest = text.dropFirst()
        guard let next = rest.first else { return nil }
        if ambiguousGlyphs.contains(first) {
            guard next == " " else { return nil }
        } else if bulletGlyphs.contains(next) {
            return nil
        }
        let body = rest.trimmingWhitespace()
        return body.isEmpty ? nil : (first, body)
    }

    /// Whether the line opens with a bullet (`bulletItem`) or an item number (`itemNumber`). Most
    /// lines open with an ASCII letter, which starts neither a glyph nor a number: the first byte says so.
    static func hasItemMarker(_ text: String) -> Bool {
        if let first = text.utf8.first, first.isASCIILetter { return false }
        return bulletItem(text) != nil || itemNumber(text) != nil
    }

    /// The number of a numbered item line ("3. To screen cases…" → 3).
    static func itemNumber(_ text: String) -> Int? {
        let digits = text.prefix(while: \.isNumber)
        guard (1...maximumNumberDigits).contains(digits.count) else { return nil }
        let rest = text.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " ",
            rest.dropFirst(2).first.map({ !$0.isWhitespace && !$0.isNumber }) ?? false
        else { return nil }
        return Int(digits)
    }

    /// A line after an item carries it on: it starts in lower case, is a bare web or email
    /// address, or the item's last line runs on.
    static func continuesItem(_ text: String, after previous: String) -> Bool {
        if TextShape.endsSentence(previous) { return false }
        if text.first?.isLowercase ?? false { return true }
        if text.split(separator: " ").count == 1, SegmentSections.isAddress(Substring(text)) { return true }
        return runsOn(previous) || previous.hasSuffix(":")
    }

    /// Splits a block into paragraphs and lists wherever lines open with bullets or numbers.
    static func inlineLists(_ block: Block) -> [Block] {
        inlineLists(block, texts: block.lines.map { $0.text.trimmingWhitespace() })
    }

    /// `inlineLists(_:)` given the block's lines already trimmed.
    static func inlineLists(_ block: Block, texts: [String]) -> [Block] {
        // A list run opens at a bulleted or numbered line: without one the block stays as it is.
        guard texts.contains(where: hasItemMarker) else { return listings(block, texts: texts) }
        let boxes = block.lines.map(\.box)
        var result: [Block] = []
        var pending: [Line] = []
        func flushPending() {
            if !pending.isEmpty { result.append(Block(lines: pending, kind: block.kind, page: block.page)) }
            pending = []
        }
        var index = 0
        while index < texts.count {
            if let run = listRun(texts, from: index, boxes: boxes) {
                flushPending()
                var lines: [Line] = []
                var groups: [Range<Int>] = []
                for item in run.items {
                    let start = lines.count
                    for (offset, lineIndex) in item.enumerated() {
                        var line = block.lines[lineIndex]
                        if offset == 0, run.isBulleted, let bullet = bulletItem(texts[lineIndex]) { line.text = bullet.rest }
                        lines.append(line)
                    }
                    groups.append(start..<lines.count)
                }
                result.append(listBlock(lines, groups: groups, page: block.page))
                index = run.end
            } else {
                pending.append(block.lines[index])
                index += 1
            }
        }
        flushPending()
        return result.count == 1 && result[0].kind == block.kind ? [block] : result
    }

    /// In a PDF, a line under an item that starts right of the item's marker, at the item text's
    /// hanging indent, carries the item on whatever its first letter ("… at St" | "Mary's church").
    /// The indent is at least a third of the line height (a marker and its space are wider).
    static let minimumHangingIndentInLineHeights = 0.33

    static func isHangingContinuation(_ boxes: [Rect?], line: Int, item: Int) -> Bool {
        guard boxes.indices.contains(line), boxes.indices.contains(item), let box = boxes[line], let head = boxes[item]
        else { return false }
        return box.minX - head.minX >= minimumHangingIndentInLineHeights * head.height && box.minX < head.maxX
    }

    /// A run of bulleted or consecutively numbered item lines starting at `start`, with their
    /// continuation lines (`boxes`, the lines' boxes in a PDF, show hanging indents).
    static func listRun(
        _ texts: [String], from start: Int, boxes: [Rect?] = []
    ) -> (items: [[Int]], end: Int, isBulleted: Bool)? {
        let bullet = bulletItem(texts[start])
        let number = itemNumber(texts[start])
        guard bullet != nil || number != nil else { return nil }
        var items: [[Int]] = [[start]]
        var index = start + 1
        var expected = (number ?? 0) + 1
        while index < texts.count {
            let text = texts[index]
            if let glyph = bullet?.glyph, let next = bulletItem(text), next.glyph == glyph {
                items.append([index])
            } else if bullet == nil, let next = itemNumber(text), next == expected {
                items.append([index])
                expected += 1
            } else if continuesItem(text, after: texts[index - 1])
                || isHangingContinuation(boxes, line: index, item: items[items.count - 1][0]),
                bulletItem(text) == nil, itemNumber(text) == nil
            {
                items[items.count - 1].append(index)
            } else {
                break
            }
            index += 1
        }
        let unambiguous = bullet.map { !ambiguousGlyphs.contains($0.glyph) } ?? false
        guard items.count >= minimumAmbiguousItems || unambiguous else { return nil }
        return (items, index, bullet != nil)
    }
}
