import Dispatch
import FoundationEssentials

/// Builds the reader's pages, on a thread of its own for a document of several pages: while
/// poppler extracts one page's text on the reading thread (and, in a long document, the next on
/// the `PartnerReader`'s), the page before it becomes lines and blocks here, so reading takes
/// about as long as poppler's text extraction alone. Picture areas, where a page needs them, are
/// read here too, from a document of this thread's own (`PictureAreas`). Pages come out in page
/// order whatever the timing, and at most `maximumWaiting` contents wait to be built, so memory
/// stays a few pages deep.
final class PageBuilder: @unchecked Sendable {
    /// Contents extracted but not yet built; the reading thread waits when this many are queued.
    static let maximumWaiting = 4
    /// A document this short is built on the reading thread: a second thread and a second
    /// document for the pictures would cost about as much as they save, and a batch running one
    /// conversion per core has no core to spare for them.
    static let minimumPagesForSecondThread = 4

    /// What the builder made of the document.
    struct Built {
        var pages: [Page]
        /// Each page's warnings, in page order.
        var warnings: [Warning]
        var sha256 = ""
        /// Whether some page has text, and whether some page without text has a picture.
        var anyText = false, anyPicture = false
    }

    /// Nil when pages are built on the reading thread.
    private let queue: DispatchQueue?
    private let slots = DispatchSemaphore(value: maximumWaiting)
    private let structure: [Int: [StructureEntry]]?
    // Touched only on `queue` (or the reading thread), and handed out by `finish` through it.
    private let pictures: PictureAreas
    private var built: Built
    private var warnings: [[Warning]]

    /// `pictures` must be usable on the builder's thread: see `usesSecondThread(pageCount:)`.
    init(pageCount: Int, structure: [Int: [StructureEntry]]?, pictures: PictureAreas) {
        queue = Self.usesSecondThread(pageCount: pageCount) ? DispatchQueue(label: "galley.pdf.page-builder") : nil
        self.structure = structure
        self.pictures = pictures
        built = Built(pages: (1...pageCount).map { Page(number: $0, blocks: []) }, warnings: [])
        warnings = Array(repeating: [], count: pageCount)
    }

    static func usesSecondThread(pageCount: Int) -> Bool { pageCount >= minimumPagesForSecondThread }

    /// Runs `work` on the builder's thread, or at once.
    private func run(_ work: @escaping @Sendable () -> Void) {
        if let queue { queue.async(execute: work) } else { work() }
    }

    /// Fingerprints the input here too, beside the first pages' extraction.
    func fingerprint(_ bytes: Data) {
        run { [self] in built.sha256 = SHA256.hex(bytes) }
    }

    /// Builds page `index` (0-based) from its content.
    func build(_ content: PageContent, index: Int) {
        slots.wait()
        run { [self] in
            var content = content
            let hasText = content.glyphs.contains { !$0.isWhitespace }
            // Picture areas matter for small text that may lie in a photo, and on a page without
            // text, which may be a scan; elsewhere they change nothing and are not asked for.
            if !hasText || LineBuilder.mayHavePictureText(content) { content.pictures = pictures.areas(ofPage: index) }
            if hasText { built.anyText = true }
            if !content.pictures.isEmpty { built.anyPicture = true }
            built.pages[index] = PDFReader.page(
                content, number: index + 1, entries: structure?[index], warnings: &warnings[index])
            slots.signal()
        }
    }

    /// Leaves page `index` empty with a warning that says why.
    func leaveEmpty(index: Int, warning: Warning) {
        run { [self] in warnings[index].append(warning) }
    }

    /// Waits for every page queued so far.
    func finish() -> Built {
        queue?.sync {}
        var result = built
        result.warnings = warnings.flatMap { $0 }
        return result
    }
}
