import Foundation

/// A batch that cannot start: bad arguments or a manifest another run holds.
package enum BatchError: Error, Equatable, Sendable, CustomStringConvertible {
    case badShard(String)
    case inputNotFound(String)
    case outputCollision(String, String, String)
    case manifestBusy(String)
    /// The manifest's file system cannot lock (the path, the system's words for the errno).
    case lockUnsupported(String, String)
    /// Locking the manifest failed for another reason (the path, the reason).
    case lockFailed(String, String)
    /// The output folder holds manifests of a batch split another way (the shard asked for,
    /// the shard counts found, the folder).
    case shardCountMismatch(String, [Int], String)
    /// The worker executable could not be started (the path, the system's reason).
    case workerUnavailable(String, String)

    package var description: String {
        switch self {
        case .badShard(let text): return "--shard \(text): expected K/N with 1 ≤ K ≤ N (e.g. 2/8)"
        case .inputNotFound(let path): return "\(path): no such file or folder"
        case .outputCollision(let name, let a, let b):
            return "\(a) and \(b) would both write outputs named \(name); give their folders instead"
        case .manifestBusy(let path): return "\(path): another galley batch is writing this manifest"
        case .workerUnavailable(let path, let reason): return "\(path): cannot start a worker process (\(reason))"
        case .lockUnsupported(let path, let reason):
            return "\(path): the file system cannot lock the manifest (flock: \(reason)); "
                + "on storage without locks run with --no-lock, one run per manifest"
        case .lockFailed(let path, let reason): return "\(path): cannot lock the manifest (flock: \(reason))"
        case .shardCountMismatch(let shard, let counts, let folder):
            let found = counts.map {
                $0 == 1 ? "an unsharded run (manifest.jsonl)" : "a \($0)-way run (manifest-*-of-\($0).jsonl)"
            }
            let asked = shard == "1/1" ? "a run without --shard" : "--shard \(shard)"
            return "\(asked): \(folder) holds the manifests of \(found.joined(separator: " and ")); "
                + "splitting the inputs another way would convert them again: use "
                + (counts.count == 1 ? "--shard K/\(counts[0]) or " : "") + "another output folder"
        }
    }
}

/// How a batch runs.
package struct BatchOptions: Sendable {
    /// Where outputs and the manifest go.
    package var outputDirectory: String
    /// The formats written for each input, each as `<relative path>.<extension>`.
    package var formats: [OutputFormat]
    /// How many inputs convert at once.
    package var jobs: Int
    /// Convert again even when the manifest says an input is done.
    package var force: Bool
    /// The slice of the inputs this run takes.
    package var shard: Shard
    /// Convert again inputs an earlier run recorded as failed (with the same bytes and Galley);
    /// without it their failure stands.
    package var retryFailed: Bool
    /// Largest input read, in bytes; a larger one is recorded as failed without being read.
    package var maxInputSize: Int
    /// Whether the manifest is locked against a second run (`.none` for storage without `flock`).
    package var locking: ManifestLog.Locking
    /// Have each converted (or skipped, when not drawn since) PDF's page 1 drawn for a batch
    /// report (`BatchPictures`), by the workers after its conversion; the in-process engine
    /// draws none.
    package var pictures: Bool
    /// Whether the JSON carries each PDF block's printed lines (`--spans`).
    package var spans: Bool

    package init(
        outputDirectory: String, formats: [OutputFormat] = [.json],
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false, shard: Shard = .whole,
        retryFailed: Bool = false, maxInputSize: Int = InputFile.defaultMaxSize, locking: ManifestLog.Locking = .exclusive,
        pictures: Bool = false, spans: Bool = false
    ) {
        self.maxInputSize = maxInputSize
        self.locking = locking
        self.pictures = pictures
        self.spans = spans
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.jobs = max(1, jobs)
        self.force = force
        self.shard = shard
        self.retryFailed = retryFailed
    }
}

