/// Joins the pieces of one PDF heading that the reader cut apart: a heading wrapped into two
/// blocks, and one whose words a justified or spaced-out line spread into pieces side by side.
enum HeadingPieces {
    /// Pieces of one heading cut apart on a line are at most this many times its type size apart
    /// (a justified word gap); cells of a header row or titles of boxes side by side are farther.
    static let maximumPieceGapInSizes = 1.5

    /// `blocks` with each heading that continues the heading before it (same level; a piece
    /// beside it, or its next line) joined onto that one.
    static func joined(_ blocks: [Block]) -> [Block] {
        var merged: [Block] = []
        for block in blocks {
            guard block.kind == .heading, let last = merged.last, last.kind == .heading,
                last.headingLevel == block.headingLevel
            else {
                merged.append(block)
                continue
            }
            if isPieceBeside(block, of: last) {
                merged[merged.count - 1] = joinedBeside(last, block)
            } else if last.lines.count + block.lines.count <= DetectHeadings.maximumHeadingLines,
                !isInAnotherSize(block, of: last),
                TextShape.endsWithFunctionWord(last.text) || TextShape.startsLowercase(block.text)
                    || isWrappedBelow(block, of: last)
            {
                var joined = Block(
                    lines: last.lines + block.lines, kind: .heading, headingLevel: last.headingLevel, page: last.page)
                joined.boxNumber = last.boxNumber
                merged[merged.count - 1] = joined
            } else {
                merged.append(block)
            }
        }
        return merged
    }

    /// Whether `block` is a piece of the heading `last` printed beside it on its baseline, in the
    /// same font: a justified or spaced-out heading the reader cut at its wide gaps.
    static func isPieceBeside(_ block: Block, of last: Block) -> Bool {
        guard let piece = block.lines.first, block.lines.count == 1, let end = last.lines.last,
            let pieceBox = piece.box, let endBox = end.box, let font = piece.font, let endFont = end.font,
            font.name == endFont.name, abs(font.size - endFont.size) <= 0.5, font.isBold == endFont.isBold
        else { return false }
        let gap = pieceBox.minX - endBox.maxX
        let baseline = DetectHeadings.sameBaselineShare * font.size
        return gap >= -baseline && gap <= maximumPieceGapInSizes * font.size
            && abs(pieceBox.maxY - endBox.maxY) <= baseline
    }

    /// Whether `block` opens in another type size than `last` ends in (by more than half a point):
    /// a heading wraps in its own size, so this is another heading, however `last`'s words end
    /// ("What Parents Told Us" with a floated callout's smaller title beside it, or a smaller
    /// subheading under it).
    static func isInAnotherSize(_ block: Block, of last: Block) -> Bool {
        guard let font = block.lines.first?.font, let endFont = last.lines.last?.font else { return false }
        return abs(font.size - endFont.size) > 0.5
    }

    /// `last` with `piece` joined onto its last line (one line of text, boxes united).
    static func joinedBeside(_ last: Block, _ piece: Block) -> Block {
        var lines = last.lines
        let line = lines.removeLast()
        let pieceLine = piece.lines[0]
        let box = line.box.flatMap { box in pieceLine.box.map { box.union($0) } } ?? line.box
        lines.append(
            Line(
                line.text.trimmingWhitespace() + " " + pieceLine.text.trimmingWhitespace(), box: box, font: line.font,
                isRotated: line.isRotated, isInPicture: line.isInPicture))
        var joined = Block(lines: lines, kind: .heading, headingLevel: last.headingLevel, page: last.page)
        // A numbered box's heading keeps its number when a piece of it is joined on.
        joined.boxNumber = last.boxNumber
        return joined
    }

    /// Whether `block`, a heading right under the heading `last`, is its next line: the same font,
    /// lined up on the left or the centre, with less than `DetectHeadings.sameBaselineShare` of the size between.
    static func isWrappedBelow(_ block: Block, of last: Block) -> Bool {
        guard let top = block.lines.first, let end = last.lines.last, let topBox = top.box, let endBox = end.box,
            let font = top.font, let endFont = end.font, font.name == endFont.name, abs(font.size - endFont.size) <= 0.5,
            font.isBold == endFont.isBold
        else { return false }
        let gap = topBox.minY - endBox.maxY
        let tolerance = DetectHeadings.sameBaselineShare * font.size
        let aligned = abs(topBox.minX - endBox.minX) <= tolerance || abs(topBox.midX - endBox.midX) <= tolerance
        return gap >= -tolerance && gap <= tolerance && aligned
    }
}
