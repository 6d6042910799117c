import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The per-file limits a batch puts on each worker process.
package struct WorkerLimits: Sendable, Equatable {
    /// Wall-clock seconds one input may take before its worker is killed.
    package var timeout: Double
    /// Bytes of address space a worker may map (`RLIMIT_AS`).
    package var maxMemory: Int

    /// Two minutes: a 50-page newsletter converts in well under a second, so an input still
    /// going after this is looping, not slow.
    package static let defaultTimeout: Double = 120
    /// 2 GiB: the largest dev-set PDF peaks near 100 MB; a file needing twenty times that is
    /// hostile (a decompression bomb), and a few workers at this size still fit a small node.
    package static let defaultMaxMemory = 2 << 30

    package init(timeout: Double = defaultTimeout, maxMemory: Int = defaultMaxMemory) {
        self.timeout = timeout
        self.maxMemory = maxMemory
    }

    /// Parses a size as people write it: `512M`, `2G`, `1.5G`, `300000K`, or plain bytes
    /// (suffixes K, M, G, T in powers of 1024, an optional trailing `B` or `iB`).
    package static func parseSize(_ text: String) -> Int? {
        var digits = text.trimmingWhitespace().uppercased()
        if digits.hasSuffix("IB") { digits.removeLast(2) } else if digits.hasSuffix("B") { digits.removeLast() }
        var scale = 1.0
        if let last = digits.last, let power = ["K": 1, "M": 2, "G": 3, "T": 4][String(last)] {
            scale = pow(1024, Double(power))
            digits.removeLast()
        }
        guard let number = Double(digits), number.isFinite, number > 0 else { return nil }
        let bytes = number * scale
        guard bytes >= 1, bytes < Double(Int.max) else { return nil }
        return Int(bytes)
    }

    /// A size for a person: "2G", "300M", "1.5G", or bytes.
    package static func describe(_ bytes: Int) -> String {
        for (suffix, power) in [("T", 4.0), ("G", 3.0), ("M", 2.0), ("K", 1.0)] {
            let unit = pow(1024, power)
            let value = Double(bytes) / unit
            if value >= 1 {
                let rounded = (value * 10).rounded() / 10
                return rounded == rounded.rounded() ? "\(Int(rounded))\(suffix)" : "\(rounded)\(suffix)"
            }
        }
        return "\(bytes)"
    }
}

/// Why a worker did not convert its input, as the manifest's `reason` records it.
package enum WorkerFailure: Sendable, Equatable, CustomStringConvertible {
    /// Still converting when its time ran out; killed.
    case timeout
    /// Went past its memory limit (died allocating, or by a signal with its peak near the limit).
    case memory
    /// Died by this signal for another reason.
    case signal(Int32)
    /// Stopped with an error of its own: one line naming the input and the cause.
    case error(String)

    /// Whether the worker died with it (possibly in the middle of writing an output), rather
    /// than answering with an error.
    package var endedTheWorker: Bool {
        if case .error = self { return false }
        return true
    }

    /// `timeout`, `memory`, `signal N` or `error: …`.
    package var description: String {
        switch self {
        case .timeout: return "timeout"
        case .memory: return "memory"
        case .signal(let number): return "signal \(number)"
        case .error(let message): return "error: \(message)"
        }
    }
}

/// A batch being told to stop (SIGINT, SIGTERM, or a caller): no new input starts, running
/// workers get `grace` to finish, then are killed and their inputs left for the next run.
package final class BatchStop: @unchecked Sendable {
    /// A few seconds: most inputs finish well within that, and a person pressing Ctrl-C or a
    /// scheduler sending SIGTERM before SIGKILL will not wait much longer.
    package static let defaultGrace: Double = 5

    private let lock = NSLock()
    private var requestedSignal: Int32?
    private var deadline: ContinuousClock.Instant?

    package init() {}

    /// Asks the batch to stop because of `signal` (0 for a caller's own stop). Asking again
    /// kills running workers at once.
    package func request(signal: Int32, grace: Double = BatchStop.defaultGrace) {
        lock.lock()
        defer { lock.unlock() }
        if requestedSignal == nil {
            requestedSignal = signal
            deadline = ContinuousClock.now + .milliseconds(Int(grace * 1000))
        } else {
            deadline = ContinuousClock.now
        }
    }

    /// The signal that asked to stop, once one has.
    package var signal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return requestedSignal
    }

    /// Whether running workers should be killed now.
    var mustKill: Bool {
        lock.lock()
        defer { lock.unlock() }
        return deadline.map { ContinuousClock.now >= $0 } ?? false
    }
}

