extension BuildLists {
    /// An unmarked list's lines stand at least one of their type sizes right of the lead-in's
    /// left edge (a list's indent)…
    static let unmarkedIndentInSizes = 1.0
    /// …and at most four (further in is a centred line or a quotation's verse).
    static let unmarkedMaximumIndentInSizes = 4.0
    /// The list starts at most two type sizes under its lead-in.
    static let unmarkedLeadGapInSizes = 2.0
    /// An unmarked list has at least this many items.
    static let unmarkedMinimumItems = 2
    /// Lines whose right edges lie within one type size of the block's widest line share a right
    /// margin, as wrapped prose does; two such lines inside the block make it prose.
    static let sharedMarginInSizes = 1.0

    /// A list whose bullets the reader did not see (a browser draws them as shapes, not glyphs):
    /// a block of lines set at one indented left edge right under a lead-in paragraph ending in a
    /// colon, in which a line ends an item when the next line's first word would have fitted on
    /// it within the lead-in's measure (a wrapped item's lines run on to the measure). Nil when
    /// fewer than two items come out, or when the lines share a right margin inside the measure
    /// (an indented quotation).
    static func unmarkedList(_ block: Block, after lead: Block) -> Block? {
        guard block.kind == .paragraph, lead.kind == .paragraph, block.page == lead.page, block.lines.count >= unmarkedMinimumItems,
            lead.text.trimmingWhitespace().hasSuffix(":"), let leadBox = lead.box, let box = block.box,
            let size = block.lines.first?.font?.size, size > 0
        else { return nil }
        let indent = box.minX - leadBox.minX
        let gap = box.minY - leadBox.maxY
        guard indent >= unmarkedIndentInSizes * size, indent <= unmarkedMaximumIndentInSizes * size, gap >= -size / 2,
            gap <= unmarkedLeadGapInSizes * size,
            block.lines.allSatisfy({ line in line.box.map { abs($0.minX - box.minX) <= size / 2 } ?? false })
        else { return nil }
        let inner = box.maxX < leadBox.maxX - sharedMarginInSizes * size
        let sharingMargin = block.lines.dropLast().filter { box.maxX - $0.box!.maxX <= sharedMarginInSizes * size }
        if inner, sharingMargin.count >= 2 { return nil }
        var groups: [Range<Int>] = []
        var start = 0
        for index in block.lines.indices {
            let isLast = index == block.lines.count - 1
            if isLast || endsShort(block.lines[index], before: block.lines[index + 1], measure: leadBox.maxX) {
                groups.append(start..<(index + 1))
                start = index + 1
            }
        }
        guard groups.count >= unmarkedMinimumItems else { return nil }
        return listBlock(block.lines, groups: groups, page: block.page)
    }

    /// Whether `line` stops short of `measure` by room enough for the first word of `next` and a
    /// space, measured in the line's own average character width.
    static func endsShort(_ line: Line, before next: Line, measure: Double) -> Bool {
        guard let box = line.box else { return false }
        let text = line.text.trimmingWhitespace()
        guard !text.isEmpty, let word = next.text.trimmingWhitespace().split(separator: " ").first else { return true }
        let perCharacter = box.width / Double(text.count)
        return box.maxX + perCharacter * Double(word.count + 1) <= measure
    }
}
