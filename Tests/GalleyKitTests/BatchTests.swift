import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// The acceptance criteria of batch conversion: a mixed archive with corrupt files, reruns that
/// skip, a killed run that resumes, shards that cover every input once, and merges that name
/// what is missing. Inputs are small slices of the text samples, each with its own last line so
/// their sha256s differ.
@Suite(.serialized) struct BatchTests {
    // MARK: - The whole batch

    @Test func fiveHundredMixedInputsWithTenCorrupt() async throws {
        let archive = try Archive(good: 490, corrupt: 10)
        defer { archive.remove() }
        let inputs = try InputDiscovery.discover([archive.inputs.path])
        #expect(inputs.count == 500)

        let first = try await archive.runner(jobs: 2).run(inputs)
        #expect(first.failed.map(\.input) == archive.corruptNames)
        #expect(first.converted.count == 490)
        #expect(first.skipped.isEmpty)
        #expect(first.exitCode == 1)
        #expect(first.failed.allSatisfy { $0.outputs.isEmpty && $0.error?.hasPrefix($0.input + ":") == true })

        // Every output is byte for byte what a single-file conversion writes.
        let converter = Converter(options: ConvertOptions(), lexicon: Fixtures.lexicon)
        var mismatches: [String] = []
        for input in inputs where !archive.corruptNames.contains(input.relativePath) {
            let expected = try JSONWriter().write(converter.convert(path: input.path))
            let written = try Data(contentsOf: archive.output.appendingPathComponent(input.relativePath + ".json"))
            if written != expected { mismatches.append(input.relativePath) }
        }
        #expect(mismatches.isEmpty)
        let manifest = Manifest.read(first.manifestPath)
        #expect(manifest.entries.count == 500)
        #expect(manifest.header?.inputCount == 500)
        #expect(manifest.unreadableLines == 0)

        // A second run skips every converted input and tries the corrupt ones again.
        let second = try await archive.runner(jobs: 2).run(inputs)
        #expect(second.skipped.count == 490)
        #expect(second.converted.isEmpty)
        #expect(second.failed.map(\.input) == archive.corruptNames)
        #expect(try withoutTimes(Manifest.read(second.manifestPath)) == withoutTimes(manifest))

        // --force converts them again (here a third of them, to keep the test quick).
        let volume1 = inputs.filter { $0.relativePath.hasPrefix("vol1/") }
        let forced = try await archive.runner(jobs: 2, force: true).run(volume1)
        #expect(forced.converted.count + forced.failed.count == volume1.count)
        #expect(forced.converted.count > 100)
        #expect(forced.skipped.isEmpty)
    }

