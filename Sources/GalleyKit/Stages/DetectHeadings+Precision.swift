/// Typographic rules that keep emphasised text that is not a heading out of the headings: runs
/// of short lines in one style (a bold list of names), field labels with their value beside them,
/// and a bold style used on too many lines of the document to mark headings.
extension DetectHeadings {
    /// PDF: a run of at least this many short lines in one emphasised style is a list (names,
    /// roles, one a line), not a stack of headings.
    static let minimumStyledListLines = 3
    /// …its lines evenly spaced: the largest step between them at most this multiple of the smallest.
    static let styledListPitchSpread = 1.3
    /// …lined up on the left within this share of their type size…
    static let styledListAlignmentShare = 0.5
    /// …and each clearly narrower than the prose beside it: at most this share of the widest
    /// body-style line on the page that overlaps it across.
    static let styledListWidthShare = 0.75
    /// PDF: a bold style at body size set on more than this share of a document's lines marks
    /// emphasis (event lines, names), not headings. Side-headings in bold body type with their
    /// wraps and a bold table header reach 14% of a short newsletter's lines, so not less.
    static let maximumHeadingStyleShare = 0.2
    /// …judged only when the document has at least this many lines: in a short one every style is rare.
    static let minimumLinesForStyleShare = 60
    /// A heading's box and the one beside it share a baseline within this share of its type size.
    static let sameBaselineShare = 0.5
    /// Pieces of one heading cut apart on a line are at most this many times its type size apart
    /// (a justified word gap); cells of a header row or titles of boxes side by side are farther.
    static let maximumPieceGapInSizes = 1.5

    /// The style of a line as the heading rules compare it: size to half a point, weight.
    struct Style: Hashable {
        var size: Double
        var isBold: Bool

        init(_ font: FontInfo) {
            size = (font.size * 2).rounded() / 2
            isBold = font.isBold
        }
    }

    /// The bold styles at body size (level 3 by `TypeScale.headingLevel`) that are on more than
    /// `maximumHeadingStyleShare` of the document's lines: not heading styles.
    static func emphasisStyles(_ document: Document) -> Set<Style> {
        var counts: [Style: Int] = [:]
        var total = 0
        var bodies: [Double] = []
        for page in document.pages where page.duplicateOf == nil {
            guard let body = TypeScale.bodyFontSize(page.blocks) else { continue }
            bodies.append(body)
            for block in page.blocks {
                for line in block.lines {
                    guard let font = line.font else { continue }
                    total += 1
                    if font.isBold, font.size / body < TypeScale.headingSizeRatio { counts[Style(font), default: 0] += 1 }
                }
            }
        }
        guard total >= minimumLinesForStyleShare else { return [] }
        return Set(counts.filter { Double($0.value) > maximumHeadingStyleShare * Double(total) }.keys)
    }

    /// Whether `line` may be a line of a styled list: emphasised at about body size (level 3),
    /// short, opening with a capital or a digit, closing no sentence and leaving nothing open.
    static func isStyledListLine(_ line: Line, body: Double) -> Bool {
        guard let font = line.font, TypeScale.headingLevel(font, body: body) == 3, line.box != nil else { return false }
        let text = line.text.trimmingWhitespace()
        guard let first = text.first, first.isUppercase || first.isNumber, let last = text.last,
            !TextShape.terminalPunctuation.contains(last) || last == ",",
            TextShape.wordCount(text) <= TextShape.maximumWordsPerLine,
            !TextShape.endsWithFunctionWord(text), !TextShape.endsWithDash(text), last != "-"
        else { return false }
        return true
    }

