/// Marks heading blocks and their levels (1–3): from typography when the lines carry fonts,
/// from the shape of the text (short, title-like, unpunctuated lines followed by prose) when they
/// do not. Leading title lines are split off their block; no text changes, so nothing is recorded.
/// In a PDF, a run of short lines in one emphasised style (a bold list of names) becomes a list
/// block instead (see `DetectHeadings+Precision`).
///
/// Raw dumps know no type sizes, so levels are positional: the first heading at the top of a
/// page is level 1 (a page title), every other heading level 2. Numbered boxes marked earlier
/// keep their level.
public struct DetectHeadings: Stage {
    /// A heading wraps over at most this many lines.
    static let maximumHeadingLines = 3
    /// At most this many leading lines of a block are examined as title lines.
    static let maximumTitleRun = 4
    /// A heading line inside a block is at most this share of the width of the prose under it:
    /// a line as wide as the prose is the prose's own first line.
    static let titleWidthShare = 0.75
    /// A sentence-case heading (few capitals) must be shorter still: at most this share of the prose width.
    static let sentenceCaseWidthShare = 0.6
    /// A lone word under a line of at most this many words is the tail of a title wrapped in a narrow box.
    static let narrowWrapMaximumWords = 3
    /// A wrapped title's next line is within this ratio of the previous line's length (balanced wrap).
    static let balancedWrapRange = 0.6...1.4
    /// A masthead (name over strapline and date) is at most this many lines; more is a panel of text.
    static let maximumMastheadLines = 3

    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
        func hasFonts(_ page: Page) -> Bool { page.blocks.contains { $0.lines.contains { $0.font != nil } } }
        // Only pages without fonts ask which texts repeat: a PDF's pages mostly have them.
        let needsRepeated = document.pages.contains { $0.duplicateOf == nil && !hasFonts($0) }
        let repeated = needsRepeated ? Self.repeatedBlockTexts(document) : []
        let needsStyles = document.pages.contains { $0.duplicateOf == nil && hasFonts($0) }
        let emphasis = needsStyles ? Self.emphasisStyles(document) : []
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            let blocks = document.pages[pageIndex].blocks
            let hasFonts = hasFonts(document.pages[pageIndex])
            document.pages[pageIndex].blocks =
                hasFonts
                ? Self.typographicHeadings(blocks, emphasis: emphasis) : Self.textualHeadings(blocks, repeated: repeated)
        }
        Self.closeLevelGaps(&document)
    }

    /// Type sizes fix levels against the body (`TypeScale.level1SizeRatio`, `TypeScale.level2SizeRatio`), so a PDF with a
    /// large title and modest section heads (13 pt over 10.5 pt) would jump from level 1 to 3. A
    /// level is never skipped: the levels the PDF's headings use close up under the top one.
    /// (Numbered boxes keep the level their stage gave them: one below the page's own headings.)
    static func closeLevelGaps(_ document: inout Document) {
        func isTypographic(_ block: Block) -> Bool {
            block.kind == .heading && block.lines.contains(where: { $0.font != nil })
                && !(block.headingLevel == OrderNumberedBoxes.headingLevel
                    && OrderNumberedBoxes.numberedHeading(block.lines.first?.text.trimmingWhitespace() ?? "") != nil)
        }
        var used = Set<Int>()
        for page in document.pages where page.duplicateOf == nil {
            for block in page.blocks where isTypographic(block) {
                if let level = block.headingLevel { used.insert(level) }
            }
        }
        let levels = used.sorted()
        guard let top = levels.first else { return }
        var mapping: [Int: Int] = [:]
        for (rank, level) in levels.enumerated() { mapping[level] = top + rank }
        guard mapping.contains(where: { $0.key != $0.value }) else { return }
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            for blockIndex in document.pages[pageIndex].blocks.indices {
                let block = document.pages[pageIndex].blocks[blockIndex]
                guard isTypographic(block), let level = block.headingLevel else { continue }
                document.pages[pageIndex].blocks[blockIndex].headingLevel = mapping[level]
            }
        }
    }

    // MARK: - Raw dumps

    static func textualHeadings(_ blocks: [Block], repeated: Set<String>) -> [Block] {
        var result: [Block] = []
        var pageHasHeading = false
        // Logo captions at the head of the page, before its title: the title is still level 1.
        var captionsAtTop = 0
        for (index, block) in blocks.enumerated() {
            if block.kind == .heading { pageHasHeading = true }
            guard block.kind == .paragraph, !block.lines.isEmpty else {
                result.append(block)
                continue
            }
            let texts = block.lines.map { $0.text.trimmingWhitespace() }
            let groups = titleGroups(texts)
            let covered = groups.last.map { $0.upperBound } ?? 0
            var headings: [Range<Int>] = []
            if covered == texts.count {
                // The whole block is title lines: one wrapped heading, title-cased, not a repeated
                // logo or label, not a caption repeating the next block's title, followed by prose
                // or a list.
                // At the top of a page a stack of titles ("Events" / "Modern Slavery") is a page
                // heading and its first subheading; elsewhere such stacks are logos and captions,
                // and so are single words stacked in a narrow box.
                let next = index + 1 < blocks.count ? blocks[index + 1] : nil
                let titleCased = groups.allSatisfy { TextShape.isTitleCase(texts[$0].joined(separator: " ")) }
                let caption = isCaption(block, of: next)
                let plain = !repeated.contains(block.text) && !caption
                if plain, titleCased, result.isEmpty, groups.count <= maximumHeadingLines, next != nil {
                    headings = groups
                } else if plain, titleCased, titleGroups(texts, narrowWraps: false).count == 1,
                    texts.count <= maximumHeadingLines,
                    let next,
                    next.kind == .list || (next.kind == .paragraph && next.lines.contains(where: { TextShape.isProse($0.text) }))
                {
                    headings = groups
                } else if plain, texts.count == 1, opensEntry(blocks, after: index) {
                    headings = groups
                }
                if caption, result.count == captionsAtTop {
                    captionsAtTop += 1
                    result.append(block)
                    continue
                }
            } else if covered > 0 {
                // Leading title lines above prose: each group must be clearly narrower than the
                // prose, and the line under it must not carry on its sentence. A title over an
                // entry's "Source:" / "Date:" lines is a heading whatever its width.
                let proseWidth = texts.map(\.count).max() ?? 0
                for group in groups {
                    let lines = texts[group]
                    let width = lines.map(\.count).max() ?? 0
                    let titleCase = TextShape.isTitleCase(lines.joined(separator: " "))
                    let share = titleCase ? titleWidthShare : sentenceCaseWidthShare
                    let underIt = texts[group.upperBound]
                    if isEntryMetadata(underIt) {
                        headings.append(group)
                        break
                    }
                    guard Double(width) <= share * Double(proseWidth), !TextShape.startsLowercase(underIt) else { break }
                    headings.append(group)
                }
                if let end = headings.last?.upperBound, !isEntryMetadata(texts[end]),
                    !texts[end...].contains(where: TextShape.isProse)
                {
                    headings = []
                }
                // A masthead opening the first page: the publication's name over a strapline or a
                // date ("… | April 2024"), no prose. The name is the page title; the strapline stays text.
                if headings.isEmpty, result.isEmpty, block.page == 1, texts.count <= maximumMastheadLines,
                    let name = groups.first, TextShape.isTitleCase(texts[name].joined(separator: " ")),
                    !repeated.contains(block.text), !texts.contains(where: TextShape.isProse)
                {
                    headings = [name]
                }
            }
            for (number, range) in headings.enumerated() {
                let level = !pageHasHeading && number == 0 && result.count == captionsAtTop ? 1 : 2
                result.append(Block(lines: Array(block.lines[range]), kind: .heading, headingLevel: level, page: block.page))
            }
            if !headings.isEmpty { pageHasHeading = true }
            let end = headings.last?.upperBound ?? 0
            guard end < block.lines.count else { continue }
            // Headings inside the rest of the block each open a paragraph of their own.
            let rest = Array(block.lines[end...])
            var start = 0
            for inner in innerHeadings(rest.map { $0.text.trimmingWhitespace() }) {
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
        return result
    }

    /// Lines inside running prose that are headings: a short title-like line (or a title wrapped
    /// over a few, grouped as `titleGroups` does) with no closing punctuation, after a line that
    /// ends a sentence, before a prose line (or one too long for a title) that opens a new
    /// sentence with a capital, and clearly narrower than the block's prose ("…to resources." /
    /// "Children missing education" / "In September 2020 the council launched…"), ended where the
    /// next line's first word would still have fit (so the break was made, not wrapped).
    static func innerHeadings(_ texts: [String]) -> [Range<Int>] {
        guard texts.count >= 3 else { return [] }
        let proseWidth = texts.map(\.count).max() ?? 0
        var found: [Range<Int>] = []
        var index = 1
        while index < texts.count - 1 {
            defer { index = max(index + 1, found.last?.upperBound ?? 0) }
            let before = texts[index - 1]
            guard TextShape.endsSentence(before), TextShape.isProse(before), TextShape.isTitleCandidate(texts[index]) else {
                continue
            }
            let window = Array(texts[index..<min(texts.count, index + maximumTitleRun)])
            guard let group = titleGroups(window).first.map({ (index + $0.lowerBound)..<(index + $0.upperBound) }),
                group.upperBound < texts.count
            else { continue }
            let lines = texts[group], after = texts[group.upperBound]
            let last = lines.last!, title = lines.joined(separator: " ")
            let width = lines.map(\.count).max() ?? 0
            guard !TextShape.endsWithDash(last), !TextShape.endsWithFunctionWord(last), after.first?.isUppercase ?? false,
                TextShape.isProse(after) || TextShape.wordCount(after) > TextShape.maximumWordsPerLine, after.count > width
            else { continue }
            let share = TextShape.isTitleCase(title) ? titleWidthShare : sentenceCaseWidthShare
            guard Double(width) <= share * Double(proseWidth) else { continue }
            // The break is the writer's, not the wrap's: the next line's first word would have fit.
            let nextWord = TextShape.words(after).first?.count ?? 0
            guard last.count + 1 + nextWord <= proseWidth else { continue }
            found.append(group)
        }
        return found
    }

    /// A title block printed just above a block that opens with the same words is a logo or
    /// caption of that block's heading ("Family Support" / "Acme" above "Family
    /// Support" / "The Acme helpline…"), not a heading of its own.
    static func isCaption(_ block: Block, of next: Block?) -> Bool {
        guard let first = next?.lines.first?.text.trimmingWhitespace(), TextShape.isTitleCandidate(first) else { return false }
        let text = block.text
        return text == first || text.hasPrefix(first + " ") || first.hasPrefix(text + " ")
    }

    /// Labels of the metadata lines that open an entry in a digest of news or reports
    /// ("Source: Home Office", "Date: 28 May 2021"): the line above them is the entry's title.
    static let entryMetadataLabels: Set<String> = ["source", "date", "published", "author", "by", "posted", "updated"]
    /// Blocks skipped between a one-line title and its entry: logos and labels of other columns.
    static let entryLookahead = 4
    /// A logo or label skipped on the way has lines of at most this many words.
    static let captionMaximumWords = 4

    /// A "Label: …" line whose label is an entry's metadata.
    static func isEntryMetadata(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        return entryMetadataLabels.contains(text[..<colon].lowercased())
    }

    /// Whether an entry's metadata ("Source: …") opens the first block after `index` that is not
    /// a short logo or label. Columns printed side by side put other titles and logos between a
    /// title and its entry, so a few such blocks are skipped.
    static func opensEntry(_ blocks: [Block], after index: Int) -> Bool {
        for next in blocks.dropFirst(index + 1).prefix(entryLookahead) {
            guard next.kind == .paragraph, let first = next.lines.first?.text.trimmingWhitespace() else { return false }
            if isEntryMetadata(first) { return true }
            let texts = next.lines.map { $0.text.trimmingWhitespace() }
            let isLabel =
                texts.count <= maximumHeadingLines && !texts.contains(where: TextShape.isProse)
                && texts.allSatisfy { TextShape.wordCount($0) <= captionMaximumWords }
            guard isLabel else { return false }
        }
        return false
    }

    /// The leading title lines of a block, grouped into wrapped headings (each at most
    /// `maximumHeadingLines` long). A line continues the heading above when that one ends in a
    /// function word or a dash, when it starts in lower case, when it is a lone word under a short
    /// line (a narrow box wraps "Long Term" / "Adolescent" / "Neglect" one or two words a line),
    /// or when it balances the line above in length (a wrap, not a new title).
    ///
    /// Without `narrowWraps` only a second one-word line joins a first ("Supporting" / "Families"):
    /// a stack of single words on its own in mid-page is mostly a logo ("Green" / "Valley" /
    /// "Council"), which reads exactly like a title wrapped in a narrow box.
    ///
    /// Limit: a title of several words under a one-word line starts a new heading ("Supporting" /
    /// "Families" / "Early Help" are two), so a narrow box that wraps one word and then two splits
    /// its title in two.
    static func titleGroups(_ texts: [String], narrowWraps: Bool = true) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < min(texts.count, maximumTitleRun) {
            let text = texts[index]
            let previous = index > start ? texts[index - 1] : nil
            let continuesPrevious: Bool
            if let previous {
                let previousWords = TextShape.wordCount(previous), words = TextShape.wordCount(text)
                let ratio = Double(text.count) / Double(max(previous.count, 1))
                continuesPrevious =
                    TextShape.endsWithFunctionWord(previous) || TextShape.endsWithDash(previous)
                    || TextShape.startsLowercase(text)
                    || (words == 1
                        && (narrowWraps ? previousWords <= narrowWrapMaximumWords : previousWords == 1 && index - start == 1))
                    || (previousWords > 1 && balancedWrapRange.contains(ratio))
            } else {
                continuesPrevious = false
            }
            let candidate = continuesPrevious ? TextShape.isTitleContinuation(text) : TextShape.isTitleCandidate(text)
            guard candidate else { break }
            if previous != nil, continuesPrevious, index - start < maximumHeadingLines {
                index += 1
                continue
            }
            if index > start { groups.append(start..<index) }
            start = index
            index += 1
        }
        if index > start { groups.append(start..<index) }
        // A heading never ends on a function word: the title goes on in the prose.
        while let last = groups.last, TextShape.endsWithFunctionWord(texts[last.upperBound - 1]) { groups.removeLast() }
        return groups
    }

    // MARK: - PDFs

    /// Typography: a block set larger than the page's body text, or bold at body size, short and
    /// unpunctuated, is a heading; leading heading lines of a block are split off at the font change.
    ///
    /// Not headings: runs of short lines in one emphasised style (`styledLists`, made lists), a
    /// bold body-size style the document uses too often (`emphasis`, from `emphasisStyles`), a
    /// label ending in a colon with its value beside it. A bold line over text in the same smaller
    /// size (a panel's title over its text) is a heading of that text.
    static func typographicHeadings(_ pageBlocks: [Block], emphasis: Set<Style> = []) -> [Block] {
        guard let body = TypeScale.bodyFontSize(pageBlocks) else { return pageBlocks }
        let blocks = styledLists(pageBlocks, body: body)
        let pitch = bodyPitch(blocks, body: body)
        let bodyIsBold = isBodyBold(blocks, body: body)
        var result: [Block] = []
        for (blockIndex, block) in blocks.enumerated() {
            guard block.kind == .paragraph else {
                result.append(block)
                continue
            }
            let nextBlock = blockIndex + 1 < blocks.count ? blocks[blockIndex + 1] : nil
            let body = localBody(block, next: nextBlock, body: body, page: blocks)
            var count = 0
            for line in block.lines {
                guard let font = line.font, let level = TypeScale.headingLevel(font, body: body),
                    !(level == 3 && emphasis.contains(Style(font))), !isLabelBesideValue(line, in: blocks),
                    !isPlainInBoldBody(font, body: body, bodyIsBold: bodyIsBold),
                    TextShape.isTypographicTitle(line.text.trimmingWhitespace()), count < maximumHeadingLines
                else { break }
                if count > 0, let first = block.lines[0].font, abs(first.size - font.size) > 0.5 || first.isBold != font.isBold {
                    break
                }
                count += 1
            }
            let lastLine = count > 0 ? block.lines[count - 1].text.trimmingWhitespace() : ""
            // A heading in body-size emphasis must also be spaced as one (more room above than
            // below, body text right under it or beside it): bold event lines and lead-ins are not.
            guard count > 0, let font = block.lines[0].font,
                !TextShape.endsWithFunctionWord(lastLine) || count == block.lines.count,
                let level = TypeScale.headingLevel(font, body: body),
                level < 3
                    || hasHeadingSpacing(
                        Array(block.lines[..<count]), in: blocks, printedPage: block.page, pitch: pitch, body: body),
                !goesOnInItsStyle(block, after: count)
            else {
                result.append(block)
                continue
            }
            result.append(Block(lines: Array(block.lines[..<count]), kind: .heading, headingLevel: level, page: block.page))
            if count < block.lines.count {
                result.append(Block(lines: Array(block.lines[count...]), kind: block.kind, page: block.page))
            }
        }
        // A heading wrapped into two blocks by the reader is one heading; so is one whose words
        // a justified line spread into pieces side by side.
        var merged: [Block] = []
        for block in result {
            if block.kind == .heading, let last = merged.last, last.kind == .heading, last.headingLevel == block.headingLevel,
                isPieceBeside(block, of: last)
            {
                merged[merged.count - 1] = joinedBeside(last, block)
                continue
            }
            if block.kind == .heading, let last = merged.last, last.kind == .heading, last.headingLevel == block.headingLevel,
                last.lines.count + block.lines.count <= maximumHeadingLines,
                TextShape.endsWithFunctionWord(last.text) || TextShape.startsLowercase(block.text)
                    || isWrappedBelow(block, of: last)
            {
                merged[merged.count - 1] = Block(
                    lines: last.lines + block.lines, kind: .heading, headingLevel: last.headingLevel, page: last.page)
            } else {
                merged.append(block)
            }
        }
        return merged
    }

    /// Whether the lines of `block` after its first `count` (the heading candidate) go on in the
    /// candidate's own style: then the candidate is the start of a paragraph set large or bold
    /// (an introduction, a notice), not a heading, whose text always changes style under it.
    static func goesOnInItsStyle(_ block: Block, after count: Int) -> Bool {
        guard count < block.lines.count, let first = block.lines[0].font, let next = block.lines[count].font else {
            return false
        }
        return abs(first.size - next.size) <= 0.5 && first.isBold == next.isBold && first.isItalic == next.isItalic
    }

    // MARK: - Text shape

    /// Block texts printed more than once as whole blocks: logos and labels, not headings.
    static func repeatedBlockTexts(_ document: Document) -> Set<String> {
        var counts: [String: Int] = [:]
        counts.reserveCapacity(document.pages.reduce(0) { $0 + $1.blocks.count })
        for page in document.pages where page.duplicateOf == nil {
            for block in page.blocks { counts[block.text, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value > 1 }.keys)
    }
}