/// Converts inputs in child processes, so that a crash, a loop or a memory blow-up in poppler
/// costs that input only.
///
/// Each slot (one per concurrent conversion) keeps a worker: `executable` spawned with
/// `arguments` and `--serve` (`galley worker`), which limits its own address space, then reads
/// one JSON request per line on standard input, converts, writes the outputs atomically and
/// answers one JSON line, `{"warnings":N}` or `{"error":"…"}` (a request for an input's report
/// pictures is answered `{"pictures":[…]}`). Starting a process and opening the
/// dictionary are paid once per worker, not per input. The parent waits for each answer with the
/// timeout, kills the worker with SIGKILL past it, and reaps a worker that died with `wait4` for
/// its exit status and peak RSS; the slot's next input starts a new worker. Workers are replaced
/// after `inputsPerWorker` inputs and ended by `shutdown()`. The type prints nothing.
package struct WorkerPool: Sendable {
    /// The `galley` executable (the running one, in the command-line tool).
    package var executable: String
    /// The worker subcommand and its options (`--serve` is added).
    package var arguments: [String]
    /// Variables added to the child's environment (e.g. a PDF password, kept out of `ps`).
    package var environment: [String: String]
    package var limits: WorkerLimits
    /// The live worker of each slot, between its requests.
    private let slots = WorkerSlots()
    /// Workers being ended after their last input, in the background.
    private let retiring = DispatchGroup()
    /// A worker is replaced after this many inputs, so that whatever one input left behind in
    /// its heap (fragments, caches) cannot add up to a later input's memory failure.
    package static let inputsPerWorker = 100

    /// A worker that died by a signal with its peak RSS above this share of the memory limit
    /// ran out of memory: RLIMIT_AS counts libraries, thread stacks and reserved heap never
    /// touched, and a buffer that doubles fails asking for as much again as it holds, so the
    /// RSS of a worker killed by its limit sits well below it (~100 MB of 300 MB for a bomb).
    static let memoryShare = 0.3
    /// Signals that stop a worker from outside: SIGINT, SIGTERM, SIGHUP.
    static let stopSignals: Set<Int32> = [SIGINT, SIGTERM, SIGHUP]
    /// How often a waiting parent checks the clock and the stop request, in milliseconds.
    static let pollMilliseconds: Int32 = 100
    /// Keeps at most this much of a worker's standard error (poppler can be chatty).
    static let stderrKeep = 64 << 10
    /// Standard error that means an allocation failed: C++'s `bad_alloc`, glib's `g_malloc`,
    /// Swift's runtime, and `strerror(ENOMEM)`.
    static let allocationFailures = ["bad_alloc", "failed to allocate", "out of memory", "Cannot allocate memory"]

    package init(executable: String, arguments: [String], environment: [String: String] = [:], limits: WorkerLimits) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.limits = limits
    }

    /// What became of one input.
    package enum Outcome: Sendable, Equatable {
        /// Converted; its outputs are in place. The count of warnings its audit recorded, the
        /// SHA-256 of the bytes the worker read and of each output it wrote (nil when its answer
        /// did not say).
        case converted(warnings: Int, sha256: String? = nil, outputsSHA256: [String]? = nil)
        case failed(WorkerFailure)
        /// Killed because the batch is stopping, or stopped from outside by SIGINT, SIGTERM or
        /// SIGHUP: not a verdict on the input, which is left for the next run.
        case interrupted
    }

    /// Converts `input` in the worker of `slot` (one slot per concurrent conversion), starting
    /// the worker first when the slot has none, and waits for its answer; blocks the calling
    /// thread. A worker serves its slot's inputs one after another until it dies, is killed, or
    /// has served `inputsPerWorker`.
    ///
    /// - Throws: `BatchError.workerUnavailable` when no worker process can be started.
    package func convert(_ input: BatchInput, slot: Int = 0, stop: BatchStop? = nil) throws -> Outcome {
        try serve(WorkerRequest(path: input.path, name: input.relativePath, rawPath: input.rawPath), slot: slot, stop: stop)
    }

    /// Draws the report pictures of an input converted earlier (`BatchPictures`) in the worker of
    /// `slot`, as `convert` converts it: under the same timeout and memory limit, so a drawing
    /// that crashes or loops costs only its pictures. `.converted` means drawn (or nothing to
    /// draw); the outcome is no verdict on the input.
    package func drawPictures(_ input: BatchInput, slot: Int = 0, stop: BatchStop? = nil) throws -> Outcome {
        try serve(
            WorkerRequest(path: input.path, name: input.relativePath, rawPath: input.rawPath, pictures: true),
            slot: slot, stop: stop)
    }

    /// After a poll that found neither an answer nor an exit: why `child` must go (its input ran
    /// past `deadline`, or the batch must stop now), with it killed and reaped; nil to wait on.
    static func killIfDue(
        _ child: SpawnedChild, deadline: ContinuousClock.Instant, stop: BatchStop?
    ) -> (Outcome, (status: Int32, maxRSS: Int))? {
        let reason: Outcome
        if ContinuousClock.now >= deadline {
            reason = .failed(.timeout)
        } else if stop?.mustKill == true {
            reason = .interrupted
        } else {
            return nil
        }
        child.kill()
        return (reason, child.reap(blocking: true) ?? (SIGKILL, 0))
    }

    /// Sends one request to the worker of `slot` and waits for its answer.
    private func serve(_ workerRequest: WorkerRequest, slot: Int, stop: BatchStop?) throws -> Outcome {
        let name = workerRequest.name
        let request = (try? Manifest.line(workerRequest)) ?? Data()
        var exit: (status: Int32, maxRSS: Int)?
        var killedFor: Outcome?
        let child: SpawnedChild
        var sent = false
        if let idle = slots.take(slot) {
            idle.beginRequest()
            if idle.reap(blocking: false) == nil && idle.send(request) {
                child = idle
                sent = true
            } else {
                // A worker that died while idle (killed from outside) is no verdict on this
                // input: it goes to a new one.
                idle.kill()
                _ = idle.reap(blocking: true)
                child = try spawn()
            }
        } else {
            child = try spawn()
        }
        let deadline = ContinuousClock.now + .milliseconds(Int(limits.timeout * 1000))
        if !sent && !child.send(request) {
            // A new worker that cannot even read its first request: its exit says why.
            child.kill()
            exit = child.reap(blocking: true) ?? (SIGKILL, 0)
        }
        while exit == nil {
            child.pump(timeout: Self.pollMilliseconds)
            if let line = child.takeLine() {
                let outcome = Self.answer(line, stderr: child.stderr, name: name)
                // An input's pictures are drawn by the worker that converted it: one input.
                if workerRequest.pictures != true { child.served += 1 }
                if child.served < Self.inputsPerWorker { slots.put(child, in: slot) } else { child.finish() }
                return outcome
            }
            exit = child.reap(blocking: false)
            guard exit == nil else { break }
            if let due = WorkerPool.killIfDue(child, deadline: deadline, stop: stop) {
                killedFor = due.0
                exit = due.1
            }
        }
        child.drain()
        if let killedFor { return killedFor }
        if let line = child.takeLine() {
            // Answered, then ended (it was told to, or ran out of requests): the answer stands.
            return Self.answer(line, stderr: child.stderr, name: name)
        }
        return Self.outcome(
            status: exit!.status, maxRSS: exit!.maxRSS, stdout: Data(), stderr: child.stderr,
            limits: limits, name: name)
    }

    /// The worker of `slot` as a lane that takes requests ahead of their turn (`WorkerLane`).
    package func lane(_ slot: Int) -> WorkerLane {
        WorkerLane(pool: self, slot: slot)
    }

    /// The idle worker of `slot`, taken out of the pool (nil when it has none or it died idle).
    fileprivate func takeIdle(_ slot: Int) -> SpawnedChild? {
        guard let idle = slots.take(slot) else { return nil }
        if idle.reap(blocking: false) == nil { return idle }
        // A worker that died while idle (killed from outside) is no verdict on any input.
        idle.kill()
        _ = idle.reap(blocking: true)
        return nil
    }

    /// Gives back the worker of `slot` between requests, or ends it once it has served enough
    /// (in the background: the slot's next input goes to its successor meanwhile).
    fileprivate func putIdle(_ child: SpawnedChild, in slot: Int) {
        guard child.served >= Self.inputsPerWorker else {
            slots.put(child, in: slot)
            return
        }
        let retired = Retired(child)
        retiring.enter()
        DispatchQueue.global(qos: .utility).async {
            retired.child.finish()
            retiring.leave()
        }
    }

    /// A new worker for a lane.
    fileprivate func newWorker() throws -> SpawnedChild { try spawn() }

    /// Starts an idle worker in each of the first `count` slots that has none, so that their
    /// start overlaps what the batch does before its first input. A worker that cannot start is
    /// left to the slot's first input, which reports why.
    package func prestart(_ count: Int) {
        for slot in 0..<max(count, 0) where !slots.holds(slot) {
            if let child = try? spawn() { slots.put(child, in: slot) }
        }
    }

    /// Ends every idle worker (each exits when its requests end, all at once) and waits for
    /// those retired in the background; call when the batch is over.
    package func shutdown() {
        let idle = slots.takeAll()
        for child in idle { child.closeInput() }
        for child in idle { child.finish() }
        retiring.wait()
    }

    /// A new worker in serving mode.
    private func spawn() throws -> SpawnedChild {
        do {
            return try SpawnedChild(executable: executable, arguments: arguments + ["--serve"], environment: environment)
        } catch {
            // Not the input's fault, and every other input would meet it too.
            throw BatchError.workerUnavailable(executable, String(describing: error))
        }
    }

    /// A live worker's answer to one request.
    static func answer(_ line: Data, stderr: Data, name: String) -> Outcome {
        guard let result = try? JSONDecoder().decode(WorkerResult.self, from: line) else {
            return .failed(.error("\(name): the worker answered \(String(decoding: line.prefix(200), as: UTF8.self))"))
        }
        return answer(result, stderr: stderr)
    }

    /// What a decoded answer says.
    static func answer(_ result: WorkerResult, stderr: Data) -> Outcome {
        if let error = result.error {
            let errorText = String(decoding: stderr, as: UTF8.self)
            return .failed(allocationFailures.contains { errorText.contains($0) } ? .memory : .error(error))
        }
        return .converted(warnings: result.warnings ?? 0, sha256: result.sha256, outputsSHA256: result.outputsSHA256)
    }

    /// Reads a reaped worker's verdict: its result line, else how it died. `status` is the wait
    /// status, `maxRSS` its peak resident set in bytes.
    package static func outcome(
        status: Int32, maxRSS: Int, stdout: Data, stderr: Data, limits: WorkerLimits, name: String
    ) -> Outcome {
        let errorText = String(decoding: stderr, as: UTF8.self)
        let allocationFailed = allocationFailures.contains { errorText.contains($0) }
        let termination = status & 0x7f
        if termination == 0 {
            let code = (status >> 8) & 0xff
            if let line = stdout.split(separator: 0x0A).last,
                let result = try? JSONDecoder().decode(WorkerResult.self, from: Data(line))
            {
                if let error = result.error { return .failed(allocationFailed ? .memory : .error(error)) }
                if code == 0, let warnings = result.warnings {
                    return .converted(warnings: warnings, sha256: result.sha256, outputsSHA256: result.outputsSHA256)
                }
            }
            if allocationFailed { return .failed(.memory) }
            let last = errorText.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
            return .failed(.error("\(name): the worker stopped with status \(code)\(last.isEmpty ? "" : " (\(last))")"))
        }
        if termination == SIGALRM { return .failed(.timeout) }
        // Signalled from outside (a scheduler stopping the whole job, a person): not the input's
        // fault, so it is left for the next run rather than recorded as failed.
        if stopSignals.contains(termination) { return .interrupted }
        if allocationFailed || Double(maxRSS) >= memoryShare * Double(limits.maxMemory) { return .failed(.memory) }
        return .failed(.signal(termination))
    }
}

