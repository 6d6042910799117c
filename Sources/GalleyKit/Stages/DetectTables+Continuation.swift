/// A table whose last rows run onto the next page: the rows at the head of the next page that keep
/// to the table's columns join the table's block, recording `.moved`.
///
/// The table must end its page (below it, within its width, at most one row of lines: a footer), and
/// its continuation must open the next page's body (above it at most one row that does not fit: a
/// running head). A continuation row has cells in two or more of the table's columns, each line
/// starting at a column's left edge or lying within a column, and holding no more words than a
/// cell unless it ends short of the last column (a merged cell); the rows below it follow within the table's row gap. A row that leaves the first column
/// empty carries on the row above when it opens in lower case or sits closer to it than
/// `wrappedRowShareOfLineHeight` line heights (a wrapped cell), as `TableGrid` joins wrapped rows.
extension DetectTables {
    /// A row closer to the row above than 0.3 line heights, with its first column empty, is a wrapped line.
    static let wrappedRowShareOfLineHeight = 0.3
    /// The audit shows this many words of the moved rows.
    static let movedSnippetWords = 6

    /// The last table of a page that ends it: its block's index, its columns and its type size.
    struct OpenTable {
        var page: Int
        var block: Int
        var columns: [Span]
        var size: Double
    }

    /// Where a line sits on a page, with its box and text.
    struct PlacedLine {
        var block: Int
        var line: Int
        var box: Rect
        var text: String
    }

    /// The page's measurable lines (boxed, horizontal, outside pictures) top to bottom, grouped by baseline.
    static func baselineRows(of page: Page) -> [[PlacedLine]] {
        var placed: [PlacedLine] = []
        for (blockIndex, block) in page.blocks.enumerated() {
            for (lineIndex, line) in block.lines.enumerated() {
                guard let box = line.box, !line.isRotated, !line.isInPicture else { continue }
                let text = line.text.trimmingWhitespace()
                guard !text.isEmpty else { continue }
                placed.append(PlacedLine(block: blockIndex, line: lineIndex, box: box, text: text))
            }
        }
        placed.sort { $0.box.maxY != $1.box.maxY ? $0.box.maxY < $1.box.maxY : $0.box.minX < $1.box.minX }
        var rows: [[PlacedLine]] = []
        for line in placed {
            if let first = rows.last?.first,
                abs(first.box.maxY - line.box.maxY) <= TableGrid.baselineShareOfHeight * min(first.box.height, line.box.height)
            {
                rows[rows.count - 1].append(line)
            } else {
                rows.append([line])
            }
        }
        return rows.map { $0.sorted { $0.box.minX < $1.box.minX } }
    }

    /// The open table of a page: its lowest table when nothing but one row of lines (a footer)
    /// lies below it within its width.
    static func openTable(on page: Page, pageIndex: Int, tables: [(block: Int, columns: [Span], size: Double)]) -> OpenTable? {
        guard let last = tables.max(by: { (page.blocks[$0.block].box?.maxY ?? 0) < (page.blocks[$1.block].box?.maxY ?? 0) }),
            let box = page.blocks[last.block].box, let left = last.columns.first?.low, let right = last.columns.last?.high
        else { return nil }
        let below = baselineRows(of: page).filter { row in
            row.contains { $0.block != last.block && $0.box.minY >= box.maxY && $0.box.minX < right && $0.box.maxX > left }
        }
        guard below.count <= 1 else { return nil }
        return OpenTable(page: pageIndex, block: last.block, columns: last.columns, size: last.size)
    }

    /// The column of the table a line keeps to: the one whose left edge it starts at, or that holds it.
    static func column(of line: PlacedLine, in columns: [Span], tolerance: Double) -> Int? {
        if let index = columns.indices.first(where: { abs(columns[$0].low - line.box.minX) <= tolerance }) { return index }
        return columns.indices.first {
            line.box.minX >= columns[$0].low - tolerance && line.box.maxX <= columns[$0].high + tolerance
        }
    }

    /// The rows at the head of `page` that carry on `table`, each a list of cells (one per column,
    /// each its lines top to bottom); empty when there are none.
    static func continuation(of table: OpenTable, on page: Page, lineHeight: Double) -> [[[PlacedLine]]] {
        continuation(of: table, rows: baselineRows(of: page), lineHeight: lineHeight)
    }

