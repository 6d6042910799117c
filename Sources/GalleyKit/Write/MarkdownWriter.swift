import Foundation

/// Writes sections as Markdown: headings as headings, lists as lists, links as links.
public struct MarkdownWriter: OutputWriter {
    public init() {}

    public func write(_ document: Document) throws -> Data {
        var out = ""
        if let title = document.title { out += "# \(title)\n\n" }
        for section in document.sections {
            if let heading = section.heading {
                out += String(repeating: "#", count: min(section.level + 1, 6)) + " \(heading)\n\n"
            }
            for block in section.blocks {
                if let items = block.items {
                    out += items.map { "- \($0)" }.joined(separator: "\n") + "\n\n"
                } else {
                    out += block.text + "\n\n"
                }
            }
        }
        return Data(out.utf8)
    }
}
