import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A photo in one column of a two-column page stands in the XY-cut: the blank beside it is no gap
/// across the page, so a wide space between two articles of the other column at the photo's
/// height does not cut the page into bands.
@Suite struct PictureObstacleTests {
    typealias T = OrderByGeometryTests

    /// Left column: an article, a photo 190 pt high, the article's rest. Right column: an article,
    /// then 60 pt of space level with the photo, then another article.
    static func page(photo: Rect?) -> Document {
        let left = 48.0, right = 308.0
        let blocks = [
            T.heading("From the Chair", x: left, y: 100),
            T.paragraph("The new dome is finally watertight", lines: 4, x: left, y: 120),
            T.paragraph("We have also been lucky with the weather", lines: 6, x: left, y: 380),
            T.heading("Light Pollution Survey", x: right, y: 100),
            T.paragraph("Last winter forty members measured", lines: 5, x: right, y: 120),
            T.heading("Beginners' Evenings", x: right, y: 240),
            T.paragraph("Beginners' evenings are held monthly", lines: 5, x: right, y: 260),
        ]
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: blocks, size: Rect(x: 0, y: 0, width: 595, height: 842))])
        if let photo { document.pages[0].pictures = [photo] }
        OrderByGeometry().run(&document, context: Fixtures.context)
        return document
    }

    @Test func aPhotoInOneColumnKeepsTheColumnWhole() {
        let order = T.firstLines(Self.page(photo: Rect(x: 48, y: 172, width: 240, height: 200)))
        #expect(
            order == [
                "From the Chair", "The new dome is finally watertight", "We have also been lucky with the weather",
                "Light Pollution Survey", "Last winter forty members measured", "Beginners' Evenings",
                "Beginners' evenings are held monthly",
            ])
    }

    @Test func withoutThePhotoTheSpaceAcrossThePageIsABandGap() {
        // The near miss: the same page without the picture reads in bands, as before.
        let order = T.firstLines(Self.page(photo: nil))
        #expect(order.firstIndex(of: "Light Pollution Survey")! < order.firstIndex(of: "We have also been lucky with the weather")!)
    }

    @Test func aBackgroundPictureUnderTextIsNoObstacle() {
        let text = [Rect(x: 48, y: 120, width: 240, height: 60)]
        #expect(OrderByGeometry.obstacles([Rect(x: 40, y: 110, width: 260, height: 80)], text: text, lineHeight: 10).isEmpty)
        #expect(OrderByGeometry.obstacles([Rect(x: 40, y: 200, width: 260, height: 80)], text: text, lineHeight: 10).count == 1)
        // A rule or a bullet image is too small to stand in the cut.
        #expect(OrderByGeometry.obstacles([Rect(x: 40, y: 200, width: 260, height: 2)], text: text, lineHeight: 10).isEmpty)
    }
}
