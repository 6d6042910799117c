import Foundation

/// One input of `galley verify` and the key that names its goldens.
public struct VerifyInput: Sendable, Equatable {
    /// The input's path as given or as found below a folder given.
    public var path: String
    /// The input's path relative to its verify root: `issue1.pdf`, `2024/issue1.pdf`.
    public var key: String

    /// An input at `path` whose goldens are named by `key`.
    public init(path: String, key: String) {
        self.path = path
        self.key = key
    }

    /// The file extensions verify picks when it walks a folder.
    public static let extensions: Set<String> = ["pdf", "txt"]

    /// Expands verify's arguments: a file is itself, keyed by its path relative to `root` (by
    /// default its own folder, so its file name); a folder is every .pdf and .txt below it, in
    /// name order, keyed by the path relative to `root` (by default the folder itself). Two
    /// inputs with the same key would share goldens, so that is refused. A missing path is kept
    /// as a file, keyed by its name, so that converting it reports it (exit 66) as before.
    public static func collect(_ arguments: [String], root: String? = nil) throws -> [VerifyInput] {
        let manager = FileManager.default
        var inputs: [VerifyInput] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            let exists = manager.fileExists(atPath: argument, isDirectory: &isFolder)
            if !exists {
                inputs.append(VerifyInput(path: argument, key: URL(fileURLWithPath: argument).lastPathComponent))
            } else if !isFolder.boolValue {
                let base = root ?? (URL(fileURLWithPath: argument).deletingLastPathComponent().path)
                inputs.append(VerifyInput(path: argument, key: try relative(argument, to: base)))
            } else {
                let base = root ?? argument
                let found = try files(below: argument)
                // An empty folder would pass CI with "0 of 0 match": most likely a wrong path.
                if found.isEmpty { throw VerifyInputError.noInputs(argument) }
                for file in found {
                    inputs.append(VerifyInput(path: file, key: try relative(file, to: base)))
                }
            }
        }
        var seen: [String: String] = [:]
        for input in inputs {
            if let other = seen[input.key], other != input.path {
                throw VerifyInputError.sameKey(input.key, other, input.path)
            }
            seen[input.key] = input.path
        }
        // The same file named twice is checked once.
        var unique: [VerifyInput] = []
        for input in inputs where !unique.contains(input) { unique.append(input) }
        return unique
    }

    /// Every .pdf and .txt file below `folder`, as paths starting with `folder`, sorted.
    static func files(below folder: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { throw VerifyInputError.missing(folder) }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    /// `path` relative to `base`, both made absolute and standardized first.
    static func relative(_ path: String, to base: String) throws -> String {
        let file = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let folder = URL(fileURLWithPath: base).standardizedFileURL.pathComponents
        guard file.count > folder.count, Array(file.prefix(folder.count)) == folder else {
            throw VerifyInputError.outsideRoot(path, base)
        }
        return file.dropFirst(folder.count).joined(separator: "/")
    }
}

/// Why verify's arguments cannot be turned into inputs (a usage error).
public enum VerifyInputError: Error, Equatable, CustomStringConvertible {
    /// A folder that cannot be listed.
    case missing(String)
    /// Two inputs (the second and third values) would share the golden key (the first).
    case sameKey(String, String, String)
    /// An input (the first value) does not lie inside the verify root (the second).
    case outsideRoot(String, String)
    /// A folder with no .pdf or .txt file below it.
    case noInputs(String)

    /// The message for a person, one line, saying what to give instead where there is a fix.
    public var description: String {
        switch self {
        case .missing(let path): return "\(path): no such file or folder"
        case .sameKey(let key, let first, let second):
            return "\(first) and \(second) would share the golden \(key); give their common folder (or --root) instead"
        case .outsideRoot(let path, let root): return "\(path) is not inside the verify root \(root)"
        case .noInputs(let folder): return "\(folder): no .pdf or .txt file in this folder"
        }
    }
}
