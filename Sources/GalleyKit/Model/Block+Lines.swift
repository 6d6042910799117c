extension Block {
    /// Rewrites the line at `index` and the one below it after a repair moved text up across the
    /// line break (a hyphenated word or a broken address made whole on the upper line).
    ///
    /// The lower line is dropped when nothing is left of it; returns true when it was.
    @discardableResult
    package mutating func rewriteLinePair(at index: Int, upper: String, lower: String) -> Bool {
        lines[index].text = upper
        if lower.isEmpty {
            lines.remove(at: index + 1)
            return true
        }
        lines[index + 1].text = lower
        return false
    }
}