    /// The rows among `rows` (top to bottom) that carry on `table` from the first: see `continuation(of:on:lineHeight:)`.
    static func continuation(of table: OpenTable, rows: [[PlacedLine]], lineHeight: Double) -> [[[PlacedLine]]] {
        let tolerance = TableGrid.alignmentToleranceInEms * table.size
        func cells(_ row: [PlacedLine]) -> [Int: [PlacedLine]]? {
            var result: [Int: [PlacedLine]] = [:]
            for line in row {
                // A longer line passes only short of the last column (a merged cell): running
                // text reaches across the whole table.
                guard TablePiece.wordCount(line.text) <= maximumCellWords || line.box.maxX < table.columns.last!.low,
                    let index = column(of: line, in: table.columns, tolerance: tolerance), result[index] == nil
                else { return nil }
                result[index] = [line]
            }
            return result
        }
        var found: [[[PlacedLine]]] = []
        var skipped = false
        var bottom = 0.0
        for row in rows {
            let top = row.map(\.box.minY).min()!
            guard let placed = cells(row) else {
                if found.isEmpty, !skipped {
                    skipped = true
                    continue
                }
                break
            }
            if found.isEmpty {
                guard placed.count >= TableGrid.minimumColumns else {
                    if skipped { break }
                    skipped = true
                    continue
                }
            } else {
                guard top - bottom <= TableGrid.maximumRowGapInLineHeights * lineHeight else { break }
            }
            let opensLower = row.allSatisfy { $0.text.first.map { $0.isLetter && $0.isLowercase } == true }
            if !found.isEmpty, placed[0] == nil,
                opensLower || top - bottom < wrappedRowShareOfLineHeight * lineHeight
            {
                for (index, lines) in placed { found[found.count - 1][index] += lines }
            } else {
                found.append(table.columns.indices.map { placed[$0] ?? [] })
            }
            bottom = row.map(\.box.maxY).max()!
        }
        return found
    }

    /// Moves the rows that carry on `table` from the head of page `next` into its block.
    static func joinContinuation(_ document: inout Document, of table: OpenTable, next: Int) {
        let page = document.pages[next]
        guard page.blocks.allSatisfy({ $0.box != nil }) else { return }
        let rows = continuation(of: table, on: page, lineHeight: OrderByGeometry.lineHeight(page))
        guard !rows.isEmpty else { return }
        moveRows(rows, into: table, &document, from: next)
    }

    /// Moves `rows` (lines of page `source`, none of them in the table) to the end of `table`'s
    /// block, recording `.moved`; a block left in two parts by the move becomes two.
    static func moveRows(_ rows: [[[PlacedLine]]], into table: OpenTable, _ document: inout Document, from source: Int) {
        let page = document.pages[source]
        let lines = rows.flatMap { $0 }.flatMap { $0 }.map { page.blocks[$0.block].lines[$0.line] }
        let cells = rows.map { row in row.map { cell in cell.map(\.text).joined(separator: " ") } }
        var block = document.pages[table.page].blocks[table.block]
        let lastWords = block.text.split(separator: " ").suffix(movedSnippetWords).joined(separator: " ")
        let firstWords = lines.map(\.text).joined(separator: " ").split(separator: " ").prefix(movedSnippetWords)
            .joined(separator: " ")
        block = Block(
            lines: block.lines + lines, kind: .table,
            items: (block.items ?? []) + cells.map { $0.filter { !$0.isEmpty }.joined(separator: " ") },
            rows: (block.rows ?? []) + cells, page: block.page, box: block.box)
        document.pages[table.page].blocks[table.block] = block
        // The moved lines leave their blocks (read after the table's update: it may be on this page).
        var taken: [Int: Set<Int>] = [:]
        for line in rows.joined().joined() { taken[line.block, default: []].insert(line.line) }
        var result: [Block] = []
        for (index, old) in document.pages[source].blocks.enumerated() {
            guard let gone = taken[index] else {
                result.append(old)
                continue
            }
            var part: [Line] = []
            for (lineIndex, line) in old.lines.enumerated() {
                if gone.contains(lineIndex) {
                    if !part.isEmpty { result.append(Block(lines: part, kind: old.kind, page: old.page)) }
                    part = []
                } else {
                    part.append(line)
                }
            }
            if !part.isEmpty { result.append(Block(lines: part, kind: old.kind, page: old.page)) }
        }
        document.pages[source].blocks = result
        document.audit.repair(
            .moved, before: "“\(firstWords)…” (page \(page.number))",
            after: "after “…\(lastWords)” (page \(block.page))", page: page.number, lines: lines)
    }
}
