/// One short line that may be a table cell (or the wrapped line of one): where it sits, and where
/// it came from on the page.
struct TablePiece: Equatable, Sendable {
    /// Indices of its block in the page and of the line in the block.
    var block: Int
    var line: Int
    var box: Rect
    var text: String
    var size: Double
    var isBold: Bool
    var wordCount: Int

    init(block: Int, line: Int, box: Rect, text: String, size: Double, isBold: Bool) {
        self.block = block
        self.line = line
        self.box = box
        self.text = text
        self.size = size
        self.isBold = isBold
        wordCount = Self.wordCount(text)
    }

    /// The runs of non-spaces in `text`, counted byte by byte.
    static func wordCount(_ text: String) -> Int {
        // On the string's own buffer: DetectTables counts every line of the document.
        text.withContiguousUTF8 { bytes in
            var words = 0
            var inWord = false
            for byte in bytes {
                let isSpace = byte == 0x20 || byte == 0x09
                if !isSpace, !inWord { words += 1 }
                inWord = !isSpace
            }
            return words
        }
    }
}

/// A table found in a run of pieces: its column intervals and its rows, each a list of cells, each
/// cell the pieces set in it (indices into the pieces given to `TableGrid`), top to bottom.
struct FoundTable: Equatable, Sendable {
    var columns: [Span]
    var rows: [[[Int]]]
}

/// The geometry of tables set as text (Nurminen's text edges, camelot's stream mode): pieces on
/// shared baselines, separated by gaps wider than any word space, whose edges line up across
/// rows in two or more columns. `DetectTables` feeds it one page's short lines at a time.
struct TableGrid {
    /// Pieces share a baseline when their bottoms lie within 0.3 of their height.
    static let baselineShareOfHeight = 0.3
    /// Rows of one table follow each other within 1.5 body line heights (a row's padding).
    static let maximumRowGapInLineHeights = 1.5
    /// Columns are apart by at least one em of the table's type (S): twice a word space or more.
    /// Measured between glyph boxes, a column distance of exactly one em (TeX's tabulate) comes
    /// out a hundredth of a point short: 0.95 em is the least.
    static let minimumColumnGapInEms = 0.95
    /// Cells of one column share a left, right or centre edge within half an em.
    static let alignmentToleranceInEms = 0.5
    /// A table has at least 3 rows…
    static let minimumRows = 3
    /// …and 2 columns, each filled (and aligned) in at least 3 rows.
    static let minimumColumns = 2
    /// Cells are short: half of them hold at most 4 words (prose lines in a column hold more).
    static let maximumMedianCellWords = 4
    /// A row set closer to the row above than half the table's usual row gap is a second line of
    /// that row's cells (a wrapped cell), not a row of its own.
    static let wrappedRowShareOfGap = 0.5
    /// In prose set side by side over a third of the lines carry on a sentence in lower case; in a
    /// table few do (a wrapped cell now and then).
    static let maximumLowercaseShare = 0.3
    /// A row whose gap from the row above exceeds the table's closest rows' by less than 0.3 of a
    /// line's height shows no break between rows (a table set without padding, as TeX's `p{}`
    /// columns are): it carries on the row above when it leaves the first column empty and each of
    /// its lines opens in lower case, as the second line of a wrapped cell does.
    static let bandBreakShareOfHeight = 0.3
    /// A table's cells wrap onto a few lines; a column whose cells run to 4 lines or more (half of
    /// them) holds paragraphs: a side-heading beside its article, not a table.
    static let maximumMedianCellLines = 4
    /// A grid with cells of several lines beside cells of one, their tops aligned, in at least 2 rows
    /// is a table even without numerals or a bold header: prose set side by side has no such rows.
    static let minimumWrappedRows = 2
    /// A page number has at most 3 digits.
    static let pageNumberDigits = 3
    /// A column of data has a digit in at least half of its cells (dates, times, prices, scores).
    static let numeralColumnShare = 0.5
    /// Below its header row a table column is set in one size: its cells' sizes lie within this
    /// ratio. A column of a headline, a standfirst and a byline beside a contact list is an
    /// article set beside it, not cells (17 pt, 13 pt and 8.5 pt: twice apart).
    static let maximumColumnSizeRatio = 1.3

