import ArgumentParser
import Foundation
import GalleyKit

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert a folder, list or set of newsletters into an output folder, resumably.",
        discussion: """
            Each INPUT is a file, a folder (walked recursively for .pdf and .txt files) or @list.txt \
            (one path per line, relative to the list file). Outputs go to OUT_DIR/<relative path>.json \
            (and .md with --format json,markdown), next to OUT_DIR/manifest.jsonl, which records every \
            input's sha256, outputs (each with its sha256) and status. A second run skips what is \
            done and whose outputs still have those bytes; a killed run resumes.

            Each input converts in a worker process of its own, limited by --timeout and \
            --max-memory: a file that crashes its worker, runs too long or needs too much memory \
            is recorded as failed (timeout, memory, signal N or error: …) and the batch goes on. \
            A failed file is not tried again on the next run unless --retry-failed is given. \
            SIGINT or SIGTERM stops the batch: no new input starts, running ones get a few \
            seconds to finish (a second signal kills them), the manifest stays valid and the \
            summary is printed.

            Examples:
              galley batch archive/ -o out/
              galley batch @issues.txt -o out/ --format json,markdown --jobs 4
              galley batch archive/ -o out/ --timeout 30 --max-memory 512M --retry-failed
              galley batch archive/ -o out/ --shard $((SLURM_ARRAY_TASK_ID+1))/16
              galley batch archive/ -o out/ --report      # then open out/report.html

            An input larger than --max-input-size (default 512M) is recorded as failed without \
            being read.

            With --shard K/N, an output folder that already holds the manifests of a run split \
            another way (manifest-*-of-M.jsonl, or manifest.jsonl) is refused (64): those inputs \
            would be converted again. On storage without flock, --no-lock runs without locking \
            the manifest.

            --report writes OUT_DIR/report.html (report-K-of-N.html for a shard) when the run \
            ends, also when inputs failed or a signal stopped it: one self-contained page (no \
            script, nothing fetched) with a row per input, failed ones first, showing its status \
            and reason, pages, sections, warnings, time, a thumbnail of page 1 with its reading \
            order, and links to its outputs and to its page-1 inspect pictures \
            (OUT_DIR/inspect/<input>/page-1.svg and .png). The workers draw the pictures after \
            converting, so a picture that cannot be drawn is left out without failing the input.

            Exit status: 0 all converted or skipped; 1 some input failed (listed at the end); \
            64 usage error; 71 no worker process can be started; 73 the output folder, manifest \
            or report cannot be written (or the manifest locked); 130 stopped by SIGINT; 143 \
            stopped by SIGTERM.
            """
    )

    @Argument(help: "Files, folders or @list files to convert.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The output folder (created when missing).")
    var output: String

    @Option(help: "How many inputs to convert at once (the default is the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Add each PDF block's printed lines to the JSON (spans: text, box, font, size); several times larger.")
    var spans = false

    @Option(help: "Output formats, comma-separated: json, markdown (or md), text.")
    var format: String = "json"

    @Flag(help: "Convert again even inputs the manifest says are done.")
    var force = false

    @Flag(help: "No progress; print only failures.")
    var quiet = false

    @Option(help: "Take shard K of N (1-based) of the inputs, by a stable hash of each relative path.")
    var shard: String?

    @Option(help: "Dictionary language for word decisions (a hunspell dictionary name).")
    var lang: String = "en_GB"

    @Option(help: "Password for encrypted PDFs.")
    var password: String?

    @Option(help: "Whether tagged PDFs' structure trees are read: auto, on or off (see convert).")
    var structure: PDFReader.StructureUse = .auto

    @Option(help: "Seconds one input may take before its worker is killed (recorded as timeout).")
    var timeout: Double = WorkerLimits.defaultTimeout

    @Option(help: "Memory one worker may map, e.g. 512M or 2G (past it the input is recorded as memory).")
    var maxMemory: String = "2G"

    @Option(help: "Largest input read, e.g. 512M or 2G (a larger file is recorded as failed without being read).")
    var maxInputSize: String = WorkerLimits.describe(InputFile.defaultMaxSize)

    @Flag(help: "Convert again inputs an earlier run recorded as failed.")
    var retryFailed = false

    @Flag(
        help: ArgumentHelp(
            "Do not lock the manifest: for storage without flock (Lustre mounted without it, NFS without lockd).",
            discussion: "Two runs writing one manifest at once then interleave it: run each shard once at a time."))
    var noLock = false

    @Flag(help: "Write OUT_DIR/report.html: every input with its status, counts, time, page 1 and links.")
    var report = false

    /// The smallest --max-memory accepted: near 100M a worker can no longer start its threads
    /// (each maps a stack) and waits for its dictionary until its alarm ends it.
    static let minimumMemory = 128 << 20

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
        guard let bytes = WorkerLimits.parseSize(maxMemory) else {
            throw ValidationError("--max-memory \(maxMemory): expected a size such as 512M or 2G")
        }
        guard bytes >= Self.minimumMemory else {
            throw ValidationError(
                "--max-memory \(maxMemory): a worker needs at least \(WorkerLimits.describe(Self.minimumMemory))")
        }
        guard WorkerLimits.parseSize(maxInputSize) != nil else {
            throw ValidationError("--max-input-size \(maxInputSize): expected a size such as 512M or 2G")
        }
        _ = try formats()
        if let shard {
            do { _ = try Shard(parsing: shard) } catch let error as BatchError { throw ValidationError(error.description) }
        }
    }

    func formats() throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for name in format.split(separator: ",").map({ $0.trimmingWhitespace() }) where !name.isEmpty {
            guard let format = OutputFormat(argument: name) else {
                throw ValidationError("--format \(name): expected json, markdown (md) or text")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw ValidationError("--format: name at least one format") }
        return formats
    }

    func run() throws {
        let options: BatchOptions
        let found: [BatchInput]
        do {
            options = BatchOptions(
                outputDirectory: output, formats: try formats(), jobs: jobs, force: force,
                shard: try shard.map(Shard.init(parsing:)) ?? .whole, retryFailed: retryFailed,
                maxInputSize: WorkerLimits.parseSize(maxInputSize)!, locking: noLock ? .none : .exclusive,
                pictures: report, spans: spans)
            found = try InputDiscovery.discover(inputs, excluding: output)
        } catch let error as BatchError {
            usageFailure(error.description)
        }
        // The dictionary is missing for every worker alike: say so once, before spawning any.
        guard HunspellLexicon.dictionaryFiles(language: lang) != nil else { fail(GalleyError.dictionaryMissing(lang)) }
        let limits = WorkerLimits(timeout: timeout, maxMemory: WorkerLimits.parseSize(maxMemory)!)
        var arguments = [
            "worker", "--output-dir", output, "--format", options.formats.map(\.rawValue).joined(separator: ","),
            "--lang", lang, "--max-memory", "\(limits.maxMemory)", "--timeout", "\(limits.timeout)",
            "--structure", structure.rawValue, "--max-input-size", "\(options.maxInputSize)",
        ]
        // Workers already keep the cores busy; a long PDF read on two threads as well would only
        // oversubscribe them. A single worker leaves cores idle, so it may use a second one.
        if jobs < ProcessInfo.processInfo.activeProcessorCount { arguments.append("--parallel-pages") }
        if report { arguments.append("--pictures") }
        if spans { arguments.append("--spans") }
        let pool = WorkerPool(
            executable: Self.executablePath(), arguments: arguments,
            environment: password.map { [Worker.passwordVariable: $0] } ?? [:], limits: limits)
        let runner = BatchRunner(options: options, workers: pool)
        let printer = ProgressPrinter(mode: quiet ? .quiet : isatty(STDERR_FILENO) != 0 ? .bar : .lines)
        let stop = BatchStop()
        let watchers = Self.watchSignals(stop: stop, printer: printer)
        defer { for watcher in watchers { watcher.cancel() } }
        let outcome: BatchReport
        do {
            outcome = try blocking { try await runner.run(found, stop: stop, progress: printer.show) }
        } catch let error as BatchError {
            FileHandle.standardError.write(Data("galley: \(error.description)\n".utf8))
            // EX_OSERR when the system cannot start a worker, EX_USAGE for a shard count that
            // disagrees with the folder's manifests, EX_CANTCREAT for the manifest.
            if case .workerUnavailable = error { throw ExitCode(71) }
            if case .shardCountMismatch = error { throw ExitCode(64) }
            throw ExitCode(73)
        } catch {
            fail(error)
        }
        printer.summarise(outcome)
        if report { writeReport(outcome, inputs: found, options: options) }
        if let signal = outcome.stoppedBy { throw ExitCode(128 + signal) }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    /// Writes the run's HTML report beside its manifest, from the manifest entries, the JSON
    /// outputs and the thumbnails the workers drew; says where, or exits 73 when it cannot.
    func writeReport(_ outcome: BatchReport, inputs: [BatchInput], options: BatchOptions) {
        let recorded = Set(outcome.entries.map(\.input))
        let unfinished = inputs.map(\.relativePath).filter { options.shard.contains($0) && !recorded.contains($0) }
        let rows = BatchReportPage.rows(for: outcome, outputDirectory: output, unfinished: unfinished) { entry in
            FileManager.default.contents(atPath: BatchReportPage.thumbnailPath(for: entry.input, in: output))
        }
        let path = URL(fileURLWithPath: output).appendingPathComponent(BatchReportPage.fileName(for: options.shard)).path
        do {
            try AtomicFile.write(BatchReportPage(rows: rows, stoppedBy: outcome.stoppedBy).html(), to: path)
        } catch {
            let message = (error as? GalleyError)?.description ?? "\(path): \(GalleyError.reason(error))"
            FileHandle.standardError.write(Data("galley: \(message)\n".utf8))
            Foundation.exit(73)
        }
        if !quiet { FileHandle.standardError.write(Data("galley batch: report \(path)\n".utf8)) }
    }

    /// The running `galley`, which the workers run too.
    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 { return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// Turns SIGINT and SIGTERM into a request to stop: the first lets running workers finish
    /// (for a few seconds), a second kills them now.
    static func watchSignals(stop: BatchStop, printer: ProgressPrinter) -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let first = stop.signal == nil
                stop.request(signal: number)
                printer.note(
                    first
                        ? "stopping (\(signalName(number))): no new inputs; running ones get \(Int(BatchStop.defaultGrace)) s (signal again to kill them)"
                        : "stopping now (\(signalName(number))): killing running workers")
            }
            source.resume()
            return source
        }
    }
}

