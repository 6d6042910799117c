import Foundation

/// The bytes of one input and what they turned out to be.
public struct InputFile: Sendable {
    /// The path as the user gave it, or "-" for standard input.
    public var path: String
    public var bytes: Data

    public init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
    }

    /// Reads `path` ("-" for standard input), refusing what is missing, a folder or empty.
    public static func load(_ path: String) throws -> InputFile {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard !data.isEmpty else { throw GalleyError.emptyInput("<stdin>") }
            return InputFile(path: path, bytes: data)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GalleyError.fileNotFound(path)
        }
        guard !isDirectory.boolValue else { throw GalleyError.isADirectory(path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw GalleyError.unreadable(path, reason: (error as NSError).localizedDescription)
        }
        guard !data.isEmpty else { throw GalleyError.emptyInput(path) }
        return InputFile(path: path, bytes: data)
    }

    /// The name written into `source.file`: the last path component, or "-".
    public var displayName: String {
        path == "-" ? "-" : URL(fileURLWithPath: path).lastPathComponent
    }

    /// Whether the bytes start like a PDF (`%PDF-` within the first 1 KiB, as readers allow).
    public var looksLikePDF: Bool {
        let head = bytes.prefix(1024)
        return head.range(of: Data("%PDF-".utf8)) != nil
    }
}