    @Test func aRunCancelledMidwayAndTornResumesToTheSameResult() async throws {
        let archive = try Archive(good: 78, corrupt: 2)
        defer { archive.remove() }
        let inputs = try InputDiscovery.discover([archive.inputs.path])
        let reference = try await archive.runner(jobs: 2, output: archive.root.appendingPathComponent("reference")).run(inputs)

        // Cancel after 30 inputs: those in flight finish and record themselves, nothing new starts.
        // The run gets a task of its own, so that cancelling it does not cancel the test.
        let interrupted = archive.runner(jobs: 2)
        let run = Task {
            try await interrupted.run(inputs) { progress in
                if progress.completed == 30 { withUnsafeCurrentTask { $0?.cancel() } }
            }
        }
        await #expect(throws: CancellationError.self) { _ = try await run.value }
        let manifestPath = interrupted.manifestPath
        let recorded = Manifest.read(manifestPath)
        #expect((30...31).contains(recorded.entries.count))

        // A kill in the middle of the last append: that line is half there, its output whole.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: manifestPath))
        let lastLineStart = bytes.dropLast().lastIndex(of: 0x0A)! + 1
        bytes = bytes.prefix(upTo: lastLineStart + (bytes.count - lastLineStart) / 2)
        try bytes.write(to: URL(fileURLWithPath: manifestPath))
        let torn = Manifest.read(manifestPath)
        #expect(torn.unreadableLines == 1)
        #expect(torn.entries.count == recorded.entries.count - 1)

        let resumed = try await archive.runner(jobs: 2).run(inputs)
        #expect(resumed.skipped.count == torn.entries.values.filter { $0.status == .converted }.count)
        #expect(resumed.converted.count + resumed.skipped.count == 78)
        #expect(resumed.failed.map(\.input) == reference.failed.map(\.input))
        #expect(try withoutTimes(Manifest.read(manifestPath)) == withoutTimes(Manifest.read(reference.manifestPath)))
        for input in inputs {
            let name = input.relativePath + ".json"
            let a = try? Data(contentsOf: archive.output.appendingPathComponent(name))
            let b = try? Data(contentsOf: archive.root.appendingPathComponent("reference").appendingPathComponent(name))
            #expect(a == b, "\(name)")
        }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: archive.output.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func markdownIsWrittenBesideJSONAndAskingForItLaterConvertsAgain() async throws {
        let archive = try Archive(good: 4, corrupt: 0)
        defer { archive.remove() }
        let inputs = try InputDiscovery.discover([archive.inputs.path])
        _ = try await archive.runner(jobs: 2).run(inputs)
        let both = try await archive.runner(jobs: 2, formats: [.json, .markdown]).run(inputs)
        #expect(both.converted.count == 4)
        #expect(both.converted.first?.outputs == ["vol1/issue-000.txt.json", "vol1/issue-000.txt.md"])
        let markdown = try Data(contentsOf: archive.output.appendingPathComponent("vol1/issue-000.txt.md"))
        let converter = Converter(options: ConvertOptions(), lexicon: Fixtures.lexicon)
        #expect(markdown == (try MarkdownWriter().write(converter.convert(path: inputs[0].path))))
    }

    // MARK: - Shards

    @Test(arguments: [2, 3, 4, 7, 8, 16])
    func shardsCoverEveryInputExactlyOnce(count: Int) throws {
        let names = (0..<5000).map { "vol\($0 % 9)/issue-\($0).txt" }
        let shards = try (1...count).map { try Shard(index: $0, count: count) }
        var owners: [String: Int] = [:]
        for name in names { owners[name] = shards.filter { $0.contains(name) }.count }
        #expect(owners.values.allSatisfy { $0 == 1 })
        // Each shard gets a fair share, within 20% of an even split (plain FNV-1a modulo 4
        // was 29% off on these names).
        for shard in shards {
            let share = Double(names.filter(shard.contains).count) / (Double(names.count) / Double(count))
            #expect(abs(share - 1) < 0.2, "shard \(shard): \(share)")
        }
    }

    @Test func theShardHashIsFNV1aAndStable() {
        // Published FNV-1a 64-bit test vectors.
        #expect(Shard.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Shard.fnv1a("foobar") == 0x8594_4171_f739_67e8)
        // The bucket is fixed too: changing it would move inputs between shards of a running batch.
        #expect(Shard.bucket("") == 0xefd0_1f60_ba99_2926)
        #expect(Shard.bucket("a") == 0x82a2_a958_a9be_ce5b)
    }

    @Test(arguments: [("1/1", 1, 1), ("2/3", 2, 3), (" 8 / 8 ", 8, 8)])
    func shardParses(text: String, index: Int, count: Int) throws {
        let shard = try Shard(parsing: text)
        #expect((shard.index, shard.count) == (index, count))
    }

    @Test(arguments: ["0/3", "4/3", "3", "a/b", "1/0", "1/2/3", ""])
    func badShardsAreRefused(text: String) {
        #expect(throws: BatchError.badShard(text)) { try Shard(parsing: text) }
    }

    @Test func shardManifestNames() throws {
        #expect(Shard.whole.manifestName == "manifest.jsonl")
        #expect(try Shard(parsing: "2/8").manifestName == "manifest-2-of-8.jsonl")
    }

    @Test func threeShardsIntoOneFolderMergeToTheWholeBatch() async throws {
        let archive = try Archive(good: 28, corrupt: 2)
        defer { archive.remove() }
        let inputs = try InputDiscovery.discover([archive.inputs.path])
        var seen: [String] = []
        for index in 1...3 {
            let report = try await archive.runner(jobs: 2, shard: try Shard(index: index, count: 3)).run(inputs)
            seen += report.entries.map(\.input)
            #expect(report.manifestPath.hasSuffix("manifest-\(index)-of-3.jsonl"))
        }
        #expect(seen.sorted() == inputs.map(\.relativePath).sorted())

        let whole = try await archive.runner(jobs: 2, output: archive.root.appendingPathComponent("whole")).run(inputs)
        let merged = try ManifestMerge.merge([archive.output.path])
        #expect(
            merged.files.map { URL(fileURLWithPath: $0).lastPathComponent } == [
                "manifest-1-of-3.jsonl", "manifest-2-of-3.jsonl", "manifest-3-of-3.jsonl",
            ])
        #expect(merged.missing.isEmpty)
        #expect(merged.missingShards.isEmpty)
        #expect(!merged.inconsistentHeaders)
        #expect(merged.failed.map(\.input) == archive.corruptNames)
        #expect(!merged.isComplete)
        #expect(withoutTimes(merged.manifest).sortedEntries == withoutTimes(Manifest.read(whole.manifestPath)).sortedEntries)
    }

