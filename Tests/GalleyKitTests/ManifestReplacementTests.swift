import Foundation
import GalleyKit
import Testing

/// At the end of a batch the manifest log is released without its last flush, since the final
/// manifest replaces it whole: every line written is still in the file, and the lock is free.
@Suite struct ManifestReplacementTests {
    @Test func releasingForReplacementKeepsEveryLineAndFreesTheLock() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-replace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("manifest.jsonl").path
        let log = try ManifestLog(path: path)
        for index in 0..<40 {
            try log.append(ManifestEntry(input: "issue\(index).txt", sha256: "ab", outputs: [], status: .converted))
        }
        try log.releaseForReplacement()
        try log.releaseForReplacement()  // a second release does nothing
        log.release()
        #expect(Manifest.read(path).entries.count == 40)
        #expect(Manifest.read(path).unreadableLines == 0)
        // The lock is free: a second writer opens it, and its own lines go after the first's.
        let again = try ManifestLog(path: path)
        try again.append(ManifestEntry(input: "issue40.txt", sha256: "cd", outputs: [], status: .converted))
        try again.flush()
        again.release()
        #expect(Manifest.read(path).entries.count == 41)
    }

    /// The final manifest takes the lines the log wrote for its entries instead of encoding them
    /// again: the same bytes as encoding every entry, and an entry that changed since its line
    /// was written is encoded anew.
    @Test func theFinalManifestReusesTheLogsLinesOnlyForTheSameEntries() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-reuse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = try ManifestLog(path: folder.appendingPathComponent("manifest.jsonl").path)
        defer { log.release() }
        let entries = (0..<5).map {
            ManifestEntry(input: "issue\($0).txt", sha256: "ab", outputs: ["issue\($0).txt.json"], status: .converted, elapsedMs: $0)
        }
        for entry in entries { try log.append(entry) }
        #expect(log.writtenEntries.count == entries.count)
        var manifest = Manifest(
            header: ManifestHeader(shard: "1/1", inputs: entries.map(\.input), shardInputCount: entries.count), entries: entries)
        #expect(try manifest.encoded(reusing: log.writtenEntries) == manifest.encoded())
        // One entry differs from its written line: its line is not reused.
        manifest.entries["issue2.txt"]!.status = .failed
        let reused = try manifest.encoded(reusing: log.writtenEntries)
        #expect(reused == (try manifest.encoded()))
        #expect(Manifest.parse(reused).entries["issue2.txt"]?.status == .failed)
        // A line given for an entry is taken as it is, not encoded again.
        let marker = Data("{\"input\":\"issue0.txt\",\"marker\":true}\n".utf8)
        let marked = try manifest.encoded(reusing: ["issue0.txt": (manifest.entries["issue0.txt"]!, marker)])
        #expect(marked.range(of: marker) != nil)
    }
}
