import Foundation
import GalleyKit
import Testing

/// A worker answers with the SHA-256 of the bytes it read, so the batch does not read and hash a
/// new input a second time; it hashes an input itself only to weigh an earlier entry, or when the
/// worker did not say.
@Suite struct WorkerInputHashTests {
    @Test func thePlainAnswerWithAHashIsWrittenAndReadAsTheJSONCoderWould() throws {
        let hash = String(repeating: "0123456789abcdef", count: 4)
        for warnings in [0, 7, 4_000_000] {
            let result = WorkerResult(warnings: warnings, sha256: hash)
            #expect(result.plainLine == (try Manifest.line(result)))
            var line = try Manifest.line(result)
            line.removeLast()
            let plain = try #require(WorkerResult.plainAnswer(line))
            #expect(plain.warnings == warnings)
            #expect(plain.sha256 == hash)
            #expect(WorkerResult.plainWarnings(line) == warnings)
        }
        #expect(WorkerResult.plainAnswer(Data(#"{"warnings":3}"#.utf8))?.sha256 == nil)
        // With the outputs' hashes (none, one, two), as the manifest records them.
        for outputs in [[], [hash], [hash, String(hash.reversed())]] {
            let result = WorkerResult(warnings: 2, sha256: hash, outputsSHA256: outputs)
            #expect(result.plainLine == (try Manifest.line(result)))
            var line = try Manifest.line(result)
            line.removeLast()
            let plain = try #require(WorkerResult.plainAnswer(line))
            #expect(plain.outputsSHA256 == outputs)
            #expect(plain.sha256 == hash)
            #expect(plain.warnings == 2)
        }
        // Anything but lower-case hex goes to the JSON decoder.
        #expect(WorkerResult(warnings: 1, sha256: "ABC").plainLine == nil)
        for other in [
            #"{"sha256":"","warnings":1}"#, #"{"sha256":"AB","warnings":1}"#, #"{"sha256":"ab" "warnings":1}"#,
            #"{"sha256":"ab","warnings":}"#, #"{"sha256":"ab","error":"x"}"#, #"{"sha256":"ab\"c","warnings":1}"#,
            #"{"outputsSHA256":["ab",],"warnings":1}"#, #"{"outputsSHA256":["ab"]"warnings":1}"#,
            #"{"outputsSHA256":[ab],"warnings":1}"#, #"{"outputsSHA256":["ab"],"warnings":1,"error":"x"}"#,
        ] {
            #expect(WorkerResult.plainAnswer(Data(other.utf8)) == nil, "\(other)")
        }
    }

    @Test func aNewInputTakesTheWorkersHashAndAnEarlierEntryIsWeighedByTheBatchsOwn() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-hash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let text = Data("An invented issue.\n".utf8)
        try text.write(to: inputs.appendingPathComponent("a.txt"))
        try text.write(to: inputs.appendingPathComponent("b.txt"))
        let realHash = SHA256.hex(text)
        // A stand-in that writes both outputs and says a made-up hash for a.txt, none for b.txt.
        let madeUp = String(repeating: "ab", count: 32)
        let script = """
            while read -r request; do
              touch '\(out.path)/a.txt.json' '\(out.path)/b.txt.json'
              case "$request" in
                *a.txt*) echo '{"sha256":"\(madeUp)","warnings":0}' ;;
                *) echo '{"warnings":0}' ;;
              esac
            done
            """
        func run() async throws -> BatchReport {
            try await BatchRunner(
                options: BatchOptions(outputDirectory: out.path, jobs: 1),
                workers: WorkerPool(executable: "/bin/sh", arguments: ["-c", script], limits: WorkerLimits())
            ).run(try InputDiscovery.discover([inputs.path]))
        }
        let first = try await run()
        #expect(first.converted.map(\.sha256) == [madeUp, realHash])
        // The second run hashes each input itself to weigh its entry: b.txt stands, a.txt's
        // recorded hash is not its bytes', so it is converted again.
        let second = try await run()
        #expect(second.skipped.map(\.input) == ["b.txt"])
        #expect(second.converted.map(\.input) == ["a.txt"])
    }
}
