import Dispatch
import Foundation

/// Builds the reader's pages on a thread of its own: while poppler extracts one page's text on
/// the reading thread, the page before it becomes lines and blocks here, so reading takes about
/// as long as poppler alone. Pages come out in page order whatever the timing, and at most
/// `maximumWaiting` contents wait to be built, so memory stays a few pages deep.
final class PageBuilder: @unchecked Sendable {
    /// Contents extracted but not yet built; the reading thread waits when this many are queued.
    static let maximumWaiting = 4

    private let queue = DispatchQueue(label: "galley.pdf.page-builder")
    private let slots = DispatchSemaphore(value: maximumWaiting)
    private let structure: [Int: [StructureEntry]]?
    // Touched only on `queue`, and read by `finish` through it.
    private var pages: [Page]
    private var warnings: [[String]]
    private var sha256 = ""

    init(pageCount: Int, structure: [Int: [StructureEntry]]?) {
        self.structure = structure
        pages = (1...pageCount).map { Page(number: $0, blocks: []) }
        warnings = Array(repeating: [], count: pageCount)
    }

    /// Fingerprints the input here too, beside the first pages' extraction.
    func fingerprint(_ bytes: Data) {
        queue.async { [self] in sha256 = SHA256.hex(bytes) }
    }

    /// Builds page `index` (0-based) from its content.
    func build(_ content: PageContent, index: Int) {
        slots.wait()
        queue.async { [self] in
            pages[index] = PDFReader.page(content, number: index + 1, entries: structure?[index], warnings: &warnings[index])
            slots.signal()
        }
    }

    /// Leaves page `index` empty with a warning that says why.
    func leaveEmpty(index: Int, warning: String) {
        queue.async { [self] in warnings[index].append(warning) }
    }

    /// Waits for every page queued so far: the pages in order, their warnings in page order, and
    /// the input's SHA-256.
    func finish() -> (pages: [Page], warnings: [String], sha256: String) {
        queue.sync { (pages, warnings.flatMap { $0 }, sha256) }
    }
}
