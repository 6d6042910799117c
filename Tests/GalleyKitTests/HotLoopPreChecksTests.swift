import Testing

@testable import GalleyKit

/// The cheap pre-checks and shortcuts that spare the PDF path's hot loops their work (issue 11)
/// answer exactly as the code they stand in front of: whitespace trimming seen from two bytes,
/// a block's first character read from its first line, letters counted only up to the few
/// needed, a colon found on the bytes, a line's gaps read once when no cut can take it, and a
/// region's gutters worked out from column extents alone.
@Suite struct HotLoopPreChecksTests {
    /// Texts with every kind of end: ASCII and not, spaces, tabs, line breaks, a no-break space,
    /// combining marks, a prepended mark, a CR LF pair, empty and blank.
    static let texts: [String] = [
        "", " ", "\t\n", "a", "ab", " a", "a ", " a b ", "\u{A0}word", "word\u{A0}", "\u{2003}em\u{2003}",
        "e\u{301}", "e\u{301} ", " \u{301}x", "x\u{301}", "\u{600}", "\u{600} 12", "café", "naïve idea.",
        "Tel: 0113 496 0000", "a\r\nb", "\r\n", "x\r", "\u{301}", "*", "* a note", "¹ a note", "”quoted”",
        "Office hours:", "Ope\u{301}n: 9–5", ":\u{301}x: y", "3 items", "two words", "ABC", "ab1", "x y",
    ]

    /// Trimming as it was, walking the scalars from both ends.
    static func plainTrimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceFast }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhitespaceFast })!
        return String(scalars[first...last])
    }

    @Test(arguments: texts) func trimmingMatchesTheScalarWalk(_ text: String) {
        #expect(text.trimmingWhitespace() == Self.plainTrimmed(text))
        #expect(text[...].trimmingWhitespace() == Self.plainTrimmed(text))
        let padded = "  " + text + "\t"
        #expect(padded.dropFirst().trimmingWhitespace() == Self.plainTrimmed(String(padded.dropFirst())))
    }

    @Test func aBlocksOpeningCharacterIsThatOfItsText() {
        var blocks: [Block] = []
        for first in Self.texts {
            for second in Self.texts.prefix(12) {
                blocks.append(Block(lines: [Line(first), Line(second)], page: 1))
                blocks.append(Block(lines: [Line(" "), Line(first), Line(second)], page: 1))
            }
            blocks.append(Block(lines: [Line(first)], page: 1))
        }
        blocks.append(Block(lines: [], page: 1))
        for block in blocks {
            #expect(RegionRoles.openingCharacter(block) == block.text.first, "\(block.lines.map(\.text))")
        }
        // A prepended mark alone on its line joins the space after it: the block's text decides.
        let prepended = Block(lines: [Line("\u{600}"), Line("12")], page: 1)
        #expect(RegionRoles.openingCharacter(prepended) == prepended.text.first)
    }

    @Test(arguments: texts) func lettersAreCountedUpToTheMinimum(_ text: String) {
        for minimum in 0...4 {
            #expect(RegionRoles.hasLetters(text, atLeast: minimum) == (text.filter(\.isLetter).count >= minimum))
        }
    }

    @Test(arguments: texts) func theFirstColonIsTheFirstColonCharacter(_ text: String) {
        let found = SegmentSections.firstColon(text)
        let expected = text.firstIndex(of: ":")
        func offset(_ index: String.Index) -> Int { text.utf8.distance(from: text.startIndex, to: index) }
        #expect(found.map(offset) == expected.map(offset))
    }

    /// A line with no gap a cut could take is cut by neither the gap nor the gutter rules, and a
    /// line those rules cut always has one: on the synthetic edge cases and every sample page.
    @Test func linesNoCutCanTakeAreLeftWhole() {
        var checked = 0, mayCut = 0
        for content in PDFReaderFastPathTests.syntheticPages + PDFReaderFastPathTests.samplePages {
            for range in LineBuilder.popplerLineRanges(content.glyphs) {
                checked += 1
                if LineBuilder.mayBeCut(range, content) {
                    mayCut += 1
                    continue
                }
                #expect(LineBuilder.splitAtGaps(range, content) == [range], "\(range)")
                #expect(LineBuilder.wideGaps(range, content).isEmpty, "\(range)")
            }
        }
        #expect(checked > 1000)
        #expect(mayCut > 0 && mayCut < checked)
    }

    /// A deterministic stream of numbers in 0..<1 for the random layouts.
    struct Numbers {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    /// The gutters `layoutChange` reads from column extents are those between `columns`' runs,
    /// merged narrow runs and all, on random pages of blocks.
    @Test func columnExtentsAreThoseOfTheColumns() {
        var numbers = Numbers(state: 11)
        var multiColumn = 0
        for _ in 0..<400 {
            var items: [LayoutItem] = []
            let count = 1 + Int(numbers.next() * 14)
            for _ in 0..<count {
                // Snapped to a coarse grid so that blocks often share an edge.
                let x = (numbers.next() * 40).rounded() * 12, width = 6 + (numbers.next() * 20).rounded() * 12
                let y = numbers.next() * 700, height = 10 + numbers.next() * 80
                items.append(
                    LayoutItem(
                        box: Rect(x: x, y: y, width: width, height: height), lineCount: 1 + Int(numbers.next() * 6),
                        fontSize: 10))
            }
            let cut = XYCut(items, lineHeight: 12)
            let members = Array(items.indices)
            let columns = cut.columns(members)
            if columns.count > 1 { multiColumn += 1 }
            let extents = columns.map { run in
                Span(low: run.map { items[$0].box.minX }.min()!, high: run.map { items[$0].box.maxX }.max()!)
            }
            let spans = items.map { Span(low: $0.box.minX, high: $0.box.maxX) }
            #expect(cut.columnExtents(ofSorted: Projection.sorted(members, by: spans)) == extents)
        }
        #expect(multiColumn > 20)
    }
}
