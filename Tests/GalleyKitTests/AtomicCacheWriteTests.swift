import Foundation
import Testing

@testable import GalleyKit

/// The lexicon cache is written through `AtomicFile`, the one atomic-write path: into a folder it
/// makes when missing, with the mode asked for, and without a temporary file left behind.
@Suite struct AtomicCacheWriteTests {
    /// `mode` less the process's umask, as `open(2)` applies it. The umask is read from
    /// /proc (setting it to read it back would race with the tests running beside this one).
    static func masked(_ mode: mode_t) -> mode_t {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
        let mask = line.flatMap { mode_t($0.dropFirst("Umask:".count).trimmingWhitespace(), radix: 8) } ?? 0o022
        return mode & ~mask
    }

    static func mode(of path: String) -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return info.st_mode & 0o777
    }

    @Test func theCacheFileGoesIntoAMissingFolderReadableByAll() throws {
        let (directory, aff, dic) = try CompiledLexiconTests.write(
            affix: CompiledLexiconTests.affix, dictionary: CompiledLexiconTests.dictionary)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = directory.appendingPathComponent("cache/galley", isDirectory: true)
        let lexicon = try CompiledLexicon(language: "xx", affixPath: aff, dictionaryPath: dic, cacheDirectory: cache)
        let file = try #require(lexicon.cacheFile)
        #expect(file.deletingLastPathComponent().standardizedFileURL.path == cache.standardizedFileURL.path)
        #expect(Self.mode(of: file.path) == Self.masked(0o644))
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        #expect(names == [file.lastPathComponent])
        #expect(lexicon.isWord("tries") && !lexicon.isWord("trys"))
    }

    @Test func aFileIsCreatedWithTheModeAskedFor() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("private.bin").path
        try AtomicFile.write([UInt8](repeating: 7, count: 3), to: path, permissions: 0o600)
        #expect(Self.mode(of: path) == Self.masked(0o600))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data([7, 7, 7]))
        try AtomicFile.write(Data("out".utf8), to: path + ".json")
        #expect(Self.mode(of: path + ".json") == Self.masked(0o666))
    }
}