    /// A column's lines that are lines of one paragraph running on above or below the table, more
    /// than half a line beyond its rows, are that paragraph set beside the table (a CSS column
    /// beside a table the columns broke), not a column of it.
    static let paragraphOverrunInLineHeights = 0.5

    let pieces: [TablePiece]
    /// The page's body line height (L) and the document's body size (S).
    let lineHeight: Double
    let bodySize: Double
    /// Boxes of the longer lines of the page, which no table row may have between it and the next.
    let blockers: [Rect]
    /// The box of each block of the page, by the block index the pieces carry (empty: not known).
    var blockBoxes: [Rect?] = []

    /// The tables among the pieces, top to bottom.
    func tables() -> [FoundTable] {
        var found: [FoundTable] = []
        for run in runs() {
            found += tables(in: run)
        }
        return found
    }

    // MARK: - Rows and runs

    /// The pieces grouped by baseline, top to bottom, each row left to right.
    func baselineRows() -> [[Int]] {
        let order = pieces.indices.sorted {
            pieces[$0].box.maxY != pieces[$1].box.maxY ? pieces[$0].box.maxY < pieces[$1].box.maxY : $0 < $1
        }
        var rows: [[Int]] = []
        for index in order {
            let box = pieces[index].box
            if let first = rows.last?.first,
                abs(pieces[first].box.maxY - box.maxY)
                    <= Self.baselineShareOfHeight * min(pieces[first].box.height, box.height)
            {
                rows[rows.count - 1].append(index)
            } else {
                rows.append([index])
            }
        }
        return rows.map { $0.sorted { pieces[$0].box.minX < pieces[$1].box.minX } }
    }

    /// The span of a row's pieces on one axis.
    func extent(_ row: [Int], vertical: Bool) -> Span {
        guard let first = row.first else { return Span(low: 0, high: 0) }
        var low = vertical ? pieces[first].box.minY : pieces[first].box.minX
        var high = vertical ? pieces[first].box.maxY : pieces[first].box.maxX
        for index in row.dropFirst() {
            let box = pieces[index].box
            low = min(low, vertical ? box.minY : box.minX)
            high = max(high, vertical ? box.maxY : box.maxX)
        }
        return Span(low: low, high: high)
    }

    /// Rows that follow each other closely, with no longer line between them: where tables are sought.
    func runs() -> [[[Int]]] {
        var runs: [[[Int]]] = []
        var current: [[Int]] = []
        for row in baselineRows() {
            if let previous = current.last, !continues(previous, with: row) {
                runs.append(current)
                current = []
            }
            current.append(row)
        }
        if !current.isEmpty { runs.append(current) }
        return runs.filter { $0.count >= Self.minimumRows }
    }

    func continues(_ previous: [Int], with row: [Int]) -> Bool {
        let above = extent(previous, vertical: true), below = extent(row, vertical: true)
        guard below.low - above.high <= Self.maximumRowGapInLineHeights * lineHeight else { return false }
        let upper = extent(previous, vertical: false), lower = extent(row, vertical: false)
        let left = max(upper.low, lower.low), right = min(upper.high, lower.high)
        // A longer line between the two rows, under both, is running text: the table ends there.
        return !blockers.contains { box in
            box.midY > above.low && box.midY < below.high && box.minX < right && box.maxX > left
        }
    }

    // MARK: - Columns

    /// The column gap for a table set in `size`: an em of the smaller of the table's and the body's type.
    func columnGap(_ size: Double) -> Double { Self.minimumColumnGapInEms * min(size, bodySize) }

    /// Whether a row holds two or more pieces apart by column gaps.
    func isMultiCell(_ row: [Int], gap: Double) -> Bool {
        zip(row, row.dropFirst()).contains { pieces[$1].box.minX - pieces[$0].box.maxX >= gap }
    }

    /// The columns a piece overlaps.
    func placement(of piece: Int, in columns: [Span]) -> [Int] {
        let box = pieces[piece].box
        return columns.indices.filter { box.minX < columns[$0].high && box.maxX > columns[$0].low }
    }