/// "SIGINT", "SIGTERM", or "signal N".
func signalName(_ number: Int32) -> String {
    switch number {
    case SIGINT: return "SIGINT"
    case SIGTERM: return "SIGTERM"
    case SIGKILL: return "SIGKILL"
    case SIGABRT: return "SIGABRT"
    case SIGSEGV: return "SIGSEGV"
    default: return "signal \(number)"
    }
}

/// Prints one line for a usage error and exits 64, as ArgumentParser does for its own.
func usageFailure(_ message: String) -> Never {
    FileHandle.standardError.write(Data("galley: \(message)\n".utf8))
    exit(64)
}

/// Runs async work from a synchronous command and waits for it; the main thread is not one of
/// the cooperative pool's, so blocking it costs no worker.
func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try box.result!.get()
}

/// Carries a result from a task to the thread waiting for it (the semaphore orders the accesses).
final class ResultBox<T: Sendable>: @unchecked Sendable {
    var result: Result<T, Error>?
}

/// Shows a batch's progress on standard error: a bar with counts and ETA on a terminal, one
/// plain line per input otherwise (logs, CI, Slurm), nothing but failures when quiet.
final class ProgressPrinter: @unchecked Sendable {
    enum Mode { case bar, lines, quiet }
    /// Cells in the progress bar.
    static let barWidth = 30

