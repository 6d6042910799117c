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
            input's sha256, outputs and status. A second run skips what is done; a killed run resumes.

            Examples:
              galley batch archive/ -o out/
              galley batch @issues.txt -o out/ --format json,markdown --jobs 4
              galley batch archive/ -o out/ --shard $((SLURM_ARRAY_TASK_ID+1))/16

            Exit status: 0 all converted or skipped; 1 some input failed (listed at the end); \
            64 usage error; 73 the output folder or manifest cannot be written.
            """
    )

    @Argument(help: "Files, folders or @list files to convert.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "The output folder (created when missing).")
    var output: String

    @Option(help: "How many inputs to convert at once (the default is the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output formats, comma-separated: json, markdown, text.")
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

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        _ = try formats()
        if let shard {
            do { _ = try Shard(parsing: shard) } catch let error as BatchError { throw ValidationError(error.description) }
        }
    }

    /// Bytes each worker's malloc heap grows by at once, and the free space it keeps.
    static let heapPadding = 16 << 20, heapTrimThreshold = 128 << 20

    /// Stops glibc growing and trimming each worker thread's heap a few pages at a time: every
    /// conversion freed its memory and the next grew it back, some 25 `mprotect` calls per
    /// input, each taking the process's memory-map lock that the other workers' page faults wait
    /// on. Heap pages reserved but never touched cost no memory.
    /// glibc's `mallopt` is declared in <malloc.h>, which no Swift module exports: it is looked
    /// up by name, and the tuning skipped where there is none.
    static func keepHeapsGrown() {
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        /// <malloc.h>'s M_TRIM_THRESHOLD and M_TOP_PAD.
        let trimThreshold: Int32 = -1, topPad: Int32 = -2
        _ = mallopt(topPad, Int32(heapPadding))
        _ = mallopt(trimThreshold, Int32(heapTrimThreshold))
    }

    func formats() throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for name in format.split(separator: ",").map({ $0.trimmingWhitespace() }) where !name.isEmpty {
            guard let format = OutputFormat(rawValue: name) else {
                throw ValidationError("--format \(name): expected json, markdown or text")
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
                shard: try shard.map(Shard.init(parsing:)) ?? .whole)
            found = try InputDiscovery.discover(inputs, excluding: output)
        } catch let error as BatchError {
            usageFailure(error.description)
        }
        Self.keepHeapsGrown()
        // Workers already keep the cores busy; a long PDF read on two threads as well would only
        // oversubscribe them. A single worker leaves cores idle, so it may use a second one.
        let convertOptions = ConvertOptions(
            language: lang, password: password,
            parallelPages: jobs < ProcessInfo.processInfo.activeProcessorCount)
        // Every worker shares the process's lexicon: the compiled one needs no lock. Only when it
        // falls back to hunspell, whose handle is one lock every word goes through, does each
        // worker open its own.
        let runner = BatchRunner(options: options) {
            let shared = try LexiconCache.shared.lexicon(for: convertOptions.language)
            let lexicon = shared is HunspellLexicon ? try HunspellLexicon(language: convertOptions.language) : shared
            return Converter(options: convertOptions, lexicon: lexicon)
        }
        let printer = ProgressPrinter(mode: quiet ? .quiet : isatty(STDERR_FILENO) != 0 ? .bar : .lines)
        let report: BatchReport
        do {
            report = try blocking { try await runner.run(found, progress: printer.show) }
        } catch let error as BatchError {
            FileHandle.standardError.write(Data("galley: \(error.description)\n".utf8))
            throw ExitCode(73)
        } catch {
            fail(error)
        }
        printer.summarise(report)
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
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
            write(
                "galley batch: \(report.converted.count) converted, \(report.skipped.count) skipped, "
                    + "\(report.failed.count) failed in \(Self.clock(Self.seconds(report.elapsed))) (manifest \(report.manifestPath))\n"
            )
        }
        for entry in report.failed { write("failed \(Self.failure(entry))\n") }
    }

    /// "input: reason", without saying the input twice when the reason already starts with it.
    static func failure(_ entry: ManifestEntry) -> String {
        let reason = entry.error ?? "unknown error"
        return reason.hasPrefix(entry.input + ":") ? reason : "\(entry.input): \(reason)"
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
