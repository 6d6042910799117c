/// An article that fills the top of one column and runs on into the next, with another article
/// set under it in the first column (a dogleg, as magazine layouts set a lead story over a
/// second one): the column order reads the second article between the lead story's halves. The
/// sentence cut at the foot of the lead story's first part is the stronger evidence: its
/// continuation at the next column's head, and the text that goes on under it in that column,
/// read right after it.
extension OrderByGeometry {
    /// `blocks` (in column order) with each dogleg continuation moved up to the block it continues.
    ///
    /// The cut block ends mid-sentence (and is no short label); the blocks between it and its
    /// continuation all lie under it in its own column, none of them ending mid-sentence too, the first of them opening in other type (a kicker or a headline: a
    /// new article, not a caption or note that merely follows); the continuation opens the next
    /// column (right of it, its top no lower) in lower case, in the cut block's type
    /// (`continuesInNextColumn`). What moves with it
    /// is the run of blocks under it in its column up to the first that opens in a display type
    /// (`opensArticle`).
    static func doglegContinuations(_ blocks: [Block]) -> [Block] {
        var blocks = blocks
        var index = 0
        while index + 2 < blocks.count {
            defer { index += 1 }
            let cut = blocks[index]
            // The block's text (joined from its lines) is counted last, when the type already fits.
            guard cut.kind == .paragraph, let cutBox = cut.box, let cutEnd = cut.lines.last?.endFont,
                let under = blocks[index + 1].lines.first?.font, isOtherType(under, than: cutEnd),
                TextShape.wordCount(cut.text) >= RejoinInterleavedText.minimumFragmentWords
            else { continue }
            func isUnderCut(_ block: Block) -> Bool {
                guard let box = block.box else { return false }
                return box.minY >= cutBox.maxY - 0.5 * cutEnd.size && box.minX < cutBox.maxX && box.maxX > cutBox.minX
            }
            var next = index + 1
            while next < blocks.count, isUnderCut(blocks[next]) { next += 1 }
            // The continuation heads the next column: right of the cut block, its top no lower
            // than the cut block's (both may start at the columns' common top).
            guard next > index + 1, next < blocks.count, let head = blocks[next].box,
                let type = blocks[next].lines.first?.font, head.minX >= cutBox.maxX,
                head.minY <= cutBox.minY + 0.5 * cutEnd.size, continuesInNextColumn(cut, blocks[next], acrossFloat: true),
                // A nearer cut (the column's foot, ending mid-sentence too) is the one continued.
                !(index + 1..<next).contains(where: { continuesInNextColumn(blocks[$0], blocks[next], acrossFloat: true) })
            else { continue }
            var end = next + 1
            var bottom = head.maxY
            while end < blocks.count, let box = blocks[end].box, box.minY >= bottom - 0.5 * type.size,
                box.minX < head.maxX, box.maxX > head.minX, !opensArticle(blocks[end], body: type)
            {
                bottom = box.maxY
                end += 1
            }
            let run = Array(blocks[next..<end])
            blocks.removeSubrange(next..<end)
            blocks.insert(contentsOf: run, at: index + 1)
        }
        return blocks
    }

    /// Whether `font` is set in another size (beyond `fontSizeTolerance`) or weight than `other`.
    static func isOtherType(_ font: FontInfo, than other: FontInfo) -> Bool {
        font.isBold != other.isBold || abs(font.size - other.size) > fontSizeTolerance * max(font.size, other.size)
    }

    /// Whether `block` opens a new article against text set in `body`: its first line larger and
    /// upright (a headline; a pull quote is set large in italic), or bold throughout over plain
    /// text (a kicker or a bold heading; a bold lead-in runs on in plain type on its line).
    static func opensArticle(_ block: Block, body: FontInfo) -> Bool {
        guard let first = block.lines.first, let font = first.font else { return false }
        if font.size > (1 + fontSizeTolerance) * body.size { return !font.isItalic }
        return font.isBold && !body.isBold && first.trailingFont == nil
    }
}
