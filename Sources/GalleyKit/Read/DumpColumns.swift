/// Puts the columns of one page of a `pdftotext -layout` dump back in reading order.
///
/// A layout dump sets columns side by side on one text line, separated by a gutter of spaces.
/// Where several lines start text at the same position after such a gutter, that position is a
/// column's left edge; each run of lines that no text crosses an edge in (a band) is read column
/// by column. Lines are only moved and split at gutters, never changed: no text is lost.
struct DumpColumns {
    /// pdftotext -layout pads a gutter with at least this many spaces; justified prose rarely does.
    static let gutterMinimumSpaces = 3
    /// A column edge is confirmed by at least this many lines that start text there after a gutter,
    /// and as many with text left of it.
    static let edgeMinimumLines = 3
    /// Left of a column edge runs another column of prose, several words a line; left of a table's
    /// value column stand labels of a word or two ("Email", "Out of hours" is the most).
    static let leftColumnMinimumMedianWords = 3
    /// Text a character either side of an edge still starts at it (pdftotext rounds positions).
    static let edgeTolerance = 1

    /// A run of text on one line: where it starts (in characters) and what it says.
    struct Segment {
        var start: Int
        var end: Int
        var text: Substring
    }

    /// Whether `line` holds `gutterMinimumSpaces` space bytes in a row.
    static func hasSpaceRun(_ line: Substring) -> Bool {
        // The bytes in one buffer: walking `utf8` of a substring costs several times as much.
        line.withContiguousUTF8 { bytes in
            var run = 0
            for byte in bytes {
                run = byte == 0x20 ? run + 1 : 0
                if run >= gutterMinimumSpaces { return true }
            }
            return false
        }
    }

    /// Whether `line` holds `gutterMinimumSpaces` space characters in a row. In an ASCII line
    /// every byte is a character of its own, so space bytes in a row answer it.
    static func hasGutterSpaces(_ line: Substring) -> Bool {
        // That many space bytes in a row must be there before the (slow) search for space characters.
        guard hasSpaceRun(line) else { return false }
        return bytesAreCharacters(line) || line.contains(String(repeating: " ", count: gutterMinimumSpaces))
    }

    /// Whether each byte of `text` is a character of its own: ASCII without a CR (which a
    /// following LF joins). Such text is walked in bytes.
    static func bytesAreCharacters(_ text: Substring) -> Bool {
        WordScan.isPlainASCII(text.utf8)
    }

    /// `lines` in reading order: each band's columns one after another, an empty line between
    /// columns and wherever a column's paragraph ends. Unchanged when the page has no gutters;
    /// otherwise the runs of spaces left inside a line (a justified line, a table row) become one.
    static func reorder(_ lines: [Substring]) -> [Substring] {
        reorderNumbered(lines).map(\.text)
    }

    /// A line of the reordered page and the index, in the page's lines, of the line it came
    /// from (nil for the empty lines put between columns).
    struct PlacedLine {
        var text: Substring
        var source: Int?
    }

    /// `reorder(_:)` keeping each output line's source line, so that a block can say which input
    /// lines it was read from.
    static func reorderNumbered(_ lines: [Substring]) -> [PlacedLine] {
        guard lines.contains(where: hasGutterSpaces) else {
            return lines.enumerated().map { PlacedLine(text: $0.element, source: $0.offset) }
        }
        let segmented = lines.map { segments(of: $0) }
        let edges = columnEdges(lines, segmented)
        guard !edges.isEmpty else {
            return lines.enumerated().map { PlacedLine(text: collapsingGutters($0.element), source: $0.offset) }
        }
        let blank = PlacedLine(text: "", source: nil)

        var output: [PlacedLine] = []
        var columns: [[PlacedLine]] = Array(repeating: [], count: edges.count + 1)
        // A band opens at a line with text on both sides of a column edge; lines before it (a
        // masthead, a running head set flush right) keep their places.
        var inBand = false
        func flush() {
            inBand = false
            // Each column is a block of its own, apart from what precedes and follows the band.
            for column in columns where column.contains(where: { !$0.text.isEmpty }) {
                if let last = output.last, !last.text.isEmpty { output.append(blank) }
                output += column
                output.append(blank)
            }
            columns = Array(repeating: [], count: edges.count + 1)
        }
        for (index, line) in lines.enumerated() {
            let merged = mergeAtEdges(segmented[index], edges: edges)
            if merged.isEmpty, !inBand {
                output.append(PlacedLine(text: "", source: index))
                continue
            }
            if merged.isEmpty {
                for column in columns.indices { columns[column].append(blank) }
                continue
            }
            guard let placed = place(merged, edges: edges) else {
                flush()
                output.append(PlacedLine(text: collapsingGutters(line), source: index))
                continue
            }
            if !inBand {
                guard merged.count > 1, merged.dropFirst().contains(where: { isAtEdge($0.start, edges) }) else {
                    output.append(PlacedLine(text: collapsingGutters(line), source: index))
                    continue
                }
                inBand = true
            }
            for column in columns.indices {
                if let text = placed[column] {
                    columns[column].append(PlacedLine(text: collapsingGutters(text), source: index))
                } else if let last = columns[column].last, endsParagraph(last.text) {
                    // Nothing in this column on this line: a break only where the column's sentence ended.
                    columns[column].append(blank)
                }
            }
        }
        flush()
        return output
    }

