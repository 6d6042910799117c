/// Rejoins a heading's printed section number ("2", "2.2", "2.3.1") that the reader gave a line
/// of its own: LaTeX sets the number in a box of its own an em quad before the title, and poppler
/// may cut the line there, so "2.2" comes out as a block apart from "Verges and Ditches".
///
/// A one-line block holding only a section number joins the block whose first line is its
/// heading's text when that line is in the same style (font, size, weight), is set larger than the
/// page's body or in bold, and either starts beside the number on its baseline, at most
/// `maximumGapInSizes` type sizes to its right, or sits right under it, lined up on the left.
/// Only the page's own geometry decides; a number in body type (a list's "1") is left alone.
enum SectionNumbers {
    /// The widest gap between a section number and its title, in type sizes (LaTeX uses one em).
    static let maximumGapInSizes = 3.0

    /// `blocks` of one page with each lone section number joined onto the heading text it belongs to.
    static func joined(_ blocks: [Block], body: Double) -> [Block] {
        var result = blocks
        var removed = Set<Int>()
        for (index, block) in blocks.enumerated() where isSectionNumber(block) {
            guard let target = blocks.indices.first(where: { other in
                other != index && !removed.contains(other) && !removed.contains(index)
                    && isTitle(blocks[other], of: block, body: body)
            }) else { continue }
            result[target] = prefixed(result[target], with: block)
            removed.insert(index)
        }
        return result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }

    /// Whether `block` is a paragraph of one PDF line holding only a section number: digits,
    /// optionally dotted ("1", "2.2", "3.1.4", "2."), at most four parts.
    static func isSectionNumber(_ block: Block) -> Bool {
        guard block.kind == .paragraph, block.boxNumber == nil, block.lines.count == 1,
            block.lines[0].box != nil, block.lines[0].font != nil
        else { return false }
        let text = block.lines[0].text.trimmingWhitespace()
        var parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
        return !parts.isEmpty && parts.count <= 4
            && parts.allSatisfy { part in !part.isEmpty && part.count <= 3 && part.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// Whether `candidate` opens with the title the lone section number `number` belongs to.
    static func isTitle(_ candidate: Block, of number: Block, body: Double) -> Bool {
        guard candidate.kind == .paragraph, candidate.boxNumber == nil, let first = candidate.lines.first,
            let box = first.box, let font = first.font, let numberBox = number.lines[0].box,
            let numberFont = number.lines[0].font, font.name == numberFont.name,
            abs(font.size - numberFont.size) <= 0.5, font.isBold == numberFont.isBold,
            font.isBold || font.size > body + 0.5,
            let opening = first.text.trimmingWhitespace().first, opening.isLetter
        else { return false }
        let tolerance = DetectHeadings.sameBaselineShare * font.size
        let gap = box.minX - numberBox.maxX
        let beside = abs(box.maxY - numberBox.maxY) <= tolerance && gap >= -tolerance
            && gap <= maximumGapInSizes * font.size
        let drop = box.minY - numberBox.maxY
        let below = drop >= -tolerance && drop <= tolerance && abs(box.minX - numberBox.minX) <= tolerance
        return beside || below
    }

    /// `title` with the number's text put before its first line, the boxes united when beside.
    static func prefixed(_ title: Block, with number: Block) -> Block {
        let numberLine = number.lines[0]
        var joined = title
        var line = title.lines[0]
        line.text = numberLine.text.trimmingWhitespace() + " " + line.text.trimmingWhitespace()
        if let box = line.box, let numberBox = numberLine.box, box.minY < numberBox.maxY { line.box = box.union(numberBox) }
        joined.lines[0] = line
        if let numberBox = numberLine.box { joined.box = joined.box.map { $0.union(numberBox) } ?? numberBox }
        return joined
    }
}
