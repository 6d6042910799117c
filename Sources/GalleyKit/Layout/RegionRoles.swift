/// The document's body style, which the region roles are measured against: the body size S (the
/// size most characters are set in) and the body line pitch L (the median step from one line to
/// the next inside a block of body text).
struct BodyStyle: Equatable, Sendable {
    var size: Double
    var pitch: Double
    /// The font family most body characters are set in ("DejaVuSerif" for "ABCDEF+DejaVuSerif-Bold").
    var family: String?

    /// Without measurable lines, body text is taken as 10 pt on a 12 pt pitch (points).
    static let fallback = BodyStyle(size: 10, pitch: 12, family: nil)
    /// A step between lines counts toward the pitch when it lies between 0.8 and 2.5 sizes:
    /// closer lines overlap (a drop cap), wider steps cross a paragraph space.
    static let pitchRange = 0.8...2.5
    /// Sizes are compared to a tenth of a point.
    static let sizeResolution = 10.0

    static func measure(_ document: Document) -> BodyStyle {
        var characters: [Double: Int] = [:]
        var families: [String: Int] = [:]
        for page in document.pages where page.duplicateOf == nil {
            for block in page.blocks {
                for line in block.lines where !line.isRotated {
                    guard let font = line.font else { continue }
                    let count = line.text.characterCount
                    characters[(font.size * sizeResolution).rounded() / sizeResolution, default: 0] += count
                    families[family(of: font.name), default: 0] += count
                }
            }
        }
        guard let size = characters.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key })?.key
        else { return fallback }
        var steps: [Double] = []
        for page in document.pages where page.duplicateOf == nil {
            for block in page.blocks {
                for (upper, lower) in zip(block.lines, block.lines.dropFirst()) {
                    guard let a = upper.box, let b = lower.box, let font = upper.font,
                        abs(font.size - size) <= 0.1 * size
                    else { continue }
                    let step = b.minY - a.minY
                    if pitchRange.contains(step / size) { steps.append(step) }
                }
            }
        }
        steps.sort()
        let pitch = steps.isEmpty ? size * 1.2 : steps[steps.count / 2]
        let family = families.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key
        return BodyStyle(size: size, pitch: pitch, family: family)
    }

    /// A font's family: its name without a subset prefix ("ABCDEF+") and without the style after
    /// a hyphen or comma ("-Bold", ",Italic").
    static func family(of name: String) -> String {
        if let family = asciiFamily(of: name) { return family }
        let base = name.split(separator: "+", maxSplits: 1).last.map(String.init) ?? name
        return String(base.prefix { $0 != "-" && $0 != "," })
    }

    /// `family(of:)` read on the bytes of an ASCII name (each byte a character, and none of
    /// "+", "-", "," part of another): the same split, for the layout stages that ask it of
    /// every block several times over. Nil for other names.
    private static func asciiFamily(of name: String) -> String? {
        name.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // `split(separator: "+", maxSplits: 1)` (empty pieces omitted), then its last piece.
            var base: Range<Int>?
            var start = 0
            var pieces = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "+") {
                if index > start {
                    base = start..<index
                    pieces += 1
                }
                start = index + 1
                if pieces == 1 { break }
            }
            if start < bytes.count { base = start..<bytes.count }
            let range = base ?? 0..<bytes.count
            var end = range.lowerBound
            while end < range.upperBound, bytes[end] != UInt8(ascii: "-"), bytes[end] != UInt8(ascii: ",") { end += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<end]), as: UTF8.self)
        } ?? nil
    }

    /// Whether a block is set as running text: the body size (±10%), not bold, not italic, in
    /// the body family.
    func isBody(_ block: Block) -> Bool {
        guard let font = dominantFont(block) else { return false }
        if let family, BodyStyle.family(of: font.name) != family { return false }
        return !font.isBold && !font.isItalic && abs(font.size - size) <= 0.1 * size
    }

    /// The font of most of the block's characters.
    func dominantFont(_ block: Block) -> FontInfo? {
        // Most blocks are set in one font: it is the answer whatever the counts.
        var only: FontInfo?
        var isOneFont = true
        for line in block.lines {
            guard let font = line.font else { continue }
            if let first = only {
                if first != font {
                    isOneFont = false
                    break
                }
            } else {
                only = font
            }
        }
        if isOneFont { return only }
        var counts: [FontInfo: Int] = [:]
        for line in block.lines { if let font = line.font { counts[font, default: 0] += line.text.characterCount } }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key.precedes($1.key) }?.key
    }
}

