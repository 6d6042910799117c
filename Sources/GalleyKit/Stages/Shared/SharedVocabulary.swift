import Foundation

/// The document's vocabulary (`DocumentVocabulary`), counted once per conversion and shared by
/// the stages that weigh words by it: `RemoveImageText` counts it, and reports the lines it
/// removes; `RepairHyphenation` takes it as it is then, instead of counting every word again.
///
/// The stages between them only move lines between blocks (`MarkCaptions`, `RejoinInterleavedText`),
/// so the words of the live pages are the same multiset, and a vocabulary is a multiset count.
/// One thing depends on order: a glued form printed with two different hyphenations maps to the
/// last one seen; for such a vocabulary (`isOrderIndependent` false) those forms are looked up
/// again in the lines with a hyphen (`DocumentVocabulary.reordered(by:)`). One whose document no
/// longer has the number of live lines and text bytes expected (a stage changed text without
/// saying so) is counted again.
final class SharedVocabulary: @unchecked Sendable {
    /// The number of lines of the live pages and the UTF-8 bytes of their text.
    struct LineTally: Equatable {
        var lines = 0
        var bytes = 0

        init(_ document: Document) {
            for page in document.pages where page.duplicateOf == nil {
                for block in page.blocks {
                    lines += block.lines.count
                    for line in block.lines { bytes += line.text.utf8.count }
                }
            }
        }
    }

    private let lock = NSLock()
    private var vocabulary: DocumentVocabulary?
    /// The tally the document should show for `vocabulary` to be its own.
    private var tally: LineTally?

    /// The vocabulary of `document`: the one counted earlier in this conversion when the text is
    /// as it was (less the lines reported removed), else counted now.
    func vocabulary(of document: Document) -> DocumentVocabulary {
        let current = LineTally(document)
        lock.lock()
        defer { lock.unlock() }
        if let vocabulary, tally == current {
            if vocabulary.isOrderIndependent { return vocabulary }
            // The same words in another order: only the forms whose spelling depends on it are read again.
            let reordered = vocabulary.reordered(by: document)
            self.vocabulary = reordered
            return reordered
        }
        let counted = DocumentVocabulary(document: document)
        (vocabulary, tally) = (counted, current)
        return counted
    }

    /// Forgets the words of `lines`, just removed from the live pages.
    func remove(_ lines: [Line]) {
        guard !lines.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        guard vocabulary != nil, tally != nil else { return }
        vocabulary!.remove(texts: lines.lazy.map(\.text))
        tally!.lines -= lines.count
        tally!.bytes -= lines.reduce(0) { $0 + $1.text.utf8.count }
    }
}

extension StageContext {
    /// The vocabulary of `document`, shared with the other stages of this conversion when
    /// `Pipeline.run` gave the context a `SharedVocabulary`, else counted now.
    func vocabulary(of document: Document) -> DocumentVocabulary {
        sharedVocabulary?.vocabulary(of: document) ?? DocumentVocabulary(document: document)
    }
}
