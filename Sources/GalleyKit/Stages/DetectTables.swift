/// Finds tables set as text on PDF pages (short cells lined up in two or more columns, `TableGrid`)
/// and gathers each into one block before the reading order: `.table` (cells row by row, header first)
/// or `.contact` ("Tel: 0113 496 0417") when its first column holds labels. Lines only move within a
/// page: nothing to record. A table that ends its page takes the rows heading the next page that keep
/// to its columns (`DetectTables+Continuation`), recording `.moved`.
package struct DetectTables: Stage {
    /// A cell holds at most 8 words; a longer line is running text, which ends a table.
    static let maximumCellWords = 8

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        guard let body = Self.bodySize(document) else { return }
        // The last table of the page before, when it ends its page: its rows may run on here.
        var open: OpenTable?
        for index in document.pages.indices where document.pages[index].duplicateOf == nil {
            if let table = open { Self.joinContinuation(&document, of: table, next: index) }
            open = nil
            let page = document.pages[index]
            guard page.blocks.count > 1, page.blocks.allSatisfy({ $0.box != nil }) else { continue }
            var pieces: [TablePiece] = []
            var blockers: [Rect] = []
            for (blockIndex, block) in page.blocks.enumerated() {
                for (lineIndex, line) in block.lines.enumerated() {
                    guard let box = line.box, let font = line.font, !line.isRotated, !line.isInPicture else { continue }
                    // Most lines are running text: counted without copying, they only block.
                    guard TablePiece.wordCount(line.text) <= Self.maximumCellWords else {
                        blockers.append(box)
                        continue
                    }
                    let text = line.text.trimmingWhitespace()
                    guard !text.isEmpty else { continue }
                    pieces.append(
                        TablePiece(block: blockIndex, line: lineIndex, box: box, text: text, size: font.size, isBold: font.isBold)
                    )
                }
            }
            var grid = TableGrid(
                pieces: pieces, lineHeight: OrderByGeometry.lineHeight(page), bodySize: body, blockers: blockers)
            grid.blockBoxes = page.blocks.map(\.box)
            let tables = grid.tables()
            guard !tables.isEmpty else { continue }
            let blocks = Self.rebuild(page, tables: tables, pieces: pieces)
            document.pages[index].blocks = blocks
            let found = tables.map { table -> (lines: [Line], columns: [Span], size: Double) in
                let members = table.rows.joined().joined().map { pieces[$0] }
                let sizes = members.map(\.size).sorted()
                return (members.map { page.blocks[$0.block].lines[$0.line] }, table.columns, sizes[sizes.count / 2])
            }
            // Each table's block, found by its lines (rows carried on from the next column follow them).
            func placed() -> [(block: Int, columns: [Span], size: Double)] {
                found.compactMap { table in
                    let blocks = document.pages[index].blocks
                    guard let block = blocks.firstIndex(where: { $0.kind == .table && $0.lines.starts(with: table.lines) })
                    else { return nil }
                    return (block, table.columns, table.size)
                }
            }
            for position in found.indices {
                guard let table = placed().first(where: { document.pages[index].blocks[$0.block].lines.starts(with: found[position].lines) })
                else { continue }
                Self.joinColumnContinuation(
                    &document, of: OpenTable(page: index, block: table.block, columns: table.columns, size: table.size), page: index)
            }
            open = Self.openTable(on: document.pages[index], pageIndex: index, tables: placed())
        }
    }

    /// The size most characters of the document are set in (S).
    static func bodySize(_ document: Document) -> Double? {
        var weights: [Double: Int] = [:]
        for page in document.pages where page.duplicateOf == nil {
            for block in page.blocks {
                for line in block.lines {
                    guard let size = line.font?.size else { continue }
                    weights[(size * 10).rounded() / 10, default: 0] += line.text.utf8.count
                }
            }
        }
        return weights.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    // MARK: - Rebuilding the page

    /// The page's blocks with each table's lines taken out of the blocks they were in (a block
    /// left in two parts becomes two blocks) and the table put where its first line was taken.
    static func rebuild(_ page: Page, tables: [FoundTable], pieces: [TablePiece]) -> [Block] {
        struct Place: Hashable {
            var block: Int
            var line: Int
        }
        var taken: Set<Place> = []
        var tableAt: [Place: [Block]] = [:]
        for table in tables {
            let places = table.rows.joined().joined().map { Place(block: pieces[$0].block, line: pieces[$0].line) }
            taken.formUnion(places)
            let first = places.min { $0.block != $1.block ? $0.block < $1.block : $0.line < $1.line }!
            tableAt[first, default: []].append(block(table, pieces: pieces, page: page))
        }
        var result: [Block] = []
        for (index, block) in page.blocks.enumerated() {
            guard block.lines.indices.contains(where: { taken.contains(Place(block: index, line: $0)) }) else {
                result.append(block)
                continue
            }
            var part: [Line] = []
            for (lineIndex, line) in block.lines.enumerated() {
                let place = Place(block: index, line: lineIndex)
                guard taken.contains(place) else {
                    part.append(line)
                    continue
                }
                if !part.isEmpty { result.append(Block(lines: part, kind: block.kind, page: block.page)) }
                part = []
                result += tableAt[place] ?? []
            }
            if !part.isEmpty { result.append(Block(lines: part, kind: block.kind, page: block.page)) }
        }
        return result
    }

    /// The block for one table: its lines row by row and cell by cell, its cells' texts, and its
    /// rows' texts; a contact panel's rows read "label value".
    static func block(_ table: FoundTable, pieces: [TablePiece], page: Page) -> Block {
        let lines = table.rows.flatMap { $0 }.flatMap { $0 }.map { page.blocks[pieces[$0].block].lines[pieces[$0].line] }
        let cells = table.rows.map { row in row.map { cell in cell.map { pieces[$0].text }.joined(separator: " ") } }
        let items = cells.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }
        let grid = TableGrid(pieces: pieces, lineHeight: 0, bodySize: 0, blockers: [])
        if grid.isLabelled(table) {
            return Block(lines: lines, kind: .contact, items: items, page: page.number)
        }
        return Block(lines: lines, kind: .table, items: items, rows: cells, page: page.number)
    }
}
