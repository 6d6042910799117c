/// Judges whether a heading candidate in a PDF is spaced as a heading: text in another style
/// (size, weight, face or colour) right under it with more room above than below, or its text starting beside it (a
/// side-heading). Bold event lines and lead-ins set in the body's size are not.
enum HeadingSpacing {
    /// PDF: body text starts within this many body line pitches under a heading's last line.
    static let maximumGapToBodyInPitches = 1.5
    /// A bold body-size heading has more space above it than below, by at least this share of the
    /// body pitch; a larger heading (some producers space it evenly) no less, within the same share.
    static let spacingToleranceInPitches = 0.15
    /// A size within 5% of the body's is the body's size (rounding of scaled fonts): only bold in
    /// the body's own size must show more room above than below; a heading set any larger has
    /// its size to tell it apart.
    static let sameSizeShare = 0.05
    /// A side-heading's text starts beside it, its top within this share of the body pitch.
    static let sideHeadingAlignmentInPitches = 0.5

    /// What lies around a heading candidate on its page.
    struct Surroundings {
        /// The nearest line under it (across its width) and the gap to it.
        var below: (gap: Double, line: Line)?
        /// The gap to the nearest line above it (across its width).
        var above: Double?
        /// Whether text in another style starts level with it, beside it.
        var hasTextBeside = false
    }

    /// Whether the lines of a candidate heading (`heading`, at the head of a block) are spaced as
    /// one: text in another style follows under it within `maximumGapToBodyInPitches`, with more
    /// space above it than under it (`spacingToleranceInPitches`); or its text starts beside it
    /// and nothing sits right under it in its own column (a side-heading). True when the page gives no geometry to judge by. Only blocks printed on
    /// `printedPage` count: a continuation brought from a later page keeps that page's boxes.
    static func isSpacedAsHeading(
        _ heading: [Line], in blocks: [Block], printedPage: Int, pitch: Double?, body: Double
    ) -> Bool {
        guard let pitch, let font = heading.first?.font, let box = Rect.union(heading.compactMap(\.box)),
            heading.allSatisfy({ $0.box != nil })
        else { return true }
        let around = surroundings(
            of: heading, box: box, font: font, in: blocks, printedPage: printedPage, pitch: pitch, body: body)
        // A side-heading stands alone in its own column: a line right under it there makes it a
        // line of that column, judged by its spacing (a bold name in one column of two is level
        // with a line of the other whichever it is).
        let hasLineUnder = around.below.map { $0.gap <= maximumGapToBodyInPitches * pitch } ?? false
        if around.hasTextBeside, !hasLineUnder { return true }
        // The line under it counts by the type it ends in: a paragraph opening with a bold lead-in
        // run on in plain type is text in another style. So does a line set mostly in another
        // type whose last word with letters is in the heading's ("**Tel:** 01632 960 518": a
        // contact line ending in digits).
        func isAnotherStyle(_ next: FontInfo) -> Bool {
            next.isBold != font.isBold || abs(next.size - font.size) > 0.5
                || TypographicEvidence.stepsDown(from: font, to: next) || TypographicEvidence.isAnotherLook(font, next)
        }
        guard let below = around.below, below.gap <= maximumGapToBodyInPitches * pitch, let next = below.line.endFont,
            isAnotherStyle(next) || below.line.font.map(isAnotherStyle) == true
        else { return false }
        // Bold at body size must have more room above than below; a larger size only no less.
        let margin = spacingToleranceInPitches * pitch
        let isBodySize = abs(font.size / body - 1) <= sameSizeShare
        if let above = around.above, above < below.gap + (isBodySize ? margin : -margin) { return false }
        return true
    }

    /// The nearest lines above and below the heading `heading` (its lines' union `box`, set in
    /// `font`) among the lines printed on `printedPage`, and whether text starts beside it: a
    /// line below the heading styles of a `body`-point page (a side-heading's prose), not the
    /// heading of the next column level with it (bold event lines at a column's head beside the
    /// wrapped last line of the other column's heading are no side-heading).
    static func surroundings(
        of heading: [Line], box: Rect, font: FontInfo, in blocks: [Block], printedPage: Int, pitch: Double, body: Double
    ) -> Surroundings {
        let own = Set(heading.compactMap(\.box))
        var around = Surroundings()
        let slack = 0.25 * font.size
        for line in blocks.lazy.filter({ $0.page == printedPage }).flatMap(\.lines) {
            guard let other = line.box, !own.contains(other) else { continue }
            let overlaps = other.minX < box.maxX && other.maxX > box.minX
            if !overlaps {
                // A side-heading: plain text beside it, starting level with it.
                if let otherFont = line.font, otherFont.isBold != font.isBold || abs(otherFont.size - font.size) > 0.5,
                    TypeScale.headingLevel(otherFont, body: body) == nil,
                    abs(other.minY - box.minY) <= sideHeadingAlignmentInPitches * pitch
                {
                    around.hasTextBeside = true
                }
                continue
            }
            if other.minY >= box.maxY - slack {
                let gap = other.minY - box.maxY
                if around.below == nil || gap < around.below!.gap { around.below = (gap, line) }
            } else if other.maxY <= box.minY + slack {
                let gap = box.minY - other.maxY
                if around.above == nil || gap < around.above! { around.above = gap }
            }
        }
        return around
    }
}