    /// A piece's x-range, as a column of one row (weight 1).
    func span(_ piece: Int) -> Span { Span(low: pieces[piece].box.minX, high: pieces[piece].box.maxX, weight: 1) }

    // MARK: - Finding the tables of a run

    func tables(in run: [[Int]]) -> [FoundTable] {
        let sizes = run.flatMap { $0 }.map { pieces[$0].size }.sorted()
        let size = sizes[sizes.count / 2]
        let segments = segments(of: run, gap: columnGap(size))
        return segments.indices.compactMap { index in
            guard var table = table(in: segments[index], size: size) else { return nil }
            // A bold header row whose cells do not keep to the columns under it (a heading cell
            // over two of them, "Day Activity" over the days and the activities) opened a stretch of
            // its own: it still heads the table right under it.
            if index > 0, let row = segments[index - 1].rows.last, let opening = segments[index].rows.first?.first,
                table.rows.first?.joined().contains(opening) == true, let header = headerRow(row, over: table, size: size)
            {
                table.rows.insert(header, at: 0)
            }
            return table
        }
    }

    /// Whether the segment's pieces in `column` are lines of one block (one paragraph, as the page's
    /// flow gave it) that goes on above the segment's first row or below its last, at a line pitch
    /// of its own (not the rows' pitch in the other columns): a paragraph set beside the table,
    /// whose short lines happen to fall level with its rows.
    func isParagraphBeside(_ column: Span, rows: [[Int]], top: Double, bottom: Double) -> Bool {
        let members = rows.joined().filter { pieces[$0].box.minX < column.high && pieces[$0].box.maxX > column.low }
        guard members.count >= Self.minimumRows, let block = members.first.map({ pieces[$0].block }),
            members.allSatisfy({ pieces[$0].block == block }), blockBoxes.indices.contains(block),
            let box = blockBoxes[block]
        else { return false }
        let overrun = Self.paragraphOverrunInLineHeights * lineHeight
        guard box.minY < top - overrun || box.maxY > bottom + overrun else { return false }
        // A table read column by column (each column one block, under its header) keeps to the
        // rows' pitch; a paragraph beside it runs at its own leading.
        let others = rows.joined().filter { pieces[$0].box.minX >= column.high || pieces[$0].box.maxX <= column.low }
        guard let own = medianStep(members), let rowPitch = medianStep(others, byColumn: true) else { return false }
        return abs(own - rowPitch) > Self.pitchTolerance * max(own, rowPitch)
    }

    /// Line pitches further apart than 10% of the larger are two leadings.
    static let pitchTolerance = 0.1

    /// The median step between the tops of consecutive pieces, top to bottom; `byColumn`: steps
    /// taken within each run of pieces sharing a left edge (one column of cells), not across.
    func medianStep(_ members: [Int], byColumn: Bool = false) -> Double? {
        var groups: [[Int]] = [members]
        if byColumn {
            let tolerance = Self.alignmentToleranceInEms * bodySize
            groups = []
            for piece in members.sorted(by: { pieces[$0].box.minX < pieces[$1].box.minX }) {
                if let first = groups.last?.first, abs(pieces[first].box.minX - pieces[piece].box.minX) <= tolerance {
                    groups[groups.count - 1].append(piece)
                } else {
                    groups.append([piece])
                }
            }
        }
        var steps: [Double] = []
        for group in groups {
            let tops = group.map { pieces[$0].box.minY }.sorted()
            steps += zip(tops, tops.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }
        }
        guard !steps.isEmpty else { return nil }
        steps.sort()
        return steps[steps.count / 2]
    }

    /// The row `row` as the header of `table`, its pieces set out by the column each starts in;
    /// nil unless it holds at least `minimumColumns` pieces, all bold over a first row that is
    /// not, within the table's width.
    func headerRow(_ row: [Int], over table: FoundTable, size: Double) -> [[Int]]? {
        guard row.count >= Self.minimumColumns, row.allSatisfy({ pieces[$0].isBold }),
            let first = table.rows.first, !first.joined().allSatisfy({ pieces[$0].isBold }),
            let left = table.columns.first?.low, let right = table.columns.last?.high
        else { return nil }
        let tolerance = Self.alignmentToleranceInEms * size
        guard row.allSatisfy({ pieces[$0].box.minX >= left - tolerance && pieces[$0].box.maxX <= right + tolerance })
        else { return nil }
        var cells = [[Int]](repeating: [], count: table.columns.count)
        for piece in row {
            let start = pieces[piece].box.minX + tolerance
            cells[table.columns.lastIndex { $0.low <= start } ?? 0].append(piece)
        }
        return cells
    }

