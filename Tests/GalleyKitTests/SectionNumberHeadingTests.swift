import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A heading's section number that the reader gave a block of its own ("2.2" beside "Banks and
/// Hedges", an em quad apart, on one baseline) rejoins its heading; a number in body type, one
/// too far away, in another size or off the baseline, is left alone.
@Suite struct SectionNumberHeadingTests {
    static let bold = FontInfo(name: "LMRoman12-Bold", size: 12, isBold: true)
    static let plain = FontInfo(name: "LMRoman10-Regular", size: 10)

    static func block(_ text: String, x: Double, y: Double, width: Double, font: FontInfo) -> Block {
        Block(lines: [Line(text, box: Rect(x: x, y: y, width: width, height: font.size * 1.2), font: font)], page: 1)
    }

    /// The page's blocks after heading detection, as "kind:text", with `number` and `title` above three body lines.
    static func kinds(_ number: Block, _ title: Block) -> [String] {
        let body = (0..<3).map { row in
            block(
                "Body text set in the usual size for the report's running prose, line \(row).", x: 300,
                y: 100 + Double(row) * 12, width: 230, font: plain)
        }
        var document = Document(
            source: SourceInfo(file: "x.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: [number, title] + body)])
        DetectHeadings().run(&document, context: Fixtures.context)
        return document.pages[0].blocks.map { "\($0.kind):\($0.text)" }
    }

    @Test func aNumberBesideItsHeadingJoinsIt() {
        let result = Self.kinds(
            Self.block("2.2", x: 300, y: 60, width: 17, font: Self.bold),
            Self.block("Banks and Hedges", x: 329, y: 60, width: 100, font: Self.bold))
        #expect(result.first == "heading:2.2 Banks and Hedges")
        #expect(!result.contains("paragraph:2.2"))
    }

    @Test func aNumberRightAboveItsHeadingJoinsIt() {
        let result = Self.kinds(
            Self.block("3", x: 300, y: 60, width: 7, font: Self.bold),
            Self.block("Recommendations", x: 300, y: 74.4, width: 100, font: Self.bold))
        #expect(result.first == "heading:3 Recommendations")
    }

    @Test func aNumberInBodyTypeStaysApart() {
        let result = Self.kinds(
            Self.block("2", x: 300, y: 60, width: 6, font: Self.plain),
            Self.block("Volunteers walked the towpath", x: 312, y: 60, width: 150, font: Self.plain))
        #expect(!result.contains { $0.contains("2 Volunteers") })
    }

    @Test func aNumberFarFromTheHeadingStaysApart() {
        let result = Self.kinds(
            Self.block("2.2", x: 300, y: 60, width: 17, font: Self.bold),
            Self.block("Banks and Hedges", x: 380, y: 60, width: 100, font: Self.bold))
        #expect(!result.contains { $0.contains("2.2 Banks") })
    }

    @Test func aNumberInAnotherSizeStaysApart() {
        let result = Self.kinds(
            Self.block("2.2", x: 300, y: 60, width: 24, font: FontInfo(name: "LMRoman12-Bold", size: 17, isBold: true)),
            Self.block("Banks and Hedges", x: 329, y: 60, width: 100, font: Self.bold))
        #expect(!result.contains { $0.contains("2.2 Banks") })
    }

    @Test func aNumberBelowTheBaselineStaysApart() {
        let result = Self.kinds(
            Self.block("2.2", x: 300, y: 90, width: 17, font: Self.bold),
            Self.block("Banks and Hedges", x: 329, y: 60, width: 100, font: Self.bold))
        #expect(!result.contains { $0.contains("2.2 Banks") })
    }

    @Test func onlyDottedDigitsAreSectionNumbers() {
        func isNumber(_ text: String) -> Bool {
            SectionNumbers.isSectionNumber(Self.block(text, x: 0, y: 0, width: 10, font: Self.bold))
        }
        #expect(isNumber("2") && isNumber("2.2") && isNumber("3.1.4") && isNumber("4."))
        #expect(!isNumber("2.2a") && !isNumber("£20") && !isNumber("1.2.3.4.5") && !isNumber("2024."))
    }
}