/// One slot's worker fed ahead: the next request waits in the worker's standard input while it
/// converts the current one, so it starts the moment it answers instead of idling while the
/// batch records the answer and picks the next input. Answers come in the order of the requests.
///
/// The worker reads a request only after answering the one before, so the oldest unanswered
/// request is the one it is converting: the timeout runs from its answer to the one before (or
/// from its sending), and a worker that dies or is killed is that input's verdict. Requests
/// behind it were not started: they go to a new worker, or, when the batch is stopping, come
/// back as interrupted. A stop also ends a worker that still holds such a request once the
/// current one is answered, so no new input starts. A lane is used by one thread at a time;
/// between requests its worker goes back to the pool (where `WorkerPool.drawPictures` finds it).
package final class WorkerLane {
    let pool: WorkerPool
    let slot: Int
    private var child: SpawnedChild?
    /// The worker that takes over from `child` once it has served its last input.
    private var successor: SpawnedChild?
    /// Requests sent and not yet answered, oldest first.
    private var waiting: [Sent] = []
    /// Encodes requests and decodes answers: one of each per lane, not per input.
    private let encoder = JSONEncoder()
    private let decoder = JSONDecoder()

    private struct Sent {
        var request: WorkerRequest
        var line: Data
        /// When the worker began it: its sending, or the answer to the request before it.
        var began: ContinuousClock.Instant?
    }

    init(pool: WorkerPool, slot: Int) {
        self.pool = pool
        self.slot = slot
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    deinit {
        // Left with unanswered requests only when the batch failed: the worker is then killed
        // with its `SpawnedChild`.
        if let child, waiting.isEmpty { pool.putIdle(child, in: slot) }
        if let successor { pool.putIdle(successor, in: slot) }
    }

    /// Requests sent and not yet answered.
    package var count: Int { waiting.count }

    /// A request's end: its outcome, and when the worker began it (nil when it never did).
    package struct Ended {
        package var request: WorkerRequest
        package var outcome: WorkerPool.Outcome
        package var began: ContinuousClock.Instant?
    }

    /// Whether the lane's worker can take one more request now: it would not serve more than
    /// `WorkerPool.inputsPerWorker` inputs (it is replaced after its last answer).
    package var canTakeMore: Bool { canTakeMore(nearTheEnd: false) }

    /// Whether the lane's worker can take one more request now. Past `WorkerPool.inputsPerWorker`
    /// inputs it is replaced, except `nearTheEnd`, in the batch's tail (`BatchRunner.tailPerSlot`
    /// inputs a slot): it then takes on the few left (at most the tail more than its limit),
    /// since a new process started for the batch's last inputs costs more than they do and runs
    /// at its very end.
    package func canTakeMore(nearTheEnd: Bool) -> Bool {
        guard let child, !nearTheEnd else { return true }
        return child.served + waiting.count < WorkerPool.inputsPerWorker
    }

    /// Sends a request to the lane's worker, starting one when the lane has none.
    ///
    /// - Throws: `BatchError.workerUnavailable` when no worker process can be started.
    package func send(_ request: WorkerRequest) throws {
        let line = (try? encoder.encode(request)).map { $0 + [0x0A] } ?? Data()
        try send(Sent(request: request, line: line))
    }

    private func send(_ sent: Sent) throws {
        var sent = sent
        if child == nil {
            child = try pool.takeIdle(slot) ?? pool.newWorker()
            child!.beginRequest()
        }
        if waiting.isEmpty { sent.began = ContinuousClock.now }
        // A worker that cannot read it has died: `next()` finds out and says how.
        _ = child!.send(sent.line)
        waiting.append(sent)
    }

    /// Waits for the answer to the oldest request and returns it with its outcome, together
    /// with any requests behind it that end unstarted because the batch is stopping
    /// (`.interrupted`). Blocks the calling thread.
    ///
    /// - Throws: `BatchError.workerUnavailable` when requests behind a dead worker's need a new
    ///   worker and none can be started.
    /// - Parameter startsNothing: whether the batch is ending (stopped or cancelled): requests
    ///   behind the answered one are then not started.
    /// - Parameter hasMore: whether more inputs are to come, for which a worker on its last
    ///   input has its successor started up beforehand.
    package func next(
        stop: BatchStop? = nil, startsNothing: () -> Bool = { false }, hasMore: () -> Bool = { true }
    ) throws -> [Ended] {
        guard let child, let head = waiting.first else { return [] }
        let deadline = head.began! + .milliseconds(Int(pool.limits.timeout * 1000))
        var exit: (status: Int32, maxRSS: Int)?
        var killedFor: WorkerPool.Outcome?
        while exit == nil {
            var line = child.takeLine()
            if line == nil {
                child.pump(timeout: WorkerPool.pollMilliseconds)
                line = child.takeLine()
            }
            if let line {
                let outcome = answer(line, stderr: child.stderr, name: head.request.name)
                waiting.removeFirst()
                if head.request.pictures != true { child.served += 1 }
                child.beginRequest()
                var ended = [Ended(request: head.request, outcome: outcome, began: head.began)]
                if waiting.isEmpty {
                    pool.putIdle(child, in: slot)
                    self.child = nil
                    if let successor, child.served >= WorkerPool.inputsPerWorker {
                        pool.putIdle(successor, in: slot)
                        self.successor = nil
                    }
                } else if stop?.signal != nil || startsNothing() {
                    // The worker has begun the next request already, or is about to: no new input
                    // starts once the batch is stopping, so it ends here.
                    child.kill()
                    _ = child.reap(blocking: true)
                    self.child = nil
                    ended += waiting.map { Ended(request: $0.request, outcome: .interrupted, began: nil) }
                    waiting.removeAll()
                } else {
                    waiting[0].began = ContinuousClock.now
                    if child.served + waiting.count >= WorkerPool.inputsPerWorker, successor == nil, hasMore() {
                        // Its last input is under way: the next worker starts up meanwhile.
                        successor = try? pool.newWorker()
                    }
                }
                return ended
            }
            exit = child.reap(blocking: false)
            guard exit == nil else { break }
            if let due = WorkerPool.killIfDue(child, deadline: deadline, stop: stop) {
                killedFor = due.0
                exit = due.1
            }
        }
        child.drain()
        self.child = nil
        if let successor {
            pool.putIdle(successor, in: slot)
            self.successor = nil
        }
        let outcome: WorkerPool.Outcome
        if let killedFor {
            outcome = killedFor
        } else if let line = child.takeLine() {
            // Answered, then ended: the answer stands.
            outcome = answer(line, stderr: child.stderr, name: head.request.name)
        } else {
            outcome = WorkerPool.outcome(
                status: exit!.status, maxRSS: exit!.maxRSS, stdout: Data(), stderr: child.stderr, limits: pool.limits,
                name: head.request.name)
        }
        waiting.removeFirst()
        var ended = [Ended(request: head.request, outcome: outcome, began: head.began)]
        let behind = waiting
        waiting.removeAll()
        if outcome == .interrupted || stop?.signal != nil || startsNothing() {
            ended += behind.map { Ended(request: $0.request, outcome: .interrupted, began: nil) }
        } else {
            // Never started: no verdict on them; a new worker takes them in the same order.
            for sent in behind { try send(Sent(request: sent.request, line: sent.line)) }
        }
        return ended
    }

    /// A live worker's answer to one request.
    private func answer(_ line: Data, stderr: Data, name: String) -> WorkerPool.Outcome {
        if let plain = WorkerResult.plainAnswer(line) {
            return .converted(warnings: plain.warnings, sha256: plain.sha256, outputsSHA256: plain.outputsSHA256)
        }
        guard let result = try? decoder.decode(WorkerResult.self, from: line) else {
            return .failed(.error("\(name): the worker answered \(String(decoding: line.prefix(200), as: UTF8.self))"))
        }
        return WorkerPool.answer(result, stderr: stderr)
    }
}

/// A worker handed to the thread that ends it.
private final class Retired: @unchecked Sendable {
    let child: SpawnedChild

    init(_ child: SpawnedChild) {
        self.child = child
    }
}

/// The idle workers of a pool, one per slot; a slot's worker is taken out while it converts.
final class WorkerSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var children: [Int: SpawnedChild] = [:]

    func take(_ slot: Int) -> SpawnedChild? {
        lock.lock()
        defer { lock.unlock() }
        return children.removeValue(forKey: slot)
    }

    func holds(_ slot: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return children[slot] != nil
    }

    func put(_ child: SpawnedChild, in slot: Int) {
        lock.lock()
        defer { lock.unlock() }
        children[slot] = child
    }

    func takeAll() -> [SpawnedChild] {
        lock.lock()
        defer { lock.unlock() }
        let all = Array(children.values)
        children.removeAll()
        return all
    }
}

