/// A table's title over its first column: pdftotext sets the title and the column's header in
/// one block ("League Table" / "Team"), then the other columns as blocks of their own, so the
/// header reads as the title's last word. Where the blocks after show a table (one short cell a
/// block, or a column as long as this one's), the title alone becomes a heading and the header
/// stays with its column.
enum TableTitles {
    /// A table's cells are short: at most this many words.
    static let maximumCellWords = 6
    /// At least this many one-cell blocks follow a title over a lone header: the other headers.
    static let minimumCellBlocks = 2

    /// `blocks` of one raw-dump page with each table's title split off its first column as a heading.
    static func split(_ blocks: [Block], titles: TitleLineMemo = TitleLineMemo()) -> [Block] {
        var result: [Block] = []
        for (index, block) in blocks.enumerated() {
            guard isTitleOverColumn(block, followedBy: blocks[(index + 1)...], titles: titles) else {
                result.append(block)
                continue
            }
            result.append(Block(lines: [block.lines[0]], kind: .heading, headingLevel: 2, page: block.page))
            result.append(Block(lines: Array(block.lines.dropFirst()), kind: block.kind, page: block.page))
        }
        return result
    }

    /// `block` opens with a title line over a short header, and the blocks after it are a table's.
    static func isTitleOverColumn(
        _ block: Block, followedBy rest: ArraySlice<Block>, titles: TitleLineMemo = TitleLineMemo()
    ) -> Bool {
        guard block.kind == .paragraph, block.lines.count >= 2, let next = rest.first, next.kind == .paragraph else {
            return false
        }
        // The title and header lines alone decide most blocks: the other lines are read after them.
        let title = block.lines[0].text.trimmingWhitespace(), header = block.lines[1].text.trimmingWhitespace()
        guard TextShape.wordCount(header) <= TitleGroups.narrowWrapMaximumWords, TextShape.wordCount(title) >= 2,
            titles.isTitleCandidate(title), titles.isTitleCase(title),
            !TextShape.endsWithOpenFunctionWord(title), titles.isTitleCandidate(header)
        else { return false }
        let texts = block.lines.map { $0.text.trimmingWhitespace() }
        if texts.count == 2 {
            // The other columns' headers follow, one short cell a block.
            let cells = rest.prefix { isCellBlock($0) }
            return cells.count >= minimumCellBlocks
        }
        // The column goes on in this block, and the next column is as long.
        return texts.dropFirst(2).allSatisfy(isCell) && next.lines.count == texts.count - 1
            && next.lines.allSatisfy { isCell($0.text.trimmingWhitespace()) }
    }

    static func isCell(_ text: String) -> Bool {
        !text.isEmpty && !TextShape.endsSentence(text) && TextShape.wordCount(text) <= maximumCellWords
    }

    static func isCellBlock(_ block: Block) -> Bool {
        block.kind == .paragraph && block.lines.count == 1 && isCell(block.lines[0].text.trimmingWhitespace())
    }
}
