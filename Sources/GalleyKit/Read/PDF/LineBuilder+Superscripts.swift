/// Raised digits: a footnote reference set as a small digit above the baseline ("grant¹") comes out
/// of the text layer as a plain digit glued to the word ("grant1"). The line builder writes such
/// digits as superscript digits, so that the text keeps what the page showed and the note stage
/// (`SplitNoteMarkers`) can tell a reference from a number.
extension LineBuilder {
    /// A raised digit is set at most 0.8 of the line's size…
    static let superscriptMaxShareOfSize = 0.8
    /// …with its foot at least a quarter of the line's size above the foot of the line's own glyphs.
    static let superscriptRiseInFontSizes = 0.25
    /// A reference has at most two digits.
    static let maximumSuperscriptDigits = 2

    static let superscriptForms: [Unicode.Scalar] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// The indices of `range`'s digit glyphs that are raised and smaller than the line's
    /// dominant font (`dominant`, an index into `content.fonts`).
    static func raisedDigits(_ range: Range<Int>, _ content: PageContent, dominant: Int) -> [Int] {
        let glyphs = content.glyphs
        guard content.fonts.indices.contains(dominant) else { return [] }
        let size = content.fonts[dominant].size
        guard size > 0 else { return [] }
        // The foot of the line's own glyphs: the median bottom of those in the dominant font.
        let feet = range.filter { glyphs[$0].font == dominant && !glyphs[$0].isWhitespace }.map { glyphs[$0].box.maxY }.sorted()
        guard !feet.isEmpty else { return [] }
        let foot = feet[feet.count / 2]
        var raised: [Int] = []
        var run: [Int] = []
        func flush() {
            if !run.isEmpty && run.count <= maximumSuperscriptDigits { raised += run }
            run = []
        }
        for index in range {
            let glyph = glyphs[index]
            let isDigit = glyph.scalar.value >= 0x30 && glyph.scalar.value <= 0x39
            if isDigit, glyph.font != dominant, fontSize(of: glyph, content.fonts) <= superscriptMaxShareOfSize * size,
                glyph.box.maxY <= foot - superscriptRiseInFontSizes * size
            {
                run.append(index)
            } else {
                flush()
            }
        }
        flush()
        return raised
    }
}
