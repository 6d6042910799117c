extension RegionRoles {
    /// A panel's text is inset from the column's edge by its box's padding: at least a quarter of
    /// the body size (a tinted or ruled box keeps its text off its edge: LaTeX's `\fbox` by 3 pt
    /// and its rule)…
    static let panelInsetInSizes = 0.25
    /// …and at most 2 body sizes: a box across the column pads its text by less than two ems; a
    /// narrower panel set further in stands in the column's blank, between finished paragraphs.
    static let panelMaximumInsetInSizes = 2.0
    /// The body text above and below the panel stands within 2 L of it.
    static let panelNeighbourInPitches = 2.0

    /// Whether the float's blocks (`members` of `blocks`) form a panel set across a column between
    /// two paragraphs of an article (a tinted sidebar, whose fill poppler does not report): a
    /// title in bold over text in another family than the body, not larger, both inset from the
    /// column's left edge by a box's padding (0.25–2 S), with body text in the column just above
    /// and just below it. Unlike
    /// `isFloat`, nothing need stand beside it; unlike `interruptsSentence`, the paragraphs
    /// around it may be whole. A block quote has no title, and keeps the body's family.
    static func isInsetPanel(_ members: [Int], in blocks: [Block], style: BodyStyle) -> Bool {
        let run = members.map { blocks[$0] }
        guard members.count >= 2, let family = style.family, let box = Rect.union(run.compactMap(\.box)),
            !run.contains(where: { $0.lines.contains { $0.isRotated || $0.isInPicture } }),
            let title = run.first, let titleFont = style.dominantFont(title), titleFont.isBold
        else { return false }
        // Its text (the members after the title) in another family, no larger than the body.
        let fonts = run.dropFirst().compactMap { style.dominantFont($0) }
        guard !fonts.isEmpty,
            fonts.allSatisfy({ BodyStyle.family(of: $0.name) != family && $0.size < headingSizeRatio * style.size })
        else { return false }
        // Body text above and below it in its column, starting further left than it.
        let reach = panelNeighbourInPitches * style.pitch, inset = panelInsetInSizes * style.size
        func isColumnBody(_ block: Block) -> Bool {
            guard style.isBody(block), let other = block.box else { return false }
            return other.minX < box.maxX && other.maxX > box.minX && box.minX - other.minX >= inset
                && box.minX - other.minX <= panelMaximumInsetInSizes * style.size && box.maxX <= other.maxX + style.pitch
        }
        let above = blocks.contains { block in
            isColumnBody(block) && block.box!.maxY <= box.minY && box.minY - block.box!.maxY <= reach
        }
        let below = blocks.contains { block in
            isColumnBody(block) && block.box!.minY >= box.maxY && block.box!.minY - box.maxY <= reach
        }
        return above && below
    }
}
