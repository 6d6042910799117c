import Foundation

/// A batch that cannot start: bad arguments or a manifest another run holds.
public enum BatchError: Error, Equatable, Sendable, CustomStringConvertible {
    case badShard(String)
    case inputNotFound(String)
    case outputCollision(String, String, String)
    case manifestBusy(String)

    public var description: String {
        switch self {
        case .badShard(let text): return "--shard \(text): expected K/N with 1 ≤ K ≤ N (e.g. 2/8)"
        case .inputNotFound(let path): return "\(path): no such file or folder"
        case .outputCollision(let name, let a, let b):
            return "\(a) and \(b) would both write outputs named \(name); give their folders instead"
        case .manifestBusy(let path): return "\(path): another galley batch is writing this manifest"
        }
    }
}

/// How a batch runs.
public struct BatchOptions: Sendable {
    /// Where outputs and the manifest go.
    public var outputDirectory: String
    /// The formats written for each input, each as `<relative path>.<extension>`.
    public var formats: [OutputFormat]
    /// How many inputs convert at once.
    public var jobs: Int
    /// Convert again even when the manifest says an input is done.
    public var force: Bool
    /// The slice of the inputs this run takes.
    public var shard: Shard

    public init(
        outputDirectory: String, formats: [OutputFormat] = [.json],
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false, shard: Shard = .whole
    ) {
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.jobs = max(1, jobs)
        self.force = force
        self.shard = shard
    }
}

/// One finished input, as the runner reports it while the batch runs.
public struct BatchProgress: Sendable {
    public var entry: ManifestEntry
    /// Inputs finished so far in this run, this one included.
    public var completed: Int
    /// Inputs in this run (this shard's share).
    public var total: Int
}

/// The outcome of a batch run.
public struct BatchReport: Sendable {
    /// This run's inputs, each with its status, sorted by input path.
    public var entries: [ManifestEntry]
    /// Where the manifest was written.
    public var manifestPath: String
    public var elapsed: Duration

    public var converted: [ManifestEntry] { entries.filter { $0.status == .converted } }
    public var skipped: [ManifestEntry] { entries.filter { $0.status == .skipped } }
    public var failed: [ManifestEntry] { entries.filter { $0.status == .failed } }

    /// 0 when nothing failed, 1 when anything did.
    public var exitCode: Int32 { failed.isEmpty ? 0 : 1 }
}

/// Converts many inputs into an output folder, several at a time, keeping a manifest that lets
/// a second run skip what is done and a killed run resume where it stopped.
///
/// Each worker slot owns one `Converter` (made by `makeConverter`) and converts off Swift's
/// cooperative pool, so `jobs` conversions truly run at once. Outputs are written atomically
/// and made durable before the input's manifest line is appended and fsynced, so a line in
/// the manifest always means its outputs are whole. At the end the manifest is rewritten in a
/// fixed order (header, then entries by input path), so its content does not depend on
/// scheduling. A cancelled run stops starting inputs, lets those in flight finish and record
/// themselves, and throws `CancellationError` — as a killed process would, minus the kill.
public struct BatchRunner: Sendable {
    public let options: BatchOptions
    let makeConverter: @Sendable () throws -> Converter

    public init(options: BatchOptions, makeConverter: @escaping @Sendable () throws -> Converter) {
        self.options = options
        self.makeConverter = makeConverter
    }

    /// The manifest this run reads and writes.
    public var manifestPath: String {
        URL(fileURLWithPath: options.outputDirectory).appendingPathComponent(options.shard.manifestName).path
    }

    /// The outputs of an input, relative to the output folder.
    public func outputNames(for input: BatchInput) -> [String] {
        options.formats.map { "\(input.relativePath).\($0.fileExtension)" }
    }

