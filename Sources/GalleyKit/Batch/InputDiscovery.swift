import Foundation

/// One input of a batch: where to read it, and the relative path that names its outputs,
/// its manifest entry and its shard.
public struct BatchInput: Equatable, Hashable, Sendable, Comparable {
    /// The path to read, as found (absolute, or relative to the working folder).
    public var path: String
    /// The path relative to the folder it was found in (or its list file), `/`-separated;
    /// a file named on its own is just its file name.
    public var relativePath: String

    public init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
    }

    public static func < (lhs: BatchInput, rhs: BatchInput) -> Bool {
        lhs.relativePath.utf8.lexicographicallyPrecedes(rhs.relativePath.utf8)
    }
}

/// Turns the `INPUT…` arguments of `galley batch` into a sorted list of inputs.
///
/// An argument is a file; a folder, walked recursively for `.pdf` and `.txt` files (hidden
/// files and folders skipped, symbolic links followed, a link back into a folder being walked
/// skipped); or `@list.txt`, a file with one path per line (blank lines and lines starting
/// with `#` skipped), relative paths taken relative to the list file's folder. A list entry
/// that does not exist is still an input, which then fails as missing while the rest converts.
public enum InputDiscovery {
    /// The file extensions a folder walk picks up, compared case-insensitively.
    public static let extensions: Set<String> = ["pdf", "txt"]

    /// Discovers every input named by `arguments`, sorted by relative path (byte order).
    ///
    /// - Parameter excluding: a folder never to walk into (the batch's own output folder).
    /// - Throws: `BatchError.inputNotFound` for a missing path, `BatchError.outputCollision`
    ///   when two different files would write the same outputs.
    public static func discover(_ arguments: [String], excluding: String? = nil) throws -> [BatchInput] {
        let excluded = excluding.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        var found: [BatchInput] = []
        for argument in arguments {
            if argument.hasPrefix("@") {
                found += try fromList(String(argument.dropFirst()), excluding: excluded)
            } else {
                found += try fromPath(argument, relativeName: nil, excluding: excluded)
            }
        }
        return try deduplicated(found)
    }

    /// A file (named by itself, or by `relativeName` when it came from a list) or a folder.
    static func fromPath(_ path: String, relativeName: String?, excluding: String?) throws -> [BatchInput] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw BatchError.inputNotFound(path)
        }
        if !isDirectory.boolValue {
            let name = relativeName ?? URL(fileURLWithPath: path).lastPathComponent
            return [BatchInput(path: path, relativePath: name)]
        }
        let prefix = relativeName.map { $0 + "/" } ?? ""
        return walk(path, excluding: excluding).map {
            BatchInput(path: $0.path, relativePath: prefix + $0.relativePath)
        }
    }

    /// A folder's identity on disk, the same whichever link reached it.
    struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The identity of the folder at `path` (links followed), or nil when it is not one.
    static func folderID(_ path: String) -> FolderID? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        return FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Every `.pdf` and `.txt` under `folder`, relative to it. Links to folders are walked
    /// like folders, except one leading back to a folder on the way down to it (a loop).
    static func walk(_ folder: String, excluding: String?) -> [BatchInput] {
        let root = URL(fileURLWithPath: folder)
        var found: [BatchInput] = []
        guard let rootID = folderID(root.path) else { return [] }
        var pending: [(url: URL, relative: String, ancestors: Set<FolderID>)] = [(root, "", [rootID])]
        while let (url, relative, ancestors) = pending.popLast() {
            if let excluding, url.standardizedFileURL.path == excluding { continue }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }
            for name in names.sorted() {
                let child = url.appendingPathComponent(name)
                let childRelative = relative.isEmpty ? name : relative + "/" + name
                if let id = folderID(child.path) {
                    if !ancestors.contains(id) { pending.append((child, childRelative, ancestors.union([id]))) }
                } else if extensions.contains(child.pathExtension.lowercased()) {
                    found.append(BatchInput(path: child.path, relativePath: childRelative))
                }
            }
        }
        return found
    }

    /// The inputs of a list file: one path per line, relative to the list's folder.
    static func fromList(_ listPath: String, excluding: String?) throws -> [BatchInput] {
        guard let data = FileManager.default.contents(atPath: listPath) else {
            throw BatchError.inputNotFound(listPath)
        }
        let base = URL(fileURLWithPath: listPath).deletingLastPathComponent()
        var found: [BatchInput] = []
        for rawLine in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let isAbsolute = line.hasPrefix("/")
            let path = isAbsolute ? line : base.appendingPathComponent(line).path
            // A relative entry keeps its folders in the output names; one that climbs out of
            // the list's folder, or an absolute one, is named by its file name alone.
            let components = line.split(separator: "/").filter { $0 != "." }
            let relativeName =
                isAbsolute || components.contains("..") || components.isEmpty
                ? URL(fileURLWithPath: path).lastPathComponent : components.joined(separator: "/")
            if FileManager.default.fileExists(atPath: path) {
                found += try fromPath(path, relativeName: relativeName, excluding: excluding)
            } else {
                // Recorded as failed ("no such file") when the batch reaches it.
                found.append(BatchInput(path: path, relativePath: relativeName))
            }
        }
        return found
    }

    /// Sorted, with the same file named twice kept once; two different files with one
    /// relative path would overwrite each other's outputs, so that is an error.
    static func deduplicated(_ inputs: [BatchInput]) throws -> [BatchInput] {
        var byName: [String: BatchInput] = [:]
        for input in inputs {
            if let earlier = byName[input.relativePath] {
                let a = URL(fileURLWithPath: earlier.path).standardizedFileURL.resolvingSymlinksInPath().path
                let b = URL(fileURLWithPath: input.path).standardizedFileURL.resolvingSymlinksInPath().path
                if a != b { throw BatchError.outputCollision(input.relativePath, earlier.path, input.path) }
            } else {
                byName[input.relativePath] = input
            }
        }
        return byName.values.sorted()
    }
}
