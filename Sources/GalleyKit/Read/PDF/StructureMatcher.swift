/// Lays a tagged page's structure entries over its glyphs: each entry's text is found among the
/// page's glyphs (spaces ignored; in pieces when poppler split it) so its block keeps boxes and
/// fonts, in the tree's order.
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
            let wanted = entry.text.unicodeScalars.filter { !$0.properties.isWhitespace && !isListMarker($0) }
            guard !wanted.isEmpty else { continue }
            guard let found = locate(Array(wanted), in: ink, claimed: &claimed, from: &cursor) else { return nil }
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
        let hasList = entries.contains { $0.kind == .list }
        for position in ink.indices {
            if claimed[position] || (hasList && isListMarker(ink[position])) {
                closeRun()
            } else {
                if let last = run.last, lineOfGlyph[last] != lineOfGlyph[inkGlyphs[position]] { closeRun() }
                run.append(inkGlyphs[position])
            }
        }
        closeRun()
        return blocks + BlockBuilder.blocks(leftovers, page: page)
    }

    /// A bullet a list item opens with. poppler gives a list's bullets in a flow of their own,
    /// away from the items' text, so they are not looked for; on a page with a list they are
    /// consumed as its markers (as the list stage consumes them) rather than left as blocks.
    static func isListMarker(_ scalar: Unicode.Scalar) -> Bool {
        let glyph = Character(scalar)
        return BuildLists.bulletGlyphs.contains(glyph) && !BuildLists.ambiguousGlyphs.contains(glyph)
    }

    /// A piece of an entry found on its own is at least 8 characters (or the rest of the entry),
    /// so an entry is never assembled from scattered letters.
    static let minimumPieceLength = 8

    /// Where `wanted` lies on unclaimed ink, claiming it: in one piece when it can, else in
    /// pieces (a paragraph poppler cut into two flows), each the longest match found looking
    /// from `from` onwards and then from the start. Nil when some part is nowhere.
    static func locate(_ wanted: [Unicode.Scalar], in ink: [Unicode.Scalar], claimed: inout [Bool], from cursor: inout Int)
        -> [Int]?
    {
        var positions: [Int] = []
        var offset = 0
        while offset < wanted.count {
            var best = (start: 0, length: 0)
            let first = min(cursor, ink.count)
            search: for start in Array(first..<ink.count) + Array(0..<first)
            where ink[start] == wanted[offset] && !claimed[start] {
                var length = 0
                while offset + length < wanted.count, start + length < ink.count, !claimed[start + length],
                    ink[start + length] == wanted[offset + length]
                {
                    length += 1
                }
                if length > best.length {
                    best = (start, length)
                    if offset + length == wanted.count { break search }
                }
            }
            guard best.length > 0, best.length >= min(wanted.count - offset, minimumPieceLength) else { return nil }
            for position in best.start..<(best.start + best.length) {
                claimed[position] = true
                positions.append(position)
            }
            offset += best.length
            cursor = best.start + best.length
        }
        return positions
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

    /// The tree as evidence where it cannot give the page's order: each heading element whose text
    /// is exactly the text of one of the page's layout blocks (spaces aside) makes that block a
    /// heading of the element's level. The order and every other block stay the layout's. Returns
    /// the blocks and how many headings the tree gave.
    static func headingEvidence(_ entries: [StructureEntry], blocks: [Block]) -> (blocks: [Block], headings: Int) {
        func key(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }) }
        var levels: [String: Int] = [:]
        for entry in entries where entry.kind == .heading {
            let text = key(entry.text)
            if !text.isEmpty { levels[text] = levels[text] ?? entry.headingLevel ?? 2 }
        }
        guard !levels.isEmpty else { return (blocks, 0) }
        var result = blocks
        var count = 0
        for index in result.indices where result[index].kind == .paragraph {
            guard let level = levels[key(result[index].text)] else { continue }
            result[index].kind = .heading
            result[index].headingLevel = level
            count += 1
        }
        return (result, count)
    }
}
