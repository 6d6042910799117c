import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `galley inspect`'s pictures: the overlay's geometry, the SVG and PNG drawn from it, and the
/// dump's HTML view, all from the JSON `convert` writes.
@Suite struct InspectTests {
    typealias Doc = InspectedDocument

    // MARK: Helpers

    /// A two-column page by hand, as schema 1.2 describes it: a heading across the top, two
    /// paragraphs side by side, a running footer removed with a place, a removal without one,
    /// and a block on page 2.
    static let handMade = Doc(
        schemaVersion: "1.2",
        source: .init(file: "hand.pdf", format: "pdf", pageCount: 2),
        pages: [
            .init(number: 1, width: 600, height: 800),
            .init(number: 2, width: 600, height: 800),
        ],
        sections: [
            .init(blocks: [
                .init(
                    id: "b1", order: 1, kind: "heading", page: 1, bbox: .init(x0: 50, y0: 40, x1: 550, y1: 70),
                    text: "Spring <news> & more"),
                .init(id: "b2", order: 2, kind: "paragraph", page: 1, bbox: .init(x0: 50, y0: 90, x1: 290, y1: 700)),
                .init(id: "b3", order: 3, kind: "list", page: 1, bbox: .init(x0: 310, y0: 90, x1: 550, y1: 700)),
            ]),
            .init(blocks: [.init(id: "b4", order: 4, kind: "paragraph", page: 2, bbox: .init(x0: 50, y0: 40, x1: 550, y1: 300))]),
        ],
        removed: [
            .init(id: "r1", kind: "footer", page: 1, bbox: .init(x0: 50, y0: 760, x1: 550, y1: 775), text: "Page 1"),
            .init(id: "r2", kind: "navigation", page: 1, text: "Back to top"),
        ])

