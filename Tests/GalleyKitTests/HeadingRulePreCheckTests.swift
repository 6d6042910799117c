import Testing

@testable import GalleyKit

/// The byte paths and early turn-aways the dump heading rules take (issue 11: DetectHeadings
/// read every block's lines through `Character` tests several times over) give the answers of
/// the code they stand in for, kept here as the reference: on edge strings and every line of the
/// text samples, and on blocks made of those lines.
@Suite struct HeadingRulePreCheckTests {
    static let edges = [
        "Notes:", "Tel:", "Office hours:", "Call 0113 496 0000", "0113 496 0000", "www.example.org", "WWW.Example.Org",
        "http://example.org", "HTTPS://Example.org/a", "name@example.org", "A.", "Ends in a", "Rooms to -", "Rooms to –",
        "-", "- -", "Of the", "Of The", "Before You Write to Us", "Meet at 10.30", "Open 9 to 5", "A", "a", "1", "12 Days",
        "3 things", "Z", "É", "Éclair Day", "\r\nLine", "\rLine", "Title\r", "Title:\r", "'Tis the Season", "(Services),",
        "Source: Example Trust", "Date: 1 June", "Published", "x:", ":", " :", "Room\t-", "ALL\tCAPS", "Ratio 2:1",
        "the end.", "one two three four five six seven eight", "one two three four five six seven eight nine",
        "Upper Lower lower lower lower", "Upper Upper lower lower lower", "Three Word Sentence.", "Three words here:",
        "\u{600}.", "a\u{600}.", "x\u{301}", "x\u{301}.", "Dash –", "Em —", "Quote”", "(Bracket)", "Café", "Ünïcödé",
        "Café @ Home", "• Bullet Café", "– Dash Café", "Tea · Cake · Coffee", "Less ≮ More", "Greek\u{37E} Mark",
        "Café\r", "Word’s End", "Temps 20–25", "Tel: 0113 496 0000 é", "Café 0113 496 0000", "www.café.org",
        "the café of the", "Café \u{2014}", "é a b c d e f g h", "Fête Day\t", "Café +", "Ça Va #1",
    ]

    static let lines: [String] = edges + TextShapeFastPathTests.lines

    /// `TextShape.isTitleCandidate` before the byte look at the first character.
    static func referenceIsTitleCandidate(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if first.isNumber {
            guard OrderNumberedBoxes.numberedHeading(text) != nil else { return false }
        } else if !first.isUppercase {
            return false
        }
        return TextShape.isTitleContinuation(text)
    }

    /// `TextShape.isProse` before the byte count.
    static func referenceIsProse(_ text: String) -> Bool {
        let words = TextShapeFastPathTests.referenceWords(text)
        if words.count >= TextShape.proseSentenceMinimumWords, TextShape.endsSentence(text) || text.hasSuffix(":") {
            return true
        }
        guard words.count >= TextShape.proseMinimumWords else { return false }
        let lower = words.filter { $0.first?.isLowercase ?? false }.count
        return Double(lower) >= TextShape.proseLowercaseShare * Double(words.count)
    }