    /// `blocks` with each run of `minimumStyledListLines` or more list lines (`isStyledListLine`)
    /// in one font, evenly spaced, left-aligned and narrower than the body text, made one list
    /// block (one item a line). Lines before or after a run in its blocks stay as they were.
    static func styledLists(_ blocks: [Block], body: Double) -> [Block] {
        // Every line of the page in order; only a paragraph's lines may join a run.
        var flat: [(block: Int, line: Int)] = []
        for (blockIndex, block) in blocks.enumerated() {
            for lineIndex in block.lines.indices { flat.append((blockIndex, lineIndex)) }
        }
        func line(_ position: (block: Int, line: Int)) -> Line { blocks[position.block].lines[position.line] }
        func candidate(_ index: Int) -> Bool {
            blocks[flat[index].block].kind == .paragraph && isStyledListLine(line(flat[index]), body: body)
        }
        var runOf = [Int?](repeating: nil, count: flat.count)
        var runs: [Range<Int>] = []
        var start = 0
        while start < flat.count {
            guard candidate(start), let font = line(flat[start]).font else {
                start += 1
                continue
            }
            var end = start + 1
            while end < flat.count, candidate(end), let next = line(flat[end]).font, next.name == font.name,
                abs(next.size - font.size) <= 0.5, next.isBold == font.isBold, next.isItalic == font.isItalic
            {
                end += 1
            }
            if isStyledList(Array(flat[start..<end]).map(line), blocks: blocks, body: body) {
                for index in start..<end { runOf[index] = runs.count }
                runs.append(start..<end)
            }
            start = end
        }
        guard !runs.isEmpty else { return blocks }
        var result: [Block] = []
        var index = 0
        while index < flat.count {
            let position = flat[index]
            let block = blocks[position.block]
            if let run = runOf[index] {
                let lines = runs[run].map { line(flat[$0]) }
                result.append(
                    Block(lines: lines, kind: .list, items: lines.map { $0.text.trimmingWhitespace() }, page: block.page))
                index = runs[run].upperBound
                continue
            }
            // The lines of this block up to its end or the next run.
            var end = index
            while end < flat.count, flat[end].block == position.block, runOf[end] == nil { end += 1 }
            let lines = flat[index..<end].map(line)
            let whole = position.line == 0 && lines.count == block.lines.count
            result.append(
                whole ? block : Block(lines: lines, kind: block.kind, headingLevel: block.headingLevel, page: block.page))
            index = end
        }
        // Blocks without lines were skipped by the walk: keep them where they stood.
        if blocks.contains(where: \.lines.isEmpty) { return blocks }
        return result
    }

    /// Whether `lines`, consecutive lines in one font, read as a list: enough of them, evenly
    /// spaced, left-aligned, and each narrower than the page's body lines that overlap it.
    static func isStyledList(_ lines: [Line], blocks: [Block], body: Double) -> Bool {
        guard lines.count >= minimumStyledListLines else { return false }
        let boxes = lines.compactMap(\.box)
        guard boxes.count == lines.count, let size = lines.first?.font?.size else { return false }
        let steps = zip(boxes, boxes.dropFirst()).map { $1.minY - $0.minY }
        guard let smallest = steps.min(), let largest = steps.max(), smallest > 0,
            largest <= styledListPitchSpread * smallest
        else { return false }
        let lefts = boxes.map(\.minX)
        guard let left = lefts.min(), let right = lefts.max(), right - left <= styledListAlignmentShare * size else {
            return false
        }
        let runLeft = left, runRight = boxes.map(\.maxX).max() ?? left
        let bodyWidths = blocks.flatMap(\.lines).compactMap { line -> Double? in
            guard let font = line.font, !font.isBold, abs(font.size - body) <= 0.5, let box = line.box,
                box.minX < runRight, box.maxX > runLeft
            else { return nil }
            return box.width
        }
        guard let widest = bodyWidths.max() else { return false }
        return boxes.allSatisfy { $0.width <= styledListWidthShare * widest }
    }

    /// Whether the heading candidate `line`, ending in a colon, is a field label: another block's
    /// line sits beside it on its baseline ("Office hours:" | "Monday to Friday, 9–5").
    static func isLabelBesideValue(_ line: Line, in blocks: [Block]) -> Bool {
        guard line.text.trimmingWhitespace().hasSuffix(":"), let box = line.box, let size = line.font?.size else {
            return false
        }
        return blocks.contains { block in
            block.lines.contains { other in
                guard let otherBox = other.box, otherBox != box else { return false }
                return otherBox.minX >= box.maxX && abs(otherBox.maxY - box.maxY) <= sameBaselineShare * size
            }
        }
    }
}