/// One request to a serving worker: a JSON line on its standard input.
package struct WorkerRequest: Codable, Sendable, Equatable {
    /// The path to read.
    package var path: String
    /// The input's relative path in the batch: its outputs' stem and its name in `source.file`.
    package var name: String
    /// The path's bytes when they are not UTF-8 (`BatchInput.rawPath`).
    package var rawPath: [UInt8]?
    /// Draw the report pictures of the input, converted earlier, instead of converting it.
    package var pictures: Bool?

    package init(path: String, name: String, rawPath: [UInt8]? = nil, pictures: Bool? = nil) {
        self.path = path
        self.name = name
        self.rawPath = rawPath
        self.pictures = pictures
    }
}

/// The one line a worker prints on standard output for each input.
package struct WorkerResult: Codable, Sendable, Equatable {
    package var warnings: Int?
    package var error: String?
    /// The pictures a pictures request wrote, relative to the output folder.
    package var pictures: [String]?
    /// The SHA-256 of the input's bytes as the worker read them (lower-case hex), so that the
    /// batch need not read and hash every input a second time.
    package var sha256: String?
    /// The SHA-256 of each output written, in the order of the formats (lower-case hex), for the
    /// manifest (`ManifestEntry.outputsSHA256`).
    package var outputsSHA256: [String]?

    package init(
        warnings: Int? = nil, error: String? = nil, pictures: [String]? = nil, sha256: String? = nil,
        outputsSHA256: [String]? = nil
    ) {
        self.warnings = warnings
        self.error = error
        self.pictures = pictures
        self.sha256 = sha256
        self.outputsSHA256 = outputsSHA256
    }

    /// The answer of nearly every input, `{"outputsSHA256":[…],"sha256":"…","warnings":N}` (each
    /// hash optional), as the JSON encoder spells it (with its newline), written without one;
    /// nil for any other answer.
    package var plainLine: Data? {
        guard error == nil, pictures == nil, let warnings, warnings >= 0 else { return nil }
        var line = "{"
        if let outputsSHA256 {
            guard outputsSHA256.allSatisfy(Self.isHash) else { return nil }
            line += "\"outputsSHA256\":[" + outputsSHA256.map { "\"\($0)\"" }.joined(separator: ",") + "],"
        }
        if let sha256 {
            guard Self.isHash(sha256) else { return nil }
            line += "\"sha256\":\"\(sha256)\","
        }
        return Data((line + "\"warnings\":\(warnings)}\n").utf8)
    }

    /// The count of a line that `plainLine` could have written, read without a JSON decoder;
    /// nil for any other line (which the decoder then reads).
    package static func plainWarnings(_ line: Data) -> Int? {
        plainAnswer(line)?.warnings
    }

    /// The count and hashes of a line that `plainLine` could have written
    /// (`{"outputsSHA256":["<hex>",…],"sha256":"<hex>","warnings":N}`, each hash optional), read
    /// without a JSON decoder; nil for any other line.
    package static func plainAnswer(_ line: Data) -> (warnings: Int, sha256: String?, outputsSHA256: [String]?)? {
        // Read on the line's bytes with a cursor: slicing `Data` and making an array of each
        // expected text cost ~55,000 instructions an answer, as much as encoding its entry.
        line.withUnsafeBytes { raw -> (warnings: Int, sha256: String?, outputsSHA256: [String]?)? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var at = 0
            func take(_ text: StaticString) -> Bool {
                let count = text.utf8CodeUnitCount
                guard bytes.count - at >= count, memcmp(bytes.baseAddress! + at, text.utf8Start, count) == 0 else {
                    return false
                }
                at += count
                return true
            }
            /// A quoted hash, taken off the line.
            func hash() -> String? {
                guard take("\"") else { return nil }
                var end = at
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                    guard isHexDigit(bytes[end]) else { return nil }
                    end += 1
                }
                guard end < bytes.count, end > at else { return nil }
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<end]), as: UTF8.self)
                at = end + 1
                return value
            }
            guard take("{") else { return nil }
            var outputsSHA256: [String]?
            if take("\"outputsSHA256\":[") {
                var hashes: [String] = []
                if !take("]") {
                    while true {
                        guard let value = hash() else { return nil }
                        hashes.append(value)
                        if take("]") { break }
                        guard take(",") else { return nil }
                    }
                }
                guard take(",") else { return nil }
                outputsSHA256 = hashes
            }
            var sha256: String?
            if take("\"sha256\":") {
                guard let value = hash(), take(",") else { return nil }
                sha256 = value
            }
            guard take("\"warnings\":"), bytes.count - at > 1, bytes.count - at <= 19,
                bytes[bytes.count - 1] == UInt8(ascii: "}")
            else { return nil }
            var count = 0
            for byte in UnsafeBufferPointer(rebasing: bytes[at..<(bytes.count - 1)]) {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                count = count * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return (count, sha256, outputsSHA256)
        }
    }

    /// Whether `text` is a hash as the worker writes it: lower-case hex digits, at least one.
    private static func isHash(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(isHexDigit)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}

