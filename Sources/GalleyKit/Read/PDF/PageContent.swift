import CPoppler

/// One character of a page's text layer: the character, its box and its font.
struct Glyph: Equatable, Sendable {
    var scalar: Unicode.Scalar
    /// Top-left origin, points; rotated glyphs come back with their corners normalised.
    var box: Rect
    /// Index into `PageContent.fonts`, or -1 when poppler named no font.
    var font: Int

    init(_ scalar: Unicode.Scalar, _ box: Rect, font: Int = 0) {
        self.scalar = scalar
        self.box = box
        self.font = font
    }

    var isWhitespace: Bool { scalar.isWhitespaceFast }
}

/// Everything the reader takes from one poppler page, copied into Swift values so the page can
/// be released straight away.
struct PageContent: Sendable {
    var size: Rect
    /// The page's text in poppler's order; a "\n" glyph ends each of poppler's lines.
    var glyphs: [Glyph]
    var fonts: [FontInfo]
    var links: [LinkAnnotation]
    /// Areas where pictures are drawn, top-left origin. The reader asks poppler for them only
    /// when they can matter (`LineBuilder.mayHavePictureText`, or a page without text).
    var pictures: [Rect]

    init(size: Rect, glyphs: [Glyph], fonts: [FontInfo], links: [LinkAnnotation] = [], pictures: [Rect] = []) {
        self.size = size
        self.glyphs = glyphs
        self.fonts = fonts
        self.links = links
        self.pictures = pictures
    }
}

extension PageContent {
    /// Reads text, glyph boxes, fonts and URI links of `page`, freeing every list and buffer
    /// poppler hands back. Picture areas are left empty: `pictures(of:)` reads them.
    init(page: GObjectRef) {
        let pointer = page.pointer
        var width = 0.0, height = 0.0
        poppler_page_get_size(pointer, &width, &height)
        let size = Rect(x: 0, y: 0, width: width, height: height)

        let text = takeGString(poppler_page_get_text(pointer)) ?? ""
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var rectangleCount: guint = 0
        if poppler_page_get_text_layout(pointer, &rectangles, &rectangleCount) == 0 {
            rectangles = nil
            rectangleCount = 0
        }
        defer { g_free(rectangles) }

        var glyphs: [Glyph] = []
        // One rectangle per character: their count sizes the array without counting the scalars first.
        glyphs.reserveCapacity(Int(rectangleCount))
        var lastBox = Rect(x: 0, y: 0, width: 0, height: 0)
        var index = 0
        for scalar in text.unicodeScalars {
            // One rectangle per character is poppler's contract; should it ever fall short,
            // the character keeps the previous box rather than being dropped.
            if let rectangles, index < Int(rectangleCount) {
                let r = rectangles[index]
                lastBox = Rect(x: min(r.x1, r.x2), y: min(r.y1, r.y2), width: abs(r.x2 - r.x1), height: abs(r.y2 - r.y1))
            }
            glyphs.append(Glyph(scalar, lastBox, font: -1))
            index += 1
        }
        let fonts = Self.fonts(of: pointer, glyphs: &glyphs)
        Self.readDrawnSoftHyphens(&glyphs)
        self.init(size: size, glyphs: glyphs, fonts: fonts, links: Self.links(of: pointer, pageHeight: height))
    }

    /// A soft hyphen (U+00AD) between two letters whose next letter starts at least half its
    /// width further on was drawn: the pen moved past it, so it is the word's own hyphen, which
    /// some layout programs write as U+00AD ("low\u{AD}energy" printed "low-energy"). It becomes
    /// "-". A soft hyphen a web browser leaves inside a word for its hyphenation is not drawn: it
    /// has no width and the next letter starts where it does; it stays for the hyphenation stage.
    static func readDrawnSoftHyphens(_ glyphs: inout [Glyph]) {
        for index in glyphs.indices.dropFirst().dropLast() where glyphs[index].scalar == "\u{00AD}" {
            let hyphen = glyphs[index].box, next = glyphs[index + 1]
            guard glyphs[index - 1].scalar.properties.isAlphabetic, next.scalar.properties.isAlphabetic,
                hyphen.width >= drawnSoftHyphenMinimumWidthShare * hyphen.height,
                next.box.minX - hyphen.minX >= drawnSoftHyphenAdvanceShare * hyphen.width,
                abs(next.box.midY - hyphen.midY) <= 0.5 * max(hyphen.height, 1)
            else { continue }
            glyphs[index].scalar = "-"
        }
    }

    /// A soft hyphen is drawn when the next letter starts at least this share of its width on.
    static let drawnSoftHyphenAdvanceShare = 0.5
    /// …and when it is at least this share of its height wide: a browser's undrawn soft hyphen
    /// comes back from poppler a hair wide (1e-7 pt), a drawn hyphen about a third of its height.
    static let drawnSoftHyphenMinimumWidthShare = 0.1