    let mode: Mode
    let start = ContinuousClock.now
    private var counts: [ManifestEntry.Status: Int] = [:]

    init(mode: Mode) {
        self.mode = mode
    }

    /// Called by the runner once per finished input, one call at a time.
    func show(_ progress: BatchProgress) {
        counts[progress.entry.status, default: 0] += 1
        switch mode {
        case .quiet:
            return
        case .lines:
            let entry = progress.entry
            let line: String
            switch entry.status {
            case .converted: line = "converted \(entry.input) (\(entry.elapsedMs) ms)"
            case .skipped: line = "skipped \(entry.input)"
            case .failed where progress.isEarlierFailure: line = "failed \(Self.failure(entry)) (earlier run)"
            case .failed: line = "failed \(Self.failure(entry))"
            }
            write("[\(progress.completed)/\(progress.total)] \(line)\n")
        case .bar:
            let filled = progress.total == 0 ? Self.barWidth : Self.barWidth * progress.completed / progress.total
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: Self.barWidth - filled)
            let seconds = Self.seconds(ContinuousClock.now - start)
            let remaining = seconds / Double(progress.completed) * Double(progress.total - progress.completed)
            write(
                "\r[\(bar)] \(progress.completed)/\(progress.total)  converted \(counts[.converted, default: 0]) · "
                    + "skipped \(counts[.skipped, default: 0]) · failed \(counts[.failed, default: 0])  ETA \(Self.clock(remaining)) \u{1B}[K"
            )
        }
    }

    /// The end-of-run summary: counts, then every failure with its reason, sorted by input.
    func summarise(_ report: BatchReport) {
        if mode == .bar { write("\n") }
        if mode != .quiet {
            let stopped = report.stoppedBy.map { "stopped by \(signalName($0)), \(report.notFinished) not finished; " } ?? ""
            write(
                "galley batch: \(stopped)\(report.converted.count) converted, \(report.skipped.count) skipped, "
                    + "\(report.failed.count) failed in \(Self.clock(Self.seconds(report.elapsed))) (manifest \(report.manifestPath))\n"
            )
        }
        let earlier = Set(report.earlierFailures)
        for entry in report.failed {
            write("failed \(Self.failure(entry))\(earlier.contains(entry.input) ? " (earlier run)" : "")\n")
        }
        if !earlier.isEmpty && mode != .quiet {
            write("\(earlier.count) failed in an earlier run and were not tried again (--retry-failed tries them)\n")
        }
    }

    /// One line of its own, whatever the display (a bar is ended first).
    func note(_ text: String) {
        write(mode == .bar ? "\n\(text)\n" : "galley batch: \(text)\n")
    }

    /// "input: reason", without saying the input twice when the reason already starts with it.
    static func failure(_ entry: ManifestEntry) -> String {
        entry.failureLine
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// "m:ss", or "h:mm:ss" past an hour.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        let ss = s < 10 ? "0\(s)" : "\(s)"
        if h > 0 { return "\(h):\(m < 10 ? "0\(m)" : "\(m)"):\(ss)" }
        return "\(m):\(ss)"
    }
}
