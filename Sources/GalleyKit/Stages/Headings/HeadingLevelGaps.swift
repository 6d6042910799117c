/// Closes the gaps between the heading levels a PDF's type sizes gave: type sizes fix levels
/// against the body (`TypeScale.level1SizeRatio`, `TypeScale.level2SizeRatio`), so a large title
/// over modest section heads (13 pt over 10.5 pt) would jump from level 1 to 3.
enum HeadingLevelGaps {
    /// Renumbers the levels of the document's typographic headings so that none is skipped: the
    /// levels in use close up under the top one. (Numbered boxes keep the level their stage gave
    /// them: one below the page's own headings.)
    static func close(_ document: inout Document) {
        var used = Set<Int>()
        for page in document.pages where page.duplicateOf == nil {
            for block in page.blocks where isTypographic(block) {
                if let level = block.headingLevel { used.insert(level) }
            }
        }
        let levels = used.sorted()
        guard let top = levels.first else { return }
        var mapping: [Int: Int] = [:]
        for (rank, level) in levels.enumerated() { mapping[level] = top + rank }
        guard mapping.contains(where: { $0.key != $0.value }) else { return }
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            for blockIndex in document.pages[pageIndex].blocks.indices {
                let block = document.pages[pageIndex].blocks[blockIndex]
                guard isTypographic(block), let level = block.headingLevel else { continue }
                document.pages[pageIndex].blocks[blockIndex].headingLevel = mapping[level]
            }
        }
    }

    /// A heading whose level came from its type: it has fonts and is no numbered box's heading.
    static func isTypographic(_ block: Block) -> Bool {
        block.kind == .heading && block.lines.contains(where: { $0.font != nil })
            && !(block.headingLevel == OrderNumberedBoxes.headingLevel
                && OrderNumberedBoxes.numberedHeading(block.lines.first?.text.trimmingWhitespace() ?? "") != nil)
    }
}
