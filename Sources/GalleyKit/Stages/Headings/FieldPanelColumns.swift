/// A contact panel set as a column of labels beside a column of values ("Tel:" / "Email:" beside
/// "0113 496 0000" / "office@example.org") comes out of pdftotext as a title over the labels and
/// the values after them, either as one block per column or one block per cell in turn. The
/// title becomes a heading and each label is paired with its value in a list ("Tel: 0113 496
/// 0000"), as printed; pairing a column block with the next is recorded as a move, on the
/// labels' lines (where the pairs are printed in the output).
enum FieldPanelColumns {
    /// A field label has at most this many words ("Tel:", "Office hours:").
    static let maximumLabelWords = DumpHeadings.maximumFieldLabelWords
    /// A label is at most this many characters.
    static let maximumLabelLength = 24

    /// `blocks` of one raw-dump page with each title over a panel of label and value columns
    /// made a heading and a list of "Label: value" items.
    static func pair(_ blocks: [Block], audit: inout Audit) -> [Block] {
        var result: [Block] = []
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            guard block.kind == .paragraph, let (titleEnd, labels) = titleOverLabels(block) else {
                result.append(block)
                index += 1
                continue
            }
            var pairs: [(label: Line, value: String)] = []
            var used = 0
            if labels.count >= 2, index + 1 < blocks.count, isValueColumn(blocks[index + 1], count: labels.count) {
                // One block per column: the values, in order, beside the labels.
                pairs = zip(labels, blocks[index + 1].lines.map { $0.text.trimmingWhitespace() }).map { ($0, $1) }
                used = 1
                audit.repair(
                    .moved, before: blocks[index + 1].text,
                    after: pairs.map { "\($0.label.text) \($0.value)" }.joined(separator: " / "),
                    page: block.page, lines: labels)
            } else if labels.count == 1 {
                // One block per cell: value, label, value… in turn.
                var label = labels[0]
                var next = index + 1
                while next < blocks.count, isSingleValue(blocks[next]) {
                    pairs.append((label, blocks[next].lines[0].text.trimmingWhitespace()))
                    next += 1
                    guard next + 1 < blocks.count, let following = singleLabel(blocks[next]), isSingleValue(blocks[next + 1])
                    else { break }
                    label = following
                    next += 1
                }
                used = next - index - 1
            }
            guard pairs.count >= DumpHeadings.minimumPanelFields else {
                result.append(block)
                index += 1
                continue
            }
            result.append(
                Block(lines: Array(block.lines[..<titleEnd]), kind: .heading, headingLevel: 2, page: block.page))
            let lines = pairs.map { pair -> Line in
                var line = pair.label
                line.text = line.text.trimmingWhitespace() + " " + pair.value
                return line
            }
            result.append(Block(lines: lines, kind: .list, items: lines.map(\.text), page: block.page))
            index += 1 + used
        }
        return result
    }

    /// The end of the title and the label lines under it, when `block` is one title (title case,
    /// at most `maximumHeadingLines` lines) over lines that are each a bare field label.
    static func titleOverLabels(_ block: Block) -> (Int, [Line])? {
        // The block's last line is one of the labels under the title: a block whose last line is
        // no bare label (nearly all) is turned away before its title lines are read.
        guard let last = block.lines.last, isBareLabel(last.text.trimmingWhitespace()) else { return nil }
        let texts = block.lines.map { $0.text.trimmingWhitespace() }
        guard let title = TitleGroups.leading(texts).first, title.lowerBound == 0, title.upperBound < texts.count,
            TextShape.isTitleCase(texts[title].joined(separator: " ")),
            texts[title.upperBound...].allSatisfy(isBareLabel)
        else { return nil }
        return (title.upperBound, Array(block.lines[title.upperBound...]))
    }

    /// A field label alone on its line: "Tel:", "Office hours:".
    static func isBareLabel(_ text: String) -> Bool {
        guard text.hasSuffix(":"), text.count <= maximumLabelLength, text.first?.isUppercase == true else { return false }
        let label = text.dropLast()
        return !label.isEmpty && label.split(separator: " ").count <= maximumLabelWords
            && label.allSatisfy { $0.isLetter || $0 == " " }
    }

    /// A block of `count` values, none of them a label: the column beside the labels.
    static func isValueColumn(_ block: Block, count: Int) -> Bool {
        block.kind == .paragraph && block.lines.count == count
            && block.lines.allSatisfy { isValue($0.text.trimmingWhitespace()) }
    }

    static func isSingleValue(_ block: Block) -> Bool {
        block.kind == .paragraph && block.lines.count == 1 && isValue(block.lines[0].text.trimmingWhitespace())
    }

    /// The label of a block that is one bare label.
    static func singleLabel(_ block: Block) -> Line? {
        guard block.kind == .paragraph, block.lines.count == 1, isBareLabel(block.lines[0].text.trimmingWhitespace())
        else { return nil }
        return block.lines[0]
    }

    /// A field's value: some text that is no label and no running prose.
    static func isValue(_ text: String) -> Bool {
        !text.isEmpty && !isBareLabel(text) && !TextShape.endsSentence(text)
            && text.count <= TextShape.maximumWordsPerLine * maximumLabelLength
    }
}
