/// Type sizes measured against the page's body text: the body size itself (the most common size
/// by characters) and the heading level a size implies. Headings and continued articles both
/// judge a line's type this way.
enum TypeScale {
    /// PDF: a heading is set at least this much larger than the page's body text.
    static let headingSizeRatio = 1.15
    /// PDF: level 1 is at least this much larger than the body text…
    static let level1SizeRatio = 1.6
    /// …level 2 at least this much; smaller headings (or bold body-size ones) are level 3.
    static let level2SizeRatio = 1.3

    /// The heading level `font` is set at against a body of `body` points, or nil for body type.
    static func headingLevel(_ font: FontInfo, body: Double) -> Int? {
        let ratio = font.size / body
        if ratio >= level1SizeRatio { return 1 }
        if ratio >= level2SizeRatio { return 2 }
        if ratio >= headingSizeRatio || (font.isBold && ratio >= 1 - 0.05) { return 3 }
        return nil
    }

    /// The most common font size on the page, weighted by characters: the body text.
    static func bodyFontSize(_ blocks: [Block]) -> Double? {
        var weights: [Double: Int] = [:]
        for block in blocks {
            for lineIndex in block.lines.indices {
                guard let size = block.lines[lineIndex].font?.size else { continue }
                weights[(size * 2).rounded() / 2, default: 0] += block.lines[lineIndex].text.characterCount
            }
        }
        return weights.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }
}
