/// A line made from a run of a page's glyphs, with the run it came from.
struct GlyphLine: Equatable, Sendable {
    /// Indices into `PageContent.glyphs`, without leading or trailing whitespace.
    var range: Range<Int>
    var line: Line
}

/// Turns a page's glyphs into lines: poppler's lines (split at its "\n" glyphs), cut again where
/// a wide horizontal gap or a jump to another baseline shows two columns sharing one line, and
/// where a narrower gap lines up with a gutter the lines around it share
/// (`LineBuilder+Gutters.swift`); each line gets its box, dominant font, and the rotated and
/// in-picture flags.
enum LineBuilder {
    /// A gap of at least 2.5 font sizes between two glyphs of one line is a column gutter, not a word space.
    static let columnGapInFontSizes = 2.5
    /// A glyph whose box clears the previous one's vertically, a font size or more above or below
    /// it, sits on another baseline: poppler sometimes runs the foot of one column straight into
    /// the head of the next without a line break. (Superscripts overlap their baseline's glyphs.)
    static let baselineJumpInFontSizes = 1.0
    /// A line whose glyphs climb by more than they advance (beyond ~45°) runs at an angle.
    static let rotationSlope = 1.0
    /// ...and only when the climb is at least a font size: a superscript climbs less than that.
    static let minimumRiseInFontSizes = 1.0
    /// Glyphs of a horizontal line share one box height; a run in one font whose every glyph
    /// sits higher (or lower) than the last by 5% of the size is tilted (poppler cuts tilted
    /// text into such short runs)...
    static let tiltStepInFontSizes = 0.05
    /// ...once the whole run has moved by a quarter of the size.
    static let tiltRiseInFontSizes = 0.25
    /// Text in a picture is set smaller than the body: below 90% of the body size.
    static let pictureTextMaxShareOfBody = 0.9
    /// A picture covering half the page or more is a background, not a photo with a caption in it.
    static let backgroundPictureShareOfPage = 0.5
    /// Slack (points) when testing that a line lies inside a picture: glyph boxes overhang a little.
    static let pictureTolerance = 2.0

    /// The page's lines in poppler's order.
    static func lines(_ content: PageContent) -> [GlyphLine] {
        let glyphs = content.glyphs
        var result: [GlyphLine] = []
        // Per line of `result`: it has no gap a cut could take (`mayBeCut`).
        var uncut: [Bool] = []
        for range in mergeSpreadWords(popplerLineRanges(glyphs), content) {
            let whole = line(range, content)
            if whole.isRotated {
                result.append(GlyphLine(range: range, line: whole))
                uncut.append(false)
                continue
            }
            let mayCut = mayBeCut(range, content)
            for part in mayCut ? splitAtGaps(range, content) : [range] {
                result.append(GlyphLine(range: part, line: part == range ? whole : line(part, content)))
                uncut.append(!mayCut)
            }
        }
        splitAtGutters(&result, content, uncut: uncut)
        markLetterSpacedWords(&result, content)
        markPictureText(&result, content)
        return result
    }

    /// Runs of glyphs between poppler's "\n" glyphs, trimmed of whitespace; blank runs dropped.
    static func popplerLineRanges(_ glyphs: [Glyph]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0...glyphs.count where index == glyphs.count || glyphs[index].scalar == "\n" {
            if let trimmed = trimmed(start..<index, glyphs) { ranges.append(trimmed) }
            start = index + 1
        }
        return ranges
    }

    /// `range` without leading and trailing whitespace glyphs, or nil when nothing is left.
    static func trimmed(_ range: Range<Int>, _ glyphs: [Glyph]) -> Range<Int>? {
        guard let first = range.first(where: { !glyphs[$0].isWhitespace }),
            let last = range.last(where: { !glyphs[$0].isWhitespace })
        else { return nil }
        return first..<(last + 1)
    }

    /// Whether any gap of the line is as wide as the narrowest gutter (`twoSidedMinimumGutterInFontSizes`,
    /// under every other cut's width) or jumps to another baseline. Most lines have neither: then
    /// neither `splitAtGaps` nor `splitAtGutters` can cut them, and their gaps are read once.
    static func mayBeCut(_ range: Range<Int>, _ content: PageContent) -> Bool {
        let glyphs = content.glyphs
        return inkPairs(range, content).contains { pair in
            pair.gap >= twoSidedMinimumGutterInFontSizes * pair.size
                || isBaselineJump(from: glyphs[pair.previous].box, to: glyphs[pair.next].box, size: pair.size)
        }
    }