    @Test func mergeNamesTheInputsOfAShardThatNeverRan() async throws {
        let archive = try Archive(good: 30, corrupt: 0)
        defer { archive.remove() }
        let inputs = try InputDiscovery.discover([archive.inputs.path])
        for index in [1, 3] {
            _ = try await archive.runner(jobs: 2, shard: try Shard(index: index, count: 3)).run(inputs)
        }
        let second = try Shard(index: 2, count: 3)
        let expectedMissing = inputs.map(\.relativePath).filter(second.contains)
        #expect(!expectedMissing.isEmpty)

        let merged = try ManifestMerge.merge([archive.output.path])
        #expect(merged.missing == expectedMissing)
        #expect(merged.missingShards == ["2/3"])
        #expect(merged.failed.isEmpty)
        #expect(!merged.isComplete)

        // The same answer from a re-walk of the inputs instead of the headers.
        let rewalked = try ManifestMerge.merge(
            [archive.output.appendingPathComponent("manifest-1-of-3.jsonl").path], declaredInputs: inputs.map(\.relativePath))
        #expect(rewalked.missing == inputs.map(\.relativePath).filter { !(try! Shard(index: 1, count: 3)).contains($0) })
    }

    // MARK: - Manifest lines

    @Test func manifestReadingKeepsTheLatestEntryAndIgnoresATornLine() throws {
        let text = """
            {"galleyVersion":"0.1.0","inputCount":2,"inputs":["a.txt","b.txt"],"inputsSHA256":"x","shard":"1/1","shardInputCount":2}
            {"elapsedMs":5,"error":"a.txt: the input is empty","galleyVersion":"0.1.0","input":"a.txt","outputs":[],"sha256":"","status":"failed","warnings":0}
            {"elapsedMs":7,"galleyVersion":"0.1.0","input":"a.txt","outputs":["a.txt.json"],"sha256":"ab","status":"converted","warnings":1}
            {"elapsedMs":9,"galleyVersion":"0.1.0","input":"b.txt","outputs":["b.tx
            """
        let manifest = Manifest.parse(Data(text.utf8))
        #expect(manifest.header?.inputs == ["a.txt", "b.txt"])
        #expect(manifest.unreadableLines == 1)
        #expect(
            manifest.sortedEntries == [
                ManifestEntry(
                    input: "a.txt", sha256: "ab", outputs: ["a.txt.json"], status: .converted, warnings: 1, elapsedMs: 7)
            ])
    }

    @Test func manifestLinesHaveSortedKeysAndNoErrorWhenNoneHappened() throws {
        let entry = ManifestEntry(
            input: "a/b.txt", sha256: "ff", outputs: ["a/b.txt.json"], status: .converted, warnings: 2, galleyVersion: "9.9",
            elapsedMs: 12)
        let line = String(decoding: Manifest.line(entry), as: UTF8.self)
        #expect(
            line
                == #"{"elapsedMs":12,"galleyVersion":"9.9","input":"a/b.txt","outputs":["a/b.txt.json"],"sha256":"ff","status":"converted","warnings":2}"#
                + "\n")
    }

    /// An entry's line is written straight into bytes: the same bytes as the JSON encoder with
    /// sorted keys and unescaped slashes, whatever its strings hold and whichever fields are absent.
    @Test(arguments: [
        ManifestEntry(input: "a.txt", sha256: "", outputs: [], status: .failed, error: "a.txt: the input is empty"),
        ManifestEntry(
            input: "2024/Spring \"Issue\" \\ 3.pdf", sha256: "ab", outputs: ["2024/Spring \"Issue\" \\ 3.pdf.json"],
            outputsSHA256: ["00ff", "ee"], status: .converted, warnings: 17, galleyVersion: "1.2.3", elapsedMs: 1234),
        ManifestEntry(
            input: "tab\tnew\nline\u{0}\u{1F}\u{7F}.txt", sha256: "x", outputs: ["o.md", "o.json"], outputsSHA256: [],
            status: .skipped, reason: "signal 9", warnings: 0, elapsedMs: -1),
        ManifestEntry(
            input: "Café – “Ümlaut” 🎉 \u{2028}\u{2029}.txt", sha256: "cd", outputs: [], status: .failed,
            error: "Café – “Ümlaut” 🎉.txt: a\\b/c \u{08}\u{0C}\r", reason: "error: /dev/null", warnings: Int.max,
            elapsedMs: Int.min),
    ])
    func anEntrysLineIsTheJSONEncodersLine(_ entry: ManifestEntry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(entry) + [0x0A]
        #expect(Manifest.line(entry) == expected)
        #expect(Manifest.parse(Manifest.line(entry)).entries[entry.input] == entry)
    }

    @Test func openingALogCutsATornTailAndLocksOutASecondWriter() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("manifest.jsonl").path
        let whole = Manifest.line(ManifestEntry(input: "a.txt", sha256: "1", outputs: [], status: .failed, error: "x"))
        try (whole + Data(#"{"input":"b.t"#.utf8)).write(to: URL(fileURLWithPath: path))

        let log = try ManifestLog(path: path)
        #expect(throws: BatchError.manifestBusy(path)) { try ManifestLog(path: path) }
        try log.append(ManifestEntry(input: "c.txt", sha256: "3", outputs: [], status: .failed, error: "y"))
        log.release()
        let manifest = Manifest.read(path)
        #expect(manifest.unreadableLines == 0)
        #expect(manifest.sortedEntries.map(\.input) == ["a.txt", "c.txt"])
        _ = try ManifestLog(path: path)  // released: a later run may open it
    }

    // MARK: - Finding inputs

    @Test func foldersAreWalkedForPDFAndTextOnlySortedAndRelative() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b.txt", "a.PDF", "notes.md", "z/y/deep.txt", "z/x.pdf", ".hidden.txt", ".git/c.txt", "out/old.txt"] {
            try write("text", to: folder.appendingPathComponent(name))
        }
        let found = try InputDiscovery.discover([folder.path], excluding: folder.appendingPathComponent("out").path)
        #expect(found.map(\.relativePath) == ["a.PDF", "b.txt", "z/x.pdf", "z/y/deep.txt"])
        #expect(found[3].path == folder.appendingPathComponent("z/y/deep.txt").path)

        let single = try InputDiscovery.discover([folder.appendingPathComponent("z/y/deep.txt").path])
        #expect(single.map(\.relativePath) == ["deep.txt"])
    }

    @Test func listFilesNamePathsRelativeToThemselves() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["lists/2021/spring.txt", "lists/2021/summer.txt", "other/autumn.txt", "lists/more/winter.pdf"] {
            try write("text", to: folder.appendingPathComponent(name))
        }
        let list = folder.appendingPathComponent("lists/issues.txt")
        try write(
            "# this year's issues\n2021/spring.txt\n\n./2021/summer.txt\n../other/autumn.txt\n\(folder.path)/lists/more\n",
            to: list)
        let found = try InputDiscovery.discover(["@" + list.path])
        #expect(found.map(\.relativePath) == ["2021/spring.txt", "2021/summer.txt", "autumn.txt", "more/winter.pdf"])
    }

    @Test func missingInputsAndClashingNamesAreUsageErrors() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("one", to: folder.appendingPathComponent("a/issue.txt"))
        try write("two", to: folder.appendingPathComponent("b/issue.txt"))
        let missing = folder.appendingPathComponent("nope").path
        #expect(throws: BatchError.inputNotFound(missing)) { try InputDiscovery.discover([missing]) }
        #expect(throws: BatchError.self) {
            try InputDiscovery.discover([
                folder.appendingPathComponent("a/issue.txt").path, folder.appendingPathComponent("b/issue.txt").path,
            ])
        }
        // The same file named twice is one input.
        let twice = try InputDiscovery.discover([
            folder.appendingPathComponent("a/issue.txt").path, folder.appendingPathComponent("a/./issue.txt").path,
        ])
        #expect(twice.count == 1)
    }

    // MARK: - The command

    @Test func theCommandReportsFailuresAndExitsOne() throws {
        let archive = try Archive(good: 3, corrupt: 1)
        defer { archive.remove() }
        let out = archive.output.path
        let run = try galley(["batch", archive.inputs.path, "-o", out, "--jobs", "2"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("galley batch: 3 converted, 0 skipped, 1 failed"))
        #expect(run.stderr.contains("failed vol1/corrupt-0.txt: vol1/corrupt-0.txt: the input is empty") == false)
        #expect(run.stderr.contains("failed vol1/corrupt-0.txt: the input is empty"))
        #expect(run.stderr.split(separator: "\n").filter { $0.hasPrefix("[") }.count == 4)

        let again = try galley(["batch", archive.inputs.path, "-o", out, "--quiet"])
        #expect(again.status == 1)
        #expect(again.stderr == "failed vol1/corrupt-0.txt: the input is empty\n")

        let merge = try galley(["manifest", "merge", out])
        #expect(merge.status == 1)
        #expect(merge.stdout.hasPrefix("merged 1 manifest(s): 4 inputs, 3 converted, 1 failed, 0 missing\n"))

        #expect(try galley(["batch", archive.inputs.path, "-o", out, "--shard", "4/3"]).status == 64)
        #expect(try galley(["batch", archive.inputs.path, "-o", out, "--format", "pdf"]).status == 64)
        #expect(try galley(["batch", archive.root.appendingPathComponent("nope").path, "-o", out]).status == 64)
    }
}