    /// The table in one stretch of rows with its columns (`segments`), or nil.
    func table(in segment: (rows: [[Int]], columns: [Span]), size: Double) -> FoundTable? {
        // Columns filled in at least `minimumRows` rows; the rest (a side-heading beside the
        // table, a stray short line of the next page column) are no columns. Nor is a column
        // that a longer line crosses between the segment's first and last rows: the short
        // lines there are the shorter lines of a paragraph beside the table.
        let top = extent(segment.rows[0], vertical: true).low
        let bottom = extent(segment.rows[segment.rows.count - 1], vertical: true).high
        let columns = segment.columns.filter { column in
            column.weight >= Self.minimumRows
                && !blockers.contains { $0.midY > top && $0.midY < bottom && $0.minX < column.high && $0.maxX > column.low }
                && !isParagraphBeside(column, rows: segment.rows, top: top, bottom: bottom)
        }
        guard columns.count >= Self.minimumColumns else { return nil }
        // Prose set in narrow columns passes for short pieces: most of its lines hold more
        // words than a table's cells, which rules it out before any grid is built.
        let words = segment.rows.joined().map { pieces[$0].wordCount }.sorted()
        guard words[words.count / 2] <= Self.maximumMedianCellWords else { return nil }
        let rows = segment.rows.map { row in row.filter { placement(of: $0, in: columns).count == 1 } }
        return table(from: rows.filter { !$0.isEmpty }, columns: columns, size: size)
    }

    /// The run cut into stretches of rows that keep to one set of columns, each with its column
    /// intervals (`weight`: how many rows fill them). A stretch opens with a row of several cells
    /// and grows while each piece of the next row falls in one column of its own or beside them
    /// all; a piece across two columns (a heading, a line of prose) or two pieces in one column end it.
    func segments(of run: [[Int]], gap: Double) -> [(rows: [[Int]], columns: [Span])] {
        var result: [(rows: [[Int]], columns: [Span])] = []
        var rows: [[Int]] = []
        var columns: [Span] = []
        func open(_ row: [Int]) {
            if !rows.isEmpty { result.append((rows, columns)) }
            rows = []
            columns = []
            if isMultiCell(row, gap: gap) {
                rows = [row]
                columns = row.map(span)
            }
        }
        for row in run {
            guard !columns.isEmpty else {
                open(row)
                continue
            }
            var next = columns
            var filled = Set<Int>()
            var fits = true
            for piece in row {
                let hits = placement(of: piece, in: columns)
                if hits.count > 1 || hits.first.map({ !filled.insert($0).inserted }) == true {
                    fits = false
                    break
                }
                let own = span(piece)
                if let hit = hits.first {
                    next[hit] = Span(
                        low: min(next[hit].low, own.low), high: max(next[hit].high, own.high), weight: next[hit].weight + 1)
                } else {
                    next.append(Span(low: own.low, high: own.high, weight: 1))
                }
            }
            next.sort { $0.low < $1.low }
            if fits, zip(next, next.dropFirst()).allSatisfy({ $0.high <= $1.low }) {
                columns = next
                rows.append(row)
            } else {
                open(row)
            }
        }
        if !rows.isEmpty { result.append((rows, columns)) }
        return result
    }

