/// The cells of a table or contact block as blocks of their own, so that the stages that repair
/// lines (a word broken with a line-end hyphen, an address wrapped onto the next line) work inside
/// one cell, never across two, and the block's cells and rows are rebuilt from what they repaired.
///
/// `DetectTables` runs before those stages and keeps a table's printed lines cell by cell, row by
/// row; a cell's text is its lines joined by spaces. A contact panel keeps only its rows, so each
/// row is one unit there. When the lines no longer add up to the cells (a stage in between took one
/// out), the block is left as it is.
struct TableCells {
    /// The table or contact block.
    private(set) var block: Block
    /// Each unit's range in `block.lines`: a table's cells row by row, a contact panel's rows.
    private var ranges: [Range<Int>]

    /// The cells of `block`, or nil when it is no table or contact block or its lines do not add up.
    init?(_ block: Block) {
        let units: [String]
        switch block.kind {
        case .table:
            guard let rows = block.rows else { return nil }
            units = rows.flatMap { $0 }
        case .contact:
            guard let items = block.items else { return nil }
            units = items
        default:
            return nil
        }
        var ranges: [Range<Int>] = []
        var next = 0
        for unit in units {
            let start = next
            var text = ""
            while text.count < unit.count, next < block.lines.count {
                let line = block.lines[next].text.trimmingWhitespace()
                next += 1
                guard !line.isEmpty else { continue }
                text += text.isEmpty ? line : " " + line
            }
            guard text == unit else { return nil }
            ranges.append(start..<next)
        }
        guard next == block.lines.count else { return nil }
        self.block = block
        self.ranges = ranges
    }

    /// Takes `changed`, the block after an edit inside its lines, as the block whose cells these
    /// are; false (and no change) when the edit added or removed lines.
    mutating func update(_ changed: Block) -> Bool {
        guard changed.lines.count == block.lines.count else { return false }
        block = changed
        return true
    }

    /// Each cell (a contact panel's row) as a paragraph block of its lines.
    var blocks: [Block] {
        ranges.map { Block(lines: Array(block.lines[$0]), page: block.page) }
    }

    /// Whether any cell spans more than one line: only then can a repair join anything.
    var hasMultilineCell: Bool { ranges.contains { $0.count > 1 } }

    /// The block with each cell's lines replaced by `cells` (as many, in order) and its cells,
    /// rows and items rebuilt from their texts.
    func rebuilt(_ cells: [Block]) -> Block {
        precondition(cells.count == ranges.count, "one block per cell")
        var result = block
        result.lines = cells.flatMap(\.lines)
        let texts = cells.map { $0.lines.isEmpty ? "" : $0.text }
        switch block.kind {
        case .table:
            var rows: [[String]] = []
            var index = 0
            for row in block.rows ?? [] {
                rows.append(Array(texts[index..<(index + row.count)]))
                index += row.count
            }
            result.rows = rows
            result.items = rows.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }
        default:
            result.items = texts
        }
        return result
    }
}
