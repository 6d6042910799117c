/// `TextShape.isTitleContinuation`, `isTitleCandidate` and `isTitleCase` of line and title texts,
/// each text's answer worked out once for a run of the headings stage. The stage's passes ask
/// them of the same texts again and again: a block's leading lines for its groups, again for a
/// narrow-wrap regrouping and for side-heading runs, the next block's first line for a caption,
/// a title group's case for the block's headings and again for their width, and the lines the
/// displaced and trailing side-heading passes read before and after. The answers depend on the
/// text alone.
///
/// One memo belongs to one run of the stage (made there, passed down): not shared between
/// threads, which may each run a conversion.
final class TitleLineMemo {
    private var continuations: [String: Bool] = [:]
    private var titleCases: [String: Bool] = [:]

    init() {}

    /// `TextShape.isTitleContinuation(text)`, from the memo when the text was asked before.
    func isTitleContinuation(_ text: String) -> Bool {
        // Most lines are prose, turned away by their closing stop or their length (the first tests
        // of `isTitleContinuation` on both its paths) more cheaply than by hashing them.
        guard !TextShape.endsInTerminalPunctuation(text), TextShape.hasAtMostWords(text, TextShape.maximumWordsPerLine)
        else { return false }
        if let known = continuations[text] { return known }
        let answer = TextShape.isTitleContinuation(text)
        continuations[text] = answer
        return answer
    }

    /// `TextShape.isTitleCandidate(text)`: its opening test, then the memo's continuation answer.
    func isTitleCandidate(_ text: String) -> Bool {
        TextShape.opensTitle(text) && isTitleContinuation(text)
    }

    /// `TextShape.isTitleCase(text)`, from the memo when the text was asked before.
    func isTitleCase(_ text: String) -> Bool {
        if let known = titleCases[text] { return known }
        let answer = TextShape.isTitleCase(text)
        titleCases[text] = answer
        return answer
    }
}
