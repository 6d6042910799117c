/// A heading justified across a narrow column comes out of pdftotext in pieces: the spread line's
/// first word stays with the lines under it ("Parking" / "Consultation") and its other words,
/// printed far to the right, follow as a block of their own ("Scheme"). Put back in print order
/// ("Parking Scheme" / "Consultation") as a heading before the dump's other headings are read; each
/// rejoin is recorded.
enum JustifiedTitleWords {
    /// The words cut from a spread line are a short run: at most this many.
    static let maximumCutWords = 3

    /// `blocks` of one raw-dump page with each justified title's pieces put back together.
    static func rejoin(_ blocks: [Block], audit: inout Audit) -> [Block] {
        var result: [Block] = []
        var index = 0
        while index < blocks.count {
            if index + 2 < blocks.count, let joined = rejoined(blocks[index], blocks[index + 1], over: blocks[index + 2]) {
                audit.repair(
                    .moved, before: blocks[index].text + " / " + blocks[index + 1].text, after: joined.text,
                    page: joined.page, lines: blocks[index].lines + blocks[index + 1].lines)
                result.append(joined)
                index += 2
                continue
            }
            result.append(blocks[index])
            index += 1
        }
        return result
    }

    /// The title of `title` with `cut`'s words put back after its first word, when `title` is a
    /// wrapped title whose first line is one word, `cut` one short title line, and `next` prose:
    /// a heading block.
    static func rejoined(_ title: Block, _ cut: Block, over next: Block) -> Block? {
        guard title.kind == .paragraph, cut.kind == .paragraph, title.lines.count >= 2,
            title.lines.count < DetectHeadings.maximumHeadingLines, cut.lines.count == 1
        else { return nil }
        let texts = title.lines.map { $0.text.trimmingWhitespace() }
        let cutText = cut.lines[0].text.trimmingWhitespace()
        // The spread line kept only its first word: a line of one word over the title's last line.
        guard TextShape.wordCount(texts[0]) == 1, TextShape.isTitleCandidate(texts[0]),
            texts.dropFirst().allSatisfy({ TextShape.isTitleCandidate($0) }),
            TextShape.isTitleCandidate(cutText), TextShape.wordCount(cutText) <= maximumCutWords,
            !TextShape.endsWithOpenFunctionWord(texts[texts.count - 1])
        else { return nil }
        let joinedTitle = ([texts[0], cutText] + texts.dropFirst()).joined(separator: " ")
        guard TextShape.isTitleCase(joinedTitle), TextShape.wordCount(joinedTitle) <= TextShape.maximumWordsPerLine,
            next.kind == .paragraph, next.lines.contains(where: { TextShape.isProse($0.text) })
        else { return nil }
        var first = title.lines[0]
        first.text = texts[0] + " " + cutText
        // The pieces say how the title was set, whatever its wrap: a heading.
        return Block(lines: [first] + title.lines.dropFirst(), kind: .heading, headingLevel: 2, page: title.page)
    }
}