/// A child process with its standard output and error on pipes and its standard input on a
/// socket (written with MSG_NOSIGNAL, so a dead child means an error, not SIGPIPE for the
/// batch), spawned with `posix_spawn` in a process group of its own (so a terminal's Ctrl-C
/// reaches the batch, which decides, and not the workers).
final class SpawnedChild {
    let pid: pid_t
    private var inDescriptor: Int32
    private var outDescriptor: Int32
    private var errDescriptor: Int32
    private(set) var stdout = Data()
    private(set) var stderr = Data()
    private var reaped = false
    /// Requests answered so far.
    var served = 0

    /// How long to wait between looks for the exit of a child that has closed its pipes: it is
    /// ending, and every input waits this long once.
    static let exitPollMicroseconds: useconds_t = 1000

    /// Held while pipes are made and a child spawned.
    private static let spawnLock = NSLock()

    struct SpawnError: Error, CustomStringConvertible {
        let description: String
    }

    init(executable: String, arguments: [String], environment: [String: String]) throws {
        // Pipes are made and marked close-on-exec under one lock that spawning also holds, so no
        // other worker's child inherits them (a write end held elsewhere would delay the end of file).
        Self.spawnLock.lock()
        defer { Self.spawnLock.unlock() }
        var inSocket: [Int32] = [-1, -1], outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &inSocket) == 0 else {
            throw SpawnError(description: GalleyError.reason(errno: errno))
        }
        guard pipe(&outPipe) == 0 else {
            for descriptor in inSocket { close(descriptor) }
            throw SpawnError(description: GalleyError.reason(errno: errno))
        }
        guard pipe(&errPipe) == 0 else {
            for descriptor in inSocket + outPipe { close(descriptor) }
            throw SpawnError(description: GalleyError.reason(errno: errno))
        }
        for descriptor in inSocket + outPipe + errPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        defer {
            close(inSocket[1])
            close(outPipe[1])
            close(errPipe[1])
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inSocket[1], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var variables = ProcessInfo.processInfo.environment
        // A crashing worker's cause is read from its status; Swift's backtracer would only spend
        // seconds symbolicating it first (on a busy machine, past a short timeout).
        if variables["SWIFT_BACKTRACE"] == nil { variables["SWIFT_BACKTRACE"] = "enable=no" }
        variables.merge(environment) { $1 }
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }

        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            for descriptor in [inSocket[0], outPipe[0], errPipe[0]] { close(descriptor) }
            throw SpawnError(description: GalleyError.reason(errno: status))
        }
        self.pid = pid
        inDescriptor = inSocket[0]
        outDescriptor = outPipe[0]
        errDescriptor = errPipe[0]
        for descriptor in [outDescriptor, errDescriptor] {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
    }

    deinit {
        if !reaped {
            _ = Glibc.kill(pid, SIGKILL)
            _ = reap(blocking: true)
        }
        for descriptor in [inDescriptor, outDescriptor, errDescriptor] where descriptor >= 0 { close(descriptor) }
    }

    /// Forgets the standard error of earlier requests.
    func beginRequest() {
        stderr.removeAll()
    }

    /// Writes a request whole; false when the child can no longer read it.
    func send(_ data: Data) -> Bool {
        guard inDescriptor >= 0 else { return false }
        return data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.send(inDescriptor, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// The first whole line of standard output, taken off it.
    func takeLine() -> Data? {
        // The newline is looked for on the bytes: `firstIndex(of:)` on the stored `Data` checked
        // exclusive access to it at every byte.
        let length = stdout.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let newline = memchr(base, 0x0A, raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(newline))
        }
        guard let length else { return nil }
        let start = stdout.startIndex
        let line = Data(stdout[start..<(start + length)])
        stdout.removeSubrange(start...(start + length))
        return line
    }

    /// Closes the child's standard input: it exits once it has answered what it was sent.
    func closeInput() {
        if inDescriptor >= 0 {
            close(inDescriptor)
            inDescriptor = -1
        }
    }

    /// Ends an idle child: its standard input closes, so it exits; one that does not within
    /// `finishWait` is killed.
    func finish() {
        closeInput()
        let deadline = ContinuousClock.now + Self.finishWait
        while reap(blocking: false) == nil && !reaped {
            if ContinuousClock.now >= deadline {
                kill()
                _ = reap(blocking: true)
                return
            }
            pump(timeout: 10)
        }
    }

    /// How long an idle child told to end may take to exit.
    static let finishWait = Duration.seconds(2)

    /// Waits up to `timeout` milliseconds for output and reads what is there.
    func pump(timeout: Int32) {
        var descriptors = [outDescriptor, errDescriptor].filter { $0 >= 0 }.map {
            pollfd(fd: $0, events: Int16(POLLIN), revents: 0)
        }
        if descriptors.isEmpty {
            // Both pipes closed: the child is exiting, and will be reapable in a moment.
            usleep(Self.exitPollMicroseconds)
            return
        }
        guard poll(&descriptors, nfds_t(descriptors.count), timeout) > 0 else { return }
        drain()
    }

    /// Reads whatever the pipes hold now, without waiting; closes a pipe at its end.
    func drain() {
        read(&outDescriptor, into: &stdout, keep: Int.max)
        read(&errDescriptor, into: &stderr, keep: WorkerPool.stderrKeep)
    }

    /// The buffer `read` reads into, made once per child: every answer is read through it, and a
    /// new 64 KB buffer zeroed for each read was a fifth of the batch's own work per input.
    private var chunk = [UInt8](repeating: 0, count: chunkSize)
    private static let chunkSize = 1 << 16

    private func read(_ descriptor: inout Int32, into buffer: inout Data, keep: Int) {
        guard descriptor >= 0 else { return }
        while true {
            let count = Glibc.read(descriptor, &chunk, Self.chunkSize)
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                if buffer.count > keep { buffer.removeFirst(buffer.count - keep) }
            } else if count == 0 {
                close(descriptor)
                descriptor = -1
                return
            } else {
                if errno == EINTR { continue }
                return
            }
        }
    }

    func kill() {
        if !reaped { _ = Glibc.kill(pid, SIGKILL) }
    }

    /// The wait status and peak resident set in bytes once the child has ended.
    func reap(blocking: Bool) -> (status: Int32, maxRSS: Int)? {
        guard !reaped else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let result = wait4(pid, &status, blocking ? 0 : WNOHANG, &usage)
            if result == pid {
                reaped = true
                // Linux reports ru_maxrss in kilobytes.
                return (status, usage.ru_maxrss * 1024)
            }
            if result < 0 && errno == EINTR { continue }
            if result < 0 {
                // Not ours to wait for any more (reaped elsewhere): count it as killed.
                reaped = true
                return (SIGKILL, 0)
            }
            return nil
        }
    }
}
