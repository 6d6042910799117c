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
        if let title = document.title { paragraphs.append(title) }
        let firstHeadingID = document.sections.first(where: { $0.heading != nil })?.id
        for section in document.sections {
            // A title lifted from the first heading is not written twice.
            if let heading = section.heading, !(section.id == firstHeadingID && heading == document.title) {
                paragraphs.append(heading)
            }
            for block in section.blocks {
                if let rows = block.rows {
                    // A table: one row a line, its cells apart by tabs.
                    paragraphs.append(rows.map { $0.joined(separator: "\t") }.joined(separator: "\n"))
                } else if let items = block.items {
                    paragraphs.append(items.map { Self.listMarker + $0 }.joined(separator: "\n"))
                } else {
                    paragraphs.append(block.text)
                }
            }
        }
        if paragraphs.isEmpty { return Data() }
        return Data((paragraphs.joined(separator: "\n\n") + "\n").utf8)
    }
}
