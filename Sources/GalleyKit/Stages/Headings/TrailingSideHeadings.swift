/// Side-headings printed to the right of their article's opening (a heading column on the right,
/// a two-cell table with the heading in the right cell): pdftotext reads the opening paragraph
/// first and the heading after it. In a raw dump that shows as prose opening the body with no
/// heading, a title block standing alone after it, and titles wrapped far narrower than the prose
/// (a narrow column). In such a dump each title block standing between finished prose and more
/// prose is a heading, and goes back before the opening it was printed beside; each move is recorded.
enum TrailingSideHeadings {
    /// A title wrapped over lines though it is at most this share of the prose's width was set in
    /// a narrow column: a side column, not the body's.
    static let narrowTitleShare = 0.5

    /// A title block standing alone after finished prose, and where it was printed beside.
    struct Candidate {
        var page: Int
        var block: Int
        /// The index, on the same page, of the block the heading opens.
        var opening: Int
    }

    /// Moves the trailing side-headings of the raw-dump pages of `document` (those at
    /// `pageIndices`) before the openings they stand beside, when the dump shows the layout.
    static func reorder(
        _ document: inout Document, pageIndices: [Int], repeated: Set<String>, titles: TitleLineMemo = TitleLineMemo()
    ) {
        var candidates: [Candidate] = []
        var hasNarrowTitle = false
        for (position, pageIndex) in pageIndices.enumerated() {
            let blocks = document.pages[pageIndex].blocks
            let following = position + 1 < pageIndices.count ? document.pages[pageIndices[position + 1]].blocks.first : nil
            for index in blocks.indices where index > 0 {
                let next = index + 1 < blocks.count ? blocks[index + 1] : following
                guard
                    isStandingTitle(blocks[index], after: blocks[index - 1], before: next, repeated: repeated, titles: titles)
                else { continue }
                var opening = openingIndex(before: index, in: blocks)
                // An opening never reaches back past the title before it on the page.
                if let last = candidates.last, last.page == pageIndex { opening = max(opening, last.block + 1) }
                guard opening < index else { continue }
                candidates.append(Candidate(page: pageIndex, block: index, opening: opening))
                if isNarrowTitle(blocks[index], beside: blocks[index - 1]) { hasNarrowTitle = true }
            }
        }
        guard hasNarrowTitle, let first = candidates.first,
            opensBodyWithoutHeading(document, first, pageIndices: pageIndices, repeated: repeated, titles: titles)
        else { return }
        // Later moves first, so that the indices of earlier ones on the page still hold.
        for candidate in candidates.reversed() {
            var blocks = document.pages[candidate.page].blocks
            var heading = blocks.remove(at: candidate.block)
            heading.kind = .heading
            heading.headingLevel = 2
            var target = candidate.opening
            // A masthead's strapline or date over the opening prose stays with the masthead.
            if target > 0, blocks[target - 1].kind == .heading, blocks[target - 1].headingLevel == 1,
                blocks[target].kind == .paragraph,
                let prose = blocks[target].lines.firstIndex(where: { TextShape.isProse($0.text) }), prose > 0
            {
                var strap = blocks[target]
                strap.lines = Array(blocks[target].lines[..<prose])
                var body = blocks[target]
                body.lines = Array(blocks[target].lines[prose...])
                blocks[target] = body
                blocks.insert(strap, at: target)
                target += 1
            }
            let before = blocks[target].text.split(separator: " ").prefix(6).joined(separator: " ")
            document.audit.repair(
                .moved, before: "\(heading.text) (after \"\(before) …\")", after: "\(heading.text) (before \"\(before) …\")",
                page: heading.page, lines: heading.lines)
            blocks.insert(heading, at: target)
            document.pages[candidate.page].blocks = blocks
        }
    }

    /// A block of one title, alone (blank lines around it in the dump), after prose that ends a
    /// sentence and before more prose or a list.
    static func isStandingTitle(
        _ block: Block, after previous: Block, before next: Block?, repeated: Set<String>, titles: TitleLineMemo
    ) -> Bool {
        // The tests only turn the block away, so the cheap ones (kinds, sizes, blank lines) go first.
        guard block.kind == .paragraph || (block.kind == .heading && block.headingLevel != 1),
            !block.lines.isEmpty, block.lines.count <= DetectHeadings.maximumHeadingLines,
            previous.kind == .paragraph, let next, next.kind == .list || next.kind == .paragraph,
            standsAlone(block, after: previous, before: next),
            let lastLine = previous.lines.last, TextShape.endsSentence(lastLine.text),
            !repeated.contains(block.text),
            next.kind == .list || next.lines.contains(where: { TextShape.isProse($0.text) }),
            previous.lines.contains(where: { TextShape.isProse($0.text) })
        else { return false }
        let texts = block.lines.map { $0.text.trimmingWhitespace() }
        guard TitleGroups.leading(texts, titles: titles) == [0..<texts.count] else { return false }
        let title = texts.joinedLines()
        return titles.isTitleCase(title) && !TextShape.endsSentence(title)
    }

    /// Blank lines part the block from its neighbours in the dump: not a heading split off the
    /// top of its own paragraph.
    static func standsAlone(_ block: Block, after previous: Block, before next: Block) -> Bool {
        guard let first = block.lines.first?.sourceLine, let last = block.lines.last?.sourceLine,
            let above = previous.lines.last?.sourceLine
        else { return false }
        let below = next.lines.first?.sourceLine
        return first > above + 1 && (next.page != block.page || below.map { $0 > last + 1 } ?? true)
    }

    /// A title wrapped over several lines though far narrower than the prose beside it.
    static func isNarrowTitle(_ block: Block, beside prose: Block) -> Bool {
        guard block.lines.count > 1 else { return false }
        let title = block.lines.map { $0.text.trimmingWhitespace() }.joinedLines()
        let proseWidth = prose.lines.map(\.text.count).max() ?? 0
        return Double(title.count) <= narrowTitleShare * Double(proseWidth)
    }

    /// The block that opens the article whose title stands at `index`: the prose just before it,
    /// reaching back over a list and the lines that introduce it (a paragraph ending in a colon).
    static func openingIndex(before index: Int, in blocks: [Block]) -> Int {
        var start = index - 1
        while start > 0 {
            let above = blocks[start - 1]
            guard above.kind != .heading,
                blocks[start].kind == .list || above.kind == .list || above.text.hasSuffix(":")
            else { break }
            start -= 1
        }
        return start
    }

    /// The first title stands after the body's first prose, with only a masthead (a level-1
    /// heading and lines that are not prose) above that prose: the body opens without a heading.
    /// A title over the opening that reads as a heading the dump did not mark (wrapped narrow,
    /// or in title case round a lowercase function word) is one: the titles stand on the left.
    static func opensBodyWithoutHeading(
        _ document: Document, _ first: Candidate, pageIndices: [Int], repeated: Set<String>, titles: TitleLineMemo
    ) -> Bool {
        let opening = document.pages[first.page].blocks[first.opening]
        for pageIndex in pageIndices {
            let blocks = document.pages[pageIndex].blocks
            for (index, block) in blocks.enumerated() {
                if pageIndex == first.page, index == first.opening { return true }
                if block.kind == .heading, block.headingLevel != 1 { return false }
                if block.kind != .heading, block.lines.contains(where: { TextShape.isProse($0.text) }) { return false }
                if block.kind == .paragraph,
                    isNarrowTitle(block, beside: opening) || DumpHeadings.isSideHeadingShaped(block, repeated: repeated, titles: titles)
                {
                    return false
                }
            }
        }
        return false
    }
}
