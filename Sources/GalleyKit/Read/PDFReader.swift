import CPoppler
import FoundationEssentials

/// Reads a PDF through poppler-glib into pages of blocks of lines with geometry and fonts.
///
/// Pages are read one at a time and released: glyphs become lines (`LineBuilder`), lines become
/// blocks (`BlockBuilder`), in poppler's order, on a second thread while poppler reads the next
/// page (`PageBuilder`); in a long document every other page is read by a third thread from a
/// poppler document of its own (`PartnerReader`). Ordering is the stages' job. A tagged PDF's
/// structure tree, where it covers a page, gives that page's blocks, kinds and order instead
/// (`StructureReader`, `StructureMatcher`). Every poppler failure becomes one `GalleyError`.
public struct PDFReader: Sendable {
    /// Whether a tagged PDF's structure tree is read.
    ///
    /// poppler-glib gives an element's text only by running the page's content once per marked
    /// content id (`poppler_structure_element_get_text`), so reading a tree costs a pass over
    /// the page for every tagged run on it: a page of fifty tagged runs is read fifty times.
    public enum StructureUse: String, Sendable, CaseIterable {
        /// Read the tree when it is sparse enough to be cheap (`autoContentPerPage`), else read
        /// the pages by their layout, as `off` does.
        case auto
        /// Always read the tree, whatever it costs.
        case on
        /// Never read it: the result is exactly that of the same file untagged.
        case off
    }

    /// In `auto`, the tree is read when it has at most this many marked-content runs per page:
    /// each costs a pass over its page, and a third of a pass a page keeps a tagged file within
    /// 1.3× the time of the same file untagged.
    package static let autoContentPerPage = 0.3

    package var password: String?
    /// Whether a tagged PDF's structure tree is read.
    package var structure: StructureUse
    /// Whether a long document's pages are extracted on two threads (`PartnerReader`). A batch
    /// running one conversion per core turns it off: it has no core to spare.
    package var parallelPages: Bool

    package init(password: String? = nil, parallelPages: Bool = true, structure: StructureUse = .auto) {
        self.password = password
        self.parallelPages = parallelPages
        self.structure = structure
    }

    package func read(_ input: InputFile) throws -> Document {
        _ = Self.popplerSyntaxMessagesSilenced
        _ = Self.popplerGlobals
        let bytes = GBytesRef(input)
        let document = try open(input, bytes: bytes)
        let pageCount = Int(poppler_document_get_n_pages(document.pointer))
        guard pageCount > 0 else { throw GalleyError.damagedPDF(input.path, reason: "the PDF has no pages") }
        let structure: [Int: [StructureEntry]]?
        switch self.structure {
        case .off: structure = nil
        case .on: structure = StructureReader.entries(of: document)
        case .auto:
            let budget = Int((Self.autoContentPerPage * Double(pageCount)).rounded(.down))
            let count = StructureReader.contentCount(of: document, limit: budget + 1)
            structure = count > 0 && count <= budget ? StructureReader.entries(of: document) : nil
        }

        let pictures =
            PageBuilder.usesSecondThread(pageCount: pageCount)
            ? PictureAreas(reader: self, input: input, bytes: bytes) : PictureAreas(document: document)
        let builder = PageBuilder(pageCount: pageCount, structure: structure, pictures: pictures)
        builder.fingerprint(input.bytes)
        let partner =
            parallelPages && PartnerReader.isUsed(pageCount: pageCount)
            ? PartnerReader(pageCount: pageCount) { [self] in try? open(input, bytes: bytes) } : nil
        for index in 0..<pageCount {
            let content: PageContent? =
                if let partner, PartnerReader.owns(index: index) {
                    switch partner.take(index: index) {
                    case .content(let extracted): extracted
                    case .unopened: nil
                    case .unread: Self.content(ofPage: index, in: document)
                    }
                } else {
                    Self.content(ofPage: index, in: document)
                }
            guard let content else {
                builder.leaveEmpty(
                    index: index,
                    warning: Warning(.pageUnreadable, "page \(index + 1): poppler could not open the page; it is left empty", page: index + 1))
                continue
            }
            builder.build(content, index: index)
        }

        let built = builder.finish()
        var result = Document(
            source: SourceInfo(file: input.displayName, format: .pdf, sha256: built.sha256, pageCount: pageCount),
            pages: built.pages)
        if !built.anyText {
            if built.anyPicture { result.audit.warn(.scanned, Self.scannedWarning) } else { result.audit.warn(.noText, Self.noTextWarning) }
        }
        result.audit.warningDetails += built.warnings
        return result
    }

    /// Page `index`'s content, or nil when poppler cannot open the page.
    static func content(ofPage index: Int, in document: GObjectRef) -> PageContent? {
        poppler_document_get_page(document.pointer, Int32(index)).map { PageContent(page: GObjectRef($0)) }
    }

