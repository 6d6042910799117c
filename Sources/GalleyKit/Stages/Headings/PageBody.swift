/// The body text of one PDF page, as the heading rules measure against it: its type size (the
/// most common by characters), its line pitch, whether it is set in bold, and the smaller body
/// of a panel under a bold title.
struct PageBody {
    /// The page's body size in points (`TypeScale.bodyFontSize`).
    var size: Double
    /// The page's body line pitch, when it has two body lines in a row to measure.
    var pitch: Double?
    /// Whether most characters at the body size are bold: then bold at that size marks nothing.
    var isBold: Bool

    /// The body of a page of `size` points whose blocks (styled lists already made) are `blocks`.
    init(size: Double, blocks: [Block]) {
        self.size = size
        pitch = Self.pitch(blocks, body: size)
        isBold = Self.isBold(blocks, body: size)
    }

    /// The page's body line pitch: the median step between consecutive body-size lines of a block.
    static func pitch(_ blocks: [Block], body: Double) -> Double? {
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

    /// Whether most characters at the page's body size are bold.
    static func isBold(_ blocks: [Block], body: Double) -> Bool {
        var bold = 0, plain = 0
        for line in blocks.lazy.flatMap(\.lines) {
            guard let font = line.font, abs(font.size - body) <= 0.5 else { continue }
            if font.isBold { bold += line.text.characterCount } else { plain += line.text.characterCount }
        }
        return bold > plain
    }

    /// The body size a block's bold first line is measured against: the page's, or the size of
    /// the plain text under it in the block (or in the next block) when that is smaller, as in a
    /// panel set in smaller type under its bold title.
    ///
    /// The plain text must read as prose and the title stand alone on its baseline: a bold row of
    /// table headers over its cells ("Date | Low water | Meeting point") is no title. Nor is one
    /// of several labels in its style down a column ("Email", "Website", "Out of hours").
    func localSize(_ block: Block, next: Block?, page blocks: [Block]) -> Double {
        guard let title = block.lines.first, let first = title.font, first.isBold, first.size < size * (1 - 0.05)
        else { return size }
        let under = block.lines.dropFirst().first { $0.font?.isBold == false } ?? next?.lines.first
        guard let under, let font = under.font, !font.isBold, abs(font.size - first.size) <= 0.5,
            TextShape.isProse(under.text.trimmingWhitespace()), !Self.hasLineBeside(title, in: blocks),
            Self.sameStyleLinesInColumn(title, in: blocks) < StyledLists.minimumStyledListLines
        else { return size }
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
                return apart && abs(otherBox.maxY - box.maxY) <= DetectHeadings.sameBaselineShare * size
            }
        }
    }
}
