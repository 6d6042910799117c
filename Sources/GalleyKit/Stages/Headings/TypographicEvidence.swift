/// The typographic evidence that a PDF block opens with a heading: how many of its leading lines
/// are set as one (a heading size or bold at body size, short, unpunctuated, one style), and the
/// signs that its emphasis is something else (a label beside its value, bold body, a styled paragraph).
struct TypographicEvidence {
    /// The page's blocks (styled lists made).
    let blocks: [Block]
    /// Bold body-size styles the document uses too often to mark headings (`EmphasisStyles`).
    let emphasis: Set<EmphasisStyles.Style>
    /// Whether the page's body text is bold (`PageBody.isBold`).
    let bodyIsBold: Bool

    /// How many leading lines of `block` are set as a heading against a body of `body` points:
    /// they stop at the first line that is not, or that changes size or weight from the first.
    /// A heading wrapped after a comma ("Thank You," over "Harold") has a line ending in one: that
    /// line counts when the next line carries the heading on in the same style.
    func headingLineCount(_ block: Block, body: Double) -> Int {
        func isSetAsHeading(_ line: Line) -> Bool {
            guard let font = line.font, let level = TypeScale.headingLevel(font, body: body) else { return false }
            return !(level == 3 && emphasis.contains(EmphasisStyles.Style(font))) && !Self.isLabelBesideValue(line, in: blocks)
                && !Self.isPlainInBoldBody(font, body: body, bodyIsBold: bodyIsBold) && !Self.isRunInLeadIn(line)
        }
        func sameStyle(_ a: FontInfo?, _ b: FontInfo?) -> Bool {
            guard let a, let b else { return false }
            return abs(a.size - b.size) <= 0.5 && a.isBold == b.isBold && !Self.isAnotherLook(a, b)
        }
        var count = 0
        for (index, line) in block.lines.enumerated() {
            guard isSetAsHeading(line), count < DetectHeadings.maximumHeadingLines else { break }
            let text = line.text.trimmingWhitespace()
            if !TextShape.isTypographicTitle(text) {
                guard text.hasSuffix(","), TextShape.isTypographicTitle(String(text.dropLast())), index + 1 < block.lines.count,
                    count + 1 < DetectHeadings.maximumHeadingLines
                else { break }
                let next = block.lines[index + 1]
                guard isSetAsHeading(next), sameStyle(line.font, next.font),
                    TextShape.isTypographicTitle(next.text.trimmingWhitespace())
                else { break }
            }
            if count > 0, let first = block.lines[0].font,
                !sameStyle(first, line.font) || line.font.map({ Self.stepsDown(from: first, to: $0) }) == true
            {
                break
            }
            count += 1
        }
        return count
    }

    /// Whether the heading candidate `line`, ending in a colon, is a field label: another block's
    /// line sits beside it on its baseline ("Office hours:" | "Monday to Friday, 9–5").
    static func isLabelBesideValue(_ line: Line, in blocks: [Block]) -> Bool {
        guard line.text.trimmingWhitespace().hasSuffix(":"), let box = line.box, let size = line.font?.size else {
            return false
        }
        return blocks.contains { block in
            block.lines.contains { other in
                guard let otherBox = other.box, otherBox != box else { return false }
                return otherBox.minX >= box.maxX && abs(otherBox.maxY - box.maxY) <= DetectHeadings.sameBaselineShare * size
            }
        }
    }

    /// A line set at least this many points smaller than the line over it is in another size,
    /// even within the half-point tolerance that absorbs the rounding of scaled fonts (which
    /// moves a size by a few hundredths, not by a half step such as 11 pt over 10.5 pt).
    static let minimumSizeStep = 0.4

    /// Whether `next` is set a real step smaller than `font` (`minimumSizeStep`): a heading over a
    /// listing in its own weight ("What's On" in bold 11 pt over bold 10.5 pt event lines) ends there.
    static func stepsDown(from font: FontInfo, to next: FontInfo) -> Bool {
        font.size - next.size >= minimumSizeStep
    }

