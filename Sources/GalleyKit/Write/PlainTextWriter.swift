import Foundation

/// Writes the running text only: the title, then headings, paragraphs and lists, each separated
/// from the next by a blank line; a list puts one "• " entry on each line. No markup, no audit.
public struct PlainTextWriter: OutputWriter {
    /// The marker put before each list entry.
    static let listMarker = "• "

    /// A plain-text writer; it has no options.
    public init() {}

    /// The document's running text, UTF-8, ending in one newline; empty when there is no text.
    /// Never throws.
    public func write(_ document: Document) throws -> Data {
        var paragraphs: [String] = []
        Self.paragraphs(of: document) { paragraphs.append($0) }
        if paragraphs.isEmpty { return Data() }
        return Data((paragraphs.joined(separator: "\n\n") + "\n").utf8)
    }

    /// The running text written to `path` as it is made, a megabyte at a time; the bytes are
    /// those of `write(_:)`, and the file appears whole or not at all (`AtomicFile`).
    public func write(_ document: Document, to path: String) throws {
        try AtomicFile.write(to: path) { file in
            var out = ""
            var any = false
            func flush() throws {
                try out.withUTF8 { try file.append(UnsafeRawBufferPointer($0)) }
                out = ""
            }
            try Self.paragraphs(of: document) { paragraph in
                if any { out += "\n\n" }
                any = true
                out += paragraph
                if out.utf8.count >= Self.flushSize { try flush() }
            }
            if any { out += "\n" }
            try flush()
        }
    }

    /// Text held before it is handed to the output file.
    static let flushSize = 1 << 20

    /// Each paragraph of the output in order: the title, headings, blocks, lists and tables.
    static func paragraphs(of document: Document, _ each: (String) throws -> Void) rethrows {
        if let title = document.title { try each(title) }
        let firstHeadingID = document.sections.first(where: { $0.heading != nil })?.id
        for section in document.sections {
            // A title lifted from the first heading is not written twice.
            if let heading = section.printedHeading, !(section.id == firstHeadingID && heading == document.title) {
                try each(heading)
            }
            for block in section.blocks {
                if let rows = block.rows {
                    // A table: one row a line, its cells apart by tabs.
                    try each(rows.map { $0.joined(separator: "\t") }.joined(separator: "\n"))
                } else if let items = block.items {
                    try each(items.map { Self.listMarker + $0 }.joined(separator: "\n"))
                } else {
                    try each(block.text)
                }
            }
        }
    }
}