    @Test func lineTestsMatchTheCharacterCode() {
        for line in Self.lines {
            let words = TextShapeFastPathTests.referenceWords(line)
            let last = words.last
            #expect(TextShape.isTitleCandidate(line) == Self.referenceIsTitleCandidate(line), "\(line)")
            #expect(
                TextShape.isTitleContinuation(line) == TextShapeFastPathTests.referenceIsTitleContinuation(line), "\(line)")
            #expect(TextShape.isProse(line) == Self.referenceIsProse(line), "\(line)")
            #expect(
                TextShape.endsWithFunctionWord(line)
                    == (last.map { TextShape.functionWords.contains(TextShapeFastPathTests.referenceBare($0)) } ?? false),
                "\(line)")
            #expect(TextShape.endsWithDash(line) == (last.map { $0 == "-" || $0 == "–" || $0 == "—" } ?? false), "\(line)")
            #expect(
                TextShape.endsInTerminalPunctuation(line)
                    == (line.last.map { TextShape.terminalPunctuation.contains($0) } ?? false), "\(line)")
            #expect(TextShape.isContactOrAddress(line) == SegmentSections.isContactLine(line), "\(line)")
            #expect(
                EntryTitles.isEntryMetadata(line)
                    == (line.firstIndex(of: ":").map {
                        $0 != line.startIndex && EntryTitles.entryMetadataLabels.contains(line[..<$0].lowercased())
                    } ?? false), "\(line)")
        }
        #expect(TextShape.isTitleCandidate("Rooms to Let") && !TextShape.isTitleCandidate("rooms to let"))
        #expect(TextShape.isContactOrAddress("Tel: 0113 496 0000") && !TextShape.isContactOrAddress("Garden Open Day"))
        #expect(TextShape.endsWithFunctionWord("A Record Year for the") && TextShape.endsWithDash("Multi-Agency Audit -"))
    }

    /// `FieldPanelColumns.titleOverLabels` before the look at the block's last line.
    static func referenceTitleOverLabels(_ block: Block) -> (Int, [Line])? {
        let texts = block.lines.map { $0.text.trimmingWhitespace() }
        guard let title = TitleGroups.leading(texts).first, title.lowerBound == 0, title.upperBound < texts.count,
            TextShape.isTitleCase(texts[title].joined(separator: " ")),
            texts[title.upperBound...].allSatisfy(FieldPanelColumns.isBareLabel)
        else { return nil }
        return (title.upperBound, Array(block.lines[title.upperBound...]))
    }

    /// `DisplacedSideHeadings.isLeftoverTitle` before the first line was asked first.
    static func referenceIsLeftoverTitle(_ block: Block, repeated: Set<String>) -> Bool {
        guard block.kind == .paragraph, !block.lines.isEmpty, block.lines.count <= DetectHeadings.maximumHeadingLines,
            !repeated.contains(block.text)
        else { return false }
        let texts = block.lines.map { $0.text.trimmingWhitespace() }
        let title = texts.joined(separator: " ")
        return TextShape.isTitleCandidate(texts[0]) && texts.dropFirst().allSatisfy(TextShape.isTitleContinuation)
            && TextShape.isTitleCase(title) && TextShape.wordCount(title) <= TextShape.maximumWordsPerLine
            && !TextShape.endsSentence(title)
    }

    /// `TableTitles.isTitleOverColumn` before the title and header lines were read alone first.
    static func referenceIsTitleOverColumn(_ block: Block, followedBy rest: ArraySlice<Block>) -> Bool {
        guard block.kind == .paragraph, block.lines.count >= 2, let next = rest.first, next.kind == .paragraph else {
            return false
        }
        let texts = block.lines.map { $0.text.trimmingWhitespace() }
        let title = texts[0], header = texts[1]
        guard TextShape.isTitleCandidate(title), TextShape.isTitleCase(title), TextShape.wordCount(title) >= 2,
            !TextShape.endsWithOpenFunctionWord(title), TextShape.isTitleCandidate(header),
            TextShape.wordCount(header) <= TitleGroups.narrowWrapMaximumWords
        else { return false }
        if texts.count == 2 { return rest.prefix { TableTitles.isCellBlock($0) }.count >= TableTitles.minimumCellBlocks }
        return texts.dropFirst(2).allSatisfy(TableTitles.isCell) && next.lines.count == texts.count - 1
            && next.lines.allSatisfy { TableTitles.isCell($0.text.trimmingWhitespace()) }
    }

    /// Blocks of one to four consecutive lines from the edges and samples, and a few panels and tables.
    static let blocks: [Block] = {
        var blocks: [Block] = [
            Block(lines: [Line("Contact Us"), Line("Tel:"), Line("Email:")], page: 1),
            Block(lines: [Line("Contact Us"), Line("Tel:"), Line("Email: office")], page: 1),
            Block(lines: [Line("League Table"), Line("Team")], page: 1),
            Block(lines: [Line("Played")], page: 1), Block(lines: [Line("Points")], page: 1),
            Block(lines: [Line("Opening Times"), Line("Day"), Line("Monday"), Line("Tuesday")], page: 1),
            Block(lines: [Line("Hours"), Line("9 to 5"), Line("10 to 4")], page: 1),
            Block(lines: [Line("Garden News")], page: 1), Block(lines: [Line("Garden News")], page: 2),
        ]
        let sample = lines.filter { !$0.isEmpty }
        for size in 1...4 {
            for start in stride(from: 0, to: max(sample.count - size, 0), by: 5) {
                blocks.append(Block(lines: sample[start..<(start + size)].map { Line($0) }, page: 1))
            }
        }
        return blocks
    }()

    @Test func blockRulesMatchTheirReferences() {
        let repeated: Set<String> = ["Garden News"]
        for (index, block) in Self.blocks.enumerated() {
            let fast = FieldPanelColumns.titleOverLabels(block), reference = Self.referenceTitleOverLabels(block)
            #expect(fast?.0 == reference?.0 && fast?.1 == reference?.1, "\(block.text)")
            #expect(
                DisplacedSideHeadings.isLeftoverTitle(block, repeated: repeated)
                    == Self.referenceIsLeftoverTitle(block, repeated: repeated), "\(block.text)")
            let rest = Self.blocks[(index + 1)...]
            #expect(
                TableTitles.isTitleOverColumn(block, followedBy: rest) == Self.referenceIsTitleOverColumn(block, followedBy: rest),
                "\(block.text)")
        }
        #expect(FieldPanelColumns.titleOverLabels(Self.blocks[0])?.0 == 1)
        #expect(FieldPanelColumns.titleOverLabels(Self.blocks[1]) == nil)
        #expect(TableTitles.isTitleOverColumn(Self.blocks[2], followedBy: Self.blocks[3...]))
        #expect(!DisplacedSideHeadings.isLeftoverTitle(Self.blocks[7], repeated: repeated))
    }
}