    /// The table in a segment of rows, once wrapped lines are joined to their rows and rows of a
    /// single cell trimmed from both ends (a title above that fits in one column); nil when it
    /// fails a test.
    func table(from segment: [[Int]], columns allColumns: [Span], size: Double) -> FoundTable? {
        // Each piece's column, found once (the segment's pieces each lie in exactly one).
        var column: [Int: Int] = [:]
        for piece in segment.joined() { column[piece] = placement(of: piece, in: allColumns).first }
        var rows = joinWrappedRows(segment, column: column)
        func cellCount(_ row: [Int]) -> Int { Set(row.compactMap { column[$0] }).count }
        while let first = rows.first, cellCount(first) < Self.minimumColumns { rows.removeFirst() }
        while let last = rows.last, cellCount(last) < Self.minimumColumns { rows.removeLast() }
        guard rows.count >= Self.minimumRows else { return nil }
        // Keep the columns filled in enough rows of this segment.
        var filledRows = [Int](repeating: 0, count: allColumns.count)
        for row in rows {
            for index in Set(row.compactMap { column[$0] }) { filledRows[index] += 1 }
        }
        let used = allColumns.indices.filter { filledRows[$0] >= Self.minimumRows }
        guard used.count >= Self.minimumColumns else { return nil }
        let grid: [[[Int]]] = rows.map { row in
            used.map { index in
                row.filter { column[$0] == index }
                    .sorted {
                        pieces[$0].box.minY != pieces[$1].box.minY
                            ? pieces[$0].box.minY < pieces[$1].box.minY : pieces[$0].box.minX < pieces[$1].box.minX
                    }
            }
        }
        // The columns as wide as the cells kept: a trimmed title no longer widens them.
        let columns = used.indices.map { column in
            let spans = grid.flatMap { $0[column] }.map(span)
            return Span(low: spans.map(\.low).min()!, high: spans.map(\.high).max()!, weight: spans.count)
        }
        let table = FoundTable(columns: columns, rows: grid)
        return isTable(table, size: size) ? table : nil
    }

    /// Rows joined to the row above when set much closer to it than the rows' usual gap, or, where
    /// the gaps show no break between rows, when they carry on its cells (`carriesOn`).
    func joinWrappedRows(_ rows: [[Int]], column: [Int: Int] = [:]) -> [[Int]] {
        guard rows.count > 2 else { return rows }
        let gaps = zip(rows, rows.dropFirst()).map { extent($1, vertical: true).low - extent($0, vertical: true).high }
        let sorted = gaps.sorted()
        let usual = sorted[(gaps.count * 3) / 4], closest = sorted[0]
        let heights = rows.joined().map { pieces[$0].box.height }.sorted()
        let height = heights[heights.count / 2]
        var joined: [[Int]] = [rows[0]]
        for (offset, row) in rows.dropFirst().enumerated() {
            if usual > 0, gaps[offset] < Self.wrappedRowShareOfGap * usual {
                joined[joined.count - 1] += row
            } else if gaps[offset] - closest <= Self.bandBreakShareOfHeight * height, carriesOn(row, column: column) {
                joined[joined.count - 1] += row
            } else {
                joined.append(row)
            }
        }
        return joined
    }

    /// Whether a row reads as the next line of the cells above it: nothing in the first column
    /// (which opens every row of a table) and every line opening in lower case.
    func carriesOn(_ row: [Int], column: [Int: Int]) -> Bool {
        !row.isEmpty && !row.contains { column[$0] == 0 }
            && row.allSatisfy { pieces[$0].text.first.map { $0.isLetter && $0.isLowercase } == true }
    }

    // MARK: - Tests

    /// Whether a grid is a table: short cells, columns apart and aligned, and data in it.
    func isTable(_ table: FoundTable, size: Double) -> Bool {
        // Words counted line by line: a wrapped cell holds more words than a line, not longer lines.
        let words = table.rows.joined().joined().map { pieces[$0].wordCount }.sorted()
        guard !words.isEmpty, words[words.count / 2] <= Self.maximumMedianCellWords else { return false }
        for column in table.columns.indices {
            let lines = table.rows.map { $0[column].count }.filter { $0 > 0 }.sorted()
            if !lines.isEmpty, lines[lines.count / 2] >= Self.maximumMedianCellLines { return false }
        }
        let gap = columnGap(size)
        for (left, right) in zip(table.columns, table.columns.dropFirst()) where right.low - left.high < gap {
            return false
        }
        let tolerance = Self.alignmentToleranceInEms * size
        for column in table.columns.indices {
            let boxes = table.rows.flatMap { $0[column] }.map { pieces[$0].box }
            guard Self.alignedCount(boxes, tolerance: tolerance) >= Self.minimumRows else { return false }
        }
        return !readsAsProse(table) && !isContentsList(table) && !mixesSizesInAColumn(table) && hasData(table)
    }

