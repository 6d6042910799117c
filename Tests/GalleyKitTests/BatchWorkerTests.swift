import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// `galley batch` with worker processes, run as a user would: hostile PDFs that loop poppler or
/// blow up its memory cost only themselves, signals leave a valid manifest and a summary, a
/// failure stands until `--retry-failed`, and inputs come as people have them. Time limits here
/// are generous: the machine running the tests is shared and slow.
@Suite(.serialized) struct BatchWorkerTests {
    /// Sample inputs that convert cleanly, PDF and text.
    static let goodSamples = [
        "001_ff7c0782f6439bae.txt", "pdf-two-columns.pdf", "pdf-hyphenation.pdf", "synthetic-headings.txt",
        "synthetic-bullets.txt",
    ]

    @Test func aLoopingPDFAndAMemoryBombFailAloneWithTheirReasons() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        for name in Self.goodSamples { try copySample(name, to: inputs) }
        try HostilePDF.formLoop().write(to: inputs.appendingPathComponent("loop.pdf"))
        try HostilePDF.fontBomb().write(to: inputs.appendingPathComponent("bomb.pdf"))

        // 8 s: the loop never ends, and the bomb trips its limit in ~1.5 s even on a loaded machine.
        let run = try galley([
            "batch", inputs.path, "-o", out.path, "--jobs", "2", "--timeout", "8", "--max-memory", "300M",
        ])
        #expect(run.status == 1, "\(run.stderr)")
        let manifest = Manifest.read(out.appendingPathComponent("manifest.jsonl").path)
        #expect(manifest.unreadableLines == 0)
        #expect(manifest.entries.count == Self.goodSamples.count + 2)
        #expect(manifest.entries["loop.pdf"]?.status == .failed)
        #expect(manifest.entries["loop.pdf"]?.reason == "timeout")
        #expect(manifest.entries["loop.pdf"]?.error == "loop.pdf: timeout: still converting after 8 s, stopped")
        #expect(manifest.entries["bomb.pdf"]?.status == .failed)
        #expect(manifest.entries["bomb.pdf"]?.reason == "memory")
        #expect(manifest.entries["bomb.pdf"]?.outputs == [])
        #expect(run.stderr.contains("failed bomb.pdf: memory: needed more than the 300M memory limit\n"))
        #expect(run.stderr.contains("failed loop.pdf: timeout: still converting after 8 s, stopped\n"))

