import Foundation
import GalleyKit
import Testing

/// A worker is replaced after `WorkerPool.inputsPerWorker` inputs, except in the batch's tail
/// (`BatchRunner.tailPerSlot` inputs a slot): a new process is not started for the last few
/// inputs, which the worker at its limit takes on instead.
@Suite(.serialized) struct WorkerLimitAtTheEndTests {
    /// The process ids that served each request of a run over `count` inputs, one slot.
    private func servingProcesses(count: Int) async throws -> [Substring] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-limit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for index in 0..<count {
            try Data("Issue \(index).\n".utf8).write(to: inputs.appendingPathComponent(String(format: "issue%03d.txt", index)))
        }
        let log = folder.appendingPathComponent("served.log").path
        let script = """
            while read -r request; do
              echo $$ >> '\(log)'
              echo '{"warnings":0}'
            done
            """
        let report = try await BatchRunner(
            options: BatchOptions(outputDirectory: out.path, jobs: 1),
            workers: WorkerPool(executable: "/bin/sh", arguments: ["-c", script], limits: WorkerLimits())
        ).run(try InputDiscovery.discover([inputs.path]))
        #expect(report.converted.count == count)
        return try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
    }

    @Test func theTailGoesToTheWorkerAtItsLimit() async throws {
        // One slot: a worker's limit and the tail are all served by one process.
        let count = WorkerPool.inputsPerWorker + BatchRunner.tailPerSlot
        let served = try await servingProcesses(count: count)
        #expect(served.count == count)
        #expect(Set(served).count == 1)
    }

    @Test func beforeTheTailTheLimitStands() async throws {
        // One input more than the tail: the worker stops at its limit, a second takes the rest.
        let rest = BatchRunner.tailPerSlot + 1
        let served = try await servingProcesses(count: WorkerPool.inputsPerWorker + rest)
        let first = try #require(served.first)
        #expect(served.prefix(WorkerPool.inputsPerWorker).allSatisfy { $0 == first })
        #expect(Set(served).count == 2)
        #expect(served.filter { $0 != first }.count == rest)
    }

    @Test func theTailIsAQuarterOfAWorkersInputs() {
        #expect(BatchRunner.tailPerSlot == WorkerPool.inputsPerWorker / 4)
        #expect(BatchRunner.tailPerSlot >= BatchRunner.requestsAhead)
    }
}
