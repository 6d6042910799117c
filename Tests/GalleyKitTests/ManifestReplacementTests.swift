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
}