/// Decides what a page's blocks are before they are ordered, so that the order is not left to
/// the whitespace alone: side-headings (a short heading in a narrow column beside the text it
/// opens) read just before the block they stand beside, whichever side they are printed on.
enum RegionRoles {
    /// A side-heading is at most 0.4× the width of the body block beside it.
    static let sideHeadingShareOfWidth = 0.4
    /// A side-heading has at most 3 lines.
    static let sideHeadingMaximumLines = 3
    /// A side-heading has at least 3 letters: a box's number ("4") or a drop cap is no heading.
    static let sideHeadingMinimumLetters = 3
    /// A heading's top lies at most 0.5 L above the top of the line it opens...
    static let alignmentAboveInPitches = 0.5
    /// ...and at most 1 L below it: a margin note is set on its line's baseline, so a heading in
    /// a smaller or different face starts lower than the body line's top.
    static let alignmentBelowInPitches = 1.0
    /// The heading stands at most this share of the body block's width away from it (the gap).
    static let sideHeadingGapShareOfWidth = 0.25
    /// A heading's own text starts within 1.5 L below it.
    static let ownTextInPitches = 1.5
    /// Ranks a line opening in lower case after every line that does not.
    static let lowerCasePenalty = 1e9
    /// A line ending at least 1 L short of its block's right edge ends a paragraph.
    static let shortLineInPitches = 1.0
    /// A heading-like style differs from the body by at least 10% in size, or is bold, or is
    /// another family.
    static let headingSizeRatio = 1.1

    /// One side-heading and where it reads: just before line `line` of block `body`.
    struct SideHeading: Equatable {
        var heading: Int
        var body: Int
        var line: Int
    }

    /// The page's side-headings, each with the body block and the line in it that it opens.
    static func sideHeadings(_ blocks: [Block], style: BodyStyle) -> [SideHeading] {
        var found: [SideHeading] = []
        var used = Set<Int>()
        // Every heading-like block asks of every other whether it is body text: answered once per
        // block, on the first heading-like block's ask.
        var bodies: [Bool]?
        for (index, block) in blocks.enumerated() where isHeadingLike(block, style: style) {
            let isBody = bodies ?? blocks.map(style.isBody)
            bodies = isBody
            guard let box = block.box, !hasTextBelow(box, in: blocks, isBody: isBody, style: style),
                !isInStack(index, blocks, style: style)
            else { continue }
            var best: (SideHeading, Double)?
            for (other, body) in blocks.enumerated() where other != index && isBody[other] {
                guard let bodyBox = typicalExtent(body), box.width <= sideHeadingShareOfWidth * bodyBox.width
                else { continue }
                let gap = box.minX >= bodyBox.maxX ? box.minX - bodyBox.maxX : bodyBox.minX - box.maxX
                guard box.minX >= bodyBox.maxX || box.maxX <= bodyBox.minX,
                    gap <= sideHeadingGapShareOfWidth * bodyBox.width
                else { continue }
                for (lineIndex, line) in body.lines.enumerated() {
                    guard let lineBox = line.box else { continue }
                    let offset = box.minY - lineBox.minY
                    guard offset >= -alignmentAboveInPitches * style.pitch,
                        offset <= alignmentBelowInPitches * style.pitch
                    else { continue }
                    guard opensParagraph(body, line: lineIndex, style: style) else { continue }
                    // A line opening in lower case is taken only when no other line aligns: it
                    // may be a paragraph whose drop cap stands apart ("A" + "fter"), or a
                    // sentence's continuation.
                    let opensLower = line.text.trimmingWhitespace().unicodeScalars.first?.properties.isLowercase == true
                    let distance = abs(offset) + (opensLower ? lowerCasePenalty : 0)
                    if best == nil || distance < best!.1 {
                        best = (SideHeading(heading: index, body: other, line: lineIndex), distance)
                    }
                }
            }
            if let (sideHeading, _) = best, !used.contains(sideHeading.body * 10_000 + sideHeading.line) {
                used.insert(sideHeading.body * 10_000 + sideHeading.line)
                found.append(sideHeading)
            }
        }
        return found
    }

