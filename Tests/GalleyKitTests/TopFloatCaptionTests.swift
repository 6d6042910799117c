import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A picture floated to the top of the columns, above every paragraph of the page: its caption
/// (read before the first heading) goes after the first paragraph of the article under it. A
/// picture set inside the text, a paragraph above its caption, leaves the caption where it is.
@Suite struct TopFloatCaptionTests {
    static let style = BodyStyle(size: 10, pitch: 13.6, family: "Times")
    static let body = FontInfo(name: "Times-Roman", size: 10)
    static let heading = FontInfo(name: "Helvetica-Bold", size: 12, isBold: true)
    static let picture = Rect(x: 267, y: 130, width: 268, height: 170)

    static func block(_ texts: [String], _ font: FontInfo, x: Double, y: Double, width: Double = 237) -> Block {
        Block(
            lines: texts.enumerated().map { index, text in
                Line(text, box: Rect(x: x, y: y + 13.6 * Double(index), width: width, height: font.size), font: font)
            }, page: 1)
    }

    static let caption = block(["The new oak gates on the day they", "went in."], body, x: 268, y: 308, width: 265)
    static let first = block(["After three winters of fundraising the", "trust has fitted new gates."], body, x: 51, y: 360)
    static let second = block(["The old gates will be cut up for", "benches along the towpath."], body, x: 51, y: 421)

    static func texts(_ blocks: [Block]) -> [String] { blocks.map { String($0.text.prefix(12)) } }

    @Test func theCaptionOfATopFloatFollowsTheFirstParagraph() {
        let blocks = [Self.caption, Self.block(["New Gates"], Self.heading, x: 51, y: 340), Self.first, Self.second]
        let moved = RegionRoles.topFloatCaptionsAfterFirstParagraph(blocks, pictures: [Self.picture], style: Self.style)
        #expect(Self.texts(moved.blocks) == ["New Gates", "After three ", "The new oak ", "The old gate"])
        #expect(moved.moved.count == 1)
    }

    @Test func aPictureUnderAParagraphKeepsItsCaptionInPlace() {
        // The near miss: a paragraph stands above the picture: it sits inside the text, not above it.
        let above = Self.block(["Boats have used the lock since the", "spring, and the towpath is open."], Self.body, x: 51, y: 110)
        let blocks = [above, Self.caption, Self.block(["New Gates"], Self.heading, x: 51, y: 340), Self.first, Self.second]
        let moved = RegionRoles.topFloatCaptionsAfterFirstParagraph(blocks, pictures: [Self.picture], style: Self.style)
        #expect(moved.blocks == blocks)
        #expect(moved.moved.isEmpty)
    }
}
