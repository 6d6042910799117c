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
    /// A line in the other slant and more than 5% another size is another block.
    static let slantedSizeTolerance = 0.05

    /// A paragraph set with a little space after it (as word processors do, well under a line)
    /// shows as a step from one line to the next a quarter of a line height wider than the
    /// block's tightest step so far.
    static let paragraphSpaceInLineHeights = 0.25

    static func blocks(_ lines: [Line], page: Int) -> [Block] {
        let lines = rejoiningStretchedHeadingLines(rejoiningJustifiedFragments(lines))
        var blocks: [Block] = []
        var current: [Line] = []
        var tightestStep: Double?
        for line in lines {
            if let last = current.last, !blocks.isEmpty, continuesInterleavedBlock(blocks[blocks.count - 1], line, besides: last),
                !startsParagraph(after: blocks[blocks.count - 1], line)
            {
                // Two flows side by side whose lines come interleaved (a panel beside the text
                // it shortens, margin notes beside a letter): the line goes on with the block
                // before, the current one stays open; after a paragraph's space it starts a
                // paragraph of its own, as it would in a flow of its own.
                blocks[blocks.count - 1] = Block(lines: blocks[blocks.count - 1].lines + [line], page: page)
                continue
            }
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

    /// Whether `line` stands a paragraph's space under the last line of `block`, measured against
    /// the block's tightest step (`isParagraphSpace`).
    static func startsParagraph(after block: Block, _ line: Line) -> Bool {
        guard let last = block.lines.last else { return false }
        let tightest = zip(block.lines, block.lines.dropFirst()).compactMap { step($0, $1) }.min()
        return isParagraphSpace(step(last, line), tightest: tightest, height: last.box?.height)
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
        startsFarLeft(below, of: above, lineHeight: max(above.height, 1))
    }

    /// Whether `line` starts more than `maximumOutdentInLineHeights` line heights left of `other`,
    /// neither centred on it nor set flush right with it.
    private static func startsFarLeft(_ line: Rect, of other: Rect, lineHeight height: Double) -> Bool {
        let leftShift = other.minX - line.minX
        let rightShift = line.maxX - other.maxX
        return leftShift > maximumOutdentInLineHeights * height && abs(rightShift) > height
            && rightShift < centredShare * leftShift
    }

    /// Whether `below` starts so far right of `above` (more than `maximumOutdentInLineHeights`
    /// line heights) that it cannot be the same paragraph: the first line of the next column's text
    /// under a full-width paragraph's short last line. Centred lines (the right edge moves in by at
    /// least half as much) and lines set flush right (right edges within a line height) may.
    static func isIndentedFar(_ below: Rect, from above: Rect) -> Bool {
        startsFarLeft(above, of: below, lineHeight: max(above.height, 1))
    }

    /// Whether `next` continues the block that ends with `previous`.
    /// Style is compared where `previous` ends: a line opening with a bold lead-in that runs on in
    /// plain type ("**The work** was paid for by a") continues in plain type.
    static func joins(_ previous: Line, _ next: Line) -> Bool {
        guard let above = previous.box, let below = next.box, let font = previous.endFont, let nextFont = next.font,
            !previous.isRotated, !next.isRotated, previous.isInPicture == next.isInPicture
        else { return false }
        guard abs(font.size - nextFont.size) <= sizeTolerance * max(font.size, nextFont.size),
            font.isBold == nextFont.isBold
        else { return false }
        // Italic in a smaller size under roman (or the reverse) is a note set apart: "(continued
        // from page 1)" under a heading, over the article's first line.
        if font.isItalic != nextFont.isItalic,
            abs(font.size - nextFont.size) > slantedSizeTolerance * max(font.size, nextFont.size)
        {
            return false
        }
        guard !isOutdented(below, from: above), !isIndentedFar(below, from: above) else { return false }
        let sameColumn = below.minX < above.maxX && below.maxX > above.minX
        let height = max(above.height, 1)
        let gap = below.minY - above.maxY
        return sameColumn && gap <= maxGapInLineHeights * height && gap >= -maxOverlapInLineHeights * height
    }

    /// Whether `line`, which does not continue the current block (ending in `last`), continues
    /// the block before it instead: the two stand side by side in different type (size or family),
    /// so their lines may come interleaved, one flow's line after the other's.
    static func continuesInterleavedBlock(_ previous: Block, _ line: Line, besides last: Line) -> Bool {
        guard let before = previous.lines.last, let box = line.box, let lastBox = last.box,
            let font = line.font, let lastFont = last.font, !joins(last, line), joins(before, line)
        else { return false }
        // Another face, not just another weight: a label column beside its values ("Tel:" |
        // "0113 496 0000") is one grid, read row by row.
        let otherType =
            BodyStyle.family(of: font.name) != BodyStyle.family(of: lastFont.name)
            || abs(font.size - lastFont.size) > sizeTolerance * font.size
        let sideBySide = box.maxX <= lastBox.minX || box.minX >= lastBox.maxX
        return otherType && sideBySide
    }

    // MARK: - Justified lines cut at their wide spaces

    /// Pieces of one line lie on one baseline when their tops and bottoms differ by at most a
    /// quarter of a line height.
    static let sameBaselineInLineHeights = 0.25
    /// The line above the pieces is at most 1.6 line heights higher (one line pitch).
    static let linePitchInLineHeights = 1.6
    /// The line above spans the pieces when it reaches within one line height of both ends.
    static let spanToleranceInLineHeights = 1.0
    /// A piece that starts where one of the last 6 lines started is a table's next column.
    static let tableLookBackLines = 6

    /// Joins again the pieces of a justified line that were cut at its stretched word spaces
    /// ("we have to pay to have" + "them", or a short line of seven words spread over a whole
    /// column): pieces in the same type on one baseline, one after the other left to right, that
    /// the line just above (or, for a paragraph's first line, the line just below), in the same
    /// type, spans from the first's left edge to the last's right edge. Lines of two columns never
    /// are: no line of one column spans the other.
    static func rejoiningJustifiedFragments(_ lines: [Line]) -> [Line] {
        guard lines.count > 2 else { return lines }
        var result: [Line] = []
        result.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            if result.count >= 1, let piece = result.last, let box = piece.box, let next = line.box, isPiece(line, after: piece) {
                let height = max(box.height, 1)
                // The line above, or (for a paragraph's first line, under a heading) the line
                // below, in the same type one pitch away, spans the pieces.
                func spans(_ other: Line, _ pitch: Double) -> Bool {
                    guard let span = other.box else { return false }
                    return span.minX <= box.minX + spanToleranceInLineHeights * height
                        && span.maxX >= next.maxX - spanToleranceInLineHeights * height
                        && pitch > 0 && pitch <= linePitchInLineHeights * height && sameType(other, line)
                }
                let above = result.count >= 2 ? result[result.count - 2] : nil
                let below = index + 1 < lines.count ? lines[index + 1] : nil
                let spannedAbove = above.flatMap { other in other.box.map { spans(other, box.minY - $0.minY) } } ?? false
                // The line below counts only for a line that opens its text: nothing in its type
                // right above it (a heading, or the top of the column). A row of label and value
                // under another such row is no justified line.
                let opensText = above.flatMap { other in
                    other.box.map {
                        let pitch = box.minY - $0.minY
                        return !sameType(other, line) || pitch <= 0 || pitch > linePitchInLineHeights * height
                    }
                } ?? true
                // …and the second piece does not start where a line above starts (a table's value column).
                let startsAColumn = result.dropLast().suffix(tableLookBackLines).contains { other in
                    guard let start = other.box else { return false }
                    return abs(start.minX - next.minX) <= 0.5 * height && start.minY < box.minY
                }
                let spannedBelow = opensText && !startsAColumn
                    && (below.flatMap { other in other.box.map { spans(other, $0.minY - box.minY) } } ?? false)
                if spannedAbove || spannedBelow {
                    var joined = piece
                    joined.text = piece.text.trimmingWhitespace() + " " + line.text.trimmingWhitespace()
                    joined.box = box.union(next)
                    result[result.count - 1] = joined
                    continue
                }
            }
            result.append(line)
        }
        return result
    }

    /// Whether `line` is the next piece of `piece` on its baseline: same size and weight, not
    /// rotated, to its right.
    static func isPiece(_ line: Line, after piece: Line) -> Bool {
        guard let a = piece.box, let b = line.box, !piece.isRotated, !line.isRotated,
            piece.isInPicture == line.isInPicture, sameType(piece, line)
        else { return false }
        let height = max(a.height, 1)
        return b.minX >= a.maxX && abs(a.minY - b.minY) <= sameBaselineInLineHeights * height
            && abs(a.maxY - b.maxY) <= sameBaselineInLineHeights * height
    }

    /// Same size (within `sizeTolerance`) and weight.
    static func sameType(_ a: Line, _ b: Line) -> Bool {
        guard let x = a.font, let y = b.font else { return false }
        return x.isBold == y.isBold && abs(x.size - y.size) <= sizeTolerance * max(x.size, y.size)
    }

    // MARK: - Two-word heading lines stretched to the column's width

    /// The piece after the gap lies on the heading line's baseline at least one line height to its right.
    static let stretchedGapInLineHeights = 1.0
    /// The text under the heading starts within 3 line heights below its second line.
    static let stretchedSpanWindowInLineHeights = 3.0

    /// Joins again the first line of a justified heading that poppler cut at its one stretched
    /// space ("Parking" … "Scheme" over "Consultation"): a line of two words has no other space
    /// to compare with, so the right word ends up a line of its own, read elsewhere. The right
    /// piece is in the same type on the same baseline; the heading goes on under its left piece
    /// (a second line in the same type, flush with it, one pitch down, with nothing beside it under
    /// the right piece, as a table's next row would have); and the text under the
    /// heading spans from the left piece's left edge to the right piece's right edge, so the gap
    /// lies inside one column: two headings side by side in two columns have no such line under them.
    /// The left piece is a single word: a column's line of several words beside the next column's
    /// line, over a banner heading that spans both, is no heading.
    static func rejoiningStretchedHeadingLines(_ lines: [Line]) -> [Line] {
        guard lines.count > 3 else { return lines }
        // Lines with boxes by their tops, for the windows below.
        let byTop = lines.indices.filter { lines[$0].box != nil && !lines[$0].isRotated }.sorted {
            lines[$0].box!.minY < lines[$1].box!.minY
        }
        let tops = byTop.map { lines[$0].box!.minY }
        func window(_ low: Double, _ high: Double) -> ArraySlice<Int> {
            var first = 0, end = tops.count
            while first < end {
                let middle = (first + end) / 2
                if tops[middle] < low { first = middle + 1 } else { end = middle }
            }
            var last = first
            while last < tops.count, tops[last] <= high { last += 1 }
            return byTop[first..<last]
        }
        var rightOf: [Int: Int] = [:]
        var taken = Set<Int>()
        for index in lines.indices.dropLast() {
            let left = lines[index], second = lines[index + 1]
            // The left piece is one word: a piece with word spaces of its own is a line of a column
            // (its gap was weighed against those spaces when poppler cut it), beside the next column.
            guard let l = left.box, let s = second.box, !left.isRotated, sameType(left, second), !taken.contains(index),
                !left.text.trimmingWhitespace().unicodeScalars.contains(where: \.isWhitespaceFast)
            else { continue }
            let height = max(l.height, 1)
            let tolerance = spanToleranceInLineHeights * height
            guard abs(s.minX - l.minX) <= tolerance, s.minY > l.minY, s.minY - l.minY <= linePitchInLineHeights * height
            else { continue }
            // The nearest piece to the right on the left piece's baseline, in the same type.
            var right: Int?
            for other in window(l.minY - sameBaselineInLineHeights * height, l.minY + sameBaselineInLineHeights * height)
            where other != index && !taken.contains(other) && isPiece(lines[other], after: left) {
                guard let r = lines[other].box, r.minX - l.maxX >= stretchedGapInLineHeights * height else { continue }
                if let best = right, lines[best].box!.minX <= r.minX { continue }
                right = other
            }
            guard let rightIndex = right, let r = lines[rightIndex].box else { continue }
            // The heading's second line has nothing beside it under the right piece: a table's
            // first column, whose next cell sits there too, is no heading.
            let sHeight = max(s.height, 1)
            let besideSecond = window(s.minY - sameBaselineInLineHeights * sHeight, s.minY + sameBaselineInLineHeights * sHeight)
                .contains { other in
                    other != index + 1 && lines[other].box!.minX >= s.maxX && lines[other].box!.minX < r.maxX
                }
            guard !besideSecond else { continue }
            let spans = window(s.maxY, s.maxY + stretchedSpanWindowInLineHeights * height).contains { other in
                let box = lines[other].box!
                return box.minY > s.maxY && box.minX <= l.minX + tolerance && box.maxX >= r.maxX - tolerance
            }
            guard spans else { continue }
            rightOf[index] = rightIndex
            taken.formUnion([index, rightIndex])
        }
        guard !rightOf.isEmpty else { return lines }
        let pieces = Set(rightOf.values)
        var result: [Line] = []
        result.reserveCapacity(lines.count - pieces.count)
        for index in lines.indices where !pieces.contains(index) {
            guard let rightIndex = rightOf[index], let l = lines[index].box, let r = lines[rightIndex].box else {
                result.append(lines[index])
                continue
            }
            var joined = lines[index]
            joined.text = lines[index].text.trimmingWhitespace() + " " + lines[rightIndex].text.trimmingWhitespace()
            joined.box = l.union(r)
            result.append(joined)
        }
        return result
    }
}