    /// The block's box between its lines' median left and right edges: a line running into the
    /// margin (a long web address) does not widen the column.
    static func typicalExtent(_ block: Block) -> Rect? {
        let boxes = block.lines.compactMap(\.box)
        guard let box = block.box, !boxes.isEmpty else { return block.box }
        let lefts = boxes.map(\.minX).sorted(), rights = boxes.map(\.maxX).sorted()
        let left = lefts[lefts.count / 2], right = rights[rights.count / 2]
        guard right > left else { return box }
        return Rect(x: left, y: box.minY, width: right - left, height: box.height)
    }

    /// Whether body text stands under the box in its own column, within `ownTextInPitches`: the
    /// box is then a column's heading, not a heading beside the text.
    /// `isBody` holds `style.isBody` of each block.
    static func hasTextBelow(_ box: Rect, in blocks: [Block], isBody: [Bool], style: BodyStyle) -> Bool {
        blocks.indices.contains { index in
            guard let other = blocks[index].box, isBody[index] else { return false }
            let overlaps = other.minX < box.maxX && other.maxX > box.minX
            return overlaps && other.minY >= box.maxY - 0.5 * style.pitch
                && other.minY - box.maxY <= ownTextInPitches * style.pitch
        }
    }

    /// A margin note is set at most this share of the body size (a small italic beside the text)...
    static let marginNoteShareOfSize = 0.9
    /// ...in at most this many lines...
    static let marginNoteMaximumLines = 6
    /// ...beside a paragraph of at least this many lines.
    static let marginNoteMinimumBodyLines = 2

    /// One margin note and the body block it stands beside, which it reads right after.
    struct MarginNote: Equatable {
        var note: Int
        var body: Int
    }

    /// The page's margin notes: a short block in smaller type, not heading-like, in a narrow
    /// column of its own (no other block above or below it in its column within
    /// `ownTextInPitches`), whose top lines up with a line of a body block beside it, as a side-
    /// heading's does (ConTeXt's `\inright`, LaTeX's `\marginpar` of a remark). It belongs to that
    /// paragraph, not to a sidebar read after the page.
    static func marginNotes(_ blocks: [Block], style: BodyStyle) -> [MarginNote] {
        var found: [MarginNote] = []
        var bodies: [Bool]?
        for (index, block) in blocks.enumerated() {
            guard block.kind == .paragraph, block.lines.count <= marginNoteMaximumLines, let box = block.box,
                !block.lines.contains(where: { $0.isRotated || $0.isInPicture }), let font = style.dominantFont(block),
                font.size <= marginNoteShareOfSize * style.size, !isHeadingLike(block, style: style)
            else { continue }
            let isBody = bodies ?? blocks.map(style.isBody)
            bodies = isBody
            let alone = !blocks.indices.contains { other in
                guard other != index, let otherBox = blocks[other].box, otherBox.minX < box.maxX, otherBox.maxX > box.minX
                else { return false }
                return max(otherBox.minY - box.maxY, box.minY - otherBox.maxY) <= ownTextInPitches * style.pitch
            }
            guard alone else { continue }
            var best: (MarginNote, Double)?
            // Beside a paragraph of running text (at least `marginNoteMinimumBodyLines`): a lone
            // line beside a sidebar is a column's piece, not a paragraph with a note.
            for (other, body) in blocks.enumerated()
            where other != index && isBody[other] && body.lines.count >= marginNoteMinimumBodyLines {
                guard let bodyBox = typicalExtent(body), box.width <= sideHeadingShareOfWidth * bodyBox.width,
                    box.minX >= bodyBox.maxX || box.maxX <= bodyBox.minX
                else { continue }
                let gap = box.minX >= bodyBox.maxX ? box.minX - bodyBox.maxX : bodyBox.minX - box.maxX
                guard gap <= sideHeadingGapShareOfWidth * bodyBox.width else { continue }
                for line in body.lines {
                    guard let lineBox = line.box else { continue }
                    let offset = box.minY - lineBox.minY
                    guard offset >= -alignmentAboveInPitches * style.pitch, offset <= alignmentBelowInPitches * style.pitch
                    else { continue }
                    if best == nil || abs(offset) < best!.1 { best = (MarginNote(note: index, body: other), abs(offset)) }
                }
            }
            if let (note, _) = best { found.append(note) }
        }
        return found
    }