extension DetectHeadings {
    /// The body size a block's bold first line is measured against: the page's, or the size of
    /// the plain text under it in the block (or in the next block) when that is smaller, as in a
    /// panel set in smaller type under its bold title.
    ///
    /// The plain text must read as prose and the title stand alone on its baseline: a bold row of
    /// table headers over its cells ("Date | Low water | Meeting point") is no title. Nor is one
    /// of several labels in its style down a column ("Email", "Website", "Out of hours").
    static func localBody(_ block: Block, next: Block?, body: Double, page blocks: [Block]) -> Double {
        guard let title = block.lines.first, let first = title.font, first.isBold, first.size < body * (1 - 0.05)
        else { return body }
        let under = block.lines.dropFirst().first { $0.font?.isBold == false } ?? next?.lines.first
        guard let under, let font = under.font, !font.isBold, abs(font.size - first.size) <= 0.5,
            TextShape.isProse(under.text.trimmingWhitespace()), !hasLineBeside(title, in: blocks),
            sameStyleLinesInColumn(title, in: blocks) < minimumStyledListLines
        else { return body }
        return font.size
    }

    /// How many lines of the page (`line` included) are in its weight and size and overlap it across.
    static func sameStyleLinesInColumn(_ line: Line, in blocks: [Block]) -> Int {
        guard let box = line.box, let font = line.font else { return 1 }
        return blocks.lazy.flatMap(\.lines).filter { other in
            guard let otherBox = other.box, let otherFont = other.font else { return false }
            return otherFont.isBold == font.isBold && abs(otherFont.size - font.size) <= 0.5 && otherBox.minX < box.maxX
                && otherBox.maxX > box.minX
        }.count
    }

    /// Whether another line of the page in `line`'s style sits on its baseline to its left or
    /// right, as the cells of a header row do (the next column's text, in another style, does not count).
    static func hasLineBeside(_ line: Line, in blocks: [Block]) -> Bool {
        guard let box = line.box, let font = line.font else { return false }
        let size = font.size
        return blocks.contains { block in
            block.lines.contains { other in
                guard let otherBox = other.box, otherBox != box, let otherFont = other.font,
                    otherFont.isBold == font.isBold, abs(otherFont.size - size) <= 0.5
                else { return false }
                let apart = otherBox.minX >= box.maxX || otherBox.maxX <= box.minX
                return apart && abs(otherBox.maxY - box.maxY) <= sameBaselineShare * size
            }
        }
    }

    /// Whether `block` is a piece of the heading `last` printed beside it on its baseline, in the
    /// same font: a justified or spaced-out heading the reader cut at its wide gaps.
    static func isPieceBeside(_ block: Block, of last: Block) -> Bool {
        guard let piece = block.lines.first, block.lines.count == 1, let end = last.lines.last,
            let pieceBox = piece.box, let endBox = end.box, let font = piece.font, let endFont = end.font,
            font.name == endFont.name, abs(font.size - endFont.size) <= 0.5, font.isBold == endFont.isBold
        else { return false }
        let gap = pieceBox.minX - endBox.maxX
        return gap >= -sameBaselineShare * font.size && gap <= maximumPieceGapInSizes * font.size
            && abs(pieceBox.maxY - endBox.maxY) <= sameBaselineShare * font.size
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
        return Block(lines: lines, kind: .heading, headingLevel: last.headingLevel, page: last.page)
    }

    /// Whether `block`, a heading right under the heading `last`, is its next line: the same font,
    /// lined up on the left or the centre, with less than `sameBaselineShare` of the size between.
    static func isWrappedBelow(_ block: Block, of last: Block) -> Bool {
        guard let top = block.lines.first, let end = last.lines.last, let topBox = top.box, let endBox = end.box,
            let font = top.font, let endFont = end.font, font.name == endFont.name, abs(font.size - endFont.size) <= 0.5,
            font.isBold == endFont.isBold
        else { return false }
        let gap = topBox.minY - endBox.maxY
        let tolerance = sameBaselineShare * font.size
        let aligned = abs(topBox.minX - endBox.minX) <= tolerance || abs(topBox.midX - endBox.midX) <= tolerance
        return gap >= -tolerance && gap <= tolerance && aligned
    }
}

