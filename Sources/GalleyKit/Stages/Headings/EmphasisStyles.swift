/// The bold body-size styles a PDF uses on so many of its lines that they mark emphasis (event
/// lines, names), not headings: a document-wide count that the typographic rules consult.
enum EmphasisStyles {
    /// PDF: a bold style at body size set on more than this share of a document's lines marks
    /// emphasis (event lines, names), not headings. Side-headings in bold body type with their
    /// wraps and a bold table header reach 14% of a short newsletter's lines, so not less.
    static let maximumHeadingStyleShare = 0.2
    /// …judged only when the document has at least this many lines: in a short one every style is rare.
    static let minimumLinesForStyleShare = 60

    /// The style of a line as the heading rules compare it: size to half a point, weight.
    struct Style: Hashable {
        var size: Double
        var isBold: Bool

        init(_ font: FontInfo) {
            size = (font.size * 2).rounded() / 2
            isBold = font.isBold
        }
    }

    /// The bold styles at body size (level 3 by `TypeScale.headingLevel`) that are on more than
    /// `maximumHeadingStyleShare` of the document's lines: not heading styles.
    static func of(_ document: Document) -> Set<Style> {
        var counts: [Style: Int] = [:]
        var total = 0
        for page in document.pages where page.duplicateOf == nil {
            guard let body = TypeScale.bodyFontSize(page.blocks) else { continue }
            for block in page.blocks {
                for line in block.lines {
                    guard let font = line.font else { continue }
                    total += 1
                    if font.isBold, font.size / body < TypeScale.headingSizeRatio { counts[Style(font), default: 0] += 1 }
                }
            }
        }
        guard total >= minimumLinesForStyleShare else { return [] }
        return Set(counts.filter { Double($0.value) > maximumHeadingStyleShare * Double(total) }.keys)
    }
}