    /// Whether block `index` is one of a stack of blocks in its style down its own column, each
    /// within `ownTextInPitches` of the next, holding more lines together than a side-heading
    /// may (a slide's box of bold names, a column of event lines): a column of its own, whose
    /// lines only happen to line up with paragraphs beside it, not headings of those paragraphs.
    static func isInStack(_ index: Int, _ blocks: [Block], style: BodyStyle) -> Bool {
        guard let font = style.dominantFont(blocks[index]) else { return false }
        func sameStyle(_ other: Int) -> Bool {
            guard let otherFont = style.dominantFont(blocks[other]) else { return false }
            return otherFont.isBold == font.isBold && abs(otherFont.size - font.size) <= 0.5
        }
        var stack = [index], seen: Set<Int> = [index], lines = blocks[index].lines.count
        while let member = stack.popLast() {
            guard let box = blocks[member].box else { continue }
            for other in blocks.indices where !seen.contains(other) {
                guard let otherBox = blocks[other].box, otherBox.minX < box.maxX, otherBox.maxX > box.minX else { continue }
                let gap = max(otherBox.minY - box.maxY, box.minY - otherBox.maxY)
                guard gap <= ownTextInPitches * style.pitch, sameStyle(other) else { continue }
                seen.insert(other)
                stack.append(other)
                lines += blocks[other].lines.count
                if lines > sideHeadingMaximumLines { return true }
            }
        }
        return false
    }

    /// Whether line `line` of `body` can open a paragraph: it is the block's first line or follows a line that ends a sentence or stops short of the
    /// block's right edge (a paragraph's last line).
    static func opensParagraph(_ body: Block, line index: Int, style: BodyStyle) -> Bool {
        guard index > 0 else { return true }
        let previous = body.lines[index - 1]
        let ending = previous.text.trimmingWhitespace()
        if let last = ending.last, ".!?".contains(last) { return true }
        guard let lineBox = previous.box, let blockBox = body.box else { return false }
        return lineBox.maxX < blockBox.maxX - shortLineInPitches * style.pitch
    }

    /// Whether a block looks like a heading: few lines, with letters, not ending in a colon (a
    /// form's label), set bold, larger than the body or in another family.
    static func isHeadingLike(_ block: Block, style: BodyStyle) -> Bool {
        guard block.kind == .paragraph || block.kind == .heading, block.lines.count <= sideHeadingMaximumLines,
            !block.lines.contains(where: { $0.isRotated || $0.isInPicture }),
            let font = style.dominantFont(block)
        else { return false }
        let text = block.text
        guard hasLetters(text, atLeast: sideHeadingMinimumLetters), !text.hasSuffix(":") else { return false }
        if font.isBold || font.size >= headingSizeRatio * style.size { return true }
        if let family = style.family, font.size >= style.size / headingSizeRatio {
            return BodyStyle.family(of: font.name) != family && !font.isItalic
        }
        return false
    }

