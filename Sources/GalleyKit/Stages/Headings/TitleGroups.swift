/// Groups the leading title lines of a block into wrapped headings: which lines open a title,
/// which carry one on (a function word or dash above, lower case, a narrow or balanced wrap).
/// Dump headings and inner headings both read titles this way.
enum TitleGroups {
    /// At most this many leading lines of a block are examined as title lines.
    static let maximumTitleRun = 4
    /// A lone word under a line of at most this many words is the tail of a title wrapped in a narrow box.
    static let narrowWrapMaximumWords = 3
    /// A wrapped title's next line is within this ratio of the previous line's length (balanced wrap).
    static let balancedWrapRange = 0.6...1.4

    /// The leading title lines of a block, grouped into wrapped headings (each at most
    /// `DetectHeadings.maximumHeadingLines` long). A line continues the heading above when that
    /// one ends in a function word or a dash, when it starts in lower case, when it is a lone word
    /// under a short line (a narrow box wraps "Long Term" / "Adolescent" / "Neglect" one or two
    /// words a line), or when it balances the line above in length (a wrap, not a new title).
    ///
    /// Without `narrowWraps` only a second one-word line joins a first ("Supporting" / "Families"):
    /// a stack of single words on its own in mid-page is mostly a logo ("Green" / "Valley" /
    /// "Council"), which reads exactly like a title wrapped in a narrow box.
    ///
    /// Limit: a title of several words under a one-word line starts a new heading ("Supporting" /
    /// "Families" / "Early Help" are two), so a narrow box that wraps one word and then two splits
    /// its title in two.
    ///
    /// `titles` keeps the lines' title answers for the other passes that ask them.
    static func leading(_ texts: [String], narrowWraps: Bool = true, titles: TitleLineMemo = TitleLineMemo()) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < min(texts.count, maximumTitleRun) {
            let text = texts[index]
            let previous = index > start ? texts[index - 1] : nil
            let continuesPrevious =
                previous.map {
                    continues($0, with: text, narrowWraps: narrowWraps, secondLine: index - start == 1, titles: titles)
                }
                ?? false
            let candidate =
                continuesPrevious
                ? titles.isTitleContinuation(text) || isDateTail(text, after: previous!)
                : titles.isTitleCandidate(text)
            guard candidate else { break }
            if previous != nil, continuesPrevious, index - start < DetectHeadings.maximumHeadingLines {
                index += 1
                continue
            }
            if index > start { groups.append(start..<index) }
            start = index
            index += 1
        }
        if index > start { groups.append(start..<index) }
        // A heading never ends on a function word: the title goes on in the prose.
        while let last = groups.last, TextShape.endsWithOpenFunctionWord(texts[last.upperBound - 1]) { groups.removeLast() }
        return groups
    }

    /// A date finishes a title left open before it ("Seed Swap in" / "March"): a few
    /// calendar words or numbers, no closing stop, though alone they are no title line.
    static let maximumDateTailWords = 3

    static func isDateTail(_ text: String, after previous: String) -> Bool {
        guard let last = text.last, !TextShape.terminalPunctuation.contains(last),
            TextShape.wordCount(text) <= maximumDateTailWords, TextShape.endsWithOpenFunctionWord(previous)
        else { return false }
        return TextShape.isDateOrNumber(text) && text.contains(where: \.isLetter)
    }

    /// Whether `text` carries on the title line `previous` above it (`secondLine`: `text` is
    /// the group's second line). `titles` keeps the title-case answers.
    static func continues(
        _ previous: String, with text: String, narrowWraps: Bool, secondLine: Bool, titles: TitleLineMemo = TitleLineMemo()
    ) -> Bool {
        let previousWords = TextShape.wordCount(previous), words = TextShape.wordCount(text)
        let ratio = Double(text.characterCount) / Double(max(previous.characterCount, 1))
        return TextShape.endsWithOpenFunctionWord(previous) || TextShape.endsWithDash(previous)
            || TextShape.startsLowercase(text)
            || (words == 1 && (narrowWraps ? previousWords <= narrowWrapMaximumWords : previousWords == 1 && secondLine))
            || (previousWords > 1 && balancedWrapRange.contains(ratio) && !opensSentenceAfterTitle(previous, text, titles: titles))
    }

    /// A sentence-case line opening on a capitalised function word under a Title Case line
    /// starts the prose under a title ("Litter Pick Success" / "The group has filled the"): no
    /// wrap of it, however alike their lengths. One opening on a name may carry the name above
    /// on ("The Example Carers Support Freephone" / "Line is staffed by…").
    ///
    /// The title-case answers come from `titles`: the lines above and below are asked again by
    /// the other passes.
    static func opensSentenceAfterTitle(_ previous: String, _ text: String, titles: TitleLineMemo = TitleLineMemo()) -> Bool {
        guard text.first?.isUppercase == true, let first = TextShape.words(text).first,
            TextShape.functionWords.contains(TextShape.bare(first))
        else { return false }
        return titles.isTitleCase(previous) && !titles.isTitleCase(text)
    }
}

extension Collection<String> {
    /// `joined(separator: " ")`, a lone line handed back as it is: most title groups are one
    /// line, and joining one still copied it into a new string (~1,600 instructions).
    func joinedLines() -> String { count == 1 ? self[startIndex] : joined(separator: " ") }
}