    /// The runs of text on `line` between gutters, with their character positions.
    ///
    /// Walks the line's bytes: an ASCII byte followed by another (not CR LF) or by the line's end
    /// is a character of its own; only at other bytes (an accent, a curly quote, the ASCII letter
    /// before one) does the standard library find where the character ends. `characterSegments`
    /// is the same walk in characters throughout, and the tests hold the two to the same answers.
    static func segments(of line: Substring) -> [Segment] {
        line.withContiguousUTF8 { bytes in
            let utf8 = line.utf8
            func index(_ offset: Int) -> Substring.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            var result: [Segment] = []
            if WordScan.isPlainASCII(bytes) {
                // Every byte a character: positions are byte offsets, spaces and tabs single bytes.
                var spaces = 0
                var start: Int?
                var lastEnd = 0
                for (position, byte) in bytes.enumerated() {
                    if byte == 0x20 || byte == 0x09 {
                        spaces += 1
                        if spaces >= gutterMinimumSpaces, let open = start {
                            result.append(Segment(start: open, end: lastEnd, text: line[index(open)..<index(lastEnd)]))
                            start = nil
                        }
                    } else {
                        if start == nil { start = position }
                        spaces = 0
                        lastEnd = position + 1
                    }
                }
                if let open = start { result.append(Segment(start: open, end: lastEnd, text: line[index(open)..<index(lastEnd)])) }
                return result
            }
            var position = 0
            var offset = 0
            var spaces = 0
            var current: (start: Int, offset: Int)?
            var lastEnd = (position: 0, offset: 0)
            while offset < bytes.count {
                let byte = bytes[offset]
                let next: Int
                let isSpace: Bool
                if byte < 0x80,
                    offset + 1 == bytes.count || (bytes[offset + 1] < 0x80 && !(byte == 0x0D && bytes[offset + 1] == 0x0A))
                {
                    next = offset + 1
                    isSpace = byte == 0x20 || byte == 0x09
                } else {
                    let from = index(offset)
                    next = utf8.distance(from: utf8.startIndex, to: line.index(after: from))
                    let character = line[from]
                    isSpace = character == " " || character == "\t"
                }
                if isSpace {
                    spaces += 1
                    if spaces >= gutterMinimumSpaces, let open = current {
                        let text = line[index(open.offset)..<index(lastEnd.offset)]
                        result.append(Segment(start: open.start, end: lastEnd.position, text: text))
                        current = nil
                    }
                } else {
                    if current == nil { current = (position, offset) }
                    spaces = 0
                    lastEnd = (position + 1, next)
                }
                position += 1
                offset = next
            }
            if let open = current {
                result.append(Segment(start: open.start, end: lastEnd.position, text: line[index(open.offset)..<index(lastEnd.offset)]))
            }
            return result
        }
    }

    /// `segments(of:)` walking characters throughout: the definition its byte walk is tested against.
    static func characterSegments(of line: Substring) -> [Segment] {
        var result: [Segment] = []
        var position = 0
        var index = line.startIndex
        var spaces = 0
        var current: (start: Int, from: Substring.Index)?
        var lastEnd = (position: 0, index: line.startIndex)
        while index < line.endIndex {
            let character = line[index]
            if character == " " || character == "\t" {
                spaces += 1
                if spaces >= gutterMinimumSpaces, let open = current {
                    result.append(Segment(start: open.start, end: lastEnd.position, text: line[open.from..<lastEnd.index]))
                    current = nil
                }
            } else {
                if current == nil { current = (position, index) }
                spaces = 0
                lastEnd = (position + 1, line.index(after: index))
            }
            position += 1
            index = line.index(after: index)
        }
        if let open = current {
            result.append(Segment(start: open.start, end: lastEnd.position, text: line[open.from..<lastEnd.index]))
        }
        return result
    }

