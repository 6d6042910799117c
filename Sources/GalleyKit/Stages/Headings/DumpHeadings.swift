/// Headings of a raw dump's page, from the shape of its text alone: a block of title lines
/// before prose or a list, title lines at the head of a block of prose, a masthead, and titles
/// inside running prose. Levels are positional: the page's first heading is 1, the rest 2.
struct DumpHeadings {
    /// A heading line inside a block is at most this share of the width of the prose under it:
    /// a line as wide as the prose is the prose's own first line.
    static let titleWidthShare = 0.75
    /// A sentence-case heading (few capitals) must be shorter still: at most this share of the prose width.
    static let sentenceCaseWidthShare = 0.6
    /// A masthead (name over strapline and date) is at most this many lines; more is a panel of text.
    static let maximumMastheadLines = 3

    /// The page's blocks, as they came.
    let blocks: [Block]
    /// Block texts printed more than once in the document (`repeatedBlockTexts`).
    let repeated: Set<String>
    /// The stage's title answers for line texts.
    let titles: TitleLineMemo
    /// The page's blocks so far, headings split off.
    private(set) var result: [Block] = []
    /// Whether a heading has been set on the page yet: only the first is level 1.
    private var pageHasHeading = false
    /// Logo captions at the head of the page, before its title: the title is still level 1.
    private var captionsAtTop = 0
    /// `isSideHeadingShaped` of each block of the page, once asked: a run of side-headings asks
    /// it of every block of the run for each of them, and each time groups the block's lines anew.
    private var sideHeadingShapes: [Bool?]

    init(blocks: [Block], repeated: Set<String>, titles: TitleLineMemo) {
        self.blocks = blocks
        self.repeated = repeated
        self.titles = titles
        sideHeadingShapes = Array(repeating: nil, count: blocks.count)
    }

    /// `blocks` of one page with their headings marked and split off.
    static func headings(_ blocks: [Block], repeated: Set<String>, titles: TitleLineMemo = TitleLineMemo()) -> [Block] {
        let blocks = blocks.flatMap { splitAfterDateline($0, titles: titles) }
        var page = DumpHeadings(blocks: blocks, repeated: repeated, titles: titles)
        for index in blocks.indices { page.take(index) }
        return page.result
    }

    /// `block` cut after a dateline among its first `TitleGroups.maximumTitleRun` lines when a
    /// title line and prose follow it ("Parish Pump" / "Issue 17 · Autumn 2025" / "From the
    /// Editor" / prose): the masthead and its dateline, then the rest, each judged on its own (the dateline stops a title, so the heading under it
    /// would otherwise go unread).
    static func splitAfterDateline(_ block: Block, titles: TitleLineMemo) -> [Block] {
        guard block.kind == .paragraph, block.lines.count > 2,
            let index = block.lines.prefix(TitleGroups.maximumTitleRun).firstIndex(where: {
                TextShape.isDateline($0.text.trimmingWhitespace())
            }), index + 1 < block.lines.count,
            titles.isTitleCandidate(block.lines[index + 1].text.trimmingWhitespace()),
            block.lines[(index + 1)...].contains(where: { TextShape.isProse($0.text) })
        else { return [block] }
        return [
            Block(lines: Array(block.lines[...index]), kind: block.kind, page: block.page),
            Block(lines: Array(block.lines[(index + 1)...]), kind: block.kind, page: block.page),
        ]
    }

    /// The share of the prose width a title of this text may take: less for sentence case.
    static func widthShare(_ title: String, titles: TitleLineMemo = TitleLineMemo()) -> Double {
        titles.isTitleCase(title) ? titleWidthShare : sentenceCaseWidthShare
    }

