/// Headings of a PDF page, from typography: a block set larger than the page's body text, or bold
/// at body size, short and unpunctuated, is a heading; its leading heading lines are split off at
/// the font change, and what is left is judged again (a part title stacked over an article title
/// in one block is two headings). The decision weighs the evidence of the other heading rules.
///
/// Not headings: a line wholly in quotation marks (a pull quote or testimonial set large), the
/// name of a sign-off over its role (`TextShape.isRoleLine`), runs
/// of short lines in one emphasised style (`StyledLists`, made lists), a bold
/// body-size style the document uses too often (`EmphasisStyles`), a label ending in a colon with
/// its value beside it. A bold line over text in the same smaller size (a panel's title over its
/// text) is a heading of that text.
enum TypographicHeadings {
    /// `pageBlocks` of one page with their headings marked and split off, pieces of one heading joined.
    static func headings(_ pageBlocks: [Block], emphasis: Set<EmphasisStyles.Style> = []) -> [Block] {
        guard let size = TypeScale.bodyFontSize(pageBlocks) else { return pageBlocks }
        let blocks = StyledLists.make(SectionNumbers.joined(pageBlocks, body: size), body: size)
        let body = PageBody(size: size, blocks: blocks)
        let evidence = TypographicEvidence(blocks: blocks, emphasis: emphasis, bodyIsBold: body.isBold)
        var result: [Block] = []
        for (blockIndex, whole) in blocks.enumerated() {
            let next = blockIndex + 1 < blocks.count ? blocks[blockIndex + 1] : nil
            // A masthead's dateline set over the first heading in one block is text of its own.
            var block = whole
            if block.kind == .paragraph, let dateline = Self.leadingDateline(block) {
                result.append(Block(lines: Array(block.lines[..<dateline]), kind: .paragraph, page: block.page))
                block = Block(lines: Array(block.lines[dateline...]), kind: block.kind, page: block.page)
            }
            guard block.kind == .paragraph, let first = heading(of: block, next: next, body: body, evidence: evidence)
            else {
                result.append(block)
                continue
            }
            // Stacked headings of two levels set close enough to share a block (a part title over
            // an article title in another face): the rest is judged again, until it opens with none.
            var found: (count: Int, level: Int)? = first
            var rest = block
            while let current = found {
                let count = current.count
                result.append(
                    Block(lines: Array(rest.lines[..<count]), kind: .heading, headingLevel: current.level, page: rest.page))
                guard count < rest.lines.count else { break }
                rest = Block(lines: Array(rest.lines[count...]), kind: rest.kind, page: rest.page)
                found = heading(of: rest, next: next, body: body, evidence: evidence)
                if found == nil { result.append(rest) }
            }
        }
        return HeadingPieces.joined(result)
    }

    /// Whether the candidate (the first `count` lines of `block`, one line set at the body's size)
    /// is the name of a sign-off: the line under it, in its block or opening the next, names a role
    /// in another weight or slant ("Margaret Ashworth" over "Chair of the committee").
    static func isSignOff(_ block: Block, count: Int, next: Block?) -> Bool {
        guard count == 1, let font = block.lines[0].font,
            TextShape.isNameLine(block.lines[0].text.trimmingWhitespace())
        else { return false }
        guard let under = count < block.lines.count ? block.lines[count] : next?.lines.first, let underFont = under.font,
            underFont.isBold != font.isBold || underFont.isItalic != font.isItalic
        else { return false }
        return TextShape.isRoleLine(under.text.trimmingWhitespace())
    }

    /// How many leading lines of `block` are a dateline ("Issue 17 · Autumn 2025",
    /// `TextShape.isDateline`) set in another size or weight than the line under it, which carries
    /// on the block; nil when it does not open with one.
    static func leadingDateline(_ block: Block) -> Int? {
        guard block.lines.count > 1, let font = block.lines[0].font, let next = block.lines[1].font,
            TextShape.isDateline(block.lines[0].text.trimmingWhitespace()),
            abs(font.size - next.size) > 0.5 || font.isBold != next.isBold
        else { return nil }
        return 1
    }

    /// How many leading lines of the paragraph `block` make its heading, and its level; nil when
    /// it opens with none. A heading in body-size emphasis must also be spaced as one (more room
    /// above than below, body text right under it or beside it): bold event lines and lead-ins are not.
    static func heading(
        of block: Block, next: Block?, body: PageBody, evidence: TypographicEvidence
    ) -> (count: Int, level: Int)? {
        let size = body.localSize(block, next: next, page: evidence.blocks)
        // A bold title measured against the plain text under it (`localSize`) is judged against
        // that text's weight, not the page's: on a slide whose larger body is bold, a bold title
        // over plain text in its own smaller size is still a heading.
        let evidence =
            size == body.size || !evidence.bodyIsBold
            ? evidence : TypographicEvidence(blocks: evidence.blocks, emphasis: evidence.emphasis, bodyIsBold: false)
        let count = evidence.headingLineCount(block, body: size)
        let lastLine = count > 0 ? block.lines[count - 1].text.trimmingWhitespace() : ""
        guard count > 0, let font = block.lines[0].font,
            !TextShape.endsWithFunctionWord(lastLine) || count == block.lines.count
                || TypographicEvidence.endsBeforeAnotherSize(block, after: count),
            let level = TypeScale.headingLevel(font, body: size),
            level < 3
                || HeadingSpacing.isSpacedAsHeading(
                    Array(block.lines[..<count]), in: evidence.blocks, printedPage: block.page, pitch: body.pitch, body: size),
            !TypographicEvidence.goesOnInItsStyle(block, after: count),
            !TypographicEvidence.isQuotation(block.lines[..<count].map(\.text)),
            !isSignOff(block, count: count, next: next)
        else { return nil }
        return (count, level)
    }
}
