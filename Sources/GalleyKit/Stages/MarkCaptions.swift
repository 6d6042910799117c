/// Marks photo captions: a short block set off the body style (smaller, italic where the body is
/// upright, or another family) that sits at a picture's top or bottom edge, or that opens with a
/// caption cue ("Photo:", "Pictured", "Figure 2") where the page knows no pictures. Sets
/// `kind = .caption` where the block stands, its lines split at the picture's edge joined back
/// (each joined piece recorded as a `.join`, as the rejoin stage records one). A caption set beside
/// its picture, level with its foot or head, is one too, and is moved (recorded `.moved`) to where
/// the picture stands: before the first block under the picture.
package struct MarkCaptions: Stage {
    /// A caption is a line or two under a photo: a longer block is an article set in small type.
    static let maximumLines = 3
    /// A caption is set at least 10% smaller than the body text (or differs in slant or family).
    static let smallerShare = 0.9
    /// A caption lies within this many of its own line heights of the picture's edge.
    static let maximumGapInLines = 1.5
    /// A caption and its picture share at least this share of the narrower one's width.
    static let minimumOverlapShare = 0.5
    /// Lines of one caption follow each other within this many of their line heights.
    static let maximumLineGapInLines = 0.6
    /// Lines of one caption start within this many of their line heights of each other.
    static let alignmentInLines = 1.0
    /// Labels that open a caption in print when followed by a colon: credits and directions to the picture.
    static let labelCues: Set<String> = ["photo", "photograph", "picture", "image", "above", "below", "left", "right"]
    /// Words that open a caption when a number follows them ("Figure 3").
    static let figureCues: Set<String> = ["figure", "fig"]

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        guard let body = BodyStyle(document) else { return }
        for pageIndex in document.pages.indices {
            let pictures = document.pages[pageIndex].pictures
            var blocks = document.pages[pageIndex].blocks
            var index = 0
            var changed = false
            while index < blocks.count {
                // A caption's later lines are taken up by its first.
                guard Self.isCaptionCandidate(blocks[index], body: body),
                    !blocks.contains(where: {
                        Self.continues(blocks[index], after: $0) && Self.isCaptionCandidate($0, body: body)
                    })
                else {
                    index += 1
                    continue
                }
                // The caption's further lines: blocks set directly under it in the same type, found
                // wherever the reading order put them (a line inside the picture is a block of its own).
                var caption = blocks[index]
                var parts: [Int] = []
                var joins: [(before: String, after: String, lines: [Line])] = []
                var searching = true
                while searching {
                    searching = false
                    for other in blocks.indices where other != index && !parts.contains(other) {
                        guard caption.lines.count + blocks[other].lines.count <= Self.maximumLines,
                            Self.isCaptionCandidate(blocks[other], body: body), Self.continues(blocks[other], after: caption)
                        else { continue }
                        // Two blocks become one: recorded (if a caption) as the rejoin stage records a join.
                        let tail = RejoinInterleavedText.lastWords(of: caption, RejoinInterleavedText.snippetWords)
                            .joined(separator: " ")
                        let head = RejoinInterleavedText.firstWords(of: blocks[other], RejoinInterleavedText.snippetWords)
                            .joined(separator: " ")
                        joins.append(
                            (before: "\(tail) ‖ \(head)", after: "\(tail) \(head)",
                             lines: Array(caption.lines.suffix(1) + blocks[other].lines.prefix(1))))
                        caption = Block(lines: caption.lines + blocks[other].lines, page: caption.page)
                        parts.append(other)
                        searching = true
                        break
                    }
                }
                let beside = pictures.isEmpty ? nil : Self.picture(besideOf: caption, pictures: pictures)
                guard pictures.isEmpty ? Self.opensWithCue(caption.text) : Self.touchesPicture(caption, pictures: pictures) || beside != nil
                else {
                    index += 1
                    continue
                }
                caption.kind = .caption
                blocks[index] = caption
                for join in joins {
                    document.audit.repair(.join, before: join.before, after: join.after, page: caption.page, lines: join.lines)
                }
                for part in parts.sorted(by: >) { blocks.remove(at: part) }
                index = index + 1 - parts.filter { $0 < index }.count
                changed = true
                // A caption beside its photo reads where the photo stands: before the text under the photo.
                let at = index - 1
                if let picture = beside, !Self.touchesPicture(caption, pictures: pictures),
                    let target = Self.firstBlock(under: picture, in: blocks, except: at), target != at + 1
                {
                    let moved = blocks.remove(at: at)
                    blocks.insert(moved, at: target > at ? target - 1 : target)
                    // Moved later: the block that followed it now stands at its old place, still to be read.
                    if target > at { index = at }
                    let words = moved.text.split(separator: " ").prefix(4).joined(separator: " ")
                    document.audit.repair(
                        .moved, before: "\(words) (a caption beside its photo, where the columns put it)",
                        after: "\(words) (a caption beside its photo, before the text under the photo)", page: moved.page,
                        lines: moved.lines)
                }
            }
            if changed { document.pages[pageIndex].blocks = blocks }
        }
    }

    /// A paragraph of at most `maximumLines` lines, each set off the body style.
    static func isCaptionCandidate(_ block: Block, body: BodyStyle) -> Bool {
        guard block.kind == .paragraph, block.lines.count <= maximumLines, !block.lines.isEmpty else { return false }
        return block.lines.allSatisfy { line in line.font.map { body.isOffBody($0) } ?? false }
    }

    /// Whether `next` holds the following lines of the caption `previous` starts: the same font,
    /// directly below, starting at the same left edge.
    static func continues(_ next: Block, after previous: Block) -> Bool {
        guard let above = previous.lines.last, let below = next.lines.first, let upper = above.box, let lower = below.box,
            let font = above.font, font == below.font
        else { return false }
        let height = max(upper.height, lower.height)
        return lower.minY - upper.minY >= height / 2 && lower.minY - upper.maxY <= maximumLineGapInLines * height
            && abs(lower.minX - upper.minX) <= alignmentInLines * height
    }

    /// Whether `caption` lies at the top or bottom edge of one of `pictures`, sharing its width.
    /// A caption may run over the edge (its last line drawn on the photo), but ends within a line
    /// of the picture's bottom edge (or starts within a line of its top edge).
    static func touchesPicture(_ caption: Block, pictures: [Rect]) -> Bool {
        guard let box = caption.box, let lineHeight = caption.lines.compactMap({ $0.box?.height }).max() else { return false }
        let gap = maximumGapInLines * lineHeight
        return pictures.contains { picture in
            // poppler sometimes reports a picture's width and height swapped about its top-left
            // corner (see `LineBuilder.isPictureText`): either orientation counts.
            [picture, Rect(x: picture.x, y: picture.y, width: picture.height, height: picture.width)].contains { area in
                let overlap = min(box.maxX, area.maxX) - max(box.minX, area.minX)
                guard overlap >= minimumOverlapShare * min(box.width, area.width) else { return false }
                let under = box.minY <= area.maxY + gap && box.maxY >= area.maxY - lineHeight
                let over = box.maxY >= area.minY - gap && box.minY <= area.minY + lineHeight
                return under || over
            }
        }
    }

    /// A caption beside its photo stands at most this many of its line heights left or right of it.
    static let maximumSideGapInLines = 2.0

    /// The picture `caption` is set beside: to its left or right within `maximumSideGapInLines`,
    /// inside its height (within `maximumGapInLines`), level with its bottom or its top edge
    /// within a line, as a caption set in the margin beside a photo is.
    static func picture(besideOf caption: Block, pictures: [Rect]) -> Rect? {
        guard let box = caption.box, let lineHeight = caption.lines.compactMap({ $0.box?.height }).max() else { return nil }
        let gap = maximumGapInLines * lineHeight, side = maximumSideGapInLines * lineHeight
        return pictures.first { picture in
            let right = box.minX >= picture.maxX - lineHeight / 2 && box.minX - picture.maxX <= side
            let left = box.maxX <= picture.minX + lineHeight / 2 && picture.minX - box.maxX <= side
            let inside = box.minY >= picture.minY - gap && box.maxY <= picture.maxY + gap
            let level = abs(box.maxY - picture.maxY) <= lineHeight || abs(box.minY - picture.minY) <= lineHeight
            return (right || left) && inside && level
        }
    }

    /// The index of the first of `blocks` (in reading order, `except` aside) that starts under
    /// `picture` and overlaps it across: the text the photo stands over.
    static func firstBlock(under picture: Rect, in blocks: [Block], except: Int) -> Int? {
        blocks.indices.first { index in
            guard index != except, let box = blocks[index].box else { return false }
            return box.minY >= picture.maxY - 1 && box.minX < picture.maxX && box.maxX > picture.minX
        }
    }

    /// Whether `text` opens with a caption cue and goes on: a label with its colon ("Photo: …",
    /// "Above: …"), "Pictured", or a figure number ("Figure 3 …", "Fig. 2: …").
    static func opensWithCue(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count >= 2 else { return false }
        let first = words[0].lowercased()
        if first.hasSuffix(":"), labelCues.contains(String(first.dropLast())) { return true }
        var bare = first
        while let last = bare.last, last == ":" || last == "." || last == "," { bare.removeLast() }
        if bare == "pictured" { return true }
        return figureCues.contains(bare) && words[1].first?.isNumber == true
    }

    /// The body text's typography: the size, slant and family that most characters are set in.
    struct BodyStyle {
        var size: Double
        var isItalic: Bool
        var family: String

        init?(_ document: Document) {
            var sizes: [Double: Int] = [:], families: [String: Int] = [:]
            var italic = 0, total = 0
            for page in document.pages {
                for block in page.blocks {
                    for line in block.lines {
                        guard let font = line.font else { continue }
                        let count = line.text.utf8.count
                        sizes[(font.size * 2).rounded() / 2, default: 0] += count
                        families[Self.family(font.name), default: 0] += count
                        if font.isItalic { italic += count }
                        total += count
                    }
                }
            }
            guard total > 0, let size = sizes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key,
                let family = families.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
            else { return nil }
            self.size = size
            self.isItalic = 2 * italic > total
            self.family = family
        }

        /// Whether `font` differs from the body's: smaller by `smallerShare`, slanted where the
        /// body is upright, or of another family. Type larger than the body, or bold at the body's
        /// size, is a heading's, never a caption's.
        func isOffBody(_ font: FontInfo) -> Bool {
            if font.size > size * (2 - MarkCaptions.smallerShare)
                || (font.isBold && font.size >= MarkCaptions.smallerShare * size)
            {
                return false
            }
            return font.size < MarkCaptions.smallerShare * size || (font.isItalic && !isItalic)
                || Self.family(font.name) != family
        }

        /// A font's family: its name without a subset tag ("ABCDEF+") and without the style after
        /// a hyphen or comma ("Times-Italic" → "Times").
        static func family(_ name: String) -> String {
            // An ASCII name (every font name in practice) is cut on its bytes: each byte is a
            // character, and no "+", "-" or "," is part of another.
            let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> String? in
                guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
                var start = 0
                if let plus = bytes.firstIndex(of: UInt8(ascii: "+")) { start = plus + 1 }
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "-"), bytes[end] != UInt8(ascii: ",") { end += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
            if let ascii, let family = ascii { return family }
            var rest = Substring(name)
            if let plus = rest.firstIndex(of: "+") { rest = rest[rest.index(after: plus)...] }
            if let cut = rest.firstIndex(where: { $0 == "-" || $0 == "," }) { rest = rest[..<cut] }
            return String(rest)
        }
    }
}
