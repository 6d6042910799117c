/// Ties each removal and repair to the output block it touched, found by where its text was
/// printed (its lines' boxes on a PDF page, the raw dump's line numbers): a repair to the block
/// holding its lines, or to the removal that took them later; a removal cut from a block that
/// stays to that block. Writes only `Removal.block` and `Repair.block`; the text is left alone.
///
/// Output block ids are `BlockIDs.id(n)` for the n-th of `Document.outputBlocks`, the numbering
/// the writers use, so this stage runs last, after the sections are made.
package struct TieAuditToBlocks: Stage {
    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        guard !document.audit.removed.isEmpty || !document.audit.repairs.isEmpty else { return }
        let blocks = PlacedBlocks(document.outputBlocks)
        let removals = PlacedRemovals(document.audit.removed)
        for index in document.audit.removed.indices {
            let removal = document.audit.removed[index]
            guard let cut = removal.cutFrom else { continue }
            document.audit.removed[index].block = blocks.best(on: removal.page, overlapping: cut).map(BlockIDs.id)
        }
        for index in document.audit.repairs.indices {
            let repair = document.audit.repairs[index]
            if repair.place.isKnown {
                if let block = blocks.best(on: repair.page, overlapping: repair.place, preferring: repair.after) {
                    document.audit.repairs[index].block = BlockIDs.id(block)
                    continue
                } else if let removal = removals.first(on: repair.page, overlapping: repair.place) {
                    document.audit.repairs[index].block = BlockIDs.removalID(removal)
                    continue
                }
            }
            // A stage that knew no lines, or lines a later stage merged into another (two letter-
            // spaced lines of a dump read as one title): the block whose text holds the result.
            if let block = blocks.first(on: repair.page, containing: repair.after) {
                document.audit.repairs[index].block = BlockIDs.id(block)
            }
        }
    }
}

/// The ids the JSON gives blocks, removals and repairs: `b1`, `r1`, `p1`, … numbered from 1 in
/// output order (blocks in `Document.outputBlocks` order: each section's heading, then its blocks).
public enum BlockIDs {
    /// The id of the block at `index` (0-based) in `Document.outputBlocks`.
    public static func id(_ index: Int) -> String { "b\(index + 1)" }
    /// The id of the removal at `index` in `audit.removed`.
    public static func removalID(_ index: Int) -> String { "r\(index + 1)" }
    /// The id of the repair at `index` in `audit.repairs`.
    public static func repairID(_ index: Int) -> String { "p\(index + 1)" }
}

/// The output blocks indexed by page and by input line, for finding the one a place falls in.
private struct PlacedBlocks {
    let blocks: [Block]
    /// Block indices on each page.
    var byPage: [Int: [Int]] = [:]
    /// The blocks holding each raw-dump line (several when a layout dump's columns shared it).
    var byLine: [Int: [Int]] = [:]

    init(_ blocks: [Block]) {
        self.blocks = blocks
        for (index, block) in blocks.enumerated() {
            byPage[block.page, default: []].append(index)
            for line in block.lines {
                // A block holding lines brought from another page is looked for there too.
                if let page = line.page, page != block.page, byPage[page]?.last != index { byPage[page, default: []].append(index) }
                if let number = line.sourceLine, byLine[number]?.last != index { byLine[number, default: []].append(index) }
            }
        }
    }

    /// The block on `page` sharing the most with `place`: raw-dump lines in its range, or on a
    /// PDF page the largest area of its lines' boxes inside the place's box. Among raw-dump blocks
    /// that share lines (a layout dump's columns), one whose text holds `text` comes first.
    func best(on page: Int, overlapping place: Place, preferring text: String? = nil) -> Int? {
        if let range = place.sourceLines {
            var counts: [Int: Int] = [:]
            // The record's own lines when it kept them, else its range.
            let numbers =
                place.lineNumbers.isEmpty
                ? Array(range.lowerBound...min(range.upperBound, range.lowerBound + PlacedRemovals.maximumLinesLooked))
                : place.lineNumbers
            for number in numbers {
                for block in byLine[number] ?? [] { counts[block, default: 0] += 1 }
            }
            let ranked = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map(\.key)
            if ranked.count > 1, let text, let holding = ranked.first(where: { holds(blocks[$0], text) }) { return holding }
            return ranked.first
        }
        guard let box = place.box else { return nil }
        if let holding = holdingLines(on: page, place.lineBoxes) { return holding }
        var best: (index: Int, area: Double)?
        for index in byPage[page] ?? [] {
            let area = blocks[index].lines.reduce(0.0) { total, line in
                guard (line.page ?? blocks[index].page) == page, let lineBox = line.box else { return total }
                return total + overlapArea(lineBox, box)
            }
            if area > 0, area > best?.area ?? 0 { best = (index, area) }
        }
        return best?.index
    }

    /// The block on `page` holding the most of the lines whose boxes are `boxes`, the very lines
    /// the record was made from; nil when no block holds any.
    func holdingLines(on page: Int, _ boxes: [Rect]) -> Int? {
        guard !boxes.isEmpty else { return nil }
        var best: (index: Int, count: Int)?
        for index in byPage[page] ?? [] {
            let count = blocks[index].lines.reduce(0) { count, line in
                guard (line.page ?? blocks[index].page) == page, let lineBox = line.box else { return count }
                return boxes.contains { same($0, lineBox) } ? count + 1 : count
            }
            if count > best?.count ?? 0 { best = (index, count) }
        }
        return best?.index
    }

    /// The first block on `page` whose text holds `text`.
    func first(on page: Int, containing text: String) -> Int? {
        (byPage[page] ?? []).first { holds(blocks[$0], text) }
    }

    /// Whether `block`'s text (or a list's entries) holds `text`.
    func holds(_ block: Block, _ text: String) -> Bool {
        let needle = text.trimmingWhitespace()
        guard !needle.isEmpty else { return false }
        return block.text.contains(needle) || (block.items ?? []).contains { $0.contains(needle) }
    }
}

/// The removals indexed the same way, for a repair whose text was removed after it was repaired.
private struct PlacedRemovals {
    /// A place spanning more raw-dump lines than this is looked up by its first ones only.
    static let maximumLinesLooked = 200

    let removals: [Removal]
    var byPage: [Int: [Int]] = [:]

    init(_ removals: [Removal]) {
        self.removals = removals
        for (index, removal) in removals.enumerated() { byPage[removal.page, default: []].append(index) }
    }

    func first(on page: Int, overlapping place: Place) -> Int? {
        (byPage[page] ?? []).first { index in
            let other = removals[index].place
            if let range = place.sourceLines, let removed = other.sourceLines { return range.overlaps(removed) }
            if let box = place.box, let removed = other.box { return overlapArea(box, removed) > 0 }
            return false
        }
    }
}

/// Whether two boxes are the same, to a hundredth of a point.
private func same(_ a: Rect, _ b: Rect) -> Bool {
    abs(a.minX - b.minX) < 0.01 && abs(a.minY - b.minY) < 0.01 && abs(a.maxX - b.maxX) < 0.01 && abs(a.maxY - b.maxY) < 0.01
}

/// The area two rectangles share (0 when they do not meet).
private func overlapArea(_ a: Rect, _ b: Rect) -> Double {
    let width = min(a.maxX, b.maxX) - max(a.minX, b.minX)
    let height = min(a.maxY, b.maxY) - max(a.minY, b.minY)
    return width > 0 && height > 0 ? width * height : 0
}