    /// Runs the batch over this shard's share of `inputs`; `progress` is called once per
    /// finished input, one call at a time, in the order they finish.
    public func run(
        _ inputs: [BatchInput], progress: @Sendable (BatchProgress) -> Void = { _ in }
    ) async throws -> BatchReport {
        let start = ContinuousClock.now
        let all = inputs.sorted()
        let mine = all.filter { options.shard.contains($0.relativePath) }
        let log = try ManifestLog(path: manifestPath)
        defer { log.release() }
        let previous = Manifest.read(manifestPath)
        let header = ManifestHeader(
            shard: options.shard.description, inputs: all.map(\.relativePath), shardInputCount: mine.count)
        try log.append(header)

        let slots = min(options.jobs, max(mine.count, 1))
        // Each converter opens its own dictionary (~30 ms): open them side by side, not in turn.
        let made = ConcurrentResults<Converter>(count: slots)
        DispatchQueue.concurrentPerform(iterations: slots) { slot in made.set(slot, Result { try makeConverter() }) }
        let converters = try made.values()
        var entries: [ManifestEntry] = []
        entries.reserveCapacity(mine.count)
        var cancelled = false
        try await withThrowingTaskGroup(of: (Int, ManifestEntry).self) { group in
            var next = 0
            func startNext(slot: Int) {
                guard next < mine.count else { return }
                let input = mine[next]
                next += 1
                let converter = converters[slot]
                let earlier = previous.entries[input.relativePath]
                group.addTask {
                    let entry = try await Self.offPool {
                        try self.process(input, converter: converter, earlier: earlier, log: log)
                    }
                    return (slot, entry)
                }
            }
            for slot in 0..<slots { startNext(slot: slot) }
            while let (slot, entry) = try await group.next() {
                entries.append(entry)
                progress(BatchProgress(entry: entry, completed: entries.count, total: mine.count))
                if Task.isCancelled { cancelled = true } else { startNext(slot: slot) }
            }
        }
        if cancelled { throw CancellationError() }

        // The final manifest: what earlier runs recorded, with this run's conversions and
        // failures on top. A skip changes nothing, so its earlier entry stays as it was.
        var final = previous
        final.header = header
        for entry in entries where entry.status != .skipped { final.entries[entry.input] = entry }
        try log.flush()
        log.release()
        try AtomicFile.write(try final.encoded(), to: manifestPath)

        entries.sort { $0.input.utf8.lexicographicallyPrecedes($1.input.utf8) }
        return BatchReport(entries: entries, manifestPath: manifestPath, elapsed: ContinuousClock.now - start)
    }

    /// Reads, fingerprints, skips or converts one input, writes its outputs and records it.
    /// Never throws for a bad input (that is a failed entry); throws only when the manifest
    /// itself cannot be written, which ends the batch.
    func process(_ input: BatchInput, converter: Converter, earlier: ManifestEntry?, log: ManifestLog) throws -> ManifestEntry {
        let start = ContinuousClock.now
        func milliseconds() -> Int {
            let elapsed = ContinuousClock.now - start
            return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        }
        let outputs = outputNames(for: input)
        var sha256 = ""
        var entry: ManifestEntry
        do {
            let bytes = try Self.read(input)
            sha256 = SHA256.hex(bytes)
            guard !bytes.isEmpty else { throw GalleyError.emptyInput(input.relativePath) }
            let file = InputFile(path: input.relativePath, bytes: bytes)
            if !options.force, let earlier, isStillValid(earlier, sha256: sha256, outputs: outputs) {
                var skipped = earlier
                skipped.status = .skipped
                return skipped
            }
            let document = try converter.convert(file)
            // Each output is on disk (fsynced before its rename) before the line below vouches for it.
            for (format, name) in zip(options.formats, outputs) {
                try AtomicFile.write(try format.writer.write(document), to: outputPath(name))
            }
            entry = ManifestEntry(
                input: input.relativePath, sha256: sha256, outputs: outputs, status: .converted,
                warnings: document.audit.warnings.count, elapsedMs: milliseconds())
        } catch {
            let reason = (error as? GalleyError)?.description ?? String(describing: error)
            entry = ManifestEntry(
                input: input.relativePath, sha256: sha256, outputs: [], status: .failed, error: reason,
                elapsedMs: milliseconds())
        }
        try log.append(entry)
        return entry
    }

    /// Whether an earlier entry still stands: same bytes, same Galley, same outputs, all present.
    func isStillValid(_ earlier: ManifestEntry, sha256: String, outputs: [String]) -> Bool {
        (earlier.status == .converted || earlier.status == .skipped)
            && earlier.sha256 == sha256 && earlier.galleyVersion == GalleyVersion.current
            && earlier.outputs == outputs
            && outputs.allSatisfy { FileManager.default.fileExists(atPath: outputPath($0)) }
    }

    func outputPath(_ name: String) -> String {
        URL(fileURLWithPath: options.outputDirectory).appendingPathComponent(name).path
    }

    /// The input's bytes; errors name the input by its relative path, so that they (like
    /// `source.file`) do not depend on where the archive is mounted.
    static func read(_ input: BatchInput) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: input.path))
        } catch {
            if !FileManager.default.fileExists(atPath: input.path) { throw GalleyError.fileNotFound(input.relativePath) }
            throw GalleyError.unreadable(input.relativePath, reason: (error as NSError).localizedDescription)
        }
    }

    /// Runs blocking work on a Dispatch thread, so conversions do not hold the cooperative pool.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}

/// Results filled in from several threads at once, one slot each.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Value, Error>?]

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<Value, Error>) {
        lock.lock()
        defer { lock.unlock() }
        results[index] = result
    }

    /// Every value in slot order, or the first error.
    func values() throws -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return try results.map { try $0!.get() }
    }
}