    /// Whether `text` holds at least `minimum` letters, counted only as far as the `minimum`th.
    static func hasLetters(_ text: String, atLeast minimum: Int) -> Bool {
        var count = 0
        for character in text where character.isLetter {
            count += 1
            if count >= minimum { return true }
        }
        return count >= minimum
    }

    // MARK: - Floats

    /// A float is at most 0.9× as wide as the column it is set in: narrower than the text, which
    /// runs short beside it.
    static let floatShareOfColumn = 0.9

    /// Text beside a float set at a paragraph's start begins within 2 L of the float's top (its
    /// title's line and one more).
    static let floatTopInPitches = 2.0

    /// A float holds text of its own, a block of at least 2 lines that is no heading (a heading
    /// with a drop cap beside the text is none), and the text beside it runs at least 2 lines.
    static let floatMinimumTextLines = 2

    /// The blocks in reading order with each float moved after the article it interrupts. A float
    /// is a block of text not in the body style (a boxed panel's text, at least 2 lines, not bold,
    /// not larger than the body) with the headings just above it (its title), set inside a column
    /// of body text, with body text above it in the column and beside it (the lines the float
    /// shortens), or a titled panel across the column between two of its paragraphs
    /// (`isInsetPanel`): it reads after the blocks of the article that follow it, where the article
    /// ends (at the next heading: `continuesArticle`). `gaps` are the indices (in the
    /// result) of the blocks that stood right after a member of a moved float.
    static func floatsAfterTheirArticles(_ blocks: [Block], style: BodyStyle) -> (
        blocks: [Block], moved: [Block], gaps: [Int]
    ) {
        var result = blocks
        var moved: [Block] = []
        var gaps: [Int] = []
        var index = 0
        while index < result.count {
            guard isPanelText(result[index], style: style), let box = result[index].box else {
                index += 1
                continue
            }
            let members = floatMembers(index, box: box, in: result, style: style)
            let run = members.map { result[$0] }
            guard isFloat(run, in: result, style: style) || interruptsSentence(members, in: result, style: style)
                || isInsetPanel(members, in: result, style: style)
            else {
                index += 1
                continue
            }
            // Take the float out; the article goes on in the body blocks after its text.
            for member in members.reversed() { result.remove(at: member) }
            var after = index - (members.count - 1)
            let removedAt = members.enumerated().map { $0.element - $0.offset }
            while after < result.count, continuesArticle(result[after], style: style) { after += 1 }
            guard after > index - (members.count - 1) else {
                // Nothing of the article follows: the float stays where it was.
                for (offset, member) in members.enumerated() { result.insert(run[offset], at: member) }
                index += 1
                continue
            }
            result.insert(contentsOf: run, at: after)
            moved += run
            gaps += removedAt
            index = after + run.count
        }
        return (result, moved, gaps)
    }

    /// The indices, in order, of the float whose text is block `index` (of box `box`): its title
    /// above it and any stray line below, blocks not in the body style within 1.5 L of it, inside
    /// its width.
    static func floatMembers(_ index: Int, box: Rect, in blocks: [Block], style: BodyStyle) -> [Int] {
        var members = [index]
        var group = box
        var grown = true
        while grown {
            grown = false
            for other in blocks.indices where !members.contains(other) && !style.isBody(blocks[other]) {
                guard let part = blocks[other].box, part.minX >= box.minX - style.pitch,
                    part.maxX <= box.maxX + style.pitch,
                    part.minY - group.maxY <= titleGapInPitches * style.pitch,
                    group.minY - part.maxY <= titleGapInPitches * style.pitch,
                    !blocks[other].lines.contains(where: { $0.isRotated || $0.isInPicture })
                else { continue }
                members.append(other)
                group = group.union(part)
                grown = true
            }
        }
        return members.sorted()
    }