    /// The badge numbers of an SVG, in document order.
    static func badges(_ svg: String) -> [Int] {
        matches(of: #"<text class="badge"[^>]*>(\d+)</text>"#, in: svg).compactMap { Int($0) }
    }

    /// The data-id of each block rect of an SVG, in document order.
    static func blockIDs(_ svg: String) -> [String] {
        matches(of: #"<rect class="block kind-[^"]*" data-id="([^"]+)""#, in: svg)
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The PNG's IHDR width and height, or nil when the bytes are not a PNG.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            bytes[12..<16].elementsEqual("IHDR".utf8)
        else { return nil }
        func word(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    static func convert(_ sample: String) throws -> (input: InputFile, json: Data) {
        let input = try InputFile.load(Fixtures.samples.appendingPathComponent(sample).path)
        let converter = Converter(options: ConvertOptions(), lexicon: Fixtures.lexicon)
        return (input, try JSONWriter().write(converter.convert(input)))
    }

    // MARK: The overlay

    @Test func overlayOfAHandMadePage() {
        let overlay = PageOverlay(document: Self.handMade, page: 1)
        #expect(overlay.blocks.map(\.id) == ["b1", "b2", "b3"])
        #expect(overlay.badges.map(\.order) == [1, 2, 3])
        // One arrow from each block to the next on the page: blocks − 1.
        #expect(overlay.arrows.count == overlay.blocks.count - 1)
        #expect(overlay.arrows.first?.fromX == 300)
        #expect(overlay.arrows.first?.fromY == 55)
        // The removal with a place is hatched; the one without is not drawn.
        #expect(overlay.removals.map(\.id) == ["r1"])
        #expect(overlay.removals.first?.kind == "footer")
        #expect(overlay.legend.map(\.label) == ["heading", "paragraph", "list", "removed"])
        #expect(overlay.legend.last?.isHatched == true)
        #expect(overlay.blocks[0].colour == PageOverlay.colour(ofKind: "heading"))
        #expect(overlay.blocks[0].colour != overlay.blocks[1].colour)
        #expect((overlay.width, overlay.height) == (600, 800))

        let second = PageOverlay(document: Self.handMade, page: 2)
        #expect(second.blocks.map(\.id) == ["b4"])
        #expect(second.arrows.isEmpty)
        #expect(second.removals.isEmpty)
        #expect(second.legend.map(\.label) == ["paragraph"])
    }

    @Test func aBlockContinuedInTheNextColumnIsDrawnInTwoPieces() {
        func line(_ x0: Double, _ y0: Double, _ x1: Double) -> Doc.Span {
            .init(bbox: .init(x0: x0, y0: y0, x1: x1, y1: y0 + 10))
        }
        var document = Self.handMade
        // Two lines at the foot of the left column, one at the head of the right.
        document.sections[0].blocks[1].spans = [line(50, 680, 290), line(50, 692, 200), line(310, 90, 550)]
        // A table's cells share rows: one piece.
        document.sections[0].blocks[2].spans = [line(310, 600, 400), line(420, 600, 550), line(310, 612, 400)]
        let overlay = PageOverlay(document: document, page: 1)
        #expect(overlay.blocks[1].pieces == [.init(x0: 50, y0: 680, x1: 290, y1: 702), .init(x0: 310, y0: 90, x1: 550, y1: 100)])
        #expect(overlay.blocks[2].pieces == [.init(x0: 310, y0: 600, x1: 550, y1: 622)])
        // The arrow leaves from where block 2 ends (the right column) and the badge sits at its start.
        #expect(overlay.arrows[1].fromX == 430)
        #expect(overlay.badges[1].y == 680 + PageOverlay.badgeRadius)
        let svg = SVGPage.svg(overlay)
        #expect(svg.contains(#"<rect class="block continued kind-paragraph" data-id="b2" x="310" y="90""#))
        #expect(Self.blockIDs(svg) == ["b1", "b2", "b3"])
    }

    @Test func anArrowOverBlocksElsewhereIsAJump() {
        var document = Self.handMade
        // Reading order 1 on page 1, 2 on page 2, 3 back on page 1 (a spread's halves, say).
        document.sections[0].blocks[1].page = 2
        let arrows = PageOverlay(document: document, page: 1).arrows
        #expect(arrows.map(\.isJump) == [true])
        #expect(PageOverlay(document: Self.handMade, page: 1).arrows.map(\.isJump) == [false, false])
        #expect(SVGPage.svg(PageOverlay(document: document, page: 1)).contains(#"<line class="arrow jump""#))
    }

    @Test func badgesStayOnThePage() {
        var document = Self.handMade
        document.sections[0].blocks[0].bbox = .init(x0: 0, y0: 0, x1: 100, y1: 20)
        let badge = PageOverlay(document: document, page: 1).badges[0]
        #expect(badge.x >= PageOverlay.badgeRadius && badge.y >= PageOverlay.badgeRadius)
    }

    @Test func aJSONWithoutPlacesDrawsNoBoxes() throws {
        let json = Data(
            """
            {"schemaVersion":"1.1","source":{"file":"a.txt","format":"text","pageCount":1},"pages":[{"number":1}],
             "sections":[{"blocks":[{"kind":"paragraph","page":1,"text":"a"},{"kind":"list","page":1,"items":["x"]}]}],
             "removed":[],"repairs":[]}
            """.utf8)
        let document = try InspectedDocument.decode(json)
        // Numbered in sections order, as 1.2 numbers them.
        #expect(document.blocks.map(\.id) == ["b1", "b2"])
        #expect(document.blocks.map(\.order) == [1, 2])
        #expect(PageOverlay(document: document, page: 1).blocks.isEmpty)
    }

    @Test func notGalleysJSONIsOneError() {
        #expect(throws: GalleyError.self) { try InspectedDocument.decode(Data("{\"pages\": 3}".utf8)) }
        #expect(throws: GalleyError.self) { try InspectedDocument.decode(Data("not json".utf8)) }
    }

    // MARK: The SVG

    @Test func svgOfAHandMadePage() throws {
        let overlay = PageOverlay(document: Self.handMade, page: 1)
        let svg = SVGPage.svg(overlay, background: "page-1.png", pixelScale: 1.5)
        #expect(Self.badges(svg) == [1, 2, 3])
        #expect(Self.blockIDs(svg) == ["b1", "b2", "b3"])
        #expect(svg.contains(#"viewBox="0 0 600 800""#))
        #expect(svg.contains(#"width="900" height="1200""#))
        #expect(svg.contains(#"<image href="page-1.png""#))
        #expect(svg.contains(#"<rect class="removed kind-footer" data-id="r1""#))
        #expect(svg.contains(#"data-order="3""#))
        #expect(Self.matches(of: #"(<line class="arrow"[^>]*marker-end)"#, in: svg).count == 2)
        #expect(svg.contains(#"<g class="legend">"#))
        #if canImport(FoundationXML)
            let xml = try XMLDocument(data: Data(svg.utf8))
            #expect(xml.rootElement()?.name == "svg")
        #endif
    }

    @Test func svgEscapesWhatItQuotes() throws {
        var document = Self.handMade
        document.sections[0].blocks[0].kind = "odd\"<&>kind"
        document.removed[0].id = "r<1>"
        let svg = SVGPage.svg(PageOverlay(document: document, page: 1))
        #expect(svg.contains("kind-odd&quot;&lt;&amp;&gt;kind"))
        #expect(svg.contains("data-id=\"r&lt;1&gt;\""))
        // Characters XML cannot hold leave a mark; a tab in an attribute survives the parser.
        #expect(SVGPage.escape("a\u{1}b\u{C}c\td") == "a\u{FFFD}b\u{FFFD}c&#9;d")
        #if canImport(FoundationXML)
            _ = try XMLDocument(data: Data(svg.utf8))
        #endif
    }

    @Test func svgNumbersHaveAtMostTwoDecimals() {
        let overlay = PageOverlay(
            document: Doc(
                source: .init(file: "a.pdf", format: "pdf", pageCount: 1),
                pages: [.init(number: 1, width: 595.2756, height: 841.8898)],
                sections: []), page: 1)
        #expect(SVGPage.svg(overlay).contains(#"viewBox="0 0 595.28 841.89""#))
    }

    // MARK: A real conversion

    /// The two-column sample through the converter: the JSON decoded, every block of page 1
    /// outlined with its id, the badges in the JSON's order for that page.
    @Test
    func svgOfTheTwoColumnSampleFollowsTheJSON() throws {
        let (_, json) = try Self.convert("pdf-two-columns.pdf")
        let document = try InspectedDocument.decode(json)
        #expect(document.schemaVersion == GalleyVersion.schema)
        let onPage = document.blocks.filter { $0.page == 1 }
        #expect(onPage.count >= 2)
        #expect(onPage.allSatisfy { $0.bbox != nil })
        let svg = SVGPage.svg(PageOverlay(document: document, page: 1), background: "page-1.png")
        #expect(Self.badges(svg) == onPage.map(\.order))
        #expect(Self.badges(svg) == Array(1...onPage.count))
        #expect(Self.blockIDs(svg) == onPage.map(\.id))
        // Two columns: some block starts right of the page's middle.
        let width = try #require(document.size(ofPage: 1)).width
        #expect(onPage.contains { $0.bbox!.x0 > width / 2 })
    }

    @Test func pngOfTheTwoColumnSampleHasThePagesShape() throws {
        let (input, json) = try Self.convert("pdf-two-columns.pdf")
        let document = try InspectedDocument.decode(json)
        let picture = try InspectPicture(pdf: input)
        let (width, height) = try picture.size(ofPage: 1)
        let png = try picture.png(of: document, page: 1, scale: 1.5)
        let size = try #require(Self.pngSize(png))
        #expect(size.width == Int((width * 1.5).rounded()))
        #expect(abs(Double(size.height) / Double(size.width) - height / width) < 0.01)

        let thumbnail = try InspectPicture.thumbnailPNG(
            pdf: Fixtures.samples.appendingPathComponent("pdf-two-columns.pdf"), json: json, page: 1, scale: 0.5)
        let small = try #require(Self.pngSize(thumbnail))
        #expect(small.width == Int((width * 0.5).rounded()))
    }

    @Test func aPageOutsideThePDFIsOneError() throws {
        let (_, json) = try Self.convert("pdf-two-columns.pdf")
        let pdf = Fixtures.samples.appendingPathComponent("pdf-two-columns.pdf")
        #expect(throws: GalleyError.noSuchPage(pdf.path, page: 9, pageCount: 1)) {
            try InspectPicture.thumbnailPNG(pdf: pdf, json: json, page: 9, scale: 1)
        }
        #expect(throws: GalleyError.self) {
            try InspectPicture(pdf: InputFile(path: "x.txt", bytes: Data("plain text".utf8)))
        }
    }

    // MARK: Page selection

    @Test func pageSelections() throws {
        #expect(try PageSelection("1-3,5")?.pages(pageCount: 6, path: "a") == [1, 2, 3, 5])
        #expect(try PageSelection("4-")?.pages(pageCount: 6, path: "a") == [4, 5, 6])
        #expect(try PageSelection("2, 2,1")?.pages(pageCount: 6, path: "a") == [2, 1])
        for bad in ["", "0", "3-1", "a", "1,,2", "-2", "1-2-3"] {
            #expect(PageSelection(bad) == nil, "\(bad)")
        }
        #expect(throws: GalleyError.noSuchPage("a", page: 7, pageCount: 6)) {
            try PageSelection("5-7")?.pages(pageCount: 6, path: "a")
        }
    }

    // MARK: The dump view

    @Test func dumpViewHasOneRowPerInputLine() throws {
        let (input, json) = try Self.convert("pdftotext-running-header.txt")
        let html = try DumpView.html(input: input, json: json)
        let (text, _) = try DumpView.text(of: input)
        let lineCount = DumpView.lines(of: text).count
        #expect(lineCount > 10)
        #expect(Self.matches(of: #"(<tr class="line)"#, in: html).count == lineCount)
        #expect(Self.matches(of: #"data-line="(\d+)""#, in: html).compactMap { Int($0) } == Array(1...lineCount))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("<style>"))
    }

    @Test func dumpLinesAreNumberedAsTheReaderNumbersThem() {
        // CR LF, a lone CR and LF each end a line; a form feed starts a page inside a line.
        #expect(DumpView.lines(of: "a\r\nb\rc\u{0C}d\ne\n") == ["a", "b", "c\u{0C}d", "e"])
        #expect(DumpView.lines(of: "a\n\nb") == ["a", "", "b"])
        #expect(DumpView.lineHTML("end\u{0C}<start>").contains("␌</span>&lt;start&gt;"))
    }

    @Test func aParagraphJoinedAcrossABreakTakesOnlyTheLinesLeftOver() {
        // b3 is lines 6 and 2–3 joined (its range 2–6 spans b1 and b2); blank lines stay unmarked.
        let text = "x\ncontinued here\nand here\n\nHeading\nstarts here\n"
        let document = Doc(
            source: .init(file: "a.txt", format: "text", pageCount: 1), pages: [.init(number: 1)],
            sections: [
                .init(blocks: [
                    .init(id: "b1", order: 1, kind: "paragraph", page: 1, sourceLines: .init(first: 1, last: 1)),
                    .init(id: "b2", order: 2, kind: "heading", page: 1, sourceLines: .init(first: 5, last: 5)),
                    .init(id: "b3", order: 3, kind: "paragraph", page: 1, sourceLines: .init(first: 2, last: 6)),
                ])
            ])
        let roles = DumpView.roles(lines: DumpView.lines(of: text), document: document)
        #expect(roles.map(\.id) == ["b1", "b3", "b3", nil, "b2", "b3"])
        #expect(roles.map(\.isFirst) == [true, true, false, false, true, false])
    }

    @Test func dumpViewColoursLinesBySourceLines() {
        let text = "Parish News\n\nFirst line\nsecond line\nPage 2\n"
        let document = Doc(
            source: .init(file: "a.txt", format: "text", pageCount: 1), pages: [.init(number: 1)],
            sections: [
                .init(blocks: [
                    .init(id: "b1", order: 1, kind: "heading", page: 1, sourceLines: .init(first: 1, last: 1)),
                    .init(id: "b2", order: 2, kind: "paragraph", page: 1, sourceLines: .init(first: 3, last: 5)),
                ])
            ],
            removed: [
                .init(id: "r1", kind: "pageNumber", page: 1, sourceLines: .init(first: 5, last: 5), text: "Page 2", block: "b2")
            ])
        let roles = DumpView.roles(lines: DumpView.lines(of: text), document: document)
        #expect(roles.map(\.role) == ["block", "none", "block", "block", "removed"])
        #expect(roles.map(\.id) == ["b1", nil, "b2", "b2", "r1"])
        #expect(roles.map(\.isFirst) == [true, false, true, false, true])
        let html = DumpView.html(text: text, document: document, title: "a <b>.txt")
        #expect(html.contains(#"<tr class="line removed kind-pageNumber" data-line="5" data-id="r1">"#))
        #expect(html.contains("b2 #2"))
        #expect(html.contains("a &lt;b&gt;.txt"))
        #expect(Self.matches(of: #"(<tr class="line)"#, in: html).count == 5)
    }
}
