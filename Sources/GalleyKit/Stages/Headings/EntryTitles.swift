/// Recognises the entries of a digest of news or reports in a dump: a one-line title over
/// "Source:" / "Date:" metadata lines, perhaps with other columns' logos and labels between them.
enum EntryTitles {
    /// Labels of the metadata lines that open an entry in a digest of news or reports
    /// ("Source: Home Office", "Date: 28 May 2021"): the line above them is the entry's title.
    static let entryMetadataLabels: Set<String> = ["source", "date", "published", "author", "by", "posted", "updated"]
    /// Blocks skipped between a one-line title and its entry: logos and labels of other columns.
    static let entryLookahead = 4
    /// A logo or label skipped on the way has lines of at most this many words.
    static let captionMaximumWords = 4

    /// A "Label: …" line whose label is an entry's metadata.
    static func isEntryMetadata(_ text: String) -> Bool {
        // No colon byte, no colon character: most lines are turned away without walking their characters.
        guard text.containsUTF8Byte(UInt8(ascii: ":")), let colon = text.firstIndex(of: ":"), colon != text.startIndex
        else { return false }
        return entryMetadataLabels.contains(text[..<colon].lowercased())
    }

    /// Whether an entry's metadata ("Source: …") opens the first block after `index` that is not
    /// a short logo or label. Columns printed side by side put other titles and logos between a
    /// title and its entry, so a few such blocks are skipped.
    static func opensEntry(_ blocks: [Block], after index: Int) -> Bool {
        for next in blocks.dropFirst(index + 1).prefix(entryLookahead) {
            guard next.kind == .paragraph, let first = next.lines.first?.text.trimmingWhitespace() else { return false }
            if isEntryMetadata(first) { return true }
            let texts = next.lines.map { $0.text.trimmingWhitespace() }
            let isLabel =
                texts.count <= DetectHeadings.maximumHeadingLines && !texts.contains(where: TextShape.isProse)
                && texts.allSatisfy { TextShape.wordCount($0) <= captionMaximumWords }
            guard isLabel else { return false }
        }
        return false
    }
}