    /// Whether a block after a float still belongs to the article the float interrupts: body
    /// text, or text set apart within the article that is no heading (not bold, not larger than
    /// the body unless italic): a pull quote, a "continued on page 3" line, a caption. The
    /// article ends at the next heading.
    static func continuesArticle(_ block: Block, style: BodyStyle) -> Bool {
        if style.isBody(block) { return true }
        guard block.kind == .paragraph, let font = style.dominantFont(block), !font.isBold,
            !block.lines.contains(where: { $0.isRotated })
        else { return false }
        return font.isItalic || font.size < headingSizeRatio * style.size
    }

    /// A float's title stands at most 1.5 L above its text, a stray last line at most 1.5 L below.
    static let titleGapInPitches = 1.5

    /// Whether a block is a panel's text: at least 2 lines, not in the body style, not bold,
    /// not larger than the body.
    static func isPanelText(_ block: Block, style: BodyStyle) -> Bool {
        guard block.lines.count >= floatMinimumTextLines, !style.isBody(block), let font = style.dominantFont(block)
        else { return false }
        return !font.isBold && font.size < headingSizeRatio * style.size
    }

    /// Whether the float's blocks (`members`, one run in reading order) stand between the two
    /// halves of a sentence: the body block before them ends mid-sentence and the body block after
    /// them carries it on in lower case, in the same type (a panel at a column's foot, the
    /// sentence going on at the next column's head).
    static func interruptsSentence(_ members: [Int], in blocks: [Block], style: BodyStyle) -> Bool {
        guard let first = members.first, let last = members.last, last - first + 1 == members.count, first > 0,
            last + 1 < blocks.count, style.isBody(blocks[first - 1]), style.isBody(blocks[last + 1])
        else { return false }
        return OrderByGeometry.continuesInNextColumn(blocks[first - 1], blocks[last + 1], acrossFloat: true)
    }

    /// Whether the run of blocks is a float in a column: the body block just before it (in reading
    /// order) spans its x-range, and a body block stands beside it.
    static func isFloat(_ run: [Block], in blocks: [Block], style: BodyStyle) -> Bool {
        guard let box = Rect.union(run.compactMap(\.box)),
            !run.contains(where: { $0.lines.contains { $0.isRotated || $0.isInPicture } })
        else { return false }
        // The column: the body blocks that overlap the run horizontally.
        let column = blocks.filter { block in
            guard let other = block.box, style.isBody(block) else { return false }
            return other.minX < box.maxX && other.maxX > box.minX
        }
        guard let columnBox = Rect.union(column.compactMap(\.box)),
            box.minX >= columnBox.minX - style.pitch, box.maxX <= columnBox.maxX + style.pitch,
            box.width <= floatShareOfColumn * columnBox.width
        else { return false }
        // Body text beside it, in the same column, shortened by it.
        let beside = blocks.filter { block in
            guard let other = block.box, style.isBody(block) else { return false }
            let beside = other.maxX <= box.minX || other.minX >= box.maxX
            let level = other.minY < box.maxY && other.maxY > box.minY
            return beside && level && block.lines.count >= floatMinimumTextLines && other.minX >= columnBox.minX - style.pitch
                && other.maxX <= columnBox.maxX + style.pitch
        }
        // The article runs above it in the column, or beside it from its top (a float set at
        // a paragraph's start).
        return !beside.isEmpty
            && (column.contains { $0.box!.maxY <= box.minY + style.pitch }
                || beside.contains { $0.box!.minY <= box.minY + floatTopInPitches * style.pitch })
    }

    // MARK: - Footnotes