    /// The page's distinct fonts (a font in two colours is two), each glyph given the index of its
    /// font (left at -1 for none).
    private static func fonts(of page: OpaquePointer, glyphs: inout [Glyph]) -> [FontInfo] {
        var fonts: [FontInfo] = []
        var indexOfFont: [FontInfo: Int] = [:]
        guard let list = poppler_page_get_text_attributes(page) else { return fonts }
        defer { poppler_page_free_text_attributes(list) }
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            node = current.pointee.next
            guard let data = current.pointee.data else { continue }
            let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
            let name = attributes.font_name.map { String(cString: $0) } ?? ""
            let rgb = attributes.color
            let color = Int(rgb.red >> 8) << 16 | Int(rgb.green >> 8) << 8 | Int(rgb.blue >> 8)
            let font = FontInfo(name: name, size: attributes.font_size, color: color)
            let fontIndex: Int
            if let known = indexOfFont[font] {
                fontIndex = known
            } else {
                fontIndex = fonts.count
                fonts.append(font.described())
                indexOfFont[font] = fontIndex
            }
            // start_index and end_index are inclusive character offsets into the page text.
            let start = max(0, Int(attributes.start_index)), end = min(glyphs.count - 1, Int(attributes.end_index))
            if start <= end {
                for index in start...end { glyphs[index].font = fontIndex }
            }
        }
        return fonts
    }

    /// URI link areas, turned from PDF space (origin bottom-left) to the model's top-left origin.
    private static func links(of page: OpaquePointer, pageHeight: Double) -> [LinkAnnotation] {
        guard let list = poppler_page_get_link_mapping(page) else { return [] }
        defer { poppler_page_free_link_mapping(list) }
        var links: [LinkAnnotation] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            node = current.pointee.next
            guard let data = current.pointee.data else { continue }
            let mapping = data.assumingMemoryBound(to: PopplerLinkMapping.self).pointee
            guard let action = mapping.action, action.pointee.type == POPPLER_ACTION_URI,
                let uri = action.pointee.uri.uri
            else { continue }
            let area = mapping.area
            let top = pageHeight - max(area.y1, area.y2)
            links.append(
                LinkAnnotation(
                    uri: String(cString: uri),
                    box: Rect(x: min(area.x1, area.x2), y: top, width: abs(area.x2 - area.x1), height: abs(area.y2 - area.y1))))
        }
        return links
    }

    /// Picture areas as poppler reports them (already top-left origin). poppler finds them by
    /// running the page's content a second time, which costs up to half of reading its text.
    static func pictures(of page: GObjectRef) -> [Rect] {
        guard let list = poppler_page_get_image_mapping(page.pointer) else { return [] }
        defer { poppler_page_free_image_mapping(list) }
        var pictures: [Rect] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            node = current.pointee.next
            guard let data = current.pointee.data else { continue }
            let area = data.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
            pictures.append(
                Rect(
                    x: min(area.x1, area.x2), y: min(area.y1, area.y2), width: abs(area.x2 - area.x1),
                    height: abs(area.y2 - area.y1)))
        }
        return pictures
    }
}

extension FontInfo {
    /// Name without a subset prefix ("ABCDEF+Gill-Bold" → "Gill-Bold"), with bold and italic
    /// read from the name the way type foundries spell weights and slants.
    func described() -> FontInfo {
        var clean = name
        if let plus = clean.firstIndex(of: "+"), clean.distance(from: clean.startIndex, to: plus) == 6,
            clean[..<plus].allSatisfy({ $0.isUppercase && $0.isASCII })
        {
            clean = String(clean[clean.index(after: plus)...])
        }
        let lower = clean.lowercased()
        let bold = Self.boldMarks.contains { lower.contains($0) }
        let italic = Self.italicMarks.contains { lower.contains($0) }
        return FontInfo(name: clean, size: size, isBold: bold, isItalic: italic, color: color)
    }

    /// Weight words in font names that mean a bold face ("semibold" and "extrabold" contain "bold").
    static let boldMarks = ["bold", "black", "heavy"]
    /// Slant words in font names.
    static let italicMarks = ["italic", "oblique"]
}

/// The picture areas of a document's pages. Read on another thread than the text, they come from
/// a poppler document of their own (poppler objects are not shared between threads, but two
/// documents are independent), opened on first use since most pages never need their pictures.
/// Used from one thread at a time.
final class PictureAreas {
    private let open: () -> GObjectRef?
    private lazy var document: GObjectRef? = open()

    /// Pictures from `document`, on the thread that reads its text.
    init(document: GObjectRef) {
        open = { document }
    }

    /// Pictures from a second document on `bytes`, for another thread.
    init(reader: PDFReader, input: InputFile, bytes: GBytesRef) {
        // It cannot fail where the first document opened.
        open = { try? reader.open(input, bytes: bytes) }
    }

    /// The picture areas of page `index` (0-based); none if the page cannot be opened.
    func areas(ofPage index: Int) -> [Rect] {
        guard let document, let raw = poppler_document_get_page(document.pointer, Int32(index)) else { return [] }
        return PageContent.pictures(of: GObjectRef(raw))
    }
}