    /// Block texts printed more than once as whole blocks: logos and labels, not headings.
    static func repeatedBlockTexts(_ document: Document) -> Set<String> {
        var counts: [String: Int] = [:]
        counts.reserveCapacity(document.pages.reduce(0) { $0 + $1.blocks.count })
        for page in document.pages where page.duplicateOf == nil {
            for block in page.blocks { counts[block.text, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value > 1 }.keys)
    }

    /// Appends block `index` to `result`, its headings split off.
    private mutating func take(_ index: Int) {
        let block = blocks[index]
        if block.kind == .heading { pageHasHeading = true }
        guard block.kind == .paragraph, !block.lines.isEmpty else {
            result.append(block)
            return
        }
        let texts = block.lines.map { $0.text.trimmingWhitespace() }
        if Self.isTitleWrappedAtComma(texts, next: index + 1 < blocks.count ? blocks[index + 1] : nil, titles: titles),
            !repeated.contains(block.text), !Self.isSignOff(texts[...])
        {
            appendHeadings([0..<texts.count], of: block)
            return
        }
        let groups = TitleGroups.leading(texts, titles: titles)
        let covered = groups.last.map { $0.upperBound } ?? 0
        var headings: [Range<Int>] = []
        if covered == texts.count {
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            let caption = Self.isCaption(block, of: next, titles: titles)
            if caption, result.count == captionsAtTop {
                captionsAtTop += 1
                result.append(block)
                return
            }
            headings = titleBlockHeadings(block, at: index, texts: texts, groups: groups, isCaption: caption)
            // A narrow column's prose lines are short enough to read as title lines: a title-cased
            // first title over groups that are not is a title over prose ("Bake Sale" / "Our
            // bake sale drew more than" / "a hundred visitors, who brought").
            let titled = groups.prefix { titles.isTitleCase(texts[$0].joinedLines()) }
            if headings.isEmpty, !caption, !titled.isEmpty, titled.count < groups.count {
                headings = leadingHeadings(block, texts: texts, groups: Array(titled))
            }
        } else if covered > 0 {
            headings = leadingHeadings(block, texts: texts, groups: groups)
        }
        // A sign-off (a name over its role) ends the headings: it and what follows are text.
        headings = Array(headings.prefix { !Self.isSignOff(texts[$0]) })
        appendHeadings(headings, of: block)
        appendRest(of: block, after: headings.last?.upperBound ?? 0)
    }

    /// A block made only of title lines: one wrapped heading, title-cased, not a repeated logo or
    /// label, not a caption repeating the next block's title, followed by prose or a list.
    ///
    /// At the top of a page a stack of titles ("Events" / "Modern Slavery") is a page heading and
    /// its first subheading; elsewhere such stacks are logos and captions, and so are single words
    /// stacked in a narrow box.
    private mutating func titleBlockHeadings(
        _ block: Block, at index: Int, texts: [String], groups: [Range<Int>], isCaption: Bool
    ) -> [Range<Int>] {
        let next = index + 1 < blocks.count ? blocks[index + 1] : nil
        let titleCased = groups.allSatisfy { titles.isTitleCase(texts[$0].joinedLines()) }
        let plain = !repeated.contains(block.text) && !isCaption
        if plain, titleCased, result.isEmpty, groups.count <= DetectHeadings.maximumHeadingLines, next != nil {
            return groups
        }
        if plain, titleCased, TitleGroups.leading(texts, narrowWraps: false, titles: titles).count == 1,
            texts.count <= DetectHeadings.maximumHeadingLines,
            let next,
            next.kind == .list || (next.kind == .paragraph && next.lines.contains(where: { TextShape.isProse($0.text) }))
        {
            return groups
        }
        if plain, texts.count == 1, EntryTitles.opensEntry(blocks, after: index) { return groups }
        if plain, isSideHeadingShaped(at: index), sideHeadingRun(around: index) {
            return [0..<texts.count]
        }
        return []
    }

    /// Title lines that are a sign-off: a name line, then a line naming a role ("Margaret
    /// Ashworth" / "Editor", "Jane Smith," / "Chair of the committee"), not a heading.
    static func isSignOff(_ lines: ArraySlice<String>) -> Bool {
        guard lines.count == 2, let last = lines.last, TextShape.isRoleLine(last) else { return false }
        return TextShape.isNameLine(lines[lines.startIndex])
    }

    /// A panel of fields under a title has at least this many "Label: value" lines.
    static let minimumPanelFields = 2
    /// A field's label has at most this many words ("Chair", "Membership secretary").
    static let maximumFieldLabelWords = 2

    /// Lines that are all "Label: value" fields ("Chair: Priya Lindqvist" / "Tel: 020 7946 0381"):
    /// a contact panel, whose title heads it though no prose follows.
    static func isFieldPanel(_ texts: ArraySlice<String>) -> Bool {
        texts.count >= minimumPanelFields
            && texts.allSatisfy { text in
                guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, text.first?.isUppercase == true else {
                    return false
                }
                let label = text[..<colon], value = text[text.index(after: colon)...]
                return label.split(separator: " ").count <= maximumFieldLabelWords && label.allSatisfy { $0.isLetter || $0 == " " }
                    && value.contains(where: { $0.isLetter || $0.isNumber })
            }
    }

    /// A title wrapped at a comma has at most this many words ("Thank You," / "Harold").
    static let maximumCommaTitleWords = 6

    /// A block that is one short title wrapped after a comma ("Farewell," / "Arthur"), each line
    /// in title case (not a sign-off, "Yours sincerely,"), over prose: the comma keeps its lines
    /// from reading as title lines.
    static func isTitleWrappedAtComma(_ texts: [String], next: Block?, titles: TitleLineMemo) -> Bool {
        guard texts.count >= 2, texts.count <= DetectHeadings.maximumHeadingLines, let last = texts.last,
            texts.dropLast().allSatisfy({ $0.hasSuffix(",") }), titles.isTitleCandidate(last),
            texts.allSatisfy({ TextShape.isTitleCase($0) }),
            TextShape.wordCount(texts.joinedLines()) <= maximumCommaTitleWords,
            let next, next.kind == .paragraph, next.lines.contains(where: { TextShape.isProse($0.text) })
        else { return false }
        return titles.isTitleCandidate(String(texts[0].dropLast()))
    }

    /// A run of at least this many title blocks in a row is a column of side-headings that
    /// pdftotext printed apart from their text (margin notes, a heading column): each is a heading.
    static let minimumSideHeadingRun = 3

    /// Title lines in title case with a lowercase function word, read as one wrapped title ("Rooms to Let", "A Record
    /// Year for the" / "Food Bank"): a title, not a name ("Mary Evans") or a label.
    static func isSideHeadingShaped(_ block: Block, repeated: Set<String>, titles: TitleLineMemo) -> Bool {
        guard block.kind == .paragraph, !block.lines.isEmpty, block.lines.count <= DetectHeadings.maximumHeadingLines
        else { return false }
        let texts = block.lines.map { $0.text.trimmingWhitespace() }
        // Every line a title line: a narrow margin wraps one title over lines that need not
        // balance ("Bees on the Moor Lane" / "Site").
        guard TitleGroups.leading(texts, titles: titles).last?.upperBound == texts.count else { return false }
        let joined = texts.joinedLines()
        // The block's text is made and looked up among the repeated ones only for a title.
        guard titles.isTitleCandidate(texts[0]), titles.isTitleCase(joined), !TextShape.endsSentence(joined),
            !repeated.contains(block.text)
        else { return false }
        return joined.split(separator: " ").dropFirst().contains { $0.first?.isLowercase ?? false }
    }

    /// `isSideHeadingShaped` of block `index` of the page, worked out once.
    private mutating func isSideHeadingShaped(at index: Int) -> Bool {
        if let known = sideHeadingShapes[index] { return known }
        let shaped = Self.isSideHeadingShaped(blocks[index], repeated: repeated, titles: titles)
        sideHeadingShapes[index] = shaped
        return shaped
    }

    /// `sideHeadingRun(around:in:repeated:)` on the page's blocks, each block's shape worked out once.
    private mutating func sideHeadingRun(around index: Int) -> Bool {
        var start = index, end = index
        while start > 0, isSideHeadingShaped(at: start - 1) { start -= 1 }
        while end + 1 < blocks.count, isSideHeadingShaped(at: end + 1) { end += 1 }
        return end - start + 1 >= Self.minimumSideHeadingRun
    }

    /// Leading title lines above prose: each group must be clearly narrower than the prose, and
    /// the line under it must not carry on its sentence. A title over an entry's "Source:" /
    /// "Date:" lines is a heading whatever its width. Without such titles, a masthead may be.
    private func leadingHeadings(_ block: Block, texts: [String], groups: [Range<Int>]) -> [Range<Int>] {
        let proseWidth = texts.map(\.characterCount).max() ?? 0
        var headings: [Range<Int>] = []
        for group in Self.joiningMeasureWraps(groups, texts: texts, proseWidth: proseWidth) {
            let lines = texts[group]
            let width = lines.map(\.characterCount).max() ?? 0
            let share = Self.widthShare(lines.joinedLines(), titles: titles)
            let underIt = texts[group.upperBound]
            if EntryTitles.isEntryMetadata(underIt) {
                headings.append(group)
                break
            }
            guard Double(width) <= share * Double(proseWidth), !TextShape.startsLowercase(underIt) else { break }
            headings.append(group)
        }
        if let end = headings.last?.upperBound, !EntryTitles.isEntryMetadata(texts[end]),
            !texts[end...].contains(where: TextShape.isProse), !Self.isFieldPanel(texts[end...])
        {
            headings = []
        }
        if headings.isEmpty, let name = mastheadName(block, texts: texts, groups: groups) { return [name] }
        return headings
    }

    /// A title line at least this share of the prose width under it filled its measure: a lone
    /// word under it is its wrapped tail, not a second title.
    static let filledMeasureShare = 0.5

    /// `groups` with a one-word group joined to the title group above it when that group's last
    /// line filled its measure (`filledMeasureShare` of `proseWidth`, more words than a narrow
    /// box's wrap): a long heading set justified or in a narrow column wraps its last word
    /// ("Village Hall Committee Celebrates Its" / "Centenary"). A short page title over a one-word
    /// subheading ("Parish News" / "Bells") stays two.
    static func joiningMeasureWraps(_ groups: [Range<Int>], texts: [String], proseWidth: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for group in groups {
            if let last = result.last, group.count == 1, last.upperBound == group.lowerBound,
                last.count < DetectHeadings.maximumHeadingLines, TextShape.wordCount(texts[group.lowerBound]) == 1,
                TextShape.wordCount(texts[last.upperBound - 1]) > TitleGroups.narrowWrapMaximumWords,
                Double(texts[last.upperBound - 1].count) >= filledMeasureShare * Double(proseWidth)
            {
                result[result.count - 1] = last.lowerBound..<group.upperBound
            } else {
                result.append(group)
            }
        }
        return result
    }

    /// A masthead opening the first page: the publication's name over a strapline or a date
    /// ("… | April 2024"), no prose. The name is the page title; the strapline stays text.
    private func mastheadName(_ block: Block, texts: [String], groups: [Range<Int>]) -> Range<Int>? {
        guard result.isEmpty, block.page == 1, texts.count <= Self.maximumMastheadLines,
            let name = groups.first, titles.isTitleCase(texts[name].joinedLines()),
            !repeated.contains(block.text), !texts.contains(where: TextShape.isProse)
        else { return nil }
        return name
    }

    /// Appends the lines `headings` of `block` as headings: level 1 for the page's first, else 2.
    private mutating func appendHeadings(_ headings: [Range<Int>], of block: Block) {
        for (number, range) in headings.enumerated() {
            let level = !pageHasHeading && number == 0 && result.count == captionsAtTop ? 1 : 2
            result.append(Block(lines: Array(block.lines[range]), kind: .heading, headingLevel: level, page: block.page))
        }
        if !headings.isEmpty { pageHasHeading = true }
    }

    /// Appends the lines of `block` from `end` on: headings inside them each open a paragraph of their own.
    private mutating func appendRest(of block: Block, after end: Int) {
        guard end < block.lines.count else { return }
        let rest = Array(block.lines[end...])
        var start = 0
        for inner in InnerHeadings.find(rest.map { $0.text.trimmingWhitespace() }, titles: titles) {
            if inner.lowerBound > start {
                result.append(Block(lines: Array(rest[start..<inner.lowerBound]), kind: block.kind, page: block.page))
            }
            result.append(Block(lines: Array(rest[inner]), kind: .heading, headingLevel: 2, page: block.page))
            pageHasHeading = true
            start = inner.upperBound
        }
        result.append(
            start == 0 && end == 0 ? block : Block(lines: Array(rest[start...]), kind: block.kind, page: block.page))
    }

    /// A title block printed just above a block that opens with the same words is a logo or
    /// caption of that block's heading ("Family Support" / "Acme" above "Family
    /// Support" / "The Acme helpline…"), not a heading of its own.
    static func isCaption(_ block: Block, of next: Block?, titles: TitleLineMemo) -> Bool {
        guard let first = next?.lines.first?.text.trimmingWhitespace(), titles.isTitleCandidate(first) else {
            return false
        }
        let text = block.text
        return text == first || text.hasPrefix(first + " ") || first.hasPrefix(text + " ")
    }
}
