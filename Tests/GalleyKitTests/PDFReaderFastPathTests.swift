import CPoppler
import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The PDF reader's speed-ups (issue 5) hold to the plain code they replaced: line text, box,
/// font and rotation; the cuts at column gaps; the wide gaps a gutter is looked for at; and the
/// skipped picture look-up, which may only be skipped where no line could be picture text.
/// Checked on synthetic edge cases and on every page of every sample PDF.
@Suite struct PDFReaderFastPathTests {
    // MARK: The plain implementations, as they were

    enum Plain {
        static func line(_ range: Range<Int>, _ content: PageContent) -> Line {
            let glyphs = content.glyphs
            var scalars = String.UnicodeScalarView()
            var box: Rect?
            var counts: [Int: Int] = [:]
            var inks: [Glyph] = []
            for index in range {
                let glyph = glyphs[index]
                scalars.append(glyph.scalar == "\n" ? " " : glyph.scalar)
                guard !glyph.isWhitespace else { continue }
                box = box?.union(glyph.box) ?? glyph.box
                counts[glyph.font, default: 0] += 1
                inks.append(glyph)
            }
            let named = counts.filter { $0.key >= 0 }
            let dominant = named.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
            let font = dominant.flatMap { $0 < content.fonts.count ? content.fonts[$0] : nil }
            let size = font?.size ?? inks.first?.box.height ?? 0
            // Raised reference digits in a line of several fonts are written as superscripts.
            if counts.count > 1, let dominant {
                let raised = Set(LineBuilder.raisedDigits(range, content, dominant: dominant))
                if !raised.isEmpty {
                    scalars = String.UnicodeScalarView()
                    for index in range {
                        let scalar = glyphs[index].scalar == "\n" ? " " : glyphs[index].scalar
                        scalars.append(raised.contains(index) ? LineBuilder.superscriptForms[Int(scalar.value - 0x30)] : scalar)
                    }
                    // Raised references are left out of the line's box.
                    box = nil
                    for index in range where !glyphs[index].isWhitespace && !raised.contains(index) {
                        box = box?.union(glyphs[index].box) ?? glyphs[index].box
                    }
                }
            }
            // The last word holding a letter names the font the line ends in, when it is another.
            var words: [[Glyph]] = [[]]
            for index in range {
                if glyphs[index].isWhitespace { words.append([]) } else { words[words.count - 1].append(glyphs[index]) }
            }
            var trailingFont: FontInfo?
            if counts.count > 1, let word = words.last(where: { $0.contains { $0.scalar.properties.isAlphabetic } }) {
                var letters: [Int: Int] = [:]
                for glyph in word where glyph.scalar.properties.isAlphabetic && glyph.font >= 0 { letters[glyph.font, default: 0] += 1 }
                let last = letters.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
                if let last, last != dominant, last < content.fonts.count { trailingFont = content.fonts[last] }
            }
            return Line(
                String(scalars), box: box, font: font, trailingFont: trailingFont, isRotated: isRotated(inks, size: size))
        }

        static func isRotated(_ inks: [Glyph], size: Double) -> Bool {
            guard let first = inks.first, let last = inks.last, inks.count >= 2, size > 0 else { return false }
            let rise = abs(last.box.midY - first.box.midY)
            let advance = abs(last.box.midX - first.box.midX)
            if rise > LineBuilder.rotationSlope * advance && rise >= LineBuilder.minimumRiseInFontSizes * size { return true }
            guard rise >= LineBuilder.tiltRiseInFontSizes * size, inks.allSatisfy({ $0.font == first.font }) else { return false }
            let direction = last.box.midY > first.box.midY ? 1.0 : -1.0
            for (a, b) in zip(inks, inks.dropFirst())
            where (b.box.midY - a.box.midY) * direction < LineBuilder.tiltStepInFontSizes * size {
                return false
            }
            return true
        }

        static func fontSize(of glyph: Glyph, _ content: PageContent) -> Double {
            glyph.font >= 0 && glyph.font < content.fonts.count ? content.fonts[glyph.font].size : glyph.box.height
        }

