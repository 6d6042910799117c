import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The bytes of one input and what they turned out to be.
public struct InputFile: Sendable {
    /// The path as the user gave it, or "-" for standard input.
    public package(set) var path: String
    /// The whole input, as read.
    public package(set) var bytes: Data {
        didSet { buffer = nil }
    }
    /// The allocation `bytes` lives in when Galley read the input itself: the PDF reader hands
    /// it to poppler as it is instead of copying it (nil for bytes given as `Data`).
    package private(set) var buffer: InputBuffer?

    /// 512 MiB: the largest newsletter PDFs are tens of MB; a file many times that is an
    /// archive or a disk image named by mistake, and reading it whole would cost its size in memory.
    public static let defaultMaxSize = 512 << 20
    /// Bytes asked of the kernel per `read(2)` where the size is not known beforehand.
    static let chunkSize = 1 << 20

    /// An input already in memory: `bytes` named by `path` ("-" for standard input).
    public init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
    }

    /// An input read into `buffer`, named by `path`.
    package init(path: String, buffer: InputBuffer) {
        self.path = path
        self.bytes = buffer.data
        self.buffer = buffer
    }

    /// Reads `path` ("-" for standard input), refusing what is missing, a folder, empty or
    /// larger than `maxSize` bytes (checked from the file's size before reading anything).
    public static func load(_ path: String, maxSize: Int = defaultMaxSize) throws -> InputFile {
        if path == "-" {
            let buffer = try readBuffer(descriptor: STDIN_FILENO, name: "<stdin>", size: nil, maxSize: maxSize)
            guard buffer.count > 0 else { throw GalleyError.emptyInput("<stdin>") }
            return InputFile(path: path, buffer: buffer)
        }
        let input = try read(path: Array(path.utf8), name: path, maxSize: maxSize, as: path)
        guard !input.bytes.isEmpty else { throw GalleyError.emptyInput(path) }
        return input
    }

    /// The file at `path` as an input named `inputName`, read as `read(path:name:maxSize:)`
    /// reads it, into a buffer of its own (`buffer`).
    package static func read(path: [UInt8], name: String, maxSize: Int = defaultMaxSize, as inputName: String) throws
        -> InputFile
    {
        let (descriptor, size) = try openChecked(path: path, name: name, maxSize: maxSize)
        defer { _ = close(descriptor) }
        return InputFile(path: inputName, buffer: try readBuffer(descriptor: descriptor, name: name, size: size, maxSize: maxSize))
    }

    /// The bytes of the file at `path` (raw bytes: a file name need not be UTF-8), named
    /// `name` in errors: one line in plain words for a missing file, a folder, a file larger
    /// than `maxSize` (refused before it is read) or any system error.
    package static func read(path: [UInt8], name: String, maxSize: Int = defaultMaxSize) throws -> Data {
        try read(path: path, name: name, maxSize: maxSize, as: name).bytes
    }

    /// What a batch needs to know of an input before converting it: its SHA-256 and size.
    package struct Fingerprint: Equatable, Sendable {
        package var sha256: String
        package var size: Int
    }

    /// The SHA-256 and size of the file at `path`, read `chunkSize` bytes at a time, so memory
    /// does not grow with the file; refuses what `read(path:name:maxSize:)` refuses, alike.
    package static func fingerprint(path: [UInt8], name: String, maxSize: Int = defaultMaxSize) throws -> Fingerprint {
        let (descriptor, _) = try openChecked(path: path, name: name, maxSize: maxSize)
        defer { _ = close(descriptor) }
        return try fingerprint(descriptor: descriptor, name: name, maxSize: maxSize)
    }

    /// The SHA-256 and length of everything left on `descriptor`, hashed chunk by chunk; a
    /// pipe or a file that grows past `maxSize` is refused as soon as it does.
    static func fingerprint(descriptor: Int32, name: String, maxSize: Int, chunkSize: Int = chunkSize) throws
        -> Fingerprint
    {
        var hasher = SHA256.Hasher()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = Glibc.read(descriptor, chunk.baseAddress, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(errno, name: name)
            }
            if count == 0 { break }
            guard Int(hasher.count) + count <= maxSize else {
                throw GalleyError.inputTooLarge(name, size: -1, limit: maxSize)
            }
            hasher.update(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
        return Fingerprint(sha256: SHA256.hex(digest: hasher.finalize()), size: Int(hasher.count))
    }

    /// Opens `path` for reading: refuses a missing file, a folder, or a regular file over
    /// `maxSize` bytes; returns the descriptor (the caller closes it) and, for a regular file,
    /// its size.
    static func openChecked(path: [UInt8], name: String, maxSize: Int) throws -> (Int32, Int?) {
        let descriptor = path.withUnsafeBufferPointer { buffer -> Int32 in
            var terminated = Array(buffer)
            terminated.append(0)
            return terminated.withUnsafeBufferPointer { pointer in
                pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) {
                    open($0, O_RDONLY | O_CLOEXEC)
                }
            }
        }
        guard descriptor >= 0 else { throw failure(errno, name: name) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let number = errno
            _ = close(descriptor)
            throw failure(number, name: name)
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            _ = close(descriptor)
            throw GalleyError.isADirectory(name)
        }
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        if isRegular, Int(info.st_size) > maxSize {
            _ = close(descriptor)
            throw GalleyError.inputTooLarge(name, size: Int(info.st_size), limit: maxSize)
        }
        return (descriptor, isRegular ? Int(info.st_size) : nil)
    }

    /// Everything left on `descriptor`, at most `maxSize` bytes (a pipe or a file that grew past
    /// it is refused as soon as it does), in an allocation of its own. A file of known size is
    /// read into a block its size (one byte over, to see the end in one call): a 3 KB input does
    /// not fill a megabyte with zeros first. Input of unknown size grows the block by doubling.
    static func readBuffer(descriptor: Int32, name: String, size: Int?, maxSize: Int) throws -> InputBuffer {
        var capacity = min(size ?? chunkSize, maxSize) + 1
        guard var base = malloc(capacity) else { throw GalleyError.unreadable(name, reason: "out of memory") }
        var count = 0
        while true {
            if count == capacity {
                let grown = min(capacity * 2, maxSize + 1)
                guard let moved = realloc(base, grown) else {
                    free(base)
                    throw GalleyError.unreadable(name, reason: "out of memory")
                }
                (base, capacity) = (moved, grown)
            }
            let read = Glibc.read(descriptor, base + count, capacity - count)
            if read < 0 {
                if errno == EINTR { continue }
                let number = errno
                free(base)
                throw failure(number, name: name)
            }
            if read == 0 {
                // A pipe's block may be up to twice its bytes: give the rest back.
                if capacity - count > 1 << 16, let fitted = realloc(base, max(count, 1)) { base = fitted }
                return InputBuffer(taking: base, count: count)
            }
            count += read
            guard count <= maxSize else {
                free(base)
                throw GalleyError.inputTooLarge(name, size: -1, limit: maxSize)
            }
        }
    }

    /// The error for a failed `open`/`read` of the input named `name`.
    static func failure(_ number: Int32, name: String) -> GalleyError {
        switch number {
        case ENOENT: return .fileNotFound(name)
        case EISDIR: return .isADirectory(name)
        default: return .unreadable(name, reason: GalleyError.reason(errno: number))
        }
    }

    /// The name written into `source.file`: the last path component, or "-".
    public var displayName: String {
        if path == "-" { return "-" }
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        return name.isEmpty ? path : name
    }

    /// Whether the bytes start like a PDF (`%PDF-` within the first 1 KiB, as readers allow).
    public var looksLikePDF: Bool {
        let head = bytes.prefix(1024)
        return head.range(of: Data("%PDF-".utf8)) != nil
    }
}

/// An input's bytes in one `malloc` block of Galley's own, freed when the last holder lets go:
/// the input's `Data` (whose storage this block is, not a copy) and, for a PDF, the glib bytes
/// poppler reads through, which share the block instead of copying it.
package final class InputBuffer: @unchecked Sendable {
    /// The first byte; never written after the input is read.
    package let base: UnsafeMutableRawPointer
    package let count: Int

    /// Takes over `base`, a `malloc` block holding `count` bytes.
    init(taking base: UnsafeMutableRawPointer, count: Int) {
        self.base = base
        self.count = count
    }

    deinit {
        free(base)
    }

    /// The bytes as `Data` on this block, which stays alive while the `Data` does.
    var data: Data {
        Data(bytesNoCopy: base, count: count, deallocator: .custom { _, _ in withExtendedLifetime(self) {} })
    }
}
