extension RegionRoles {
    /// A float set at an article's head has its top within 0.5 L of the top of the article's
    /// heading beside it (a callout floated level with a section heading); one starting lower
    /// stands beside the article's text.
    static let headFloatAlignmentInPitches = 0.5

    /// The blocks in reading order with each float set at the head of an article moved to just
    /// before that article's heading. Such a float (a panel's text and its title, as
    /// `floatsAfterTheirArticles` finds them) starts level with a heading beside it, with the
    /// heading's body text running beside the float: it was placed where the article begins,
    /// interrupts nothing, and reads where it stands, between the article before and the one
    /// it opens beside, rather than inside the article's first paragraphs. The other floats are
    /// left to `floatsAfterTheirArticles`.
    static func floatsBeforeHeadingsBeside(_ blocks: [Block], style: BodyStyle) -> (blocks: [Block], moved: [Block]) {
        var result = blocks
        var moved: [Block] = []
        var index = 0
        while index < result.count {
            guard isPanelText(result[index], style: style), let box = result[index].box else {
                index += 1
                continue
            }
            let members = floatMembers(index, box: box, in: result, style: style)
            let run = members.map { result[$0] }
            guard let first = members.first, let last = members.last, let group = Rect.union(run.compactMap(\.box)),
                isFloat(run, in: result, style: style),
                let heading = result.indices.first(where: { candidate in
                    !members.contains(candidate) && headsArticle(candidate, beside: group, in: result, style: style)
                }),
                heading < first
            else {
                index += 1
                continue
            }
            for member in members.reversed() { result.remove(at: member) }
            result.insert(contentsOf: run, at: heading)
            moved += run
            // Every block after the float's last member kept its index.
            index = last + 1
        }
        return (result, moved)
    }

    /// Whether block `index` is a heading whose top is level with `group`'s top, beside it (no
    /// overlap across), with body text of its own under it that runs beside the group.
    static func headsArticle(_ index: Int, beside group: Rect, in blocks: [Block], style: BodyStyle) -> Bool {
        guard isHeadingLike(blocks[index], style: style), let heading = blocks[index].box,
            heading.maxX <= group.minX || heading.minX >= group.maxX,
            abs(heading.minY - group.minY) <= headFloatAlignmentInPitches * style.pitch
        else { return false }
        return blocks.contains { block in
            guard let box = block.box, style.isBody(block) else { return false }
            return box.minY >= heading.maxY - style.pitch / 2 && box.minY < group.maxY && box.minX < heading.maxX
                && box.maxX > heading.minX && (box.maxX <= group.minX || box.minX >= group.maxX)
        }
    }
}