        static func splitAtGaps(_ range: Range<Int>, _ content: PageContent) -> [Range<Int>] {
            let glyphs = content.glyphs
            var spaces: [(gap: Double, previous: Int, next: Int, size: Double, jump: Bool)] = []
            var previous: Int?
            for index in range where !glyphs[index].isWhitespace {
                defer { previous = index }
                guard let previous else { continue }
                let size = fontSize(of: glyphs[index], content)
                let gap = glyphs[index].box.minX - glyphs[previous].box.maxX
                let jump = LineBuilder.isBaselineJump(from: glyphs[previous].box, to: glyphs[index].box, size: size)
                if jump || index > previous + 1 || gap >= LineBuilder.wordSpaceInFontSizes * size
                    || gap >= LineBuilder.columnGapInFontSizes * size
                {
                    spaces.append((gap, previous, index, size, jump))
                }
            }
            var parts: [Range<Int>] = []
            var start = range.lowerBound
            for space in spaces.indices
            where spaces[space].jump || spaces[space].gap >= LineBuilder.columnGapInFontSizes * spaces[space].size {
                if !spaces[space].jump {
                    // A glued gutter (no space glyph in it) is measured against the other gaps
                    // that are not glued gutters themselves.
                    func isGlued(_ index: Int) -> Bool {
                        spaces[index].next == spaces[index].previous + 1
                            && spaces[index].gap >= LineBuilder.columnGapInFontSizes * spaces[index].size
                    }
                    let others = spaces.indices.filter { $0 != space && !(isGlued(space) && isGlued($0)) }
                        .map { spaces[$0].gap }.sorted()
                    if !others.isEmpty, spaces[space].gap < LineBuilder.gutterShareOfOtherSpaces * others[others.count / 2] {
                        continue
                    }
                }
                parts.append(start..<(spaces[space].previous + 1))
                start = spaces[space].next
            }
            parts.append(start..<range.upperBound)
            return parts
        }

        static func wideGaps(_ range: Range<Int>, _ content: PageContent) -> [LineBuilder.WideGap] {
            let glyphs = content.glyphs
            var spaces: [Double] = []
            var candidates: [LineBuilder.WideGap] = []
            var sizeChanges: [Bool] = []
            // Per candidate: an em or more wide, and a plain word space before it on the line.
            var isWide: [Bool] = []
            var spaceBefore: [Bool] = []
            var sawSpace = false
            var previous: Int?
            for index in range where !glyphs[index].isWhitespace {
                defer { previous = index }
                guard let previous else { continue }
                let size = fontSize(of: glyphs[index], content)
                let gap = glyphs[index].box.minX - glyphs[previous].box.maxX
                let isSpace = index > previous + 1 || gap >= LineBuilder.wordSpaceInFontSizes * size
                if gap >= LineBuilder.twoSidedMinimumGutterInFontSizes * size {
                    candidates.append(
                        LineBuilder.WideGap(low: glyphs[previous].box.maxX, high: glyphs[index].box.minX, size: size, next: index)
                    )
                    let before = fontSize(of: glyphs[previous], content)
                    sizeChanges.append(abs(before - size) > LineBuilder.sizeChangeShare * max(before, size))
                    isWide.append(gap >= LineBuilder.minimumGutterInFontSizes * size)
                    spaceBefore.append(sawSpace)
                    if !isWide.last!, isSpace { spaces.append(gap) }
                } else if isSpace {
                    spaces.append(gap)
                    sawSpace = true
                }
            }
            guard !candidates.isEmpty else { return [] }
            spaces.sort()
            return candidates.indices.compactMap { at in
                let candidate = candidates[at]
                let space =
                    spaces.isEmpty ? LineBuilder.fallbackWordSpaceInFontSizes * candidate.size : spaces[spaces.count / 2]
                let width = candidate.high - candidate.low
                if isWide[at], sizeChanges[at] || width >= LineBuilder.gutterShareOfWordSpace * space { return candidate }
                guard width >= LineBuilder.twoSidedGutterShareOfWordSpace * space, spaceBefore[at] else { return nil }
                var marginal = candidate
                marginal.needsBothEdges = true
                return marginal
            }
        }

        static func box(of range: Range<Int>, _ glyphs: [Glyph]) -> Rect? {
            Rect.union(range.lazy.filter { !glyphs[$0].isWhitespace }.map { glyphs[$0].box })
        }
    }

