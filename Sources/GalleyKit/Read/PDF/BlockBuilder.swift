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

    /// A paragraph set with a little space after it (as word processors do, well under a line)
    /// shows as a step from one line to the next a quarter of a line height wider than the
    /// block's tightest step so far.
    static let paragraphSpaceInLineHeights = 0.25

    static func blocks(_ lines: [Line], page: Int) -> [Block] {
        var blocks: [Block] = []
        var current: [Line] = []
        var tightestStep: Double?
        for line in lines {
            if let last = current.last {
                let step = Self.step(last, line)
                if !joins(last, line) || isParagraphSpace(step, tightest: tightestStep, height: last.box?.height) {
                    blocks.append(Block(lines: current, page: page))
                    current = []
                    tightestStep = nil
                } else if let step {
                    tightestStep = min(tightestStep ?? step, step)
                }
            }
            current.append(line)
        }
        if !current.isEmpty { blocks.append(Block(lines: current, page: page)) }
        return blocks
    }

    /// How far `next`'s top lies below `previous`'s top (the line pitch), when both have boxes.
    static func step(_ previous: Line, _ next: Line) -> Double? {
        guard let above = previous.box, let below = next.box else { return nil }
        return below.minY - above.minY
    }

    /// Whether a step is wider than the block's tightest step by a paragraph's space.
    static func isParagraphSpace(_ step: Double?, tightest: Double?, height: Double?) -> Bool {
        guard let step, let tightest, let height, height > 0 else { return false }
        return step - tightest >= paragraphSpaceInLineHeights * height
    }

    /// A paragraph's lines share a left edge, give or take a first-line indent of up to 3 line
    /// heights; a line starting further left than that belongs to other text (a table cell's value
    /// above the prose under the table)…
    static let maximumOutdentInLineHeights = 3.0
    /// …unless the lines are centred (the right edge moves out by at least half as much as the
    /// left) or set flush right (right edges within a line height).
    static let centredShare = 0.5

    /// Whether `below` starts so far left of `above` that it cannot be the same paragraph.
    static func isOutdented(_ below: Rect, from above: Rect) -> Bool {
        let height = max(above.height, 1)
        let leftShift = above.minX - below.minX
        let rightShift = below.maxX - above.maxX
        return leftShift > maximumOutdentInLineHeights * height && abs(rightShift) > height
            && rightShift < centredShare * leftShift
    }

    /// Whether `next` continues the block that ends with `previous`.
    static func joins(_ previous: Line, _ next: Line) -> Bool {
        guard let above = previous.box, let below = next.box, let font = previous.font, let nextFont = next.font,
            !previous.isRotated, !next.isRotated, previous.isInPicture == next.isInPicture
        else { return false }
        guard abs(font.size - nextFont.size) <= sizeTolerance * max(font.size, nextFont.size),
            font.isBold == nextFont.isBold
        else { return false }
        guard !isOutdented(below, from: above) else { return false }
        let sameColumn = below.minX < above.maxX && below.maxX > above.minX
        let height = max(above.height, 1)
        let gap = below.minY - above.maxY
        return sameColumn && gap <= maxGapInLineHeights * height && gap >= -maxOverlapInLineHeights * height
    }
}