    /// poppler-glib reports each syntax error in a damaged file ("Couldn't find trailer
    /// dictionary") through `g_log` at INFO level in the "Poppler" domain; glib shows those when
    /// `G_MESSAGES_DEBUG` is set. Galley says what went wrong in one line of its own, so poppler's
    /// info and debug messages are dropped (once per process; warnings still show).
    static let popplerSyntaxMessagesSilenced: Void = {
        let levels = GLogLevelFlags(rawValue: G_LOG_LEVEL_INFO.rawValue | G_LOG_LEVEL_DEBUG.rawValue)
        _ = g_log_set_handler("Poppler", levels, { _, _, _, _ in }, nil)
    }()

    /// poppler-glib builds its global tables (a scan of /usr/share/poppler's encodings and CMaps,
    /// ~4 M instructions) when a process's first document opens and drops them when its last one
    /// closes, so a process converting one input after another (a batch worker) built them again
    /// for every input, a sixth of a small PDF's conversion. An empty one-page document held for
    /// the life of the process keeps them.
    static let popplerGlobals = PopplerGlobals()

    /// No text but pictures: page images, as a scanner makes them.
    static let scannedWarning = "no text layer: the PDF looks scanned; OCR is needed"
    /// Neither text nor pictures: blank pages, or content poppler could not decode.
    static let noTextWarning = "no text and no pictures: the pages are blank or their content could not be read"

    /// One page from its content: by the structure tree when it has entries for the page and
    /// they match the page's text, by geometry otherwise.
    static func page(_ content: PageContent, number: Int, entries: [StructureEntry]?, warnings: inout [Warning]) -> Page {
        let lines = LineBuilder.lines(content)
        if let entries, !entries.isEmpty {
            if let blocks = StructureMatcher.blocks(entries, lines: lines, content: content, page: number) {
                var page = Page(
                    number: number, blocks: blocks, size: content.size, linkAnnotations: content.anchoredLinks,
                    isOrderedByStructure: true)
                page.pictures = LineBuilder.photos(content)
                return page
            }
        }
        var blocks = BlockBuilder.blocks(lines.map(\.line), page: number)
        if let entries, !entries.isEmpty {
            // The tree cannot give the page's order; its headings may still say which blocks are headings.
            let evidence = StructureMatcher.headingEvidence(entries, blocks: blocks)
            blocks = evidence.blocks
            warnings.append(Warning(
                .structureMismatch,
                "page \(number): the structure tree does not match the page's text; the page is read by its layout"
                    + (evidence.headings > 0 ? ", with \(evidence.headings) of its headings from the tree" : ""),
                page: number))
        }
        var page = Page(
            number: number, blocks: blocks, size: content.size,
            linkAnnotations: content.anchoredLinks)
        page.pictures = LineBuilder.photos(content)
        return page
    }

    /// Opens the input with poppler from `bytes` (its bytes as glib holds them, shared by every
    /// document opened on it), turning poppler's error into the `GalleyError` a user can act on.
    func open(_ input: InputFile, bytes: GBytesRef) throws -> GObjectRef {
        // Through a stream rather than poppler_document_new_from_bytes: poppler 22's from_bytes
        // and from_data crash on a wrong password (their retry reuses a freed stream).
        let stream = GObjectRef(OpaquePointer(g_memory_input_stream_new_from_bytes(bytes.pointer)))
        var error: UnsafeMutablePointer<GError>?
        let document = poppler_document_new_from_stream(
            UnsafeMutablePointer(stream.pointer), goffset(input.bytes.count), password, nil, &error)
        let failure = PopplerFailure(taking: error)
        if let document { return GObjectRef(document) }
        if let failure, failure.isEncrypted {
            throw password == nil ? GalleyError.passwordRequired(input.path) : GalleyError.wrongPassword(input.path)
        }
        // Bytes with a PDF header but not a single object in them were never a PDF.
        guard input.bytes.range(of: Data("endobj".utf8)) != nil else { throw GalleyError.notAPDF(input.path) }
        throw GalleyError.damagedPDF(input.path, reason: failure?.message ?? "poppler could not open it")
    }
}

/// The empty document that keeps poppler-glib's global tables for the life of the process
/// (`PDFReader.popplerGlobals`); never released.
final class PopplerGlobals: @unchecked Sendable {
    /// One blank 1×1 pt page, with a cross-reference table poppler reads without complaint.
    static let emptyPDF =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 1 1]>>endobj\nxref\n0 4\n0000000000 65535 f \n"
        + "0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\n"
        + "startxref\n160\n%%EOF\n"

    private let bytes: GBytesRef
    private let document: GObjectRef?

    /// Whether poppler opened the document (and so keeps its tables).
    var isOpen: Bool { document != nil }

    init() {
        bytes = GBytesRef(copying: Data(Self.emptyPDF.utf8))
        let stream = GObjectRef(OpaquePointer(g_memory_input_stream_new_from_bytes(bytes.pointer)))
        var error: UnsafeMutablePointer<GError>?
        let opened = poppler_document_new_from_stream(
            UnsafeMutablePointer(stream.pointer), goffset(Self.emptyPDF.utf8.count), nil, nil, &error)
        if let error { g_error_free(error) }
        document = opened.map { GObjectRef($0) }
    }
}
