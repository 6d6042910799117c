/// Groups a page's lines, in the order given, into blocks: a line joins the block above it when
/// it sits in the same column, in a similar size and the same weight, close below; a change of
/// size or weight (a heading), a wide gap, rotated or picture text starts a new block.
enum BlockBuilder {
    /// Lines of one paragraph are at most 0.8 line heights apart (leading); more is a paragraph break.
    static let maxGapInLineHeights = 0.8
    /// A line may overlap the one above by up to half a line height (tight leading, descenders).
    static let maxOverlapInLineHeights = 0.5
    /// Sizes within 10% are the same size (rounding of scaled fonts).
    static let sizeTolerance = 0.1

    static func blocks(_ lines: [Line], page: Int) -> [Block] {
        var blocks: [Block] = []
        var current: [Line] = []
        for line in lines {
            if let last = current.last, !joins(last, line) {
                blocks.append(Block(lines: current, page: page))
                current = []
            }
            current.append(line)
        }
        if !current.isEmpty { blocks.append(Block(lines: current, page: page)) }
        return blocks
    }

    /// Whether `next` continues the block that ends with `previous`.
    static func joins(_ previous: Line, _ next: Line) -> Bool {
        guard let above = previous.box, let below = next.box, let font = previous.font, let nextFont = next.font,
            !previous.isRotated, !next.isRotated, previous.isInPicture == next.isInPicture
        else { return false }
        guard abs(font.size - nextFont.size) <= sizeTolerance * max(font.size, nextFont.size),
            font.isBold == nextFont.isBold
        else { return false }
        let sameColumn = below.minX < above.maxX && below.maxX > above.minX
        let height = max(above.height, 1)
        let gap = below.minY - above.maxY
        return sameColumn && gap <= maxGapInLineHeights * height && gap >= -maxOverlapInLineHeights * height
    }
}
