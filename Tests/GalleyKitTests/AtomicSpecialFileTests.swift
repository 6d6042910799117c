import Foundation
import Testing

@testable import GalleyKit

/// An output path that names a named pipe or a device (`galley convert … -o /dev/null`) is
/// written in place: the bytes reach the reader and the path stays what it was. Renaming a new
/// file over it, as a regular file is replaced, would put a regular file in the device's place
/// (as root, /dev/null itself).
@Suite struct AtomicSpecialFileTests {
    static func type(of path: String) -> mode_t {
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        return info.st_mode & S_IFMT
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-special-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aNamedPipeReceivesTheBytesAndStaysAPipe() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("out.json").path
        #expect(mkfifo(pipe, 0o600) == 0)
        // Opened for reading and writing, the pipe has a reader, so the writer's open does not
        // wait; the few bytes fit in its buffer.
        let reader = open(pipe, O_RDWR | O_NONBLOCK)
        #expect(reader >= 0)
        defer { _ = close(reader) }
        try AtomicFile.write(Data("{\"a\":1}\n".utf8), to: pipe)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(count == 8)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "{\"a\":1}\n")
        #expect(Self.type(of: pipe) == S_IFIFO)
        // Nothing else was left in the folder: no temporary file, no regular file beside the pipe.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
    }

    @Test func theNullDeviceStaysADevice() throws {
        try AtomicFile.write(Data("discarded".utf8), to: "/dev/null")
        #expect(Self.type(of: "/dev/null") == S_IFCHR)
    }

    @Test func aRegularFileIsStillReplacedWhole() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.txt").path
        try AtomicFile.write(Data("old and longer".utf8), to: path)
        try AtomicFile.write(Data("new".utf8), to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("new".utf8))
        #expect(Self.type(of: path) == S_IFREG)
    }
}