extension DetectHeadings {
    /// PDF: body text starts within this many body line pitches under a heading's last line.
    static let maximumGapToBodyInPitches = 1.5
    /// A bold body-size heading has more space above it than below, by at least this share of the
    /// body pitch; a larger heading (some producers space it evenly) no less, within the same share.
    static let spacingToleranceInPitches = 0.15
    /// A size within 5% of the body's is the body's size (rounding of scaled fonts): only bold in
    /// the body's own size must show more room above than below; a heading set any larger has
    /// its size to tell it apart.
    static let sameSizeShare = 0.05
    /// A side-heading's text starts beside it, its top within this share of the body pitch.
    static let sideHeadingAlignmentInPitches = 0.5

    /// The page's body line pitch: the median step between consecutive body-size lines of a block.
    static func bodyPitch(_ blocks: [Block], body: Double) -> Double? {
        var steps: [Double] = []
        for block in blocks {
            for (upper, lower) in zip(block.lines, block.lines.dropFirst()) {
                guard let upperFont = upper.font, let lowerFont = lower.font, abs(upperFont.size - body) <= 0.5,
                    abs(lowerFont.size - body) <= 0.5, let a = upper.box, let b = lower.box
                else { continue }
                let step = b.minY - a.minY
                if step > 0, step < 3 * body { steps.append(step) }
            }
        }
        guard !steps.isEmpty else { return nil }
        return steps.sorted()[steps.count / 2]
    }

    /// Whether the lines of a candidate heading (`heading`, at the head of `block`) are spaced as
    /// one: text in another style follows under it within `maximumGapToBodyInPitches`, with more
    /// space above it than under it (`spacingToleranceInPitches`); or its text starts beside it (a
    /// side-heading). True when the page gives no geometry to judge by. Only blocks printed on
    /// `printedPage` count: a continuation brought from a later page keeps that page's boxes.
    static func hasHeadingSpacing(
        _ heading: [Line], in blocks: [Block], printedPage: Int, pitch: Double?, body: Double
    ) -> Bool {
        guard let pitch, let font = heading.first?.font, let box = Rect.union(heading.compactMap(\.box)),
            heading.allSatisfy({ $0.box != nil })
        else { return true }
        let own = Set(heading.compactMap(\.box))
        var below: (gap: Double, line: Line)?
        var above: Double?
        let slack = 0.25 * font.size
        for line in blocks.lazy.filter({ $0.page == printedPage }).flatMap(\.lines) {
            guard let other = line.box, !own.contains(other) else { continue }
            let overlaps = other.minX < box.maxX && other.maxX > box.minX
            if !overlaps {
                // A side-heading: plain text beside it, starting level with it.
                if let otherFont = line.font, otherFont.isBold != font.isBold || abs(otherFont.size - font.size) > 0.5,
                    abs(other.minY - box.minY) <= sideHeadingAlignmentInPitches * pitch
                {
                    return true
                }
                continue
            }
            if other.minY >= box.maxY - slack {
                let gap = other.minY - box.maxY
                if below == nil || gap < below!.gap { below = (gap, line) }
            } else if other.maxY <= box.minY + slack {
                let gap = box.minY - other.maxY
                if above == nil || gap < above! { above = gap }
            }
        }
        guard let below, below.gap <= maximumGapToBodyInPitches * pitch, let next = below.line.font,
            next.isBold != font.isBold || abs(next.size - font.size) > 0.5
        else { return false }
        // Bold at body size must have more room above than below; a larger size only no less.
        let margin = spacingToleranceInPitches * pitch
        let isBodySize = abs(font.size / body - 1) <= sameSizeShare
        if let above, above < below.gap + (isBodySize ? margin : -margin) { return false }
        return true
    }
}

extension DetectHeadings {
    /// Whether most characters at the page's body size are bold: then bold at that size marks nothing.
    static func isBodyBold(_ blocks: [Block], body: Double) -> Bool {
        var bold = 0, plain = 0
        for line in blocks.lazy.flatMap(\.lines) {
            guard let font = line.font, abs(font.size - body) <= 0.5 else { continue }
            if font.isBold { bold += line.text.characterCount } else { plain += line.text.characterCount }
        }
        return bold > plain
    }

    /// Whether `font` is emphasis at about the size of a bold `body`: no heading.
    static func isPlainInBoldBody(_ font: FontInfo, body: Double, bodyIsBold: Bool) -> Bool {
        bodyIsBold && font.isBold && font.size / body < TypeScale.headingSizeRatio
    }
}
