import Foundation

/// Writes the running text only: headings and paragraphs separated by blank lines.
public struct PlainTextWriter: OutputWriter {
    public init() {}

    public func write(_ document: Document) throws -> Data {
        var paragraphs: [String] = []
        for section in document.sections {
            if let heading = section.heading { paragraphs.append(heading) }
            for block in section.blocks {
                paragraphs.append(block.items.map { $0.map { "• \($0)" }.joined(separator: "\n") } ?? block.text)
            }
        }
        return Data((paragraphs.joined(separator: "\n\n") + "\n").utf8)
    }
}
