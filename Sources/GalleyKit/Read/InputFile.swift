import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The bytes of one input and what they turned out to be.
public struct InputFile: Sendable {
    /// The path as the user gave it, or "-" for standard input.
    public package(set) var path: String
    /// The whole input, as read.
    public package(set) var bytes: Data

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

    /// Reads `path` ("-" for standard input), refusing what is missing, a folder, empty or
    /// larger than `maxSize` bytes (checked from the file's size before reading anything).
    public static func load(_ path: String, maxSize: Int = defaultMaxSize) throws -> InputFile {
        if path == "-" {
            let data = try readAll(descriptor: STDIN_FILENO, name: "<stdin>", size: nil, maxSize: maxSize)
            guard !data.isEmpty else { throw GalleyError.emptyInput("<stdin>") }
            return InputFile(path: path, bytes: data)
        }
        let data = try read(path: Array(path.utf8), name: path, maxSize: maxSize)
        guard !data.isEmpty else { throw GalleyError.emptyInput(path) }
        return InputFile(path: path, bytes: data)
    }

    /// The bytes of the file at `path` (raw bytes: a file name need not be UTF-8), named
    /// `name` in errors: one line in plain words for a missing file, a folder, a file larger
    /// than `maxSize` (refused before it is read) or any system error.
    package static func read(path: [UInt8], name: String, maxSize: Int = defaultMaxSize) throws -> Data {
        let (descriptor, size) = try openChecked(path: path, name: name, maxSize: maxSize)
        defer { _ = close(descriptor) }
        return try readAll(descriptor: descriptor, name: name, size: size, maxSize: maxSize)
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
    /// it is refused as soon as it does).
    static func readAll(descriptor: Int32, name: String, size: Int?, maxSize: Int) throws -> Data {
        var data = Data(capacity: min(size ?? chunkSize, maxSize) + 1)
        // A file of known size is read in a chunk its size (one byte over, to see the end in one
        // call): a 3 KB input does not fill a megabyte with zeros first, which was a tenth of
        // the CPU a one-page conversion spends in Galley's own code.
        let chunkSize = min(Self.chunkSize, (size ?? Self.chunkSize) + 1)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = Glibc.read(descriptor, chunk.baseAddress, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(errno, name: name)
            }
            if count == 0 { return data }
            guard data.count + count <= maxSize else {
                throw GalleyError.inputTooLarge(name, size: -1, limit: maxSize)
            }
            data.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
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
