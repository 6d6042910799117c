/// Orders a PDF page's blocks as a reader would: side-headings just before the text they stand
/// beside (`RegionRoles`), the rest from the whitespace between them (`XYCut`): banners first,
/// columns left to right and top to bottom, sidebars after the main columns, numbered boxes by
/// number. A paragraph cut mid-sentence at a column's foot is joined to its continuation at the
/// next column's head, recorded as a `.join` repair. Pages without boxes (raw dumps) and pages
/// ordered by a tagged PDF's structure tree are left as they are.
package struct OrderByGeometry: Stage {
    /// A continuation set in a size more than 10% away is not the same paragraph (a sidebar's
    /// 8.5 pt beside 10 pt body text is 15% away).
    static let fontSizeTolerance = 0.1
    /// A block of at least 3 lines is placed by its lines' median edges (`layoutItem`).
    static let typicalExtentMinimumLines = 3
    /// The audit shows this many words either side of a join.
    static let snippetWords = 4
    /// Page-wide line height when a page's lines carry no boxes to measure (points).
    static let fallbackLineHeight = 10.0

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        let style = BodyStyle.measure(document)
        for index in document.pages.indices {
            let page = document.pages[index]
            guard !page.isOrderedByStructure, page.duplicateOf == nil, page.blocks.count > 1,
                page.blocks.allSatisfy({ $0.box != nil })
            else { continue }
            let headFloats = RegionRoles.floatsBeforeHeadingsBeside(Self.order(page, style: style), style: style)
            for float in headFloats.moved {
                let words = float.text.split(separator: " ").prefix(Self.snippetWords).joined(separator: " ")
                document.audit.repair(
                    .moved, before: "\(words) (a float, inside the article it stands beside)",
                    after: "\(words) (a float, before the heading it stands level with)", page: float.page, lines: float.lines)
            }
            var (blocks, moved, gaps) = RegionRoles.floatsAfterTheirArticles(headFloats.blocks, style: style)
            // The halves of a paragraph the float stood in read as one: the text beside the
            // float may continue the text above it, and the text below may continue either.
            for gap in Set(gaps).sorted(by: >) {
                for pair in [gap, gap - 1] where pair > 0 && pair < blocks.count
                    && Self.continuesInNextColumn(blocks[pair - 1], blocks[pair], acrossFloat: true) {
                    Self.recordJoin(blocks[pair - 1], blocks[pair], in: &document)
                    blocks[pair - 1].lines += blocks[pair].lines
                    blocks[pair - 1].box = Rect.union(blocks[pair - 1].lines.compactMap(\.box))
                    blocks.remove(at: pair)
                }
            }
            let notes = RegionRoles.notesAfterTheirArticles(blocks, style: style)
            blocks = Self.doglegContinuations(notes.blocks)
            let captions = RegionRoles.topFloatCaptionsAfterFirstParagraph(blocks, pictures: page.pictures, style: style)
            blocks = captions.blocks
            for caption in captions.moved {
                let words = caption.text.split(separator: " ").prefix(Self.snippetWords).joined(separator: " ")
                document.audit.repair(
                    .moved, before: "\(words) (a caption, under a picture floated to the top of the columns)",
                    after: "\(words) (a caption, after the first paragraph of the article under it)", page: caption.page,
                    lines: caption.lines)
            }
            for note in notes.moved {
                let words = note.text.split(separator: " ").prefix(Self.snippetWords).joined(separator: " ")
                document.audit.repair(
                    .moved, before: "\(words) (a footnote, at the page's foot)",
                    after: "\(words) (a footnote, after the article citing it)", page: note.page, lines: note.lines)
            }
            for float in moved {
                let words = float.text.split(separator: " ").prefix(Self.snippetWords).joined(separator: " ")
                document.audit.repair(
                    .moved, before: "\(words) (a float, where it was printed inside its article)",
                    after: "\(words) (a float, after its article)", page: float.page, lines: float.lines)
            }
            document.pages[index].blocks = blocks
            joinColumnBreaks(&document, page: index)
        }
    }

    /// The page's blocks in reading order: side-headings taken out first (a block they open
    /// mid-way split there), the rest cut by `XYCut`, each side-heading put back just before
    /// the block it opens; rotated blocks last.
    static func order(_ page: Page, style: BodyStyle) -> [Block] {
        var blocks = page.blocks
        var sideHeadings = RegionRoles.sideHeadings(blocks, style: style)
        // Split the body blocks whose side-heading opens a later line, the later lines first.
        for position in sideHeadings.indices.sorted(by: {
            (sideHeadings[$0].body, sideHeadings[$0].line) > (sideHeadings[$1].body, sideHeadings[$1].line)
        }) where sideHeadings[position].line > 0 {
            let (body, line) = (sideHeadings[position].body, sideHeadings[position].line)
            var tail = blocks[body]
            tail.lines = Array(blocks[body].lines[line...])
            tail.box = Rect.union(tail.lines.compactMap(\.box))
            blocks[body].lines = Array(blocks[body].lines[..<line])
            blocks[body].box = Rect.union(blocks[body].lines.compactMap(\.box))
            blocks.append(tail)
            sideHeadings[position].body = blocks.count - 1
            sideHeadings[position].line = 0
        }
        let headings = Set(sideHeadings.map(\.heading))
        // Margin notes read right after the paragraph they stand beside.
        let notes = RegionRoles.marginNotes(blocks, style: style).filter {
            !headings.contains($0.note) && !headings.contains($0.body)
        }
        let noteAfter = Dictionary(grouping: notes, by: \.body).mapValues { $0.map(\.note) }
        let noted = Set(notes.map(\.note))
        // Rotated text in a margin (a banner down the page's edge, beyond every other block) is
        // set apart from the flow: it would bridge the gaps between bands and columns. It reads
        // after the page's text.
        let upright = blocks.filter { !$0.lines.contains(where: \.isRotated) }.compactMap(\.box)
        let textLeft = upright.map(\.minX).min() ?? 0, textRight = upright.map(\.maxX).max() ?? 0
        let rotated = blocks.indices.filter { index in
            guard !headings.contains(index), !noted.contains(index), !blocks[index].lines.isEmpty,
                blocks[index].lines.allSatisfy(\.isRotated), let box = blocks[index].box
            else { return false }
            return box.maxX <= textLeft || box.minX >= textRight
        }
        let rest = blocks.indices.filter { !headings.contains($0) && !noted.contains($0) && !rotated.contains($0) }
        let height = lineHeight(page)
        var items = rest.map { layoutItem(blocks[$0]) }
        // A photo is part of the page: the blank beside it in one column is no gap across the
        // page. Photos take part in the cut as items of their own and leave the order after it.
        items += obstacles(page.pictures, text: items.map(\.box), lineHeight: height).map { LayoutItem(box: $0) }
        let cut = XYCut(items, lineHeight: height).order().filter { $0 < rest.count }.map { rest[$0] }
        let headingBefore = Dictionary(sideHeadings.map { ($0.body, $0.heading) }, uniquingKeysWith: { a, _ in a })
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for member in cut {
            if let heading = headingBefore[member] { result.append(asHeading(blocks[heading], style: style)) }
            result.append(blocks[member])
            for note in noteAfter[member] ?? [] { result.append(blocks[note]) }
        }
        return result + rotated.map { blocks[$0] }
    }

    /// A side-heading is a heading by its role, whatever its size: set in bold or another face
    /// beside the text it opens, it may be no larger than the body, or a little smaller (a sans
    /// scaled to the serif's x-height), which the typographic rules alone would not take. Its
    /// level follows its size (`TypeScale`), 3 when it is no larger than the body.
    static func asHeading(_ block: Block, style: BodyStyle) -> Block {
        guard block.kind == .paragraph else { return block }
        var heading = block
        heading.kind = .heading
        heading.headingLevel = style.dominantFont(block).flatMap { TypeScale.headingLevel($0, body: style.size) } ?? 3
        return heading
    }

    /// A photo stands in the cut when it is at least 1 line height both ways and no text block
    /// lies mostly inside it (text printed over a background picture is laid out by its own gaps).
    static let obstacleTextShare = 0.5

    /// The pictures among `pictures` that a band or column cut must not pass through.
    static func obstacles(_ pictures: [Rect], text: [Rect], lineHeight: Double) -> [Rect] {
        pictures.filter { picture in
            guard picture.width >= lineHeight, picture.height >= lineHeight else { return false }
            return !text.contains { box in
                let width = min(box.maxX, picture.maxX) - max(box.minX, picture.minX)
                let height = min(box.maxY, picture.maxY) - max(box.minY, picture.minY)
                return width > 0 && height > 0 && width * height >= obstacleTextShare * box.width * box.height
            }
        }
    }

    // MARK: - Measuring

    static func layoutItem(_ block: Block) -> LayoutItem {
        var bySize: [Double: Int] = [:]
        for line in block.lines {
            if let size = line.font?.size { bySize[size, default: 0] += 1 }
        }
        let size = bySize.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key
        // A block of some lines spans its lines' typical extent: one line running into the
        // gutter (a page number set on its baseline, a long address) does not bridge the columns.
        var box = block.box!
        if block.lines.count >= typicalExtentMinimumLines, isJustified(block), let typical = RegionRoles.typicalExtent(block) {
            box = Rect(x: typical.minX, y: box.minY, width: typical.width, height: box.height)
        }
        return LayoutItem(
            box: box, lineCount: max(block.lines.count, 1), fontSize: size,
            numberLabel: block.lines.first.flatMap { numberLabel($0.text) })
    }

    /// Whether at least two thirds of the block's lines end at one right edge (within half a line
    /// height of the median): set prose, not a ragged table column.
    static func isJustified(_ block: Block) -> Bool {
        let boxes = block.lines.compactMap(\.box)
        guard boxes.count >= typicalExtentMinimumLines else { return false }
        let rights = boxes.map(\.maxX).sorted()
        let median = rights[rights.count / 2]
        let height = boxes.map(\.height).sorted()[boxes.count / 2]
        let aligned = rights.filter { abs($0 - median) <= height / 2 }.count
        return Double(aligned) >= justifiedShare * Double(boxes.count)
    }

    /// The share of lines ending at one right edge that marks justified prose.
    static let justifiedShare = 2.0 / 3.0

    /// The median height of the page's horizontal line boxes.
    static func lineHeight(_ page: Page) -> Double {
        var heights: [Double] = []
        for block in page.blocks {
            for line in block.lines where !line.isRotated {
                if let box = line.box, box.height > 0 { heights.append(box.height) }
            }
        }
        guard !heights.isEmpty else { return fallbackLineHeight }
        heights.sort()
        return heights[heights.count / 2]
    }

    /// The number a box label opens with: one or two digits ("01", "7", "3." or "4)"), alone,
    /// followed by a space and a letter ("01 Summary"), or glued to a capitalised word
    /// ("3Check the gutters"). Not a year, a time or a decimal.
    static func numberLabel(_ text: String) -> Int? {
        // Most blocks open with a letter: no label, without copying the line's scalars.
        guard let first = text.unicodeScalars.first(where: { !$0.isWhitespaceFast }), ("0"..."9").contains(first)
        else { return nil }
        let scalars = Array(text.trimmingWhitespace().unicodeScalars)
        var index = 0
        var value = 0
        while index < scalars.count, index < 3, ("0"..."9").contains(scalars[index]) {
            value = value * 10 + Int(scalars[index].value - 48)
            index += 1
        }
        guard (1...2).contains(index) else { return nil }
        if index < scalars.count, scalars[index] == "." || scalars[index] == ")" { index += 1 }
        if index == scalars.count { return value }
        // A label set in display type that the line builder glued to its title ("3Check the
        // gutters"): a capital then a small letter straight after the digits.
        if scalars[index].properties.isUppercase, index + 1 < scalars.count,
            scalars[index + 1].properties.isLowercase
        {
            return value
        }
        guard scalars[index].properties.isWhitespace else { return nil }
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        return index < scalars.count && scalars[index].properties.isAlphabetic ? value : nil
    }

    // MARK: - Joining across a column break

    /// Joins each block that ends mid-sentence at a column's foot with the block that opens the
    /// next column when that one starts in lower case, in the same type.
    func joinColumnBreaks(_ document: inout Document, page index: Int) {
        var blocks = document.pages[index].blocks
        var position = 0
        while position + 1 < blocks.count {
            let upper = blocks[position], next = blocks[position + 1]
            guard Self.continuesInNextColumn(upper, next) else {
                position += 1
                continue
            }
            Self.recordJoin(upper, next, in: &document)
            blocks[position].lines += next.lines
            blocks[position].box = Rect.union(blocks[position].lines.compactMap(\.box))
            blocks.remove(at: position + 1)
        }
        document.pages[index].blocks = blocks
    }

    /// Records the join of `next` on to `upper`, a few words either side.
    static func recordJoin(_ upper: Block, _ next: Block, in document: inout Document) {
        let tail = lastWords(upper.text, count: snippetWords).joined(separator: " ")
        let head = next.text.split(separator: " ", maxSplits: snippetWords).prefix(snippetWords)
            .joined(separator: " ")
        document.audit.repair(
            .join, before: "\(tail) ‖ \(head)", after: "\(tail) \(head)", page: upper.page,
            lines: upper.lines.suffix(1) + next.lines.prefix(1))
    }

    /// The last `count` words of `text`, as `text.split(separator: " ").suffix(count)` has them,
    /// found from the end without splitting the whole block.
    static func lastWords(_ text: String, count: Int) -> [Substring] {
        var words: [Substring] = []
        var end = text.endIndex, index = text.endIndex
        while index > text.startIndex, words.count < count {
            let before = text.index(before: index)
            if text[before] == " " {
                if index < end { words.append(text[index..<end]) }
                end = before
            }
            index = before
        }
        if words.count < count, text.startIndex < end { words.append(text[..<end]) }
        return words.reversed()
    }

    /// Whether `next` opens a new column (above and to the right of `upper`), or follows a float
    /// that interrupted `upper`, and carries on the sentence `upper` leaves unfinished.
    static func continuesInNextColumn(_ upper: Block, _ next: Block, acrossFloat: Bool = false) -> Bool {
        guard upper.kind == .paragraph, next.kind == .paragraph, let above = upper.box, let below = next.box
        else { return false }
        // Across a float the halves stand one under the other in their column
        // ("…damp marks," [panel] "because they simply…").
        guard acrossFloat || (below.minY < above.minY && below.minX >= above.maxX) else { return false }
        func isSetApart(_ line: Line) -> Bool { line.isRotated || line.isInPicture }
        guard !upper.lines.contains(where: isSetApart), !next.lines.contains(where: isSetApart) else { return false }
        if let a = upper.lines.last?.font, let b = next.lines.first?.font {
            guard a.isBold == b.isBold, abs(a.size - b.size) <= fontSizeTolerance * max(a.size, b.size) else { return false }
        }
        // The block's text opens with its first non-empty line and ends with its last: read just
        // those, not the whole block's text.
        let opening = next.lines.lazy.map { $0.text.trimmingWhitespace() }.first { !$0.isEmpty } ?? ""
        guard opening.unicodeScalars.first?.properties.isLowercase == true else { return false }
        let ending = upper.lines.reversed().lazy.map { $0.text.trimmingWhitespace() }.first { !$0.isEmpty } ?? ""
        return endsMidSentence(ending)
    }

    /// The text ends in a letter, a digit, a comma, a word-break hyphen or a plural possessive's
    /// apostrophe ("the parents'"): never a sentence stop, colon or dash, which close a paragraph
    /// or introduce what follows. A block's last line answers as its whole text would: a space
    /// before a one-character line is no letter either.
    static func endsMidSentence(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.suffix(2))
        guard let last = scalars.last else { return false }
        if last.properties.isAlphabetic || last.properties.numericType == .decimal || last == "," { return true }
        let afterLetter = scalars.count == 2 && scalars[0].properties.isAlphabetic
        return afterLetter && (last == "-" || last == "'" || last == "\u{2019}")
    }
}