    /// Positions where enough lines start text after a gutter (or an indent of one), with prose
    /// rather than a table's labels to their left.
    static func columnEdges(_ lines: [Substring], _ segmented: [[Segment]]) -> [Int] {
        // Per start position: how many lines start text there, and the words left of it on those that have any.
        var starts: [Int: Int] = [:]
        var leftWords: [Int: [Int]] = [:]
        for (line, segments) in zip(lines, segmented) {
            for (index, segment) in segments.enumerated() where segment.start >= gutterMinimumSpaces {
                let gapBefore = index == 0 ? segment.start : segment.start - segments[index - 1].end
                guard gapBefore >= gutterMinimumSpaces else { continue }
                starts[segment.start, default: 0] += 1
                if index > 0 {
                    leftWords[segment.start, default: []].append(wordCount(line[..<segment.text.startIndex]))
                }
            }
        }
        var edges: [Int] = []
        for start in starts.keys.sorted() {
            // Lines a position either side count for the edge: pdftotext rounds positions.
            var count = 0
            var left: [Int] = []
            for offset in -edgeTolerance...edgeTolerance {
                count += starts[start + offset] ?? 0
                left += leftWords[start + offset] ?? []
            }
            // Text on both sides of the gutter on several lines: otherwise it is an indent (a list
            // item's second line), not a column.
            guard count >= edgeMinimumLines, left.count >= edgeMinimumLines,
                left.sorted()[left.count / 2] >= leftColumnMinimumMedianWords
            else { continue }
            if let last = edges.last, start - last <= 2 * edgeTolerance {
                // Keep the better-confirmed of two neighbouring positions.
                if (starts[start] ?? 0) > (starts[last] ?? 0) { edges[edges.count - 1] = start }
            } else {
                edges.append(start)
            }
        }
        return edges
    }

    static func isAtEdge(_ start: Int, _ edges: [Int]) -> Bool {
        edges.contains { abs($0 - start) <= edgeTolerance }
    }

    /// Segments with gutters inside a column (a justified line's wide spaces) put back together:
    /// only a gutter before an edge separates columns.
    static func mergeAtEdges(_ segments: [Segment], edges: [Int]) -> [Segment] {
        var merged: [Segment] = []
        for segment in segments {
            if let last = merged.last, !isAtEdge(segment.start, edges) {
                let text = last.text.base[last.text.startIndex..<segment.text.endIndex]
                merged[merged.count - 1] = Segment(start: last.start, end: segment.end, text: text)
            } else {
                merged.append(segment)
            }
        }
        return merged
    }

    /// The text each column holds on this line, or nil when text crosses an edge (a full-width line).
    static func place(_ segments: [Segment], edges: [Int]) -> [Substring?]? {
        var placed: [Substring?] = Array(repeating: nil, count: edges.count + 1)
        for segment in segments {
            let column = edges.filter { $0 - edgeTolerance <= segment.start }.count
            if column < edges.count, segment.end > edges[column] - edgeTolerance { return nil }
            guard placed[column] == nil else { return nil }
            placed[column] = segment.text
        }
        return placed
    }

    /// The words of `text` between spaces: `text.split(separator: " ").count`, counted in bytes
    /// where they are characters.
    static func wordCount(_ text: Substring) -> Int {
        guard bytesAreCharacters(text) else { return text.split(separator: " ").count }
        return text.withContiguousUTF8 { bytes in
            var count = 0
            var previous: UInt8 = 0x20
            for byte in bytes {
                if previous == 0x20, byte != 0x20 { count += 1 }
                previous = byte
            }
            return count
        }
    }

    /// `text` with each run of spaces inside it made one: a justified line's or a table row's padding.
    static func collapsingGutters(_ text: Substring) -> Substring {
        guard hasGutterSpaces(text) else { return text }
        if bytesAreCharacters(text) {
            return text.withContiguousUTF8 { bytes in
                Substring(
                    String(unsafeUninitializedCapacity: bytes.count) { collapsed in
                        var count = 0
                        for byte in bytes {
                            let space = byte == 0x20 || byte == 0x09
                            if space, count > 0, collapsed[count - 1] == 0x20 { continue }
                            collapsed[count] = space ? 0x20 : byte
                            count += 1
                        }
                        return count
                    })
            }
        }
        var result = ""
        var lastWasSpace = false
        for character in text {
            let space = character == " " || character == "\t"
            if space, lastWasSpace { continue }
            result.append(space ? " " : character)
            lastWasSpace = space
        }
        return Substring(result)
    }

    /// A line that ends a sentence: a column left empty after it has ended its paragraph.
    static func endsParagraph(_ text: Substring) -> Bool {
        guard let last = text.last else { return false }
        return ".!?:".contains(last)
    }
}
