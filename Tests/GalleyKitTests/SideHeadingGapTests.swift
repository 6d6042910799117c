import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A one-line side-heading set up to the edge of its narrow cell shares a poppler line with the
/// justified text beside it. The gap between them is an em or more but no wider than three of the
/// text's stretched word spaces; the type size changing across it (a 14 pt heading, 10 pt text)
/// makes it a gutter all the same, when the lines around confirm one there.
@Suite struct SideHeadingGapTests {
    typealias Split = PDFLineSplitTests

    /// A heading in font 1 (14 pt bold) from x 72 to 142, then justified 10 pt words with 8 pt
    /// spaces from x 154 (a 12 pt gap, 1.5 spaces), and two more lines of the text under it.
    static func page(headingFont: Int) -> [[Glyph]] {
        let heading = PDFReaderTests.run("Goodbye Dennis", x: 72, y: 200, advance: 5, height: 14, font: headingFont)
        let first = heading + Split.words(["After", "many", "years", "as", "caretaker"], x: 154, y: 202, space: 8)
        let below = (1...2).map { Split.run("he hands over the keys to the hall", x: 154, y: 202 + 13 * Double($0)) }
        return [first] + below
    }

    @Test func aLargerHeadingBesideJustifiedTextIsCutOff() {
        #expect(Split.texts(Self.page(headingFont: 1)).prefix(2) == ["Goodbye Dennis", "After many years as caretaker"])
    }

    @Test func theSameGapWithoutASizeChangeIsAStretchedSpace() {
        // One line still (poppler put no space in the gap, so the words run together).
        #expect(Split.texts(Self.page(headingFont: 0))[0] == "Goodbye DennisAfter many years as caretaker")
    }
}