/// One finished input, as the runner reports it while the batch runs.
package struct BatchProgress: Sendable {
    package var entry: ManifestEntry
    /// Inputs finished so far in this run, this one included.
    package var completed: Int
    /// Inputs in this run (this shard's share).
    package var total: Int
    /// A failure an earlier run recorded, left standing (not converted again).
    package var isEarlierFailure = false
}

/// The outcome of a batch run.
package struct BatchReport: Sendable {
    /// This run's inputs, each with its status, sorted by input path.
    package var entries: [ManifestEntry]
    /// Where the manifest was written.
    package var manifestPath: String
    package var elapsed: Duration
    /// Failed inputs whose earlier failure stands, not tried again (`--retry-failed` would).
    package var earlierFailures: [String] = []
    /// The signal that stopped the run early (0 for a caller's own stop), if one did.
    package var stoppedBy: Int32?
    /// Inputs of this run neither finished nor recorded because it stopped early.
    package var notFinished = 0

    package var converted: [ManifestEntry] { entries.filter { $0.status == .converted } }
    package var skipped: [ManifestEntry] { entries.filter { $0.status == .skipped } }
    package var failed: [ManifestEntry] { entries.filter { $0.status == .failed } }

    /// 0 when nothing failed, 1 when anything did.
    package var exitCode: Int32 { failed.isEmpty ? 0 : 1 }
}

