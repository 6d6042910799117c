/// Lays a tagged page's structure entries over its glyphs: each entry's text is found among the
/// page's glyphs (spaces ignored) so its block keeps boxes and fonts, in the tree's order.
/// Glyphs no entry claims (untagged artifacts such as running headers and page numbers) follow
/// as geometric blocks. When an entry's text cannot be found the page is left to geometry (nil).
enum StructureMatcher {
    static func blocks(_ entries: [StructureEntry], lines: [GlyphLine], content: PageContent, page: Int) -> [Block]? {
        let glyphs = content.glyphs
        // The page's ink in poppler's order, each with the line it belongs to.
        var inkGlyphs: [Int] = []
        var lineOfGlyph = [Int](repeating: -1, count: glyphs.count)
        for (lineIndex, glyphLine) in lines.enumerated() {
            for index in glyphLine.range where !glyphs[index].isWhitespace {
                lineOfGlyph[index] = lineIndex
                inkGlyphs.append(index)
            }
        }
        let ink = inkGlyphs.map { glyphs[$0].scalar }
        var claimed = [Bool](repeating: false, count: ink.count)
        var cursor = 0
        var blocks: [Block] = []
        for entry in entries {
            let wanted = entry.text.unicodeScalars.filter { !$0.properties.isWhitespace }
            guard !wanted.isEmpty else { continue }
            guard let start = find(Array(wanted), in: ink, claimed: claimed, from: cursor) else { return nil }
            let found = start..<(start + wanted.count)
            for position in found { claimed[position] = true }
            cursor = found.upperBound
            let entryLines = linesOf(found.map { inkGlyphs[$0] }, lineOfGlyph: lineOfGlyph, lines: lines, content: content)
            blocks.append(
                Block(lines: entryLines, kind: entry.kind, headingLevel: entry.headingLevel, items: entry.items, page: page))
        }
        // What no entry claimed, cut into runs per line, grouped by geometry.
        var leftovers: [Line] = []
        var run: [Int] = []
        func closeRun() {
            if !run.isEmpty { leftovers += linesOf(run, lineOfGlyph: lineOfGlyph, lines: lines, content: content) }
            run = []
        }
        for position in ink.indices {
            if claimed[position] {
                closeRun()
            } else {
                if let last = run.last, lineOfGlyph[last] != lineOfGlyph[inkGlyphs[position]] { closeRun() }
                run.append(inkGlyphs[position])
            }
        }
        closeRun()
        return blocks + BlockBuilder.blocks(leftovers, page: page)
    }

    /// The first place at or after `from` (then from the start) where `wanted` lies on unclaimed ink.
    static func find(_ wanted: [Unicode.Scalar], in ink: [Unicode.Scalar], claimed: [Bool], from: Int) -> Int? {
        guard wanted.count <= ink.count else { return nil }
        let lastStart = ink.count - wanted.count
        func matches(at start: Int) -> Bool {
            for offset in wanted.indices where ink[start + offset] != wanted[offset] || claimed[start + offset] {
                return false
            }
            return true
        }
        let first = min(from, lastStart + 1)
        for start in first..<(lastStart + 1) where matches(at: start) { return start }
        for start in 0..<first where matches(at: start) { return start }
        return nil
    }

    /// Lines for ink glyphs (ascending page order within each line): one line per stretch on
    /// the same page line, spanning the spaces between its glyphs, flags copied from that line.
    static func linesOf(_ glyphIndices: [Int], lineOfGlyph: [Int], lines: [GlyphLine], content: PageContent) -> [Line] {
        var result: [Line] = []
        var start = 0
        while start < glyphIndices.count {
            let lineIndex = lineOfGlyph[glyphIndices[start]]
            var end = start
            while end + 1 < glyphIndices.count, lineOfGlyph[glyphIndices[end + 1]] == lineIndex,
                glyphIndices[end + 1] > glyphIndices[end]
            {
                end += 1
            }
            let range = glyphIndices[start]..<(glyphIndices[end] + 1)
            let source = lines[lineIndex]
            var line = range == source.range ? source.line : LineBuilder.line(range, content)
            line.isInPicture = source.line.isInPicture
            if source.line.isRotated { line.isRotated = true }
            result.append(line)
            start = end + 1
        }
        return result
    }
}
