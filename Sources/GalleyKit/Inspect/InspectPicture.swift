import CPoppler
import Foundation

/// A PDF opened for drawing `galley inspect` pictures: each page as poppler renders it with the
/// overlay of Galley's JSON on top, as PNG bytes.
package final class InspectPicture {
    private let input: InputFile
    private let bytes: GBytesRef
    private let document: GObjectRef
    /// The number of pages in the PDF.
    package let pageCount: Int

    /// Opens `input` as `convert` opens a PDF (same errors: not a PDF, damaged, password).
    package init(pdf input: InputFile, password: String? = nil) throws {
        guard input.looksLikePDF else { throw GalleyError.notAPDF(input.path) }
        _ = PDFReader.popplerSyntaxMessagesSilenced
        self.input = input
        bytes = GBytesRef(input)
        document = try PDFReader(password: password).open(input, bytes: bytes)
        pageCount = Int(poppler_document_get_n_pages(document.pointer))
    }

    /// Page `number`'s displayed size in points, as poppler renders it (a /Rotate applied).
    package func size(ofPage number: Int) throws -> (width: Double, height: Double) {
        let page = try self.page(number)
        var width = 0.0, height = 0.0
        poppler_page_get_size(page.pointer, &width, &height)
        return (width, height)
    }

    /// Page `number` of `document` (the JSON decoded) rendered at `scale` pixels per point, with
    /// its overlay, as PNG bytes.
    package func png(of document: InspectedDocument, page number: Int, scale: Double) throws -> Data {
        try png(PageOverlay(document: document, page: number, size: size(ofPage: number)), scale: scale)
    }

    /// `overlay`'s page rendered at `scale` pixels per point with the overlay drawn on it.
    package func png(_ overlay: PageOverlay, scale: Double) throws -> Data {
        guard scale > 0, scale.isFinite else { throw GalleyError.internalError("scale \(scale) is not a positive number") }
        return try PNGPage.png(page: page(overlay.pageNumber), overlay: overlay, scale: scale, path: input.path)
    }

    private func page(_ number: Int) throws -> GObjectRef {
        guard number >= 1, number <= pageCount else {
            throw GalleyError.noSuchPage(input.path, page: number, pageCount: pageCount)
        }
        guard let page = poppler_document_get_page(document.pointer, Int32(number - 1)) else {
            throw GalleyError.damagedPDF(input.path, reason: "poppler could not open page \(number)")
        }
        return GObjectRef(page)
    }

    /// A picture of one page for a report: the PDF at `pdf` rendered at `scale` pixels per point
    /// (0.5 gives a thumbnail 306 pixels wide for a Letter page) with the overlay of `json`, the
    /// bytes `galley convert` wrote for that PDF (schema 1.3), as PNG bytes.
    ///
    /// Throws `GalleyError`: the PDF missing, unreadable or encrypted, `json` not Galley's JSON,
    /// `page` (1-based) not in the PDF.
    package static func thumbnailPNG(pdf: URL, json: Data, page: Int, scale: Double) throws -> Data {
        let document = try InspectedDocument.decode(json)
        let picture = try InspectPicture(pdf: InputFile.load(pdf.path))
        return try picture.png(of: document, page: page, scale: scale)
    }
}
