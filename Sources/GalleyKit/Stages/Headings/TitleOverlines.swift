/// A line set over a page's title in smaller type with nothing between them (the publisher or
/// organisation over a report's title on its cover) is no heading: a heading opens text under it,
/// and this one has only the title under it. It becomes a paragraph of the title's section, read
/// after the title (as a byline set under it would be); one the heading rules already left a
/// paragraph (its comma makes it no title) is read after the title all the same.
///
/// Only on the first page, only when the title is the page's largest type and at least
/// `minimumTitleRatio` times the line's size, and only for the page's first text block: a
/// section heading followed by a larger heading further down the page is left alone.
enum TitleOverlines {
    /// The title's type is at least this many times the overline's.
    static let minimumTitleRatio = 1.5
    /// An overline wraps over at most this many lines.
    static let maximumLines = 2

    /// Turns the overline of the document's first live PDF page, if it has one, into a paragraph after the title.
    static func demote(_ document: inout Document) {
        guard let pageIndex = document.pages.indices.first(where: { document.pages[$0].duplicateOf == nil }) else { return }
        document.pages[pageIndex].blocks = demoted(document.pages[pageIndex].blocks)
    }

    /// `blocks` of a first page with an overline over the title made a paragraph and put after the title.
    static func demoted(_ blocks: [Block]) -> [Block] {
        guard let index = blocks.firstIndex(where: { !$0.text.isEmpty }), index + 1 < blocks.count else { return blocks }
        let overline = blocks[index], title = blocks[index + 1]
        guard overline.kind == .heading || overline.kind == .paragraph, title.kind == .heading,
            overline.lines.count <= maximumLines,
            let lineSize = largestSize(overline), let titleSize = largestSize(title),
            titleSize >= minimumTitleRatio * lineSize,
            let pageSize = blocks.compactMap(largestSize).max(), titleSize >= pageSize - 0.5,
            let lineBox = overline.box, let titleBox = title.box, lineBox.maxY <= titleBox.minY + 0.5 * lineSize
        else { return blocks }
        var result = blocks
        var paragraph = overline
        paragraph.kind = .paragraph
        paragraph.headingLevel = nil
        result.remove(at: index)
        result.insert(paragraph, at: index + 1)
        return result
    }

    /// The largest type size among `block`'s lines; nil when none has a font.
    static func largestSize(_ block: Block) -> Double? {
        block.lines.compactMap { $0.font?.size }.max()
    }
}