        // Every other output is whole, valid JSON, and what `galley convert` writes for the file.
        for name in Self.goodSamples {
            #expect(manifest.entries[name]?.status == .converted, "\(name)")
            let written = try Data(contentsOf: out.appendingPathComponent(name + ".json"))
            #expect((try? JSONSerialization.jsonObject(with: written)) != nil, "\(name)")
            let single = try galley(["convert", inputs.appendingPathComponent(name).path, "-o", "-"])
            #expect(single.status == 0)
            #expect(written == Data(single.stdout.utf8), "\(name)")
        }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter {
            !$0.hasSuffix(".json") && $0 != "manifest.jsonl"
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func oneWorkerServesManyInputsAndIsReplacedOnTheWay() throws {
        // One slot, more inputs than a worker serves before it is replaced, with failures
        // among them: every good input converts to what `galley convert` writes.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        let text = try String(contentsOf: Fixtures.samples.appendingPathComponent("synthetic-headings.txt"), encoding: .utf8)
        let count = 130
        for index in 0..<count {
            let name = String(format: "issue-%03d.txt", index)
            let bytes = index % 40 == 7 ? Data([0, 1, 2, 3, 0xFF]) : Data((text + "Issue \(index).\n").utf8)
            try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
            try bytes.write(to: inputs.appendingPathComponent(name))
        }
        let run = try galley(["batch", inputs.path, "-o", out.path, "--jobs", "1", "--quiet"])
        #expect(run.status == 1)
        let manifest = Manifest.read(out.appendingPathComponent("manifest.jsonl").path)
        let failed = manifest.sortedEntries.filter { $0.status == .failed }.map(\.input)
        #expect(failed == ["issue-007.txt", "issue-047.txt", "issue-087.txt", "issue-127.txt"])
        #expect(manifest.entries.values.filter { $0.status == .converted }.count == count - 4)
        for index in [0, 99, 100, 101, 129] {
            let name = String(format: "issue-%03d.txt", index)
            let single = try galley(["convert", inputs.appendingPathComponent(name).path])
            let written = try Data(contentsOf: out.appendingPathComponent(name + ".json"))
            #expect(written == Data(single.stdout.utf8), "\(name)")
        }
    }

    @Test func theBombReallyNeedsMoreThanTheLimit() throws {
        // The same bomb converts (slowly, in a lot of memory) when the limit allows it: a
        // smaller one shows its failure under 300M is the limit's doing, not a broken file.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try HostilePDF.fontBomb(inflatedMegabytes: 200).write(to: inputs.appendingPathComponent("bomb.pdf"))
        let tight = try galley(["batch", inputs.path, "-o", out.path, "--max-memory", "200M", "--timeout", "60"])
        #expect(tight.status == 1)
        #expect(Manifest.read(out.appendingPathComponent("manifest.jsonl").path).entries["bomb.pdf"]?.reason == "memory")
        let roomy = try galley([
            "batch", inputs.path, "-o", out.path, "--max-memory", "1G", "--timeout", "60", "--retry-failed",
        ])
        #expect(roomy.status == 0, "\(roomy.stderr)")
        #expect(Manifest.read(out.appendingPathComponent("manifest.jsonl").path).entries["bomb.pdf"]?.status == .converted)
    }

    @Test func sigtermLeavesAValidManifestAndASummary() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try copySample("synthetic-headings.txt", to: inputs)
        // Sorted first, so the single worker is busy with it when the signal comes.
        try HostilePDF.formLoop().write(to: inputs.appendingPathComponent("a-loop.pdf"))
        let manifestPath = out.appendingPathComponent("manifest.jsonl").path

        let process = try start(["batch", inputs.path, "-o", out.path, "--jobs", "1", "--timeout", "600"])
        // Wait for the run to open its manifest and start the looping input, then stop it.
        let begun = Date()
        while !FileManager.default.fileExists(atPath: manifestPath) && Date().timeIntervalSince(begun) < 60 {
            usleep(50_000)
        }
        usleep(500_000)
        process.process.terminate()
        let ended = process.wait()
        #expect(ended.status == 143, "\(ended.stderr)")
        #expect(ended.stderr.contains("stopping (SIGTERM)"))
        #expect(ended.stderr.contains("galley batch: stopped by SIGTERM, 2 not finished; 0 converted"))
        // Well within its 600 s timeout: killed after the grace period.
        #expect(Date().timeIntervalSince(begun) < 120)
        let manifest = Manifest.read(manifestPath)
        #expect(manifest.unreadableLines == 0)
        #expect(manifest.header?.inputCount == 2)
        // An input stopped by the signal is not a failure: the next run converts it.
        #expect(manifest.entries.isEmpty)
        let contents = try String(contentsOfFile: manifestPath, encoding: .utf8)
        #expect(contents.hasSuffix("\n"))
    }

    @Test func aFailureStandsUntilRetryFailed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try copySample("synthetic-headings.txt", to: inputs)
        let broken = inputs.appendingPathComponent("broken.pdf")
        try Data("%PDF-1.4\n1 0 obj\n<<".utf8).write(to: broken)
        let manifestPath = out.appendingPathComponent("manifest.jsonl").path

        let first = try galley(["batch", inputs.path, "-o", out.path])
        #expect(first.status == 1)
        let failure = try #require(Manifest.read(manifestPath).entries["broken.pdf"])
        #expect(failure.status == .failed)
        #expect(failure.reason == "error: " + (failure.error ?? ""))
        #expect(failure.error?.hasPrefix("broken.pdf: ") == true)

        // Not tried again: the entry stands as it was, and the summary says so.
        let second = try galley(["batch", inputs.path, "-o", out.path])
        #expect(second.status == 1)
        #expect(second.stderr.contains("] failed \(failure.error!) (earlier run)\n"))
        #expect(second.stderr.contains("1 failed in an earlier run and were not tried again (--retry-failed tries them)"))
        #expect(Manifest.read(manifestPath).entries["broken.pdf"] == failure)

        // --retry-failed tries it again (it fails again, as a fresh failure).
        let retried = try galley(["batch", inputs.path, "-o", out.path, "--retry-failed"])
        #expect(retried.status == 1)
        #expect(retried.stderr.contains("] failed \(failure.error!)\n"))
        #expect(!retried.stderr.contains("earlier run"))

