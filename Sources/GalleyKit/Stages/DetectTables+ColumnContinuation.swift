/// A table that columns break in two (CSS `columns`): its last rows head the next column, higher
/// on the page than the table, in cells set at the table's own column offsets. They join the
/// table's block, recording `.moved`, as rows carried onto the next page do
/// (`DetectTables+Continuation`).
///
/// The table must end its column (below it, within its width, at most one row of lines: a
/// footer). The rows are sought among the lines right of the table: the first row there with
/// two or more short lines gives the next column's offset (its first line's left edge less the
/// table's), and the rows from the next column's head that keep to the table's columns so
/// shifted, starting above the table's top with at most one row of the column above them (a
/// running head), carry it on.
extension DetectTables {
    /// Moves the rows that carry `table` (block `table.block` of page `index`) on at the head of
    /// the next column into its block. Returns whether any moved.
    @discardableResult
    static func joinColumnContinuation(_ document: inout Document, of table: OpenTable, page index: Int) -> Bool {
        let page = document.pages[index]
        guard let box = page.blocks[table.block].box, let first = table.columns.first, let last = table.columns.last else {
            return false
        }
        // The table ends its column.
        let rows = baselineRows(of: page).map { $0.filter { page.blocks[$0.block].kind != .table } }.filter { !$0.isEmpty }
        let below = rows.filter { row in row.contains { $0.box.minY >= box.maxY && $0.box.minX < last.high && $0.box.maxX > first.low } }
        guard below.count <= 1 else { return false }
        // The next column's offset, from the first row of short lines right of the table.
        let tolerance = TableGrid.alignmentToleranceInEms * table.size
        let right = rows.map { $0.filter { $0.box.minX >= last.high } }.filter { !$0.isEmpty }
        guard
            let opening = right.first(where: { row in
                row.count >= TableGrid.minimumColumns && row.allSatisfy { TablePiece.wordCount($0.text) <= maximumCellWords }
            }), opening[0].box.minY < box.minY
        else { return false }
        let shift = opening[0].box.minX - first.low
        var shifted = table
        shifted.columns = table.columns.map { Span(low: $0.low + shift, high: $0.high + shift, weight: $0.weight) }
        let column = right.map { $0.filter { $0.box.minX >= shifted.columns[0].low - tolerance } }.filter { !$0.isEmpty }
        // Rows with two cells or more: the column's next heading or paragraph, starting at the
        // first column's edge, fills one.
        let found = Array(
            continuation(of: shifted, rows: column, lineHeight: OrderByGeometry.lineHeight(page)).prefix { row in
                row.filter { !$0.isEmpty }.count >= TableGrid.minimumColumns
            })
        guard !found.isEmpty, found.joined().joined().allSatisfy({ $0.box.maxY <= box.minY }) else { return false }
        // The rows open the next column: above them at most one row of it (a running head).
        let top = found.joined().joined().map(\.box.minY).min()!
        guard column.filter({ row in row.allSatisfy { $0.box.maxY <= top } }).count <= 1 else { return false }
        moveRows(found, into: table, &document, from: index)
        return true
    }
}