// MARK: - Helpers

/// A folder of inputs for a batch: slices of the text samples with distinct endings, and
/// corrupt files (empty, binary, a PDF header with nothing after it) spread among them.
private struct Archive {
    let root: URL
    var inputs: URL { root.appendingPathComponent("inputs") }
    var output: URL { root.appendingPathComponent("out") }
    let corruptNames: [String]

    init(good: Int, corrupt: Int) throws {
        root = try temporaryFolder()
        let inputs = root.appendingPathComponent("inputs")
        let sources = try Fixtures.sampleNames.filter { $0.hasSuffix(".txt") }.map { name in
            try String(contentsOf: Fixtures.samples.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
        }
        for index in 0..<good {
            let lines = sources[index % sources.count]
            // A window of 40–100 lines starting somewhere different for each input.
            let length = min(lines.count, 40 + index * 7 % 61)
            let start = lines.count > length ? index * 37 % (lines.count - length) : 0
            let text = lines[start..<(start + length)].joined(separator: "\n") + "\nIssue \(index), printed for the archive.\n"
            try write(text, to: inputs.appendingPathComponent("vol\(index % 3 + 1)/issue-\(Self.number(index)).txt"))
        }
        var corruptNames: [String] = []
        for index in 0..<corrupt {
            let kind = index % 3
            let name = "vol\(index % 3 + 1)/corrupt-\(index).\(kind == 2 ? "pdf" : "txt")"
            let bytes: Data
            switch kind {
            case 0: bytes = Data()
            case 1: bytes = Data((0..<256).map { UInt8(($0 * 7 + index) % 256) })
            default: bytes = Data("%PDF-1.4\n".utf8)
            }
            try FileManager.default.createDirectory(
                at: inputs.appendingPathComponent(name).deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: inputs.appendingPathComponent(name))
            corruptNames.append(name)
        }
        self.corruptNames = corruptNames.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static func number(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    func runner(
        jobs: Int, force: Bool = false, formats: [OutputFormat] = [.json], shard: Shard = .whole, output: URL? = nil
    ) -> BatchRunner {
        BatchRunner(
            options: BatchOptions(
                outputDirectory: (output ?? self.output).path, formats: formats, jobs: jobs, force: force, shard: shard)
        ) {
            Converter(options: ConvertOptions(), lexicon: Fixtures.lexicon)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

private func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

/// A manifest with every elapsed time zeroed: the one field two equal runs may differ in.
private func withoutTimes(_ manifest: Manifest) -> Manifest {
    var copy = manifest
    for key in copy.entries.keys { copy.entries[key]?.elapsedMs = 0 }
    return copy
}

/// Runs the built `galley` binary, found beside the test bundle.
private func galley(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
    ].map { $0.appendingPathComponent("galley") }
    guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        Issue.record("galley binary not found beside \(CommandLine.arguments[0])")
        return (-1, "", "")
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}
