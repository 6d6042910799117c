import Foundation

/// The output formats Galley writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    case json, markdown, text

    /// The file extension for this format.
    public var fileExtension: String {
        switch self {
        case .json: return "json"
        case .markdown: return "md"
        case .text: return "txt"
        }
    }
}

/// Turns a finished document into bytes. Writers know nothing of readers.
public protocol OutputWriter: Sendable {
    func write(_ document: Document) throws -> Data
}

extension OutputFormat {
    /// The writer for this format.
    public var writer: any OutputWriter { writer(spans: false) }

    /// The writer for this format; `spans` adds each PDF block's printed lines to the JSON.
    public func writer(spans: Bool) -> any OutputWriter {
        switch self {
        case .json: return JSONWriter(spans: spans)
        case .markdown: return MarkdownWriter()
        case .text: return PlainTextWriter()
        }
    }
}
