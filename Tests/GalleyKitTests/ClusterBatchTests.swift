import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// Running a batch as a cluster job: the shard count a resubmitted task takes (from the folder's
/// manifests, or refused when it disagrees), `manifest merge`'s exit status and failure lines,
/// what a failed manifest lock is reported as, and the streamed input hash the batch parent uses.
@Suite struct ClusterBatchTests {
    // MARK: - Shard counts in use

    @Test func theShardCountsOfAFolderComeFromItsManifestNames() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Shard.countsInUse(in: folder.path) == [])
        #expect(Shard.countsInUse(in: folder.appendingPathComponent("nope").path) == [])
        for name in ["manifest-1-of-4.jsonl", "manifest-3-of-4.jsonl", "merged.jsonl", "manifest-x-of-9.jsonl"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        #expect(Shard.countsInUse(in: folder.path) == [4])
        try Data().write(to: folder.appendingPathComponent("manifest-2-of-2.jsonl"))
        try Data().write(to: folder.appendingPathComponent("manifest.jsonl"))
        #expect(Shard.countsInUse(in: folder.path) == [1, 2, 4])
    }

    @Test func aRunSplitAnotherWayThanTheFolderIsRefusedBeforeItConvertsAnything() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        for index in 0..<8 {
            try write("Issue \(index)\n\nA line of prose for the archive.\n", to: inputs.appendingPathComponent("i\(index).txt"))
        }
        let found = try InputDiscovery.discover([inputs.path])
        func runner(_ shard: Shard) -> BatchRunner {
            BatchRunner(options: BatchOptions(outputDirectory: out.path, jobs: 1, shard: shard)) {
                Converter(options: ConvertOptions(), lexicon: Fixtures.lexicon)
            }
        }
        let first = try await runner(try Shard(index: 1, count: 4)).run(found)
        #expect(!first.entries.isEmpty)
        // Another task of the same 4-way split runs; a 2-way or unsharded run is refused.
        _ = try await runner(try Shard(index: 3, count: 4)).run(found)
        await #expect(throws: BatchError.shardCountMismatch("1/2", [4], out.path)) {
            try await runner(try Shard(index: 1, count: 2)).run(found)
        }
        await #expect(throws: BatchError.shardCountMismatch("1/1", [4], out.path)) {
            try await runner(.whole).run(found)
        }
        #expect(Shard.countsInUse(in: out.path) == [4], "the refused runs wrote no manifest")
        #expect(
            BatchError.shardCountMismatch("1/2", [4], out.path).description.contains("use --shard K/4 or another output folder"))
    }

    /// The Slurm script's own choice of N, run as Slurm would run a task (its variables set),
    /// with a stand-in galley that records the arguments it was given.
    @Test func theSlurmScriptTakesNFromTheManifestsOrRefuses() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), recorded = folder.appendingPathComponent("args")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let fake = folder.appendingPathComponent("fake-galley")
        try write("#!/bin/sh\necho \"$@\" > '\(recorded.path)'\n", to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)

        func task(_ index: Int, count: Int, max: Int, shards: String? = nil) throws -> (
            status: Int32, shard: String?, stderr: String
        ) {
            try? FileManager.default.removeItem(at: recorded)
            var environment = [
                "GALLEY": fake.path, "SLURM_ARRAY_TASK_ID": "\(index)", "SLURM_ARRAY_TASK_COUNT": "\(count)",
                "SLURM_ARRAY_TASK_MAX": "\(max)", "PATH": "/usr/bin:/bin",
            ]
            if let shards { environment["SHARDS"] = shards }
            let result = try runProcess(
                "/bin/bash", [Self.sbatchScript.path, folder.appendingPathComponent("in").path, out.path],
                environment: environment)
            let arguments =
                (try? String(contentsOf: recorded, encoding: .utf8))?.split(whereSeparator: \.isWhitespace).map(String.init) ?? []
            let shard = arguments.firstIndex(of: "--shard").map { arguments[$0 + 1] }
            return (result.status, shard, result.stderr)
        }

        // A first run: N is the array's size.
        #expect(try task(2, count: 4, max: 3).shard == "3/4")
        // A first run over part of an array is refused: the tasks would not be shards 1…N.
        let partial = try task(1, count: 2, max: 1 + 4)
        #expect(partial.status == 64 && partial.shard == nil)
        #expect(partial.stderr.contains("a first run needs --array=0-5"))

        // After a 4-way run, `--array=0-1` (2 tasks) resumes shards 1/4 and 2/4, not 1/2 and 2/2.
        for index in 1...4 { try Data().write(to: out.appendingPathComponent("manifest-\(index)-of-4.jsonl")) }
        #expect(try task(0, count: 2, max: 1).shard == "1/4")
        #expect(try task(1, count: 2, max: 1).shard == "2/4")
        #expect(try task(3, count: 1, max: 3, shards: "4").shard == "4/4")
        let disagreeing = try task(0, count: 2, max: 1, shards: "2")
        #expect(disagreeing.status == 64 && disagreeing.shard == nil)
        #expect(disagreeing.stderr.contains("SHARDS=2 but \(out.path) holds the manifests of a 4-way run"))
        let beyond = try task(5, count: 1, max: 5)
        #expect(beyond.status == 64 && beyond.stderr.contains("task 5 has no shard: the batch is split 4 ways"))

        // Manifests of two splits in one folder: no guess.
        try Data().write(to: out.appendingPathComponent("manifest-1-of-2.jsonl"))
        let mixed = try task(0, count: 2, max: 1)
        #expect(mixed.status == 64 && mixed.stderr.contains("split several ways (2 4)"))
    }

    // MARK: - Merge

    @Test func mergeExitsOneWhenAShardsManifestIsMissingEvenWithEveryInputRecorded() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Shard 1/2 recorded both inputs (say an earlier run did), 2/2 never wrote its manifest.
        let header = ManifestHeader(shard: "1/2", inputs: ["a.txt", "b.txt"], shardInputCount: 1)
        var data = try Manifest.line(header)
        for name in ["a.txt", "b.txt"] {
            data += Manifest.line(ManifestEntry(input: name, sha256: "ff", outputs: [name + ".json"], status: .converted))
        }
        try data.write(to: folder.appendingPathComponent("manifest-1-of-2.jsonl"))

        let report = try ManifestMerge.merge([folder.path])
        #expect(report.missing.isEmpty && report.failed.isEmpty)
        #expect(report.missingShards == ["2/2"])
        #expect(!report.isComplete)

        let merge = try galley(["manifest", "merge", folder.path])
        #expect(merge.status == 1)
        #expect(merge.stdout.contains("missing shard 2/2: no manifest found"))

        // With the second shard's manifest there, the same inputs merge clean: exit 0.
        try Manifest.line(ManifestHeader(shard: "2/2", inputs: ["a.txt", "b.txt"], shardInputCount: 1))
            .write(to: folder.appendingPathComponent("manifest-2-of-2.jsonl"))
        #expect(try galley(["manifest", "merge", folder.path]).status == 0)
    }

    @Test func mergeListsEachFailedInputWithItsPathOnce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try write("Issue 1\n\nSome prose for the archive.\n", to: inputs.appendingPathComponent("vol1/good.txt"))
        try Data().write(to: inputs.appendingPathComponent("vol1/empty.txt"))
        try Data((0..<256).map { UInt8($0) }).write(to: inputs.appendingPathComponent("binary.txt"))
        #expect(try galley(["batch", inputs.path, "-o", out.path, "--jobs", "1", "--shard", "1/1"]).status == 1)
        // An entry whose error does not start with its input (written by another tool) gets it in front.
        let foreign = Manifest.line(
            ManifestEntry(input: "other.pdf", sha256: "", outputs: [], status: .failed, error: "lost in transit"))
        let handle = try FileHandle(forWritingTo: out.appendingPathComponent("manifest.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: foreign)
        try handle.close()

        let merge = try galley(["manifest", "merge", out.path])
        #expect(merge.status == 1)
        let failedLines = merge.stdout.split(separator: "\n").filter { $0.hasPrefix("failed ") }
        #expect(failedLines.count == 3, "\(merge.stdout)")
        for name in ["binary.txt", "vol1/empty.txt", "other.pdf"] {
            let lines = failedLines.filter { $0.contains(name) }
            #expect(lines.count == 1, "\(name): \(merge.stdout)")
            #expect(lines.first.map { $0.components(separatedBy: name).count - 1 } == 1, "\(name) said twice: \(lines)")
        }
        #expect(failedLines.contains("failed other.pdf: lost in transit"))
        #expect(failedLines.contains("failed vol1/empty.txt: the input is empty"))
    }

    // MARK: - Manifest locks

    @Test(arguments: [ENOSYS, ENOLCK, EOPNOTSUPP])
    func aFileSystemWithoutLocksIsSaidToBeOne(number: Int32) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("manifest-1-of-2.jsonl").path
        let expected = BatchError.lockUnsupported(path, String(cString: strerror(number)))
        #expect(throws: expected) { try ManifestLog(path: path, lock: { _ in number }) }
        #expect(expected.description.contains("the file system cannot lock the manifest"))
        #expect(expected.description.contains("--no-lock"))
        #expect(!expected.description.contains("another galley batch"))
        // Without locking the same storage is usable, and the lock is not even tried.
        let log = try ManifestLog(
            path: path, locking: .none,
            lock: { _ in
                Issue.record("locked although told not to")
                return number
            })
        try log.append(ManifestEntry(input: "a.txt", sha256: "1", outputs: [], status: .failed, error: "x"))
        log.release()
        #expect(Manifest.read(path).entries.keys.sorted() == ["a.txt"])
    }

    @Test func aHeldLockIsABusyManifestAndOtherErrorsAreSaidAsTheyAre() throws {
        #expect(ManifestLog.lockError(EWOULDBLOCK, path: "m") == .manifestBusy("m"))
        #expect(ManifestLog.lockError(EAGAIN, path: "m") == .manifestBusy("m"))
        #expect(ManifestLog.lockError(EBADF, path: "m") == .lockFailed("m", GalleyError.reason(errno: EBADF)))
        #expect(BatchError.manifestBusy("m").description == "m: another galley batch is writing this manifest")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("manifest.jsonl").path
        #expect(throws: BatchError.lockFailed(path, "input/output error (a disk or device fault)")) {
            try ManifestLog(path: path, lock: { _ in EIO })
        }
    }

    @Test func theBatchCommandTakesNoLock() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try write("Issue 1\n\nSome prose for the archive.\n", to: inputs.appendingPathComponent("a.txt"))
        // A lock held elsewhere does not stop a run told to take none.
        let held = try ManifestLog(path: out.appendingPathComponent("manifest.jsonl").path)
        let busy = try galley(["batch", inputs.path, "-o", out.path, "--jobs", "1"])
        #expect(busy.status == 73 && busy.stderr.contains("another galley batch is writing this manifest"))
        held.release()
        let run = try galley(["batch", inputs.path, "-o", out.path, "--jobs", "1", "--no-lock"])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func aTornTailLongerThanOneReadIsCutAtTheLastWholeLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("manifest.jsonl").path
        let whole = Manifest.line(ManifestEntry(input: "a.txt", sha256: "1", outputs: [], status: .failed, error: "x"))
        // 200 KB with no newline: the search for the last one crosses several reads.
        try (whole + Data(#"{"input":""#.utf8) + Data(repeating: 0x61, count: 200_000)).write(to: URL(fileURLWithPath: path))
        let log = try ManifestLog(path: path)
        log.release()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == whole)
    }

    // MARK: - Streamed hashing

    static let chunk = 1 << 20

    @Test(arguments: [0, 1, 63, 64, 65, chunk - 1, chunk, chunk + 1, 3 * chunk + 12_345])
    func theStreamedHashOfAFileIsTheOneShotHash(size: Int) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) })
        let url = folder.appendingPathComponent("input.pdf")
        try bytes.write(to: url)
        let fingerprint = try InputFile.fingerprint(path: Array(url.path.utf8), name: "input.pdf")
        #expect(fingerprint.size == size)
        #expect(fingerprint.sha256 == SHA256.hex(bytes))
    }

    @Test func theHasherGivesTheSameDigestHoweverTheBytesAreSplit() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let bytes = Data((0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) })
        let oneShot = SHA256.digest(bytes)
        for pieces in [[1000], [1, 999], [63, 1, 936], [64, 64, 872], [65, 0, 935], [7, 500, 493], [999, 1]] {
            var hasher = SHA256.Hasher()
            var offset = 0
            for length in pieces {
                hasher.update(bytes.subdata(in: offset..<(offset + length)))
                offset += length
            }
            #expect(hasher.finalize() == oneShot, "\(pieces)")
            #expect(hasher.count == 1000)
        }
    }

    @Test func theFingerprintRefusesWhatReadingRefuses() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("big.txt")
        try Data(repeating: 0x41, count: 5000).write(to: url)
        #expect(throws: GalleyError.inputTooLarge("big.txt", size: 5000, limit: 4096)) {
            try InputFile.fingerprint(path: Array(url.path.utf8), name: "big.txt", maxSize: 4096)
        }
        #expect(throws: GalleyError.fileNotFound("gone.txt")) {
            try InputFile.fingerprint(path: Array(folder.appendingPathComponent("gone.txt").path.utf8), name: "gone.txt")
        }
        #expect(throws: GalleyError.isADirectory("sub")) {
            try InputFile.fingerprint(path: Array(folder.path.utf8), name: "sub")
        }
    }

    /// docs/slurm/galley-batch.sbatch in this checkout.
    static let sbatchScript = Fixtures.root.appendingPathComponent("docs/slurm/galley-batch.sbatch")
}

// MARK: - Helpers

private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-cluster-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

private func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

private func runProcess(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws
    -> (status: Int32, stdout: String, stderr: String)
{
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}

/// Runs the built `galley` binary (beside the test bundle).
private func galley(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    try runProcess(CommandLineTests.galley.path, arguments)
}
