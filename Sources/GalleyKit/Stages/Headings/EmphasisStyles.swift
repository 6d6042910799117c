/// The bold body-size styles a PDF uses on so many of its lines that they mark emphasis (event
/// lines, names), not headings: a document-wide count that the typographic rules consult.
/// Lines spaced as headings (`HeadingSpacing`: more room above than below, text in another style
/// right under them) are not counted: a short newsletter whose every heading is bold at body size
/// (groff `-ms`, Word "Strong" headings) would otherwise lose all of them to its own headings' share.
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
            let pitch = PageBody.pitch(page.blocks, body: body)
            for block in page.blocks {
                let spacedAsHeading = headingLikeLead(block, body: body, page: page.blocks, pitch: pitch)
                for (index, line) in block.lines.enumerated() {
                    guard let font = line.font else { continue }
                    total += 1
                    if font.isBold, font.size / body < TypeScale.headingSizeRatio, index >= spacedAsHeading {
                        counts[Style(font), default: 0] += 1
                    }
                }
            }
        }
        guard total >= minimumLinesForStyleShare else { return [] }
        return Set(counts.filter { Double($0.value) > maximumHeadingStyleShare * Double(total) }.keys)
    }

    /// How many leading lines of `block` are a bold body-size run of at most
    /// `DetectHeadings.maximumHeadingLines` lines in one style, spaced as a heading on its page
    /// (`HeadingSpacing.isSpacedAsHeading`); 0 when they are not.
    static func headingLikeLead(_ block: Block, body: Double, page blocks: [Block], pitch: Double?) -> Int {
        guard let pitch, let first = block.lines.first?.font, first.isBold, first.size / body < TypeScale.headingSizeRatio
        else { return 0 }
        let count = block.lines.prefix { line in
            guard let font = line.font else { return false }
            return font.isBold == first.isBold && abs(font.size - first.size) <= 0.5
        }.count
        guard count <= DetectHeadings.maximumHeadingLines else { return 0 }
        let lead = Array(block.lines[..<count])
        return HeadingSpacing.isSpacedAsHeading(lead, in: blocks, printedPage: block.page, pitch: pitch, body: body) ? count : 0
    }
}
