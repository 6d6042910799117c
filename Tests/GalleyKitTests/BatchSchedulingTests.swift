import Foundation
import GalleyKit
import Testing

/// Several slots start the largest inputs first, so that a large file does not run alone at the
/// end; the report and the manifest stay in input order whatever the order of starting.
@Suite struct BatchSchedulingTests {
    @Test func inputsStartLargestFirstWithTiesInInputOrder() throws {
        let folder = try schedulingFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sizes = ["a.txt": 10, "b.txt": 30, "c.txt": 20, "e.txt": 30]
        for (name, size) in sizes {
            try Data(repeating: UInt8(ascii: "x"), count: size).write(to: folder.appendingPathComponent(name))
        }
        var inputs = try InputDiscovery.discover([folder.path])
        // A file that cannot be looked at counts as empty: last.
        inputs.append(BatchInput(path: folder.appendingPathComponent("d-missing.txt").path, relativePath: "d-missing.txt"))
        inputs.sort()
        #expect(BatchRunner.largestFirst(inputs).map(\.relativePath) == ["b.txt", "e.txt", "c.txt", "a.txt", "d-missing.txt"])
    }

    @Test func twoSlotsStartTheTwoLargestAndReportInInputOrder() async throws {
        let folder = try schedulingFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        // The largest two sort last by name: in input order they would start last.
        for (index, size) in [100, 200, 300, 400, 5_000, 6_000].enumerated() {
            let text = String(repeating: "Issue \(index) words.\n", count: size / 18 + 1)
            try Data(text.utf8).write(to: inputs.appendingPathComponent("issue\(index).txt"))
        }
        // Each stand-in records the requests it reads in a log of its own, then answers as a
        // worker does. A slot takes its inputs from the run's one queue in turn, so each worker's
        // log is in the order of starting.
        let script = """
            while read -r request; do
              echo "$request" >> '\(folder.path)/requests.'$$'.log'
              echo '{"warnings":0}'
            done
            """
        let runner = BatchRunner(
            options: BatchOptions(outputDirectory: out.path, jobs: 2),
            workers: WorkerPool(executable: "/bin/sh", arguments: ["-c", script], limits: WorkerLimits()))
        let report = try await runner.run(try InputDiscovery.discover([inputs.path]))
        #expect(report.converted.map(\.input) == (0..<6).map { "issue\($0).txt" })
        let logs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("requests.") }
        var firsts: [Int] = [], lasts: [Int] = [], all: [Int] = []
        for log in logs {
            let text = try String(contentsOfFile: folder.appendingPathComponent(log).path, encoding: .utf8)
            let order = text.split(separator: "\n").compactMap { line in (0..<6).first { line.contains("issue\($0).txt") } }
            // Largest first within each worker: the numbers fall.
            #expect(order == order.sorted(by: >), "\(order)")
            firsts += order.prefix(1)
            lasts += order.suffix(1)
            all += order
        }
        #expect(all.sorted() == Array(0..<6))
        #expect(firsts.contains(5))
        #expect(lasts.contains(0))
        // The manifest's final rewrite is in input order too.
        let manifest = try String(contentsOfFile: runner.manifestPath, encoding: .utf8).split(separator: "\n")
        #expect(manifest.dropFirst().compactMap { line in (0..<6).first { line.contains("\"issue\($0).txt\"") } } == Array(0..<6))
    }
}

private func schedulingFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-scheduling-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