    /// Whether a column holds cells set in sizes further apart than `maximumColumnSizeRatio`,
    /// below the header row (which may be set larger): an article's headline, standfirst and byline.
    func mixesSizesInAColumn(_ table: FoundTable) -> Bool {
        table.columns.indices.contains { column in
            let sizes = table.rows.dropFirst().flatMap { $0[column] }.map { pieces[$0].size }
            guard let smallest = sizes.min(), let largest = sizes.max(), smallest > 0 else { return false }
            return largest / smallest > Self.maximumColumnSizeRatio
        }
    }

    /// Two columns whose second holds nothing but page numbers: a contents list ("Auditions … 2"),
    /// which is read as a list (or removed as a contents box), not a table.
    func isContentsList(_ table: FoundTable) -> Bool {
        guard table.columns.count == 2 else { return false }
        return table.rows.allSatisfy { row in
            row[1].count == 1 && pieces[row[1][0]].text.count <= Self.pageNumberDigits
                && pieces[row[1][0]].text.allSatisfy(\.isNumber)
        }
    }

    /// Whether many of the grid's cells below its first row open with a lower-case word, as the
    /// lines of paragraphs set side by side do when they carry on the sentence above. A cell's
    /// first line only: the lines after it carry on its text by design.
    func readsAsProse(_ table: FoundTable) -> Bool {
        let lines = table.rows.dropFirst().flatMap { $0 }.compactMap(\.first)
        guard !lines.isEmpty else { return false }
        let carried = lines.filter { Self.opensInLowerCase(pieces[$0].text) }.count
        return Double(carried) > Self.maximumLowercaseShare * Double(lines.count)
    }

    /// The first word is a plain lower-case word ("and", "the"), not an address or a unit ("www.", "am").
    static func opensInLowerCase(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first else { return false }
        // Trailing punctuation only ("bars,"): inside a word it marks an address ("friends@…").
        var word = first[...]
        while let last = word.last, last.isPunctuation { word = word.dropLast() }
        return word.count > 1 && word.allSatisfy { $0.isLetter && $0.isLowercase }
    }

    /// The most boxes that share one left, right or centre edge.
    static func alignedCount(_ boxes: [Rect], tolerance: Double) -> Int {
        var best = 0
        for edge in [\Rect.minX, \Rect.maxX, \Rect.midX] {
            for box in boxes {
                best = max(best, boxes.filter { abs($0[keyPath: edge] - box[keyPath: edge]) <= tolerance }.count)
            }
        }
        return best
    }

    /// A table carries data, which a few lines of prose or names set side by side do not: a column
    /// mostly of numerals, labels ending in colons, or a header row set in bold over plain cells.
    func hasData(_ table: FoundTable) -> Bool {
        for column in table.columns.indices {
            let cells = table.rows.map { $0[column] }.filter { !$0.isEmpty }
            let numerals = cells.filter { cell in cell.contains { pieces[$0].text.contains(where: \.isNumber) } }
            if Double(numerals.count) >= Self.numeralColumnShare * Double(cells.count) { return true }
        }
        if isLabelled(table) { return true }
        let wrapped = table.rows.filter { row in
            let lines = row.map(\.count).filter { $0 > 0 }
            return lines.contains(1) && lines.contains { $0 > 1 }
        }
        if wrapped.count >= Self.minimumWrappedRows { return true }
        let header = table.rows[0].flatMap { $0 }, body = table.rows.dropFirst().flatMap { $0 }.flatMap { $0 }
        return header.allSatisfy { pieces[$0].isBold } && !body.contains { pieces[$0].isBold }
    }

    /// Two columns whose first holds labels ending in a colon ("Tel:", "Email:"): a contact panel.
    func isLabelled(_ table: FoundTable) -> Bool {
        guard table.columns.count == 2 else { return false }
        let labels = table.rows.map { $0[0] }.filter { !$0.isEmpty }
        return labels.count >= Self.minimumRows
            && labels.allSatisfy { cell in
                pieces[cell.last!].text.trimmingWhitespace().hasSuffix(":")
            }
    }
}