    /// Whether the line after a heading candidate ending in a function word ("What's On") is
    /// in its own weight but another size (larger or smaller beyond the half-point tolerance, or a
    /// `minimumSizeStep` smaller) and opens with no small letter: the heading cannot carry on into
    /// it, so the function word closes the heading. A bold lead-in wrapped after a function word
    /// (at its own size, or running on into plain type or in lower case) is still turned away.
    static func endsBeforeAnotherSize(_ block: Block, after count: Int) -> Bool {
        guard count > 0, count < block.lines.count, let font = block.lines[count - 1].font,
            let next = block.lines[count].font, next.isBold == font.isBold,
            block.lines[count].text.trimmingWhitespace().first?.isLowercase == false
        else { return false }
        return abs(font.size - next.size) > 0.5 || stepsDown(from: font, to: next)
    }

    /// Whether `line` opens with a bold lead-in that runs on in plain type of its own size on the
    /// same line ("**The work** was paid for by a"): the line is mostly bold, but a heading never
    /// turns into plain text mid-line, so this is the start of a paragraph.
    static func isRunInLeadIn(_ line: Line) -> Bool {
        guard let font = line.font, let trailing = line.trailingFont else { return false }
        return font.isBold && !trailing.isBold && abs(trailing.size - font.size) <= 0.5
    }

    /// Whether `font` is emphasis at about the size of a bold `body`: no heading.
    static func isPlainInBoldBody(_ font: FontInfo, body: Double, bodyIsBold: Bool) -> Bool {
        bodyIsBold && font.isBold && font.size / body < TypeScale.headingSizeRatio
    }

    /// Whether the lines of `block` after its first `count` (the heading candidate) go on in the
    /// candidate's own style: then the candidate is the start of a paragraph set large or bold
    /// (an introduction, a notice), not a heading, whose text always changes style under it. The
    /// line under it counts by the type it ends in (a bold lead-in run on in plain type changes style).
    static func goesOnInItsStyle(_ block: Block, after count: Int) -> Bool {
        guard count < block.lines.count, let first = block.lines[0].font, let next = block.lines[count].endFont else {
            return false
        }
        return abs(first.size - next.size) <= 0.5 && !stepsDown(from: first, to: next) && first.isBold == next.isBold
            && first.isItalic == next.isItalic && !isAnotherLook(first, next)
    }

    /// Quotation marks that open and close a quotation.
    static let openingQuotes: Set<Character> = ["“", "\"", "‘", "'", "«"]
    static let closingQuotes: Set<Character> = ["”", "\"", "’", "'", "»"]

    /// Whether the heading candidate's lines `texts` are wholly a quotation ("“The best fair we
    /// have had in years”", a closing stop or attribution dash aside): a pull quote or a
    /// testimonial set large, not a heading, which may quote a phrase but does not open and close
    /// in quotation marks.
    static func isQuotation(_ texts: [String]) -> Bool {
        let text = texts.map { $0.trimmingWhitespace() }.joined(separator: " ")
        guard let first = text.first, openingQuotes.contains(first), text.count > 2 else { return false }
        let end = text.reversed().drop { ".,!?…".contains($0) }
        guard let last = end.first else { return false }
        return closingQuotes.contains(last) && end.count < text.count + 1 && end.count > 2
    }

    /// Whether `a` and `b` have one weight and slant but two faces ("Sans-Bold" over "Serif-Bold"):
    /// a heading in a word processor's heading face over bold event lines or names in the body's
    /// face is text in another style, although both are bold at the body's size.
    static func isAnotherFace(_ a: FontInfo, _ b: FontInfo) -> Bool {
        a.isBold == b.isBold && a.isItalic == b.isItalic && family(a.name) != family(b.name)
    }

    /// Whether `a` and `b` have one weight and slant but another face (`isAnotherFace`) or
    /// another colour, both known: a heading in the document's heading colour over bold names or
    /// event lines in black is text in another style too.
    static func isAnotherLook(_ a: FontInfo, _ b: FontInfo) -> Bool {
        guard a.isBold == b.isBold, a.isItalic == b.isItalic else { return false }
        if let first = a.color, let second = b.color, first != second { return true }
        return isAnotherFace(a, b)
    }

    /// A font's family as its name tells it: lower case, up to the first "-" or "," that opens the
    /// style ("LiberationSans-Bold" and "liberationsans,bold" are both "liberationsans").
    static func family(_ name: String) -> Substring {
        let lower = name.lowercased()
        return lower.prefix { $0 != "-" && $0 != "," }
    }
}