    /// Footnote markers a note opens with and the text cites: symbols and superscript digits.
    static let noteMarkers: Set<Character> = ["*", "†", "‡", "§", "¶", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    /// A footnote is set at most 0.9× the body size.
    static let noteShareOfBodySize = 0.9

    /// `block.text.first`, read from the block's first non-empty line rather than its whole text.
    /// A line that is one character long could run on into the next line's text (a prepended
    /// mark joins the space after it): the block's text answers then.
    static func openingCharacter(_ block: Block) -> Character? {
        for line in block.lines {
            let trimmed = line.text.trimmingWhitespace()
            guard let first = trimmed.first else { continue }
            return trimmed.utf8.count > first.utf8.count ? first : block.text.first
        }
        return nil
    }

    /// The blocks in reading order with each footnote at the foot of the page split from its
    /// neighbours (one note per marker) and moved, as a `.note`, to the end of the article that
    /// cites it: after the citing block and the body blocks that follow it (across a caption or
    /// other block that is no heading when body text goes on after it). A note whose marker the
    /// page's text does not cite stays where it is.
    static func notesAfterTheirArticles(_ blocks: [Block], style: BodyStyle) -> (blocks: [Block], moved: [Block]) {
        var result: [Block] = []
        // Numbers the page's text cites as superscripts ("grant¹"): a note may open with them in plain digits.
        let cited = citedSuperscripts(blocks)
        // Split note blocks at every line that opens with a marker.
        for (index, block) in blocks.enumerated() {
            guard isFootnote(block, after: blocks[(index + 1)...], style: style, cited: cited) else {
                // A note's last line set apart (indented less than its first): it goes on with the note.
                if let last = result.last, last.kind == .note, continuesNote(last, block, style: style) {
                    result[result.count - 1] = note(last.lines + block.lines, like: last)
                } else {
                    result.append(block)
                }
                continue
            }
            var current: [Line] = []
            for line in block.lines {
                if let first = marker(opening: line.text.trimmingWhitespace(), cited: cited), noteMarkers.contains(first),
                    !current.isEmpty
                {
                    result.append(note(current, like: block))
                    current = []
                }
                current.append(line)
            }
            if !current.isEmpty { result.append(note(current, like: block)) }
        }
        var moved: [Block] = []
        var index = 0
        while index < result.count {
            guard result[index].kind == .note, let marker = marker(opening: result[index].text, cited: cited),
                let citing = result.indices.first(where: { $0 != index && result[$0].kind != .note && cites(result[$0], marker) })
            else {
                index += 1
                continue
            }
            var after = citing + 1
            while after < result.count, after != index, result[after].kind != .note {
                if style.isBody(result[after]) {
                    after += 1
                    continue
                }
                // A block in another style that is no heading, with the article's body text going on
                // right after it (a photo's caption inside the article), does not end the article.
                let next = after + 1
                guard !isHeadingLike(result[after], style: style), next < result.count, next != index,
                    result[next].kind != .note, style.isBody(result[next])
                else { break }
                after = next + 1
            }
            // Already in place: the note follows the citing article.
            if after == index || (after == index + 1 && citing < index) {
                index += 1
                continue
            }
            let note = result.remove(at: index)
            let target = after > index ? after - 1 : after
            result.insert(note, at: target)
            moved.append(note)
            if target <= index { index += 1 }
        }
        return (result, moved)
    }

    /// Superscript digits for the plain digits a note may open with ("1. The record…", as CSS
    /// `::footnote-marker` prints it): a note's number is set on the line, its call raised.
    static let superscriptOfDigit: [Character: Character] = [
        "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]

    /// The marker `text` opens with: a marker character, or a single plain digit followed by ". "
    /// or a space, read as its superscript when the page's text cites that superscript (`cited`);
    /// nil otherwise (a numbered list's "1." is cited nowhere).
    static func marker(opening text: String, cited: Set<Character>) -> Character? {
        guard let first = text.first else { return nil }
        if noteMarkers.contains(first) { return first }
        guard let raised = superscriptOfDigit[first], cited.contains(raised) else { return nil }
        let rest = text.dropFirst()
        guard rest.hasPrefix(". ") || rest.hasPrefix(" ") else { return nil }
        return raised
    }

    /// The superscript digits the blocks' text carries right after a word ("grant¹").
    static func citedSuperscripts(_ blocks: [Block]) -> Set<Character> {
        var found: Set<Character> = []
        // Only a block with a superscript digit's bytes in a line is read character by character
        // (every block was, a tenth of a 200-page conversion).
        for block in blocks where block.lines.contains(where: { mayHoldSuperscriptDigit($0.text) }) {
            let text = block.text
            var previous: Character?
            for character in text {
                if superscriptDigits.contains(character), let previous, !previous.isWhitespace { found.insert(character) }
                previous = character
            }
        }
        return found
    }

    /// The values of `superscriptOfDigit`.
    static let superscriptDigits = Set(superscriptOfDigit.values)

    /// Whether `text` may hold one of `superscriptDigits`: its UTF-8 holds the bytes of ¹ ² ³
    /// (C2 B9, C2 B2, C2 B3) or of ⁴–⁹ (E2 81 B4–B9). False means it holds none.
    static func mayHoldSuperscriptDigit(_ text: String) -> Bool {
        text.withContiguousUTF8 { bytes in
            // Every one of them starts with a byte of 0xC2 or above: most lines are plain ASCII.
            guard let lead = bytes.firstIndex(where: { $0 >= 0xC2 }) else { return false }
            var before = (UInt8(0), UInt8(0))
            for byte in bytes[lead...] {
                if before.1 == 0xC2, byte == 0xB2 || byte == 0xB3 || byte == 0xB9 { return true }
                if before.0 == 0xE2, before.1 == 0x81, (0xB4...0xB9).contains(byte) { return true }
                before = (before.1, byte)
            }
            return false
        }
    }

    /// Whether `block` carries on `note`: in its size, opening with no marker, at most one line
    /// pitch below it and overlapping it across.
    static func continuesNote(_ note: Block, _ block: Block, style: BodyStyle) -> Bool {
        guard let a = note.box, let b = block.box, let first = openingCharacter(block), !noteMarkers.contains(first),
            let noteFont = style.dominantFont(note), let font = style.dominantFont(block)
        else { return false }
        return abs(font.size - noteFont.size) <= 0.1 * noteFont.size && b.minY >= a.maxY - style.pitch / 2
            && b.minY - a.maxY <= style.pitch && b.minX < a.maxX && b.maxX > a.minX
    }

    /// A note block made of `lines`, otherwise like `block`.
    static func note(_ lines: [Line], like block: Block) -> Block {
        var note = block
        note.lines = lines
        note.box = Rect.union(lines.compactMap(\.box))
        note.kind = .note
        return note
    }

    /// Whether a block is a footnote: opening with a marker, set at most 0.9× the body size,
    /// with no body text below it on the page (it sits at the foot).
    static func isFootnote(_ block: Block, after rest: ArraySlice<Block>, style: BodyStyle, cited: Set<Character> = []) -> Bool {
        // The opening character from the first line; the whole text joined only for a raised digit.
        let opening = openingCharacter(block).flatMap {
            noteMarkers.contains($0) ? $0 : superscriptOfDigit[$0] != nil ? marker(opening: block.text, cited: cited) : nil
        }
        guard block.kind == .paragraph, let first = opening, noteMarkers.contains(first),
            let font = style.dominantFont(block), font.size <= noteShareOfBodySize * style.size, let box = block.box
        else { return false }
        return !rest.contains { other in
            guard let otherBox = other.box, style.isBody(other) else { return false }
            return otherBox.minY > box.maxY && otherBox.minX < box.maxX && otherBox.maxX > box.minX
        }
    }

    /// Whether the block's text carries the marker after a word ("town,*", "lobby.†").
    static func cites(_ block: Block, _ marker: Character) -> Bool {
        let text = block.text
        guard let found = text.firstIndex(of: marker), found > text.startIndex else { return false }
        let before = text[text.index(before: found)]
        return !before.isWhitespace
    }
}
