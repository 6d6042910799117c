import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// Batch outputs are written whole (renamed into place) but not fsynced; each manifest line
/// records its outputs' SHA-256, and a later run converts an input again when an output is
/// missing or has other bytes (what a power cut can leave), never skipping it as done.
@Suite struct BatchOutputHashTests {
    @Test func aRunRecordsEachOutputsHashAndConvertsAgainWhatNoLongerMatches() throws {
        let folder = try hashFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let names = ["synthetic-headings.txt", "synthetic-clean-prose.txt", "pdf-two-columns.pdf"]
        for name in names {
            try FileManager.default.copyItem(
                at: Fixtures.samples.appendingPathComponent(name), to: inputs.appendingPathComponent(name))
        }
        func batch() throws -> CommandLineTests.Result {
            try CommandLineTests.run(["batch", inputs.path, "-o", out.path, "--format", "json,markdown", "--jobs", "2"])
        }
        let first = try batch()
        #expect(first.status == 0, "\(first.stderr)")
        let manifestPath = out.appendingPathComponent("manifest.jsonl").path
        let recorded = Manifest.read(manifestPath)
        for name in names {
            let entry = try #require(recorded.entries[name])
            #expect(entry.outputs == [name + ".json", name + ".md"])
            let hashes = try #require(entry.outputsSHA256)
            for (output, hash) in zip(entry.outputs, hashes) {
                let bytes = try Data(contentsOf: out.appendingPathComponent(output))
                #expect(SHA256.hex(bytes) == hash, "\(output)")
            }
        }

        // What a power cut can leave of outputs never fsynced: one empty, one cut short.
        let emptied = out.appendingPathComponent("pdf-two-columns.pdf.json")
        let whole = try Data(contentsOf: emptied)
        try Data().write(to: emptied)
        let cut = out.appendingPathComponent("synthetic-headings.txt.md")
        let markdown = try Data(contentsOf: cut)
        try markdown.prefix(markdown.count / 2).write(to: cut)
        let second = try batch()
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("2 converted, 1 skipped"), "\(second.stderr)")
        #expect(try Data(contentsOf: emptied) == whole)
        #expect(try Data(contentsOf: cut) == markdown)
        #expect(Manifest.read(manifestPath).entries.mapValues(\.outputsSHA256) == recorded.entries.mapValues(\.outputsSHA256))

        // Untouched, everything stands.
        let third = try batch()
        #expect(third.stderr.contains("0 converted, 3 skipped"), "\(third.stderr)")
    }

    @Test func anEarlierVersionsEntryWithoutHashesStandsOnItsOutputsBeingThere() async throws {
        let folder = try hashFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.samples.appendingPathComponent("synthetic-headings.txt"),
            to: inputs.appendingPathComponent("a.txt"))
        let runner = BatchRunner(options: BatchOptions(outputDirectory: out.path, jobs: 1)) {
            Converter(options: ConvertOptions(), lexicon: Fixtures.lexicon)
        }
        let found = try InputDiscovery.discover([inputs.path])
        let first = try await runner.run(found)
        #expect(first.converted.first?.outputsSHA256?.count == 1)
        // The manifest as an earlier version wrote it (no hashes; its outputs were fsynced), and
        // the output changed since: the entry stands on the output being there.
        var manifest = Manifest.read(runner.manifestPath)
        manifest.entries["a.txt"]?.outputsSHA256 = nil
        try manifest.encoded().write(to: URL(fileURLWithPath: runner.manifestPath))
        try Data("{}".utf8).write(to: out.appendingPathComponent("a.txt.json"))
        let second = try await runner.run(found)
        #expect(second.skipped.map(\.input) == ["a.txt"])
        // With a hash recorded, the same change is found and converted again.
        manifest.entries["a.txt"]?.outputsSHA256 = first.converted.first?.outputsSHA256
        try manifest.encoded().write(to: URL(fileURLWithPath: runner.manifestPath))
        let third = try await runner.run(found)
        #expect(third.converted.map(\.input) == ["a.txt"])
    }
}

private func hashFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-output-hash-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