/// Converts many inputs into an output folder, several at a time, keeping a manifest that lets
/// a second run skip what is done and a killed run resume where it stopped.
///
/// Each slot converts in a child process (a `WorkerPool`: a crash, loop or memory blow-up costs
/// that input only) or, for the library and tests, in this process with a `Converter` of its own
/// (made by `makeConverter`); slots run off Swift's cooperative pool, so `jobs` conversions
/// truly run at once. Outputs are written atomically (whole, or not at all) before the input's
/// manifest line is appended, so a line in the manifest always means its outputs were whole
/// when it was written; they are not fsynced (a batch of small files spent more on that than on
/// the rest of writing), so the line records each output's SHA-256, and a later run that finds
/// an output missing or with other bytes (a power cut lost it) converts the input again. At the end the manifest is rewritten in a
/// fixed order (header, then entries by input path), so its content does not depend on
/// scheduling. A cancelled run stops starting inputs, lets those in flight finish and record
/// themselves, and throws `CancellationError` — as a killed process would, minus the kill. A run
/// told to stop through a `BatchStop` does the same (killing workers past the grace period,
/// their inputs left unrecorded), then writes the manifest and returns its report.
package struct BatchRunner: Sendable {
    package let options: BatchOptions
    let engine: Engine

    /// Where conversions run.
    enum Engine: Sendable {
        case inProcess(@Sendable () throws -> Converter)
        case workers(WorkerPool)
    }

    package init(options: BatchOptions, makeConverter: @escaping @Sendable () throws -> Converter) {
        self.options = options
        self.engine = .inProcess(makeConverter)
    }

    /// A runner that converts each input in a child process of `workers`.
    package init(options: BatchOptions, workers: WorkerPool) {
        self.options = options
        self.engine = .workers(workers)
    }

    /// The manifest this run reads and writes.
    package var manifestPath: String {
        URL(fileURLWithPath: options.outputDirectory).appendingPathComponent(options.shard.manifestName).path
    }

    /// The outputs of an input, relative to the output folder.
    package func outputNames(for input: BatchInput) -> [String] {
        options.formats.map { "\(input.relativePath).\($0.fileExtension)" }
    }

    /// Runs the batch over this shard's share of `inputs`; `progress` is called once per
    /// finished input, one call at a time, in the order they finish.
    package func run(
        _ inputs: [BatchInput], stop: BatchStop? = nil, progress: @Sendable (BatchProgress) -> Void = { _ in }
    ) async throws -> BatchReport {
        let start = ContinuousClock.now
        let all = inputs.sorted()
        let mine = all.filter { options.shard.contains($0.relativePath) }
        let counts = Shard.countsInUse(in: options.outputDirectory)
        if !counts.isEmpty, counts != [options.shard.count] {
            throw BatchError.shardCountMismatch(options.shard.description, counts, options.outputDirectory)
        }
        let log = try ManifestLog(path: manifestPath, locking: options.locking)
        defer { log.release() }
        let previous = Manifest.read(manifestPath)
        let header = ManifestHeader(
            shard: options.shard.description, inputs: all.map(\.relativePath), shardInputCount: mine.count)
        let slots = min(options.jobs, max(mine.count, 1))
        // Idle workers end with the run, however it ends.
        defer { if case .workers(let pool) = engine { pool.shutdown() } }
        if case .workers(let pool) = engine {
            // A worker's start (loading its libraries, opening the dictionary) takes longer than
            // the rest of the batch's set-up: begun now, the two overlap. Only as many as inputs
            // that no earlier run converted; others start when an input needs them.
            let unconverted = options.force ? mine.count : mine.count(where: { previous.entries[$0.relativePath]?.status != .converted })
            pool.prestart(min(slots, unconverted))
        }
        try log.append(header)

        var converters: [Converter] = []
        if case .inProcess(let makeConverter) = engine {
            // Each converter opens its own dictionary (~30 ms): open them side by side, not in turn.
            let made = ConcurrentResults<Converter>(count: slots)
            DispatchQueue.concurrentPerform(iterations: slots) { slot in made.set(slot, Result { try makeConverter() }) }
            converters = try made.values()
        }
        let feed = InputFeed(
            slots > 1 ? Self.largestFirst(mine) : mine, stop: stop, tail: slots * Self.tailPerSlot)
        // Slots hand their finished inputs to this task, which records them and reports each.
        let (finishedInputs, finish) = AsyncStream<Finished>.makeStream()
        let slotsLeft = Countdown(slots) { finish.finish() }
        var entries: [ManifestEntry] = []
        entries.reserveCapacity(mine.count)
        var earlierFailures: [String] = []
        try await withTaskCancellationHandler {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for slot in 0..<slots {
                    let converter = converters.isEmpty ? nil : converters[slot]
                    group.addTask {
                        defer { slotsLeft.countDown() }
                        try await Self.offPool {
                            do {
                                try self.runSlot(
                                    slot, feed: feed, converter: converter, previous: previous, log: log, stop: stop
                                ) { finish.yield(Finished(processed: $0, reported: $1)) }
                            } catch {
                                // The batch ends: the other slots start nothing more.
                                feed.cancel()
                                throw error
                            }
                        }
                    }
                }
                for await finished in finishedInputs {
                    defer { finished.reported?.signal() }
                    let processed = finished.processed
                    guard let entry = processed.entry else { continue }
                    entries.append(entry)
                    if processed.isEarlierFailure { earlierFailures.append(entry.input) }
                    progress(
                        BatchProgress(
                            entry: entry, completed: entries.count, total: mine.count,
                            isEarlierFailure: processed.isEarlierFailure))
                    if Task.isCancelled { feed.cancel() }
                }
                try await group.waitForAll()
            }
        } onCancel: {
            feed.cancel()
        }
        if feed.isCancelled { throw CancellationError() }
        let unfinished = mine.count - entries.count

        // The final manifest: what earlier runs recorded, with this run's conversions and
        // failures on top. A skip changes nothing, so its earlier entry stays as it was.
        var final = previous
        final.header = header
        for entry in entries where entry.status != .skipped { final.entries[entry.input] = entry }
        // The final manifest replaces the log whole and is fsynced before its rename: the log's
        // last lines need not reach the disk first.
        try log.releaseForReplacement()
        try AtomicFile.write(try final.encoded(reusing: log.writtenEntries), to: manifestPath)

        entries.sort { $0.input.utf8Precedes($1.input) }
        return BatchReport(
            entries: entries, manifestPath: manifestPath, elapsed: ContinuousClock.now - start,
            earlierFailures: earlierFailures.sorted { $0.utf8Precedes($1) },
            stoppedBy: stop?.signal, notFinished: unfinished)
    }

    /// `inputs` in the order several slots should start them: largest file first (by its size on
    /// disk), ties in input order. A large file started last keeps one slot busy long after the
    /// others have run dry; started first, the small files fill in around it. Only the order of
    /// starting changes: the report and the final manifest are sorted by input path, and one slot
    /// (where the order cannot shorten the run) keeps input order. A file that cannot be looked at
    /// counts as empty: it fails at once wherever it comes.
    package static func largestFirst(_ inputs: [BatchInput]) -> [BatchInput] {
        let sizes = inputs.map { input -> Int in
            var info = stat()
            let found = input.pathBytes.withUnsafeBufferPointer { bytes -> Bool in
                var terminated = Array(bytes)
                terminated.append(0)
                return terminated.withUnsafeBufferPointer { pointer in
                    pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) {
                        stat($0, &info) == 0
                    }
                }
            }
            return found ? Int(info.st_size) : 0
        }
        let order = inputs.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        return order.map { inputs[$0] }
    }

    /// A finished input on its way from a slot to the run's task; `reported` is signalled once
    /// it has been recorded and reported.
    struct Finished: Sendable {
        var processed: Processed
        var reported: DispatchSemaphore?
    }

    /// One input's end: its entry, or none when a stop killed its worker.
    struct Processed: Sendable {
        var entry: ManifestEntry?
        /// The entry is an earlier run's failure, left standing.
        var isEarlierFailure = false
    }

    /// How many requests a slot's worker holds at once: the one it converts and the next, so
    /// that it never waits while the batch records an answer and prepares an input.
    package static let requestsAhead = 2

    /// How many inputs per slot the batch's tail holds: once no more are left than this, a
    /// worker at its limit of `WorkerPool.inputsPerWorker` takes them on (at most this many
    /// past its limit) instead of a new process starting for them. A worker's start costs as
    /// much as a few small conversions and would run at the batch's very end, when the other
    /// slots are finishing too; a quarter more inputs in one process does not change what its
    /// limit guards against (a heap grown by many inputs).
    package static let tailPerSlot = max(requestsAhead, WorkerPool.inputsPerWorker / 4)

    /// Converts inputs from `feed` in `slot` until it runs dry, recording each finished one.
    /// With workers, the slot's worker is sent the next input before it answers the current
    /// one (`WorkerLane`); with report pictures, one at a time, since the worker that converted
    /// an input draws its pictures next.
    func runSlot(
        _ slot: Int, feed: InputFeed, converter: Converter?, previous: Manifest, log: ManifestLog, stop: BatchStop?,
        finished: (Processed, DispatchSemaphore?) -> Void
    ) throws {
        guard case .workers(let pool) = engine else {
            // In this process an input is cheap to start: the next starts once this one is
            // reported, so that a caller who cancels from `progress` stops it.
            let reported = DispatchSemaphore(value: 0)
            while let input = feed.next() {
                finished(
                    try process(input, slot: slot, converter: converter, earlier: previous.entries[input.relativePath], log: log),
                    reported)
                // A cancelled run's task reports nothing more (its stream ends): stop waiting then.
                while reported.wait(timeout: .now() + .milliseconds(20)) == .timedOut && !feed.isCancelled {}
            }
            return
        }
        let lane = pool.lane(slot)
        let depth = options.pictures ? 1 : Self.requestsAhead
        /// Inputs sent to the worker, by name: the input, its fingerprint (nil when the worker is
        /// to say it), the time spent on it before.
        var sent: [String: (input: BatchInput, sha256: String?, before: Duration)] = [:]
        while true {
            while lane.count < depth, lane.canTakeMore(nearTheEnd: feed.isInTail), let input = feed.next() {
                let start = ContinuousClock.now
                switch prepare(input, slot: slot, earlier: previous.entries[input.relativePath], stop: stop) {
                case .done(let processed, let isNew):
                    if isNew, let entry = processed.entry { try log.append(entry) }
                    finished(processed, nil)
                case .convert(let sha256, _):
                    try lane.send(WorkerRequest(path: input.path, name: input.relativePath, rawPath: input.rawPath))
                    sent[input.relativePath] = (input, sha256, ContinuousClock.now - start)
                }
            }
            guard lane.count > 0 else { return }
            // A successor starts beforehand only while more is left than the batch's tail, which
            // the workers there take on past their limit instead (`canTakeMore`).
            for ended in try lane.next(
                stop: stop, startsNothing: { feed.isCancelled }, hasMore: { feed.hasMore && !feed.isInTail })
            {
                guard let (input, sha256, before) = sent.removeValue(forKey: ended.request.name) else { continue }
                let elapsed = before + (ended.began.map { ContinuousClock.now - $0 } ?? .zero)
                let processed = record(
                    ended.outcome, of: input, sha256: sha256, slot: slot, pool: pool, elapsed: elapsed, stop: stop)
                if let entry = processed.entry { try log.append(entry) }
                finished(processed, nil)
            }
        }
    }

    /// The entry a worker's outcome makes for an input (none when it was interrupted), its
    /// pictures drawn when converted; what a killed worker left half-written is removed.
    func record(
        _ outcome: WorkerPool.Outcome, of input: BatchInput, sha256 known: String?, slot: Int, pool: WorkerPool,
        elapsed: Duration, stop: BatchStop?
    ) -> Processed {
        let outputs = outputNames(for: input)
        var sha256: String {
            if let known { return known }
            if case .converted(_, let answered?, _) = outcome { return answered }
            // Not hashed before and not said by the worker (it failed, or did not answer so):
            // hashed here, as `prepare` would have ("" when the file cannot be read).
            return (try? Self.fingerprint(input, maxSize: options.maxInputSize))?.sha256 ?? ""
        }
        switch outcome {
        case .converted(let warnings, _, let outputsSHA256):
            // The worker wrote each output atomically before it answered.
            drawPictures(of: input, slot: slot, stop: stop)
            return Processed(
                entry: ManifestEntry(
                    input: input.relativePath, sha256: sha256, outputs: outputs,
                    outputsSHA256: outputsSHA256?.count == outputs.count ? outputsSHA256 : nil, status: .converted,
                    warnings: warnings, elapsedMs: Self.milliseconds(elapsed)))
        case .failed(let failure):
            if failure.endedTheWorker { removeTemporaries(of: outputs) }
            return Processed(
                entry: ManifestEntry(
                    input: input.relativePath, sha256: sha256, outputs: [], status: .failed,
                    error: Self.message(failure, name: input.relativePath, limits: pool.limits),
                    reason: failure.description, elapsedMs: Self.milliseconds(elapsed)))
        case .interrupted:
            removeTemporaries(of: outputs)
            return Processed(entry: nil)
        }
    }

    static func milliseconds(_ elapsed: Duration) -> Int {
        Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }

    /// What to do with an input before converting it.
    enum Preparation {
        /// Nothing to convert: skipped, an earlier failure left standing, or failed already
        /// (unreadable, empty, too large); `isNew` when its entry is this run's, to record.
        case done(Processed, isNew: Bool)
        /// To convert: its fingerprint (nil when a worker is to say it), and its bytes when this
        /// process converts it.
        case convert(sha256: String?, bytes: Data?)
    }

    /// Reads (in-process) or fingerprints (workers) an input and decides whether it needs
    /// converting: the manifest's earlier entry may still stand. Never throws: a file that
    /// cannot be read is a failed entry.
    ///
    /// With workers, an input with no earlier entry to weigh (or with `force`) is not hashed
    /// here: it is only opened and its size looked at (a missing, empty or too large file fails
    /// here as before), and the worker, which reads the bytes anyway, answers with their hash.
    func prepare(_ input: BatchInput, slot: Int, earlier: ManifestEntry?, stop: BatchStop?) -> Preparation {
        let start = ContinuousClock.now
        let outputs = outputNames(for: input)
        var sha256 = ""
        do {
            // In this process the bytes are needed whole, for the converter; a worker reads the
            // file itself, so here it is only hashed, a chunk at a time, and this process's
            // memory does not grow with the input.
            var bytes: Data?
            let size: Int
            if case .inProcess = engine {
                let read = try Self.read(input, maxSize: options.maxInputSize)
                (bytes, sha256, size) = (read, SHA256.hex(read), read.count)
            } else if options.force || earlier == nil,
                let regularSize = try Self.regularFileSize(input, maxSize: options.maxInputSize),
                regularSize > 0
            {
                return .convert(sha256: nil, bytes: nil)
            } else {
                let fingerprint = try Self.fingerprint(input, maxSize: options.maxInputSize)
                (sha256, size) = (fingerprint.sha256, fingerprint.size)
            }
            guard size > 0 else { throw GalleyError.emptyInput(input.relativePath) }
            if !options.force, let earlier, isStillValid(earlier, sha256: sha256, outputs: outputs) {
                var skipped = earlier
                skipped.status = .skipped
                if let first = outputs.first,
                    BatchPictures.needsDrawing(input: input.relativePath, output: first, outputDirectory: options.outputDirectory)
                {
                    drawPictures(of: input, slot: slot, stop: stop)
                }
                return .done(Processed(entry: skipped), isNew: false)
            }
            if !options.force, !options.retryFailed, let earlier, isStandingFailure(earlier, sha256: sha256) {
                return .done(Processed(entry: earlier, isEarlierFailure: true), isNew: false)
            }
            return .convert(sha256: sha256, bytes: bytes)
        } catch {
            let message = (error as? GalleyError)?.description ?? "\(input.relativePath): \(GalleyError.reason(error))"
            let entry = ManifestEntry(
                input: input.relativePath, sha256: sha256, outputs: [], status: .failed, error: message,
                reason: WorkerFailure.error(message).description, elapsedMs: Self.milliseconds(ContinuousClock.now - start))
            return .done(Processed(entry: entry), isNew: true)
        }
    }

    /// Reads, fingerprints, skips or converts one input in this process (or, one request at a
    /// time, in the worker of `slot`), writes its outputs and records it. Never throws for a bad
    /// input (that is a failed entry); throws only when the manifest itself cannot be written or
    /// no worker can be started, which ends the batch.
    func process(
        _ input: BatchInput, slot: Int = 0, converter: Converter?, earlier: ManifestEntry?, log: ManifestLog,
        stop: BatchStop? = nil
    ) throws -> Processed {
        let start = ContinuousClock.now
        let outputs = outputNames(for: input)
        let processed: Processed
        switch prepare(input, slot: slot, earlier: earlier, stop: stop) {
        case .done(let done, let isNew):
            if isNew, let entry = done.entry { try log.append(entry) }
            return done
        case .convert(let sha256, let bytes):
            switch engine {
            case .inProcess:
                // In this process the input is always read, and hashed, first.
                let sha256 = sha256 ?? SHA256.hex(bytes!)
                do {
                    let document = try converter!.convert(InputFile(path: input.relativePath, bytes: bytes!))
                    // Each output is whole in place (renamed) before the line below vouches for it;
                    // not fsynced: its hash in the line finds an output a power cut lost.
                    var outputsSHA256: [String] = []
                    for (format, name) in zip(options.formats, outputs) {
                        let data = try format.writer(spans: options.spans).write(document)
                        try AtomicFile.write(data, to: outputPath(name), durable: false)
                        outputsSHA256.append(SHA256.hex(data))
                    }
                    processed = Processed(
                        entry: ManifestEntry(
                            input: input.relativePath, sha256: sha256, outputs: outputs, outputsSHA256: outputsSHA256,
                            status: .converted, warnings: document.audit.warnings.count,
                            elapsedMs: Self.milliseconds(ContinuousClock.now - start)))
                } catch {
                    let message = (error as? GalleyError)?.description ?? "\(input.relativePath): \(GalleyError.reason(error))"
                    processed = Processed(
                        entry: ManifestEntry(
                            input: input.relativePath, sha256: sha256, outputs: [], status: .failed, error: message,
                            reason: WorkerFailure.error(message).description,
                            elapsedMs: Self.milliseconds(ContinuousClock.now - start)))
                }
            case .workers(let pool):
                let outcome = try pool.convert(input, slot: slot, stop: stop)
                processed = record(
                    outcome, of: input, sha256: sha256, slot: slot, pool: pool, elapsed: ContinuousClock.now - start,
                    stop: stop)
            }
        }
        if let entry = processed.entry { try log.append(entry) }
        return processed
    }

    /// Has the worker of `slot` draw the report pictures of a converted input, when the options
    /// ask for them and the batch is not stopping. Whatever becomes of the drawing, the input
    /// stays converted: a picture that cannot be drawn is left out of the report.
    func drawPictures(of input: BatchInput, slot: Int, stop: BatchStop?) {
        guard options.pictures, stop?.signal == nil, case .workers(let pool) = engine else { return }
        switch try? pool.drawPictures(input, slot: slot, stop: stop) {
        case .failed(let failure):
            if failure.endedTheWorker { removeTemporaries(of: BatchPictures.files(of: input.relativePath)) }
        case .interrupted:
            removeTemporaries(of: BatchPictures.files(of: input.relativePath))
        default:
            break
        }
    }

    /// Deletes what a worker killed in the middle of writing left of `outputs`: AtomicFile's
    /// hidden temporaries beside each (`.<name>.<token>.tmp`). The outputs themselves were never
    /// renamed into place, or are whole.
    func removeTemporaries(of outputs: [String]) {
        for name in outputs {
            let url = URL(fileURLWithPath: outputPath(name))
            let folder = url.deletingLastPathComponent().path
            let prefix = "." + url.lastPathComponent + "."
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
                try? FileManager.default.removeItem(atPath: folder + "/" + entry)
            }
        }
    }

    /// One line for a person: the input, then what happened to its worker.
    static func message(_ failure: WorkerFailure, name: String, limits: WorkerLimits) -> String {
        switch failure {
        case .timeout:
            let seconds = limits.timeout == limits.timeout.rounded() ? "\(Int(limits.timeout))" : "\(limits.timeout)"
            return "\(name): timeout: still converting after \(seconds) s, stopped"
        case .memory:
            return "\(name): memory: needed more than the \(WorkerLimits.describe(limits.maxMemory)) memory limit"
        case .signal(let number):
            return "\(name): signal \(number): the conversion crashed (\(String(cString: strsignal(number))))"
        case .error(let message):
            return message
        }
    }

    /// Whether an earlier failure stands: the same bytes failed with the same Galley (a new
    /// version may convert them, so it tries again).
    func isStandingFailure(_ earlier: ManifestEntry, sha256: String) -> Bool {
        earlier.status == .failed && earlier.sha256 == sha256 && earlier.galleyVersion == GalleyVersion.current
    }

    /// Whether an earlier entry still stands: same bytes, same Galley, same outputs, all present
    /// and, when the entry records their hashes, each with the bytes it was written with (outputs
    /// are not fsynced: one a power cut lost or cut short is converted again).
    func isStillValid(_ earlier: ManifestEntry, sha256: String, outputs: [String]) -> Bool {
        guard (earlier.status == .converted || earlier.status == .skipped)
            && earlier.sha256 == sha256 && earlier.galleyVersion == GalleyVersion.current
            && earlier.outputs == outputs
        else { return false }
        guard let hashes = earlier.outputsSHA256 else {
            // An earlier version's entry: its outputs were fsynced before their line was written.
            return outputs.allSatisfy { FileManager.default.fileExists(atPath: outputPath($0)) }
        }
        guard hashes.count == outputs.count else { return false }
        return zip(outputs, hashes).allSatisfy { name, hash in
            let path = outputPath(name)
            let found = try? InputFile.fingerprint(path: Array(path.utf8), name: name, maxSize: Int.max)
            return found?.sha256 == hash
        }
    }

    func outputPath(_ name: String) -> String {
        URL(fileURLWithPath: options.outputDirectory).appendingPathComponent(name).path
    }

    /// The input's bytes; errors name the input by its relative path, so that they (like
    /// `source.file`) do not depend on where the archive is mounted.
    /// A file over `maxSize` bytes is refused from its size, before anything is read.
    package static func read(_ input: BatchInput, maxSize: Int = InputFile.defaultMaxSize) throws -> Data {
        try InputFile.read(path: input.pathBytes, name: input.relativePath, maxSize: maxSize)
    }

    /// `read(_:maxSize:)` as the input to convert, named by its relative path, its bytes in a
    /// block of their own that a PDF's reader shares instead of copying.
    package static func inputFile(_ input: BatchInput, maxSize: Int = InputFile.defaultMaxSize) throws -> InputFile {
        try InputFile.read(path: input.pathBytes, name: input.relativePath, maxSize: maxSize, as: input.relativePath)
    }

    /// The size of a regular file, refusing what `read` refuses before reading (missing, a folder,
    /// larger than `maxSize`), without reading a byte; nil for anything else (a pipe, a device).
    static func regularFileSize(_ input: BatchInput, maxSize: Int) throws -> Int? {
        let (descriptor, size) = try InputFile.openChecked(path: input.pathBytes, name: input.relativePath, maxSize: maxSize)
        _ = close(descriptor)
        return size
    }

    /// The input's SHA-256 and size, read in chunks (never whole); refuses what `read` refuses.
    package static func fingerprint(_ input: BatchInput, maxSize: Int = InputFile.defaultMaxSize) throws
        -> InputFile.Fingerprint
    {
        try InputFile.fingerprint(path: input.pathBytes, name: input.relativePath, maxSize: maxSize)
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

/// The inputs of a run, handed to its slots one at a time in order; none once the batch is
/// stopping or cancelled.
final class InputFeed: @unchecked Sendable {
    private let lock = NSLock()
    private let inputs: [BatchInput]
    private let stop: BatchStop?
    private var position = 0
    private var cancelled = false
    /// How many inputs the batch's tail holds (`BatchRunner.tailPerSlot` for each slot).
    private let tail: Int

    init(_ inputs: [BatchInput], stop: BatchStop?, tail: Int = 0) {
        self.inputs = inputs
        self.stop = stop
        self.tail = tail
    }

    /// Whether no more inputs are left than the batch's tail: the batch is ending.
    var isInTail: Bool {
        lock.lock()
        defer { lock.unlock() }
        return inputs.count - position <= tail
    }

    /// The next input to start, or nil.
    func next() -> BatchInput? {
        lock.lock()
        defer { lock.unlock() }
        guard !cancelled, stop?.signal == nil, position < inputs.count else { return nil }
        position += 1
        return inputs[position - 1]
    }

    func cancel() {
        lock.lock()
        defer { lock.unlock() }
        cancelled = true
    }

    /// Whether `next()` would give an input now.
    var hasMore: Bool {
        lock.lock()
        defer { lock.unlock() }
        return !cancelled && stop?.signal == nil && position < inputs.count
    }

    var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }
}

/// Counts down from a number and runs `done` when it reaches zero.
final class Countdown: @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int
    private let done: @Sendable () -> Void

    init(_ count: Int, done: @escaping @Sendable () -> Void) {
        left = count
        self.done = done
    }

    func countDown() {
        lock.lock()
        left -= 1
        let isDone = left == 0
        lock.unlock()
        if isDone { done() }
    }
}
