import Foundation

/// One input of a batch: where to read it, and the relative path that names its outputs,
/// its manifest entry and its shard.
package struct BatchInput: Equatable, Hashable, Sendable, Comparable {
    /// The path to read, as found (absolute, or relative to the working folder).
    package var path: String
    /// The path relative to the folder it was found in (or its list file), `/`-separated;
    /// a file named on its own is just its file name. Bytes of a file name that are not UTF-8
    /// are escaped as `\xHH` (`InputDiscovery.escapedName`), here and so in outputs and manifest.
    package var relativePath: String
    /// The path's bytes when they are not valid UTF-8 (then `path` is only their escaped
    /// spelling, for messages); nil when `path` is the path.
    package var rawPath: [UInt8]?

    package init(path: String, relativePath: String, rawPath: [UInt8]? = nil) {
        self.path = path
        self.relativePath = relativePath
        self.rawPath = rawPath
    }

    /// The bytes to open.
    package var pathBytes: [UInt8] { rawPath ?? Array(path.utf8) }

    package static func < (lhs: BatchInput, rhs: BatchInput) -> Bool {
        lhs.relativePath.utf8Precedes(rhs.relativePath)
    }
}

/// Turns the `INPUT…` arguments of `galley batch` into a sorted list of inputs.
///
/// An argument is a file; a folder, walked recursively for `.pdf` and `.txt` files (hidden
/// files and folders skipped, symbolic links followed, a link back into a folder being walked
/// skipped); or `@list.txt`, a file with one path per line (blank lines and lines starting
/// with `#` skipped), relative paths taken relative to the list file's folder. A list entry
/// that does not exist is still an input, which then fails as missing while the rest converts.
package enum InputDiscovery {
    /// The file extensions a folder walk picks up, compared case-insensitively.
    package static let extensions: Set<String> = ["pdf", "txt"]

    /// Discovers every input named by `arguments`, sorted by relative path (byte order).
    ///
    /// - Parameter arguments: the files and folders named on the command line.
    /// - Parameter excluding: a folder never to walk into (the batch's own output folder).
    /// - Throws: `BatchError.inputNotFound` for a missing path, `BatchError.outputCollision`
    ///   when two different files would write the same outputs.
    package static func discover(_ arguments: [String], excluding: String? = nil) throws -> [BatchInput] {
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
            BatchInput(path: $0.path, relativePath: prefix + $0.relativePath, rawPath: $0.rawPath)
        }
    }

    /// A folder's identity on disk, the same whichever link reached it.
    struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The identity of the folder at `path` (links followed), or nil when it is not one.
    static func folderID(_ path: String) -> FolderID? {
        folderID(bytes: Array(path.utf8))
    }

    static func folderID(bytes path: [UInt8]) -> FolderID? {
        var info = stat()
        let status = withCString(path) { stat($0, &info) }
        guard status == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        return FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Calls `body` with `bytes` as a NUL-terminated C string.
    static func withCString<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (bytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
        }
    }

    /// The names in the folder at `path`, as raw bytes (a name need not be UTF-8), without
    /// `.` and `..`; empty when it cannot be read.
    static func names(in path: [UInt8]) -> [[UInt8]] {
        guard let directory = withCString(path, { opendir($0) }) else { return [] }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names
    }

    /// `bytes` as a String, each byte that is not part of valid UTF-8 written `\xHH`; nil when
    /// the bytes are valid UTF-8 (nothing to escape).
    package static func escapedName(_ bytes: [UInt8]) -> String? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var result = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                result.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] {
                    let hex = String(byte, radix: 16, uppercase: true)
                    result += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                }
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return result
    }

    /// Every `.pdf` and `.txt` under `folder`, relative to it. Links to folders are walked
    /// like folders, except one leading back to a folder on the way down to it (a loop). Names
    /// are read as bytes: one that is not UTF-8 is kept (`BatchInput.rawPath`) and escaped.
    static func walk(_ folder: String, excluding: String?) -> [BatchInput] {
        var found: [BatchInput] = []
        let root = Array(folder.utf8)
        guard let rootID = folderID(bytes: root) else { return [] }
        var pending: [(path: [UInt8], relative: String, ancestors: Set<FolderID>)] = [(root, "", [rootID])]
        while let (path, relative, ancestors) = pending.popLast() {
            if let excluding, let text = String(validating: path, as: UTF8.self),
                URL(fileURLWithPath: text).standardizedFileURL.path == excluding
            {
                continue
            }
            let names = names(in: path).filter { $0.first != 0x2E }
            for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                let child = (path.last == 0x2F ? path : path + [0x2F]) + name
                let escaped = escapedName(name)
                let shown = escaped ?? String(decoding: name, as: UTF8.self)
                let childRelative = relative.isEmpty ? shown : relative + "/" + shown
                if let id = folderID(bytes: child) {
                    if !ancestors.contains(id) { pending.append((child, childRelative, ancestors.union([id]))) }
                    continue
                }
                guard let dot = name.lastIndex(of: 0x2E),
                    let suffix = String(validating: name[(dot + 1)...], as: UTF8.self),
                    extensions.contains(suffix.lowercased())
                else { continue }
                if let text = String(validating: child, as: UTF8.self) {
                    found.append(BatchInput(path: text, relativePath: childRelative))
                } else {
                    let shownPath = escapedName(child) ?? String(decoding: child, as: UTF8.self)
                    found.append(BatchInput(path: shownPath, relativePath: childRelative, rawPath: child))
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
                if earlier.rawPath != nil || input.rawPath != nil {
                    if earlier.pathBytes != input.pathBytes {
                        throw BatchError.outputCollision(input.relativePath, earlier.path, input.path)
                    }
                    continue
                }
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