        // New bytes are a new input: tried without asking, and converted once fixed.
        try FileManager.default.removeItem(at: broken)
        try copySample("pdf-two-columns.pdf", to: inputs)
        try FileManager.default.moveItem(at: inputs.appendingPathComponent("pdf-two-columns.pdf"), to: broken)
        let fixed = try galley(["batch", inputs.path, "-o", out.path])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(Manifest.read(manifestPath).entries["broken.pdf"]?.status == .converted)
    }

    @Test func convertWritesToStandardOutputForADash() throws {
        let sample = Fixtures.samples.appendingPathComponent("synthetic-headings.txt").path
        let dash = try galley(["convert", sample, "-o", "-", "--format", "markdown"])
        let plain = try galley(["convert", sample, "--format", "markdown"])
        #expect(dash.status == 0)
        #expect(dash.stderr.isEmpty)
        #expect(!dash.stdout.isEmpty)
        #expect(dash.stdout == plain.stdout)
        #expect(!FileManager.default.fileExists(atPath: "-"))
    }

    @Test func aOneCharacterOutputNameIsWritten() throws {
        // Foundation's path code trapped on "a" (SIGILL) inside AtomicFile.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = Fixtures.samples.appendingPathComponent("synthetic-headings.txt").path
        let process = Process()
        process.executableURL = CommandLineTests.galley
        process.arguments = ["convert", sample, "-o", "a"]
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let written = try Data(contentsOf: folder.appendingPathComponent("a"))
        #expect((try? JSONSerialization.jsonObject(with: written)) != nil)
    }

    @Test func aMissingListEntryFailsWhileTheRestConverts() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try copySample("synthetic-headings.txt", to: folder.appendingPathComponent("issues"))
        let list = folder.appendingPathComponent("list.txt")
        try Data("issues/synthetic-headings.txt\nissues/gone.pdf\n".utf8).write(to: list)
        let out = folder.appendingPathComponent("out")
        let run = try galley(["batch", "@" + list.path, "-o", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("failed issues/gone.pdf: no such file\n"))
        let manifest = Manifest.read(out.appendingPathComponent("manifest.jsonl").path)
        #expect(manifest.entries["issues/synthetic-headings.txt"]?.status == .converted)
        #expect(manifest.entries["issues/gone.pdf"]?.reason == "error: issues/gone.pdf: no such file")
    }

    @Test func symlinkedFoldersAreFollowedAndLoopsSkipped() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("archive")
        try copySample("synthetic-headings.txt", to: root.appendingPathComponent("2019"))
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try copySample("synthetic-bullets.txt", to: elsewhere)
        let manager = FileManager.default
        // A folder kept elsewhere, linked in; a link back up to the archive (a loop).
        try manager.createSymbolicLink(at: root.appendingPathComponent("2020"), withDestinationURL: elsewhere)
        try manager.createSymbolicLink(at: root.appendingPathComponent("2019/up"), withDestinationURL: root)
        try manager.createSymbolicLink(at: elsewhere.appendingPathComponent("self"), withDestinationURL: elsewhere)
        let found = try InputDiscovery.discover([root.path]).map(\.relativePath)
        #expect(found == ["2019/synthetic-headings.txt", "2020/synthetic-bullets.txt"])
    }

    @Test func aWorkerThatCannotStartEndsTheBatchWithoutBlamingTheInput() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try copySample("synthetic-headings.txt", to: inputs)
        let missing = folder.appendingPathComponent("no-galley-here").path
        let runner = BatchRunner(
            options: BatchOptions(outputDirectory: out.path, jobs: 1),
            workers: WorkerPool(executable: missing, arguments: ["worker"], limits: WorkerLimits()))
        let found = try InputDiscovery.discover([inputs.path])
        await #expect(throws: BatchError.workerUnavailable(missing, "no such file")) {
            _ = try await runner.run(found)
        }
        // Nothing recorded against the input: the next run converts it.
        #expect(Manifest.read(runner.manifestPath).entries.isEmpty)
    }

    @Test func aWorkerThatCrashesMidWriteLeavesNoTemporaryAndTheNextInputANewWorker() async throws {
        // A stand-in worker (a shell): it answers its first request with a crash after leaving
        // an AtomicFile temporary behind, as a worker killed while writing would; a new one
        // then serves the next input.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try copySample("synthetic-headings.txt", to: inputs)
        try copySample("synthetic-bullets.txt", to: inputs)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let marker = folder.appendingPathComponent("crashed-once").path
        let script = """
            while read -r request; do
              if [ ! -e '\(marker)' ]; then
                touch '\(marker)'
                touch '\(out.path)/.synthetic-bullets.txt.json.x1y2.tmp'
                kill -SEGV $$
              fi
              echo '{"warnings":0}'
            done
            """
        let runner = BatchRunner(
            options: BatchOptions(outputDirectory: out.path, jobs: 1),
            workers: WorkerPool(executable: "/bin/sh", arguments: ["-c", script], limits: WorkerLimits()))
        let report = try await runner.run(try InputDiscovery.discover([inputs.path]))
        #expect(report.failed.map(\.input) == ["synthetic-bullets.txt"])
        #expect(report.failed.first?.reason == "signal 11")
        #expect(report.failed.first?.error == "synthetic-bullets.txt: signal 11: the conversion crashed (Segmentation fault)")
        #expect(report.converted.map(\.input) == ["synthetic-headings.txt"])
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test(arguments: [
        ("2G", 2 << 30), ("512M", 512 << 20), ("300m", 300 << 20), ("1.5G", 3 << 29), ("64KiB", 64 << 10),
        ("1000", 1000), ("2GB", 2 << 30),
    ])
    func sizesParse(text: String, bytes: Int) {
        #expect(WorkerLimits.parseSize(text) == bytes)
    }

    @Test(arguments: ["", "G", "-1G", "2X", "abc", "0"])
    func badSizesAreRefused(text: String) {
        #expect(WorkerLimits.parseSize(text) == nil)
    }

    @Test func badLimitsAreUsageErrors() throws {
        let sample = Fixtures.samples.appendingPathComponent("synthetic-headings.txt").path
        for arguments in [["--max-memory", "lots"], ["--max-memory", "10M"], ["--timeout", "0"], ["--timeout", "-3"]] {
            let run = try galley(["batch", sample, "-o", FileManager.default.temporaryDirectory.path + "/unused"] + arguments)
            #expect(run.status == 64, "\(arguments)")
        }
    }

    /// How a reaped worker's status, output and peak RSS become a verdict.
    @Test func workerDeathsAreClassified() {
        let limits = WorkerLimits(timeout: 10, maxMemory: 300 << 20)
        let badAlloc = Data("terminate called after throwing an instance of 'std::bad_alloc'\n".utf8)
        func outcome(_ status: Int32, rss: Int = 40 << 20, stdout: String = "", stderr: Data = Data()) -> WorkerPool.Outcome {
            WorkerPool.outcome(
                status: status, maxRSS: rss, stdout: Data(stdout.utf8), stderr: stderr, limits: limits, name: "x.pdf")
        }
        #expect(outcome(0, stdout: "{\"warnings\":3}\n") == .converted(warnings: 3))
        #expect(outcome(65 << 8, stdout: "{\"error\":\"x.pdf: not a PDF file\"}\n") == .failed(.error("x.pdf: not a PDF file")))
        // SIGABRT after bad_alloc, far below the limit in RSS: memory all the same.
        #expect(outcome(SIGABRT, stderr: badAlloc) == .failed(.memory))
        // A crash with the peak near the limit is memory; the same crash small is a crash.
        #expect(outcome(SIGSEGV, rss: 250 << 20) == .failed(.memory))
        #expect(outcome(SIGSEGV) == .failed(.signal(SIGSEGV)))
        #expect(WorkerFailure.signal(SIGSEGV).description == "signal 11")
        // Stopped from outside (a scheduler signalling the whole job): left for the next run.
        #expect(outcome(SIGTERM) == .interrupted)
        #expect(outcome(SIGINT) == .interrupted)
        // Its own alarm (the batch that would have killed it gone) is a timeout.
        #expect(outcome(SIGALRM) == .failed(.timeout))
        // Exited without a result line.
        #expect(
            outcome(70 << 8, stderr: Data("boom\n".utf8)) == .failed(.error("x.pdf: the worker stopped with status 70 (boom)")))
    }
}

// MARK: - Helpers

private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-workers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

private func copySample(_ name: String, to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
        at: Fixtures.samples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
}

/// A running `galley`, its output read on background threads so that it never blocks on a pipe.
private struct Started {
    let process: Process
    let stdout: Pipe, stderr: Pipe

    func wait() -> (status: Int32, stdout: String, stderr: String) {
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

private func start(_ arguments: [String]) throws -> Started {
    let process = Process()
    process.executableURL = CommandLineTests.galley
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    return Started(process: process, stdout: out, stderr: err)
}

private func galley(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    try start(arguments).wait()
}