    /// A wide gap is a gutter only when it is at least twice the median of the line's other word
    /// spaces: a justified line in a narrow column stretches every space alike, a gutter stands out.
    static let gutterShareOfOtherSpaces = 2.0

    /// `range` cut wherever the horizontal gap between neighbouring non-space glyphs reaches
    /// `columnGapInFontSizes` times their font size (and stands out from the line's other word
    /// spaces), or the text jumps to another baseline.
    static func splitAtGaps(_ range: Range<Int>, _ content: PageContent) -> [Range<Int>] {
        let glyphs = content.glyphs
        func isJump(_ pair: InkPair) -> Bool {
            isBaselineJump(from: glyphs[pair.previous].box, to: glyphs[pair.next].box, size: pair.size)
        }
        // Most lines have neither: they need no list of their word spaces.
        let pairs = inkPairs(range, content)
        guard pairs.contains(where: { $0.gap >= columnGapInFontSizes * $0.size || isJump($0) }) else { return [range] }
        // Every word space of the line: its width, the glyphs either side, and whether it is a baseline jump.
        var spaces: [(gap: Double, previous: Int, next: Int, size: Double, jump: Bool)] = []
        for pair in pairs {
            let jump = isJump(pair)
            if jump || pair.next > pair.previous + 1 || pair.gap >= wordSpaceInFontSizes * pair.size
                || pair.gap >= columnGapInFontSizes * pair.size
            {
                spaces.append((pair.gap, pair.previous, pair.next, pair.size, jump))
            }
        }
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for space in spaces.indices where spaces[space].jump || spaces[space].gap >= columnGapInFontSizes * spaces[space].size {
            if !spaces[space].jump {
                // A glued gap is measured against the line's word spaces only, not against another
                // glued gap: poppler runs the cells of a table row together without a space
                // ("Stall" + "Run by" + "Notes"), and each gap would hide the other.
                let glued = isGluedGutter(spaces[space])
                let others = spaces.indices.filter { $0 != space && !(glued && isGluedGutter(spaces[$0])) }
                    .map { spaces[$0].gap }.sorted()
                if !others.isEmpty, spaces[space].gap < gutterShareOfOtherSpaces * others[others.count / 2] { continue }
            }
            parts.append(start..<(spaces[space].previous + 1))
            start = spaces[space].next
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    /// Whether a gap of a line is gutter-wide (`columnGapInFontSizes`) with no glyph between its
    /// two sides: within one of poppler's own lines words are always set apart by a space glyph,
    /// so such a gap joins two of its lines (cells of one row) run together.
    static func isGluedGutter(_ space: (gap: Double, previous: Int, next: Int, size: Double, jump: Bool)) -> Bool {
        space.next == space.previous + 1 && space.gap >= columnGapInFontSizes * space.size
    }

    /// Two neighbouring ink (non-space) glyphs of a line: their indices into
    /// `PageContent.glyphs`, the horizontal gap from the first's right edge to the second's left,
    /// and the second's font size.
    struct InkPair {
        var previous: Int
        var next: Int
        var gap: Double
        var size: Double
    }

    /// The neighbouring ink glyphs of `range`, in poppler's order.
    static func inkPairs(_ range: Range<Int>, _ content: PageContent) -> InkPairs {
        InkPairs(range: range, content: content)
    }

    struct InkPairs: Sequence, IteratorProtocol {
        let range: Range<Int>
        let glyphs: [Glyph]
        let fonts: [FontInfo]
        private var index: Int
        private var previous: Int?

        init(range: Range<Int>, content: PageContent) {
            self.range = range
            glyphs = content.glyphs
            fonts = content.fonts
            index = range.lowerBound
        }

        mutating func next() -> InkPair? {
            while index < range.upperBound {
                let current = index
                index += 1
                guard !glyphs[current].isWhitespace else { continue }
                defer { previous = current }
                guard let previous else { continue }
                return InkPair(
                    previous: previous, next: current, gap: glyphs[current].box.minX - glyphs[previous].box.maxX,
                    size: fontSize(of: glyphs[current], fonts))
            }
            return nil
        }
    }

    /// Whether `next` sits on another baseline than `previous`: no vertical overlap, and a font
    /// size or more between their middles.
    static func isBaselineJump(from previous: Rect, to next: Rect, size: Double) -> Bool {
        let clears = next.minY >= previous.maxY || next.maxY <= previous.minY
        return clears && abs(next.midY - previous.midY) >= baselineJumpInFontSizes * size
    }

    /// The glyph's font size, or its box height when poppler named no font.
    static func fontSize(of glyph: Glyph, _ fonts: [FontInfo]) -> Double {
        fonts.indices.contains(glyph.font) ? fonts[glyph.font].size : glyph.box.height
    }

    /// The line for a (trimmed) glyph range: its text as poppler spaced it, the union of its
    /// glyph boxes, the font most of its glyphs use, and whether it runs at an angle.
    static func line(_ range: Range<Int>, _ content: PageContent) -> Line {
        let glyphs = content.glyphs
        var box: Rect?
        var firstInk: Int?
        var isOneFont = true
        for index in range where !glyphs[index].isWhitespace {
            let glyph = glyphs[index]
            box = box?.union(glyph.box) ?? glyph.box
            if let firstInk {
                if glyph.font != glyphs[firstInk].font { isOneFont = false }
            } else {
                firstInk = index
            }
        }
        // A line set in one font (most are) needs no tally.
        let dominant = isOneFont ? firstInk.map { glyphs[$0].font } : dominantFont(range, glyphs)
        let font = dominant.flatMap { content.fonts.indices.contains($0) ? content.fonts[$0] : nil }
        let size = font?.size ?? firstInk.map { glyphs[$0].box.height } ?? 0
        var text = text(range, glyphs)
        // A line in several fonts may carry raised reference digits ("grant¹"): write them as superscripts.
        if !isOneFont, let dominant {
            let raised = raisedDigits(range, content, dominant: dominant)
            if !raised.isEmpty {
                var marked = glyphs
                for index in raised { marked[index].scalar = superscriptForms[Int(glyphs[index].scalar.value - 0x30)] }
                text = Self.text(range, marked)
                // The box is the line's own glyphs: a raised reference lifts no line's top, or the
                // step to the next line would read as a paragraph's space and split the paragraph.
                let skip = Set(raised)
                box = range.lazy.filter { !glyphs[$0].isWhitespace && !skip.contains($0) }.map { glyphs[$0].box }
                    .reduce(nil) { $0?.union($1) ?? $1 }
            }
        }
        let trailing = isOneFont ? nil : lastWordFont(range, glyphs).flatMap { $0 == dominant ? nil : $0 }
        let trailingFont = trailing.flatMap { content.fonts.indices.contains($0) ? content.fonts[$0] : nil }
        return Line(text, box: box, font: font, trailingFont: trailingFont, isRotated: isRotated(range, glyphs, size: size))
    }

    /// The font most letters of the range's last word use (the last run of ink glyphs holding a
    /// letter, so a closing mark or a raised digit in another font does not count); nil when no
    /// word holds a letter or no glyph of it names a font.
    static func lastWordFont(_ range: Range<Int>, _ glyphs: [Glyph]) -> Int? {
        var counts: [Int: Int] = [:]
        var hasLetter = false
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            let glyph = glyphs[index]
            if glyph.isWhitespace {
                if hasLetter { break }
                continue
            }
            guard glyph.scalar.properties.isAlphabetic else { continue }
            hasLetter = true
            if glyph.font >= 0 { counts[glyph.font, default: 0] += 1 }
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    /// The text of a glyph range, built once from UTF-8 bytes. A "\n" inside a line is one of
    /// poppler's line ends between words it set apart (see `mergeSpreadWords`): a word space.
    static func text(_ range: Range<Int>, _ glyphs: [Glyph]) -> String {
        // The exact length first: a String keeps the capacity it was made with.
        let length = range.reduce(0) { $0 + UTF8.width(glyphs[$1].scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            for index in range {
                let scalar = glyphs[index].scalar == "\n" ? " " : glyphs[index].scalar
                if scalar.isASCII {
                    buffer[count] = UInt8(scalar.value)
                    count += 1
                    continue
                }
                for byte in scalar.utf8 {
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The font most of the range's ink glyphs use, the earlier index on a tie so the choice is
    /// stable; nil when none names a font.
    static func dominantFont(_ range: Range<Int>, _ glyphs: [Glyph]) -> Int? {
        var counts: [Int: Int] = [:]
        for index in range where !glyphs[index].isWhitespace {
            counts[glyphs[index].font, default: 0] += 1
        }
        return counts.filter { $0.key >= 0 }.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    /// Whether the ink glyphs of a line run at an angle: steeply (climbing more than advancing),
    /// or tilted (every glyph stepping the same way up or down, all in one font).
    static func isRotated(_ range: Range<Int>, _ glyphs: [Glyph], size: Double) -> Bool {
        guard let firstIndex = range.first(where: { !glyphs[$0].isWhitespace }),
            let lastIndex = range.last(where: { !glyphs[$0].isWhitespace }), firstIndex < lastIndex, size > 0
        else { return false }
        let inks = (firstIndex...lastIndex).lazy.filter { !glyphs[$0].isWhitespace }.map { glyphs[$0] }
        let first = glyphs[firstIndex], last = glyphs[lastIndex]
        let rise = abs(last.box.midY - first.box.midY)
        let advance = abs(last.box.midX - first.box.midX)
        if rise > rotationSlope * advance && rise >= minimumRiseInFontSizes * size { return true }
        guard rise >= tiltRiseInFontSizes * size, inks.allSatisfy({ $0.font == first.font }) else { return false }
        let direction = last.box.midY > first.box.midY ? 1.0 : -1.0
        for (a, b) in zip(inks, inks.dropFirst()) where (b.box.midY - a.box.midY) * direction < tiltStepInFontSizes * size {
            return false
        }
        return true
    }

    /// The size most of the page's ink is set in (weighted by glyphs), or nil for an empty page.
    static func bodySize(_ content: PageContent) -> Double? {
        bodySize(inkGlyphsByFont(content), content.fonts)
    }

    static func bodySize(_ counts: [Int], _ fonts: [FontInfo]) -> Double? {
        var bySize: [Double: Int] = [:]
        for (index, count) in counts.enumerated() where count > 0 {
            bySize[(fonts[index].size * 10).rounded() / 10, default: 0] += count
        }
        return bySize.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }?.key
    }

    /// How many ink glyphs of the page are set in each of its fonts.
    static func inkGlyphsByFont(_ content: PageContent) -> [Int] {
        var counts = [Int](repeating: 0, count: content.fonts.count)
        for glyph in content.glyphs where glyph.font >= 0 && glyph.font < counts.count && !glyph.isWhitespace {
            counts[glyph.font] += 1
        }
        return counts
    }

    /// Whether `markPictureText` could flag any line of the page, whatever its pictures: only
    /// when some ink is set in a font smaller than `pictureTextMaxShareOfBody` of the body, since
    /// a line's font is the font of some of its ink.
    static func mayHavePictureText(_ content: PageContent) -> Bool {
        let counts = inkGlyphsByFont(content)
        guard let body = bodySize(counts, content.fonts) else { return false }
        return counts.indices.contains { counts[$0] > 0 && content.fonts[$0].size < pictureTextMaxShareOfBody * body }
    }

    /// Flags lines that lie inside a (non-background) picture and are set smaller than the body.
    static func markPictureText(_ lines: inout [GlyphLine], _ content: PageContent) {
        let photos = photos(content)
        guard !photos.isEmpty, let body = bodySize(content) else { return }
        for index in lines.indices {
            lines[index].line.isInPicture = isPictureText(lines[index].line, photos: photos, body: body)
        }
    }

    /// The page's pictures that are not backgrounds (see `backgroundPictureShareOfPage`).
    static func photos(_ content: PageContent) -> [Rect] {
        let pageArea = content.size.width * content.size.height
        return content.pictures.filter { $0.width * $0.height < backgroundPictureShareOfPage * pageArea }
    }

    static func isPictureText(_ line: Line, photos: [Rect], body: Double) -> Bool {
        guard let box = line.box, let font = line.font, font.size < pictureTextMaxShareOfBody * body else { return false }
        return photos.contains { photo in
            // poppler 22 sometimes reports a picture's width and height swapped about its
            // top-left corner, so both orientations count.
            let transposed = Rect(x: photo.x, y: photo.y, width: photo.height, height: photo.width)
            return contains(photo, box) || contains(transposed, box)
        }
    }

    static func contains(_ outer: Rect, _ inner: Rect) -> Bool {
        inner.minX >= outer.minX - pictureTolerance && inner.maxX <= outer.maxX + pictureTolerance
            && inner.minY >= outer.minY - pictureTolerance && inner.maxY <= outer.maxY + pictureTolerance
    }
}
