/// Decides how a row of columns is read: as boxes numbered across the columns (read by number),
/// or as main columns (left to right) with any sidebars read after them.
///
/// A sidebar is a column set in smaller type than the fullest column, or much narrower than it:
/// contacts, "useful links", a "did you know?" panel. Reading it after the main columns keeps a
/// paragraph that runs from one main column into the next in one piece, wherever the sidebar sits.
enum ColumnRoles {
    /// Box labels count as a numbered grid from three boxes up: two could be a coincidence.
    static let minimumNumberedBoxes = 3
    /// A sidebar is at most 0.6× the width of the fullest column...
    static let sidebarShareOfWidth = 0.6
    /// ...or set at most 0.9× its type size (8.5 pt beside 10 pt body text).
    static let sidebarShareOfFontSize = 0.9
    /// Only a column of at least 3 lines sets the standard a sidebar is measured against.
    static let minimumMainColumnLines = 3

    /// The parts of the region in reading order; each part is then ordered on its own.
    static func readingOrder(_ columns: [[Int]], items: [LayoutItem], lineHeight: Double = 0) -> [[Int]] {
        if let cells = numberedCells(columns, items: items, lineHeight: lineHeight) { return cells }
        return mainThenSidebars(columns, items: items)
    }

    /// When every column opens with a numbered box and the numbers run without a gap, the boxes
    /// (each label with what follows it down its column) in numeric order; otherwise nil.
    static func numberedCells(_ columns: [[Int]], items: [LayoutItem], lineHeight: Double = 0) -> [[Int]]? {
        guard let cells = labelledCells(columns, items: items, lineHeight: lineHeight), isNumbered(cells) else {
            return nil
        }
        return cells.sorted { $0.number < $1.number }.map(\.members)
    }

    /// Whether the cells' numbers run without a gap, at least `minimumNumberedBoxes` of them.
    static func isNumbered(_ cells: [(number: Int, members: [Int])]) -> Bool {
        let numbers = cells.map(\.number).sorted()
        guard numbers.count >= minimumNumberedBoxes, let lowest = numbers.first else { return false }
        return numbers == Array(lowest..<(lowest + numbers.count))
    }

    /// The columns cut into boxes at their number labels (each label with what follows it down
    /// its column), when every column opens with a label; otherwise nil. A label set beside its
    /// title, its top up to one line height below the title's, opens the column too.
    static func labelledCells(_ columns: [[Int]], items: [LayoutItem], lineHeight: Double = 0)
        -> [(number: Int, members: [Int])]?
    {
        var cells: [(number: Int, members: [Int])] = []
        for column in columns {
            var ordered = column.sorted {
                items[$0].box.minY != items[$1].box.minY ? items[$0].box.minY < items[$1].box.minY : $0 < $1
            }
            guard let first = ordered.first else { return nil }
            if items[first].numberLabel == nil,
                let label = ordered.firstIndex(where: { items[$0].numberLabel != nil }),
                items[ordered[label]].box.minY <= items[first].box.minY + lineHeight
            {
                ordered.insert(ordered.remove(at: label), at: 0)
            }
            guard items[ordered[0]].numberLabel != nil else { return nil }
            for member in ordered {
                if let number = items[member].numberLabel {
                    cells.append((number, [member]))
                } else {
                    cells[cells.count - 1].members.append(member)
                }
            }
        }
        return cells
    }

    /// The main columns left to right, then the sidebars left to right.
    static func mainThenSidebars(_ columns: [[Int]], items: [LayoutItem]) -> [[Int]] {
        let lines = columns.map { $0.reduce(0) { $0 + items[$1].lineCount } }
        guard let fullest = lines.indices.max(by: { lines[$0] < lines[$1] }), lines[fullest] >= minimumMainColumnLines
        else { return columns }
        let widths = columns.map { width(of: $0, items: items) }
        let sizes = columns.map { fontSize(of: $0, items: items) }
        var main: [[Int]] = [], sidebars: [[Int]] = []
        for index in columns.indices {
            var isSidebar = false
            if index != fullest {
                isSidebar = widths[index] <= sidebarShareOfWidth * widths[fullest]
                if let size = sizes[index], let standard = sizes[fullest] {
                    isSidebar = isSidebar || size <= sidebarShareOfFontSize * standard
                }
            }
            if isSidebar { sidebars.append(columns[index]) } else { main.append(columns[index]) }
        }
        return main + sidebars
    }

    /// A column's width is that of its widest block of lines (running text), else its extent: a
    /// one-line running head across two columns joins them into one run, but their text is no
    /// wider for it, and the column beside them is no sidebar.
    static func width(of column: [Int], items: [LayoutItem]) -> Double {
        let text = column.filter { items[$0].lineCount >= XYCut.layoutChangeMinimumLines }
        if let widest = text.map({ items[$0].box.width }).max() { return widest }
        return column.map { items[$0].box.maxX }.max()! - column.map { items[$0].box.minX }.min()!
    }

    /// The size most of the column's lines are set in.
    static func fontSize(of column: [Int], items: [LayoutItem]) -> Double? {
        var bySize: [Double: Int] = [:]
        for member in column {
            guard let size = items[member].fontSize else { continue }
            bySize[(size * 10).rounded() / 10, default: 0] += items[member].lineCount
        }
        return bySize.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key
    }
}