    // MARK: Inputs

    static let regular = FontInfo(name: "Helvetica", size: 10)
    static let bold = FontInfo(name: "Helvetica-Bold", size: 10, isBold: true)
    static let small = FontInfo(name: "Helvetica", size: 7)
    static let fonts = [regular, bold, small]

    static let newline = Glyph("\n", Rect(x: 0, y: 0, width: 0, height: 0))

    static func run(_ text: String, x: Double, y: Double, advance: Double = 5, rise: Double = 0, font: Int = 0) -> [Glyph] {
        text.unicodeScalars.enumerated().map { offset, scalar in
            Glyph(
                scalar, Rect(x: x + Double(offset) * advance, y: y - Double(offset) * rise, width: advance, height: 10),
                font: font)
        }
    }

    /// Pages on the edges: non-ASCII text, glyphs with no font or a font index past the list,
    /// mixed fonts tied in count, a "\n" inside a line, column gaps, baseline jumps, wide gaps
    /// with and without word spaces to measure them by, climbing and tilted runs, lone glyphs.
    static let syntheticPages: [PageContent] = {
        let lines: [[Glyph]] = [
            run("café naïve ﬁne “quoted” – 👨‍👩‍👧 ½", x: 72, y: 100),
            run("no font", x: 72, y: 120, font: -1) + run(" past the list", x: 107, y: 120, font: 7),
            run("ab", x: 72, y: 140, font: 0) + run("cd", x: 82, y: 140, font: 1) + run("ef", x: 92, y: 140, font: -1),
            run("ab", x: 72, y: 160, font: 1) + run("cd", x: 82, y: 160, font: 0) + run(" ", x: 92, y: 160, font: 2),
            run("spread", x: 72, y: 180) + [newline] + run("words", x: 140, y: 180),
            run("Opening times ", x: 72, y: 200) + run("Call us", x: 167, y: 200),
            run("a b c d", x: 72, y: 220, advance: 4) + run("next", x: 121, y: 220),
            run("wide", x: 72, y: 240) + run("gap", x: 120, y: 240) + run("twice", x: 180, y: 240),
            run("foot of one", x: 72, y: 260) + run("head of next", x: 140, y: 300),
            run("climbing", x: 30, y: 500, advance: 0.5, rise: 6),
            run("tilted text", x: 72, y: 400, rise: 0.8),
            run("tilted mixed", x: 72, y: 420, rise: 0.8, font: 0) + run("!", x: 132, y: 410, font: 1),
            run("x", x: 72, y: 440),
            run("  \t ", x: 72, y: 460),
            run("small caption", x: 300, y: 600, font: 2),
        ]
        let glyphs = Array(lines.joined(separator: [newline]))
        let size = Rect(x: 0, y: 0, width: 595, height: 842)
        return [
            PageContent(size: size, glyphs: glyphs, fonts: fonts),
            PageContent(size: size, glyphs: glyphs, fonts: []),
            PageContent(size: size, glyphs: run("all in one font", x: 72, y: 100), fonts: fonts),
            PageContent(size: size, glyphs: [], fonts: fonts),
        ]
    }()

    /// Every page of every sample PDF (and the reader's fixtures), as the reader takes it from
    /// poppler, picture areas included.
    static let samplePages: [PageContent] = {
        let fixtures = Fixtures.root.appendingPathComponent("Tests/GalleyKitTests/Fixtures/pdf")
        let paths =
            Fixtures.sampleNames.filter { $0.hasSuffix(".pdf") }.map { Fixtures.samples.appendingPathComponent($0).path }
            + ["columns.pdf", "picture.pdf", "scanned.pdf", "tagged.pdf"].map { fixtures.appendingPathComponent($0).path }
        return paths.flatMap { path -> [PageContent] in
            guard let uri = g_filename_to_uri(path, nil, nil) else { return [] }
            defer { g_free(uri) }
            guard let raw = poppler_document_new_from_file(uri, nil, nil) else { return [] }
            let document = GObjectRef(raw)
            return (0..<poppler_document_get_n_pages(document.pointer)).compactMap { index in
                guard let raw = poppler_document_get_page(document.pointer, index) else { return nil }
                let page = GObjectRef(raw)
                var content = PageContent(page: page)
                content.pictures = PageContent.pictures(of: page)
                return content
            }
        }
    }()

