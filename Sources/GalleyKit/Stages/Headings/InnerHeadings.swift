/// Finds headings inside a block of running prose from a dump: a short title line between the
/// end of one sentence and the capital of the next, clearly narrower than the prose, broken
/// where the writer broke it rather than where the line wrapped. A name over its role (a
/// sign-off, `DumpHeadings.isSignOff`) is not one.
enum InnerHeadings {
    /// Lines inside running prose that are headings: a short title-like line (or a title wrapped
    /// over a few, grouped as `TitleGroups.leading` does) with no closing punctuation, after a line
    /// that ends a sentence, before a prose line (or one too long for a title) that opens a new
    /// sentence with a capital, and clearly narrower than the block's prose ("…to resources." /
    /// "Children missing education" / "In September 2020 the council launched…"), ended where the
    /// next line's first word would still have fit (so the break was made, not wrapped).
    static func find(_ texts: [String], titles: TitleLineMemo = TitleLineMemo()) -> [Range<Int>] {
        guard texts.count >= 3 else { return [] }
        // The prose's width (its lines' characters counted) only once a title line turns up.
        var knownWidth: Int?
        var found: [Range<Int>] = []
        var index = 1
        while index < texts.count - 1 {
            defer { index = max(index + 1, found.last?.upperBound ?? 0) }
            let before = texts[index - 1]
            guard TextShape.endsSentence(before), TextShape.isProse(before), titles.isTitleCandidate(texts[index]) else {
                continue
            }
            let window = Array(texts[index..<min(texts.count, index + TitleGroups.maximumTitleRun)])
            guard let group = TitleGroups.leading(window, titles: titles).first.map({ (index + $0.lowerBound)..<(index + $0.upperBound) }),
                group.upperBound < texts.count
            else { continue }
            let proseWidth = knownWidth ?? texts.map(\.characterCount).max() ?? 0
            knownWidth = proseWidth
            guard isHeading(texts[group], above: texts[group.upperBound], proseWidth: proseWidth),
                !DumpHeadings.isSignOff(texts[group])
            else { continue }
            found.append(group)
        }
        return found
    }

    /// Whether the title lines `lines` over the line `after` stand as a heading in prose
    /// `proseWidth` characters wide.
    static func isHeading(_ lines: ArraySlice<String>, above after: String, proseWidth: Int) -> Bool {
        let last = lines.last!, title = lines.joinedLines()
        let width = lines.map(\.characterCount).max() ?? 0
        guard !TextShape.endsWithDash(last), !TextShape.endsWithFunctionWord(last), after.first?.isUppercase ?? false,
            TextShape.isProse(after) || TextShape.wordCount(after) > TextShape.maximumWordsPerLine, after.count > width
        else { return false }
        guard Double(width) <= DumpHeadings.widthShare(title) * Double(proseWidth) else { return false }
        // The break is the writer's, not the wrap's: the next line's first word would have fit.
        let nextWord = TextShape.words(after).first?.count ?? 0
        return last.count + 1 + nextWord <= proseWidth
    }
}
