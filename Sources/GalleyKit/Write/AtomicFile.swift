import Foundation

/// Writes a file so that readers see either the old content or the whole new content, never
/// a part, even after a crash or a power cut: the bytes go to a new temporary file in the same
/// folder with one `write(2)` (repeated only if the kernel takes part), are flushed to disk with
/// `fsync`, and only then is the file renamed into place. The folder itself is not flushed: a
/// power cut may lose the new name (the old file, or none, is seen), never the content.
///
/// A write that is not `durable` skips the `fsync`: readers, and the process after a crash or a
/// kill, still see the old file or the whole new one (the rename is atomic either way); only a
/// power cut or a crash of the system before the kernel writes the file back may leave it
/// missing, empty or cut short. That is for a caller that records what it wrote and checks it
/// before trusting it again (`galley batch` records each output's SHA-256), for whom a lost file
/// costs only writing it again.
///
/// A path that names a device, a named pipe or a socket (`/dev/null`, `/dev/stdout`) is written
/// straight through: there is no file to replace, and a rename would put a regular file in the
/// device's place.
package enum AtomicFile {
    /// Writes `data` to `path`, replacing any file there; the folder is made when missing.
    package static func write(_ data: Data, to path: String, durable: Bool = true) throws {
        try data.withUnsafeBytes { try write($0, to: path, durable: durable) }
    }

    /// Writes `bytes` to `path` as `write(_:to:)` does, the new file created with `permissions`
    /// (less the process's umask): 0o666 for outputs, 0o644 for a cache other users may only read.
    static func write<Bytes: ContiguousBytes>(_ bytes: Bytes, to path: String, permissions: mode_t = 0o666) throws {
        try bytes.withUnsafeBytes { try write($0, to: path, permissions: permissions) }
    }

    private static func write(
        _ bytes: UnsafeRawBufferPointer, to path: String, permissions: mode_t = 0o666, durable: Bool = true
    ) throws {
        try write(to: path, permissions: permissions, durable: durable) { try $0.append(bytes) }
    }

    /// The new file while `write(to:permissions:_:)` fills it: bytes appended go straight to the
    /// temporary file. Valid only inside that call's body.
    package final class Output {
        fileprivate let descriptor: Int32
        fileprivate let path: String

        fileprivate init(descriptor: Int32, path: String) {
            self.descriptor = descriptor
            self.path = path
        }

        /// Appends `bytes` to the new file.
        package func append(_ bytes: UnsafeRawBufferPointer) throws {
            try AtomicFile.writeAll(bytes, to: descriptor, path: path)
        }
    }

    /// Writes `path` piece by piece, as `body` appends to the new file, with the guarantee of
    /// `write(_:to:)`: the file appears, whole, only when `body` returns; when `body` or a write
    /// throws, the temporary file is removed and any old file stays as it was. A long document's
    /// output is so written as it is made, never held whole in memory. `durable: false` skips
    /// the `fsync` (see the type's notes).
    package static func write(
        to path: String, permissions: mode_t = 0o666, durable: Bool = true, _ body: (Output) throws -> Void
    ) throws {
        if let descriptor = try openSpecialFile(path) {
            // A device, pipe or socket (`-o /dev/null`, `-o /dev/stdout`) is written in place:
            // renaming a new file over it would replace the device itself with a regular file.
            defer { _ = close(descriptor) }
            try body(Output(descriptor: descriptor, path: path))
            return
        }
        let (folder, name) = try split(path)
        let (descriptor, temporary) = try createTemporary(beside: name, in: folder, for: path, permissions: permissions)
        var isOpen = true
        do {
            try body(Output(descriptor: descriptor, path: path))
            guard !durable || fsync(descriptor) == 0 else { throw failure(path) }
            isOpen = false
            guard close(descriptor) == 0 else { throw failure(path) }
            guard rename(temporary, path) == 0 else { throw failure(path) }
        } catch {
            if isOpen { _ = close(descriptor) }
            _ = unlink(temporary)
            throw error
        }
    }

    /// An open descriptor for writing when `path` (its link followed) names something other than
    /// a regular file or a folder: a character device, a named pipe or a socket. Nil when there is
    /// nothing at `path` or it is a regular file or a folder, which take the atomic rename.
    static func openSpecialFile(_ path: String) throws -> Int32? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        guard type != S_IFREG, type != S_IFDIR else { return nil }
        while true {
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            if descriptor >= 0 { return descriptor }
            guard errno == EINTR else { throw failure(path) }
        }
    }

    /// `path` cut at its last `/` into folder ("" for the working folder) and file name, byte
    /// for byte: Foundation's `NSString` path methods trap on a one-character relative name.
    static func split(_ path: String) throws -> (folder: String, name: String) {
        let bytes = Array(path.utf8)
        guard let last = bytes.last, last != UInt8(ascii: "/") else {
            throw GalleyError.cannotWrite(path, reason: path.isEmpty ? "no file name given" : "is a directory")
        }
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        let folder = String(decoding: bytes[..<slash], as: UTF8.self)
        return (slash == 0 ? "/" : folder, String(decoding: bytes[(slash + 1)...], as: UTF8.self))
    }

    /// Opens a new, uniquely named hidden file beside `name` (".name.<random>.tmp"), making
    /// the folder first when it is missing.
    private static func createTemporary(
        beside name: String, in folder: String, for path: String, permissions: mode_t
    ) throws -> (Int32, String) {
        let directory = folder.isEmpty ? "." : folder
        let separator = directory.hasSuffix("/") ? "" : "/"
        var madeFolder = false
        while true {
            let token = String(UInt64.random(in: .min ... .max), radix: 36)
            let temporary = directory + separator + "." + name + "." + token + ".tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
            if descriptor >= 0 { return (descriptor, temporary) }
            switch errno {
            case EEXIST, EINTR:
                continue
            case ENOENT where !madeFolder:
                madeFolder = true
                do {
                    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                } catch {
                    throw GalleyError.cannotWrite(path, reason: GalleyError.reason(error))
                }
            default:
                throw failure(path)
            }
        }
    }

    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path)
            }
            offset += written
        }
    }

    private static func failure(_ path: String) -> GalleyError {
        GalleyError.cannotWrite(path, reason: GalleyError.reason(errno: errno))
    }
}