    /// Ranges to compare on: poppler's lines, their pieces after the gap cuts, every run of
    /// each line's first few glyphs, and the whole page.
    static func ranges(_ content: PageContent) -> [Range<Int>] {
        let lines = LineBuilder.popplerLineRanges(content.glyphs)
        let pieces = lines.flatMap { Plain.splitAtGaps($0, content) }
        let prefixes = lines.flatMap { line in (1...min(line.count, 4)).map { line.lowerBound..<(line.lowerBound + $0) } }
        return lines + pieces + prefixes + [0..<content.glyphs.count]
    }

    // MARK: Tests

    @Test func samplePagesAreRead() {
        #expect(Self.samplePages.count >= 20)
        #expect(Self.samplePages.contains { !$0.pictures.isEmpty })
    }

    @Test func linesMatchThePlainBuilder() {
        for content in Self.syntheticPages + Self.samplePages {
            for range in Self.ranges(content) where !range.isEmpty {
                #expect(LineBuilder.line(range, content) == Plain.line(range, content), "\(range)")
                #expect(LineBuilder.box(of: range, content.glyphs) == Plain.box(of: range, content.glyphs))
            }
        }
    }

    @Test func gapCutsMatchThePlainSplit() {
        for content in Self.syntheticPages + Self.samplePages {
            for range in LineBuilder.popplerLineRanges(content.glyphs) {
                #expect(LineBuilder.splitAtGaps(range, content) == Plain.splitAtGaps(range, content), "\(range)")
                #expect(LineBuilder.wideGaps(range, content) == Plain.wideGaps(range, content), "\(range)")
            }
        }
    }

    @Test func theSyntheticEdgesAreReached() {
        let content = Self.syntheticPages[0]
        let ranges = LineBuilder.popplerLineRanges(content.glyphs)
        #expect(ranges.contains { LineBuilder.splitAtGaps($0, content).count > 1 })
        #expect(ranges.contains { !LineBuilder.wideGaps($0, content).isEmpty })
        #expect(ranges.contains { LineBuilder.line($0, content).isRotated })
        #expect(ranges.contains { LineBuilder.line($0, content).font == nil })
        #expect(ranges.contains { LineBuilder.line($0, content).text.unicodeScalars.contains { !$0.isASCII } })
    }

    /// A page the reader does not ask for pictures flags no line as picture text, whatever
    /// pictures it has: here every line's own box is a photo.
    @Test func pagesWithoutSmallTextHaveNoPictureText() {
        var skipped = 0, asked = 0
        for var content in Self.syntheticPages + Self.samplePages {
            let boxes = LineBuilder.lines(content).compactMap(\.line.box)
            content.pictures = boxes.map { Rect(x: $0.x - 1, y: $0.y - 1, width: $0.width + 2, height: $0.height + 2) }
            let flagged = LineBuilder.lines(content).contains { $0.line.isInPicture }
            if LineBuilder.mayHavePictureText(content) {
                asked += 1
            } else {
                skipped += 1
                #expect(!flagged)
            }
        }
        #expect(skipped > 0 && asked > 0)
    }

    @Test func smallTextInAPhotoIsStillFound() {
        let body = (0..<8).map { Self.run("body text line", x: 72, y: 100 + 12 * Double($0)) }
        let caption = Self.run("photo credit", x: 300, y: 600, font: 2)
        var content = PageContent(
            size: Rect(x: 0, y: 0, width: 595, height: 842),
            glyphs: Array((body + [caption]).joined(separator: [Self.newline])),
            fonts: Self.fonts)
        #expect(LineBuilder.mayHavePictureText(content))
        content.pictures = [Rect(x: 290, y: 590, width: 120, height: 40)]
        #expect(LineBuilder.lines(content).last?.line.isInPicture == true)
        // The same page with its caption in the body size has nothing to look for.
        content.glyphs = Array((body + [Self.run("photo credit", x: 300, y: 600)]).joined(separator: [Self.newline]))
        #expect(!LineBuilder.mayHavePictureText(content))
    }
}
