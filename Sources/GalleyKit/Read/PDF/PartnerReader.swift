import CPoppler
import Dispatch
import Synchronization

/// Extracts every other page's content (the odd indices: pages 2, 4, 6…) on a thread of its own,
/// from a poppler document of its own on the same bytes, while the reading thread extracts the
/// rest: poppler's text extraction is most of reading a long PDF, and two documents are
/// independent where one document's objects are not shared between threads. The reading thread
/// takes the pages back in page order (`take(index:)`) and hands every page to the `PageBuilder`
/// itself, so pages are built in order whatever the timing. At most `maximumAhead` contents wait
/// to be taken, so memory stays a few pages deep.
final class PartnerReader: @unchecked Sendable {
    /// A document this short is read on one thread: opening a third document and handing pages
    /// across costs more than the pages it would share.
    static let minimumPages = 8
    /// Contents extracted but not yet taken; the partner waits when this many are ready.
    static let maximumAhead = 2

    /// What the partner made of one of its pages.
    enum Extraction: Sendable {
        case content(PageContent)
        /// poppler could not open the page.
        case unopened
        /// The partner's document did not open: the reading thread extracts the page itself.
        case unread
    }

    private let ready = DispatchSemaphore(value: 0)
    private let room = DispatchSemaphore(value: maximumAhead)
    /// Extractions in page order, oldest first.
    private let extracted = Mutex<[Extraction]>([])

    static func isUsed(pageCount: Int) -> Bool { pageCount >= minimumPages }

    /// Whether page `index` (0-based) is the partner's.
    static func owns(index: Int) -> Bool { index % 2 == 1 }

    /// Starts extracting the partner's pages of a document of `pageCount` pages, opened by `open`.
    init(pageCount: Int, open: @escaping @Sendable () -> GObjectRef?) {
        // A queue of its own rather than a global one: the reading thread waits for this work, and
        // a global queue's few threads may all be busy with conversions of a batch.
        DispatchQueue(label: "galley.pdf.partner-reader").async { [self] in
            let document = open()
            for index in stride(from: 1, to: pageCount, by: 2) {
                room.wait()
                let extraction: Extraction
                if let document {
                    extraction = PDFReader.content(ofPage: index, in: document).map { .content($0) } ?? .unopened
                } else {
                    extraction = .unread
                }
                extracted.withLock { $0.append(extraction) }
                ready.signal()
            }
        }
    }

    /// The partner's extraction of page `index`, waiting for it; pages must be taken in order.
    func take(index: Int) -> Extraction {
        precondition(Self.owns(index: index))
        ready.wait()
        let extraction = extracted.withLock { $0.removeFirst() }
        room.signal()
        return extraction
    }
}
