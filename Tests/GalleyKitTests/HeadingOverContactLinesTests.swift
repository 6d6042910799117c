import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A heading in the body's size and bold ("Contact the Office", as groff -ms sets `.SH`) over a
/// contact block whose lines open with a bold label and end in a telephone number: the line under
/// it is set mostly in plain type, though its last word with letters ("Tel:") is bold, so it is
/// text in another style and the heading stands. The near miss: a bold line wholly in the
/// heading's type under it (an event line) leaves the candidate text.
@Suite struct HeadingOverContactLinesTests {
    static let plain = FontInfo(name: "Times-Roman", size: 10, isBold: false)
    static let bold = FontInfo(name: "Times-Bold", size: 10, isBold: true)

    static func line(_ text: String, top: Double, font: FontInfo, trailing: FontInfo? = nil, width: Double = 200) -> Line {
        Line(text, box: Rect(x: 56, y: top, width: width, height: 9), font: font, trailingFont: trailing)
    }

    /// Where the heading's box starts: 17 points under the last of eight body lines at 200 + 13n.
    static let headingTop: Double = 317
    /// Where the first line under the heading starts: 10 points under its box.
    static let top: Double = 336

    /// Plain body text, then the heading 17 points under it, then `under` 10 points under that.
    static func page(under: [Line]) -> [Block] {
        let body = (0..<8).map { (row: Int) -> Line in
            let top: Double = 200 + 13 * Double(row)
            return line("and the text of the article goes on in the usual way", top: top, font: plain, width: 230)
        }
        let heading = [line("Contact the Office", top: headingTop, font: bold, width: 90)]
        return [Block(lines: body, page: 1), Block(lines: heading, page: 1), Block(lines: under, page: 1)]
    }

    static func headings(_ blocks: [Block]) -> [String] {
        TypographicHeadings.headings(blocks).filter { $0.kind == .heading }.map(\.text)
    }

    @Test func aBoldHeadingOverALabelledTelephoneLineIsAHeading() {
        // LineBuilder gives "Tel: 01632 960 518" the plain font of most of its glyphs and, as its
        // end font, the bold of its last word with letters.
        let under = [
            Self.line("Tel: 01632 960 518", top: Self.top, font: Self.plain, trailing: Self.bold, width: 90),
            Self.line("Email: office@example-parish.org.uk", top: Self.top + 13, font: Self.plain, width: 170),
        ]
        #expect(Self.headings(Self.page(under: under)) == ["Contact the Office"])
    }

    @Test func aBoldLineOverALineWhollyInItsTypeIsNoHeading() {
        let under = [Self.line("Sunday 5 July, 10am: Parish Communion", top: Self.top, font: Self.bold, width: 180)]
        #expect(Self.headings(Self.page(under: under)).isEmpty)
    }
}
