import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// A slot's worker is sent its next input while it converts the current one (`WorkerLane`), and
/// the manifest's lines, flushed at most once per interval, are all on disk when a run ends.
/// Stand-in workers are shell scripts that answer as `galley worker --serve` does.
@Suite(.serialized) struct WorkerLaneTests {
    @Test func theNextInputWaitsInTheWorkersInputWhileItConverts() async throws {
        // The stand-in answers 2 for an input when the next request is already there to read,
        // 1 when it had to wait for it (2 s): one request at a time would give 1 every time.
        let folder = try laneFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        for name in ["a.txt", "b.txt", "c.txt", "d.txt"] { try write("Issue \(name).\n", to: inputs.appendingPathComponent(name)) }
        let script = """
            while read -r request; do
              if read -r -t 2 next; then echo '{"warnings":2}'; echo '{"warnings":2}'; else echo '{"warnings":1}'; fi
            done
            """
        let runner = BatchRunner(
            options: BatchOptions(outputDirectory: out.path, jobs: 1),
            workers: WorkerPool(executable: "/bin/bash", arguments: ["-c", script], limits: WorkerLimits()))
        let report = try await runner.run(try InputDiscovery.discover([inputs.path]))
        #expect(report.converted.map(\.input) == ["a.txt", "b.txt", "c.txt", "d.txt"])
        #expect(report.converted.map(\.warnings) == [2, 2, 2, 2])
    }

    @Test func aWorkerThatHangsIsTimedFromTheAnswerBeforeAndTheInputBehindGoesToANewOne() async throws {
        // The first worker answers its first input, then hangs on the second while the third
        // waits behind it: the second times out, the third converts in a new worker.
        let folder = try laneFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        for name in ["a.txt", "b.txt", "c.txt"] { try write("Issue \(name).\n", to: inputs.appendingPathComponent(name)) }
        let marker = folder.appendingPathComponent("hung-once").path
        let script = """
            while read -r request; do
              case "$request" in
                *b.txt*) if [ ! -e '\(marker)' ]; then touch '\(marker)'; sleep 60; fi ;;
              esac
              echo '{"warnings":0}'
            done
            """
        let runner = BatchRunner(
            options: BatchOptions(outputDirectory: out.path, jobs: 1),
            workers: WorkerPool(executable: "/bin/sh", arguments: ["-c", script], limits: WorkerLimits(timeout: 3)))
        let report = try await runner.run(try InputDiscovery.discover([inputs.path]))
        #expect(report.failed.map(\.input) == ["b.txt"])
        #expect(report.failed.first?.reason == "timeout")
        #expect(report.converted.map(\.input) == ["a.txt", "c.txt"])
    }

    @Test func thePlainAnswerIsWrittenAndReadAsTheJSONCoderWould() throws {
        for warnings in [0, 7, 12, 4_000_000] {
            let result = WorkerResult(warnings: warnings)
            #expect(result.plainLine == (try Manifest.line(result)))
            var line = try Manifest.line(result)
            line.removeLast()
            #expect(WorkerResult.plainWarnings(line) == warnings)
        }
        #expect(WorkerResult(warnings: 1, error: "x.pdf: damaged").plainLine == nil)
        #expect(WorkerResult(pictures: []).plainLine == nil)
        for other in [#"{"error":"x"}"#, #"{"warnings":1,"error":"x"}"#, #"{"warnings":}"#, #"{"warnings":-1}"#, #"{"warnings":1"#] {
            #expect(WorkerResult.plainWarnings(Data(other.utf8)) == nil, "\(other)")
        }
    }

    /// The hashes of a plain answer read back as written; a line that strays from its shape by a
    /// byte is left to the JSON decoder.
    @Test func thePlainAnswersHashesAreReadBackAndAStrayLineIsNot() throws {
        let results = [
            WorkerResult(warnings: 3, sha256: "0123abcd", outputsSHA256: ["ff", "00ee"]),
            WorkerResult(warnings: 0, sha256: "ab"),
            WorkerResult(warnings: 9, outputsSHA256: []),
        ]
        for result in results {
            var line = try #require(result.plainLine)
            #expect(line == (try Manifest.line(result)))
            line.removeLast()
            let answer = try #require(WorkerResult.plainAnswer(line))
            #expect(answer.warnings == result.warnings)
            #expect(answer.sha256 == result.sha256)
            #expect(answer.outputsSHA256 == result.outputsSHA256)
        }
        for stray in [
            #"{"outputsSHA256":["fg"],"warnings":1}"#, #"{"outputsSHA256":[""],"warnings":1}"#,
            #"{"outputsSHA256":["ab""#, #"{"sha256":"ab","warnings":1}x"#, #"{"sha256":"ab""#, #"{"sha256":"AB","warnings":1}"#,
            #"{"outputsSHA256":["ab"]"warnings":1}"#, #"{"warnings":12345678901234567890}"#, "", "{",
        ] {
            #expect(WorkerResult.plainAnswer(Data(stray.utf8)) == nil, "\(stray)")
        }
    }

    @Test func everyLineAppendedIsOnDiskAfterFlushAndRelease() throws {
        let folder = try laneFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("manifest.jsonl").path
        let log = try ManifestLog(path: path)
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for index in 0..<50 {
                try? log.append(ManifestEntry(input: "t\(thread)-\(index).txt", sha256: "ab", outputs: [], status: .converted))
            }
        }
        try log.flush()
        log.release()
        let manifest = Manifest.read(path)
        #expect(manifest.unreadableLines == 0)
        #expect(manifest.entries.count == 200)
        // A second run appends to the same file after the first has released it.
        let again = try ManifestLog(path: path)
        try again.append(ManifestEntry(input: "late.txt", sha256: "cd", outputs: [], status: .failed))
        again.release()
        #expect(Manifest.read(path).entries.count == 201)
    }
}

private func laneFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-lanes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

private func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}
