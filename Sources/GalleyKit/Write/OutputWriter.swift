import Foundation

/// The output formats Galley writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Galley's JSON (Schema/galley.schema.json): the structure, the links and the audit.
    case json
    /// CommonMark, with tables as GitHub-flavoured Markdown tables.
    case markdown
    /// The running text only, no markup.
    case text

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
    /// The whole output for `document` in this writer's format, as UTF-8 bytes.
    func write(_ document: Document) throws -> Data

    /// Writes the output for `document` to the file at `path`, replacing it whole or not at all
    /// (a failed write leaves any old file as it was); the folder is made when missing. A writer
    /// may stream its output to the file rather than hold it whole; the bytes are those of
    /// `write(_:)`.
    func write(_ document: Document, to path: String) throws
}

extension OutputWriter {
    /// Writes `write(_:)`'s bytes to `path` in one go.
    public func write(_ document: Document, to path: String) throws {
        try AtomicFile.write(try write(document), to: path)
    }
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
