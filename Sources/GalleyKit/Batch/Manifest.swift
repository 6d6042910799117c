import Foundation

/// What happened to one input of a batch: one JSON object per line of `manifest.jsonl`.
package struct ManifestEntry: Codable, Equatable, Sendable {
    package enum Status: String, Codable, Equatable, Sendable, CaseIterable {
        /// Converted by this run; its outputs are in place.
        case converted
        /// Already converted by an earlier run with the same bytes and Galley version.
        case skipped
        /// Could not be converted; `error` says why.
        case failed
    }

    /// The input's relative path: the key of the manifest and the stem of its outputs.
    package var input: String
    /// The SHA-256 of the input's bytes (empty when the file could not be read).
    package var sha256: String
    /// The outputs, relative to the output folder.
    package var outputs: [String]
    /// The SHA-256 of each output as written, in the order of `outputs` (converted entries).
    /// Outputs are written without `fsync`, so a power cut may lose one its line vouches for: a
    /// later run takes the entry as done only when every output still has these bytes, and
    /// converts the input again otherwise. Absent in manifests of earlier versions, whose
    /// outputs were made durable before their line was written.
    package var outputsSHA256: [String]?
    package var status: Status
    /// Why the input failed, for a person: one line naming the input and the cause.
    package var error: String?
    /// Why the input failed, for a program: `timeout`, `memory`, `signal N` (its worker died by
    /// that signal) or `error: …` (the conversion's own error, as in `error`).
    package var reason: String?
    /// How many warnings the conversion recorded in its audit.
    package var warnings: Int
    package var galleyVersion: String
    /// Wall-clock time to read, convert and write this input.
    package var elapsedMs: Int

    package init(
        input: String, sha256: String, outputs: [String], outputsSHA256: [String]? = nil, status: Status,
        error: String? = nil, reason: String? = nil, warnings: Int = 0, galleyVersion: String = GalleyVersion.current,
        elapsedMs: Int = 0
    ) {
        self.input = input
        self.sha256 = sha256
        self.outputs = outputs
        self.outputsSHA256 = outputsSHA256
        self.status = status
        self.error = error
        self.reason = reason
        self.warnings = warnings
        self.galleyVersion = galleyVersion
        self.elapsedMs = elapsedMs
    }
}

extension ManifestEntry {
    /// "input: reason" for a failed entry, naming the input once: the recorded error already
    /// starts with it when the conversion wrote it.
    package var failureLine: String {
        let reason = error ?? "unknown error"
        return reason.hasPrefix(input + ":") ? reason : "\(input): \(reason)"
    }
}

/// The first line a run writes to its manifest: which shard it is and the whole batch's
/// declared input set, so that `galley manifest merge` can name the inputs of a shard that
/// never ran.
package struct ManifestHeader: Codable, Equatable, Sendable {
    /// "K/N", or "merged" for the output of `galley manifest merge`.
    package var shard: String
    package var galleyVersion: String
    /// Every input of the batch (all shards), by relative path, sorted.
    package var inputs: [String]
    /// `inputs.count`, for a reader who does not want to count.
    package var inputCount: Int
    /// SHA-256 of `inputs` joined by newlines: shards of one batch agree on it.
    package var inputsSHA256: String
    /// How many of `inputs` fall in this shard.
    package var shardInputCount: Int

    package init(shard: String, inputs: [String], shardInputCount: Int, galleyVersion: String = GalleyVersion.current) {
        self.shard = shard
        self.galleyVersion = galleyVersion
        self.inputs = inputs
        self.inputCount = inputs.count
        self.inputsSHA256 = Self.fingerprint(inputs)
        self.shardInputCount = shardInputCount
    }

    /// The fingerprint of a sorted list of relative paths.
    package static func fingerprint(_ inputs: [String]) -> String {
        SHA256.hex(Data(inputs.joined(separator: "\n").utf8))
    }
}

/// A manifest as read back: the last header and the latest entry per input.
///
/// Lines are read in order and a later entry for an input replaces an earlier one. A line
/// that does not decode (the torn last line of a run that was killed mid-write) is ignored
/// and counted in `unreadableLines`.
package struct Manifest: Equatable, Sendable {
    package var header: ManifestHeader?
    package var entries: [String: ManifestEntry] = [:]
    package var unreadableLines = 0

    package init(header: ManifestHeader? = nil, entries: [ManifestEntry] = []) {
        self.header = header
        for entry in entries { self.entries[entry.input] = entry }
    }

    /// The entries sorted by input path (byte order).
    package var sortedEntries: [ManifestEntry] {
        entries.values.sorted { $0.input.utf8Precedes($1.input) }
    }

    /// Reads the manifest at `path`; a missing file is an empty manifest.
    package static func read(_ path: String) -> Manifest {
        guard let data = FileManager.default.contents(atPath: path) else { return Manifest() }
        return parse(data)
    }

    /// Parses JSON Lines: headers and entries, torn or foreign lines ignored.
    package static func parse(_ data: Data) -> Manifest {
        var manifest = Manifest()
        let decoder = JSONDecoder()
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let bytes = Data(line)
            if let entry = try? decoder.decode(ManifestEntry.self, from: bytes) {
                manifest.entries[entry.input] = entry
            } else if let header = try? decoder.decode(ManifestHeader.self, from: bytes) {
                manifest.header = header
            } else {
                manifest.unreadableLines += 1
            }
        }
        return manifest
    }

    /// The manifest as JSON Lines in a fixed order: the header, then entries sorted by input.
    package func encoded() throws -> Data { try encoded(reusing: [:]) }

    /// The manifest as `encoded()` makes it, taking an entry's line from `lines` (by input) when
    /// it is that entry's (what `ManifestLog.writtenEntries` kept) instead of encoding it again:
    /// at the end of a large batch, encoding every entry once more was most of the batch
    /// process's own work after the last conversion.
    package func encoded(reusing lines: [String: (entry: ManifestEntry, line: Data)]) throws -> Data {
        var data = Data()
        if let header { data.append(try Self.line(header)) }
        for entry in sortedEntries {
            if let written = lines[entry.input], written.entry == entry {
                data.append(written.line)
            } else {
                data.append(Self.line(entry))
            }
        }
        return data
    }

    /// The encoder of every line (its options never change, so threads share it).
    private static let lineEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// An entry as `line(_:)` encodes it, written straight into bytes: the JSON encoder's boxing
    /// of every field cost ~65,000 instructions an entry, most of the batch process's own work
    /// on an input. Keys sorted, absent optionals left out, strings escaped as the encoder does
    /// (`ByteBuffer.appendJSONString`); a test holds the two to the same bytes.
    package static func line(_ entry: ManifestEntry) -> Data {
        var out = ByteBuffer(capacity: 256 + entry.input.utf8.count * 2 + (entry.error?.utf8.count ?? 0) * 2)
        out.append("{\"elapsedMs\":")
        out.append(String(entry.elapsedMs))
        appendField(",\"error\":", entry.error, to: &out)
        appendField(",\"galleyVersion\":", entry.galleyVersion, to: &out)
        appendField(",\"input\":", entry.input, to: &out)
        appendField(",\"outputs\":", entry.outputs, to: &out)
        appendField(",\"outputsSHA256\":", entry.outputsSHA256, to: &out)
        appendField(",\"reason\":", entry.reason, to: &out)
        appendField(",\"sha256\":", entry.sha256, to: &out)
        appendField(",\"status\":", entry.status.rawValue, to: &out)
        out.append(",\"warnings\":")
        out.append(String(entry.warnings))
        out.append("}\n")
        return out.data()
    }

    /// A string field (`key` with its comma and colon), left out when absent.
    private static func appendField(_ key: StaticString, _ value: String?, to out: inout ByteBuffer) {
        guard let value else { return }
        out.append(key)
        out.appendJSONString(value)
    }

    /// An array-of-strings field as the JSON encoder writes it without spaces, left out when absent.
    private static func appendField(_ key: StaticString, _ values: [String]?, to out: inout ByteBuffer) {
        guard let values else { return }
        out.append(key)
        out.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.appendJSONString(value)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// One value as a single JSON line with sorted keys and a final newline.
    package static func line(_ value: some Encodable) throws -> Data {
        var data = try lineEncoder.encode(value)
        data.append(0x0A)
        return data
    }
}

/// An open manifest that a running batch appends to, one line per finished input.
///
/// Opening takes an exclusive lock (two runs of one shard into one folder would interleave
/// their lines) and cuts off a torn last line, so the next line starts on a line of its own.
///
/// A line is written at once and made durable in the background: one `fsync` on a queue of its
/// own covers every line written before it started, so no worker waits for the disk on the
/// manifest's account, and lines that finish within `syncInterval` of the last flush share the
/// next one. A kill loses no line written (it is in the kernel's cache), and a line a power cut
/// loses only means its input is converted again. Outputs are not fsynced, so a power cut may
/// also lose an output whose line survives: the line records each output's SHA-256, and a later
/// run that finds other bytes converts the input again. `flush()` waits for every line.
package final class ManifestLog: @unchecked Sendable {
    package let path: String
    private let descriptor: Int32
    private let lock = NSLock()
    private var isClosed = false
    /// Serialises the background flushes.
    private let syncQueue = DispatchQueue(label: "galley.manifest.fsync")
    /// A flush is queued that has not started yet: lines written now will be covered by it.
    private var isSyncQueued = false
    /// The first failed flush, reported by the next `append` or `flush`.
    private var syncError: GalleyError?
    /// Set by `releaseForReplacement()`: flushes still queued skip their `fsync`.
    private var isReplaced = false
    /// The least time between two flushes: a batch of small files finishes hundreds of inputs a
    /// second, and a flush each cost the batch process more than the rest of its work on the
    /// input. A power cut loses at most the lines of one interval.
    static let syncInterval: Duration = .milliseconds(100)
    /// When the last flush started (touched on `syncQueue` only).
    private var lastSync: ContinuousClock.Instant?
    /// Signalled by `flush()` and `release()`: a flush waiting out its interval starts at once.
    private let hurry = NSCondition()
    private var isHurried = false
    /// Each entry line written, by input (the last one of an input): the final manifest reuses them.
    private var entryLines: [String: (entry: ManifestEntry, line: Data)] = [:]

    /// How a manifest is guarded against a second writer.
    package enum Locking: Sendable {
        /// An exclusive `flock`: a second run on the same manifest is refused.
        case exclusive
        /// No lock, for storage without `flock` (Lustre mounted without it, NFS without lockd):
        /// keeping to one run per manifest is then the caller's business.
        case none
    }

    /// The system's `flock(fd, LOCK_EX | LOCK_NB)`: 0, or the errno it failed with.
    package static let systemLock: @Sendable (Int32) -> Int32 = { descriptor in
        flock(descriptor, LOCK_EX | LOCK_NB) == 0 ? 0 : errno
    }

    /// Opens (creating) the manifest at `path` for appending.
    ///
    /// - Parameters:
    ///   - path: the manifest file.
    ///   - locking: `.none` skips the lock (see `Locking`).
    ///   - lock: takes the lock on a descriptor and returns 0 or an errno; tests inject failures here.
    /// - Throws: `BatchError.manifestBusy` when another process holds the lock,
    ///   `BatchError.lockUnsupported` when the file system cannot lock, `BatchError.lockFailed`
    ///   for any other lock error, `GalleyError.cannotWrite` when the file cannot be opened.
    package init(path: String, locking: Locking = .exclusive, lock: @Sendable (Int32) -> Int32 = ManifestLog.systemLock)
        throws
    {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw GalleyError.cannotWrite(folder.path, reason: GalleyError.reason(error))
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw GalleyError.cannotWrite(path, reason: String(cString: strerror(errno))) }
        if locking == .exclusive {
            let number = lock(descriptor)
            guard number == 0 else {
                close(descriptor)
                throw Self.lockError(number, path: path)
            }
        }
        self.descriptor = descriptor
        try cutTornTail()
    }

    /// What a failed `flock` on the manifest at `path` means: another writer holds it
    /// (EWOULDBLOCK), the file system cannot lock at all (ENOSYS, ENOLCK, EOPNOTSUPP: Lustre's
    /// `noflock`, NFS without lockd), or some other system error, said as it is.
    package static func lockError(_ number: Int32, path: String) -> BatchError {
        switch number {
        case EWOULDBLOCK, EAGAIN: return .manifestBusy(path)
        case ENOSYS, ENOLCK, EOPNOTSUPP: return .lockUnsupported(path, String(cString: strerror(number)))
        default: return .lockFailed(path, GalleyError.reason(errno: number))
        }
    }

    deinit {
        // No flush is queued: each holds a reference to the log.
        if !isClosed { _ = close(descriptor) }
    }

    /// Bytes read at a time, from the end, when looking for the last newline.
    static let tailChunk = 64 << 10

    /// Truncates the file after its last newline when it does not end with one. Reads back from
    /// the end a chunk at a time, so only the torn line itself is read, not the whole manifest.
    private func cutTornTail() throws {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw GalleyError.cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        var end = Int(info.st_size)
        var chunk = [UInt8](repeating: 0, count: Self.tailChunk)
        var keep = 0
        var isFirst = true
        search: while end > 0 {
            let start = max(0, end - Self.tailChunk)
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, end - start, off_t(start)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw GalleyError.cannotWrite(path, reason: String(cString: strerror(errno)))
            }
            guard count == end - start else {
                throw GalleyError.cannotWrite(path, reason: "short read looking for its last line")
            }
            if isFirst {
                if chunk[count - 1] == 0x0A { return }
                isFirst = false
            }
            for index in stride(from: count - 1, through: 0, by: -1) where chunk[index] == 0x0A {
                keep = start + index + 1
                break search
            }
            end = start
        }
        guard !isFirst else { return }
        guard ftruncate(descriptor, off_t(keep)) == 0 else {
            throw GalleyError.cannotWrite(path, reason: String(cString: strerror(errno)))
        }
    }

    /// Appends one line (whole, in one `write`) and queues a flush to disk.
    package func append(_ value: some Encodable) throws {
        try append(line: try Manifest.line(value))
    }

    /// Appends an entry's line, kept for the final manifest (`writtenEntries`).
    package func append(_ entry: ManifestEntry) throws {
        let line = Manifest.line(entry)
        try append(line: line)
        lock.lock()
        entryLines[entry.input] = (entry, line)
        lock.unlock()
    }

    /// The entries appended so far with their lines, by input.
    package var writtenEntries: [String: (entry: ManifestEntry, line: Data)] {
        lock.lock()
        defer { lock.unlock() }
        return entryLines
    }

    private func append(line data: Data) throws {
        lock.lock()
        defer { lock.unlock() }
        if let syncError { throw syncError }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw GalleyError.cannotWrite(path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
        guard !isSyncQueued else { return }
        isSyncQueued = true
        syncQueue.async { self.sync() }
    }

    /// One background flush: covers every line written before it starts. It first waits out
    /// `syncInterval` since the last one, unless hurried.
    private func sync() {
        if let lastSync {
            let due = Date(timeIntervalSinceNow: Self.seconds(lastSync + Self.syncInterval - ContinuousClock.now))
            hurry.lock()
            while !isHurried && Date() < due { _ = hurry.wait(until: due) }
            hurry.unlock()
        }
        lock.lock()
        isSyncQueued = false
        let replaced = isReplaced
        lock.unlock()
        guard !replaced else { return }
        lastSync = ContinuousClock.now
        guard fsync(descriptor) != 0 else { return }
        let error = GalleyError.cannotWrite(path, reason: String(cString: strerror(errno)))
        lock.lock()
        if syncError == nil { syncError = error }
        lock.unlock()
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Has a flush waiting out its interval start now, and every later one at once.
    private func hurryFlushes() {
        hurry.lock()
        isHurried = true
        hurry.broadcast()
        hurry.unlock()
    }

    /// Waits until every line appended so far is on disk.
    package func flush() throws {
        hurryFlushes()
        syncQueue.sync {}
        lock.lock()
        defer { lock.unlock() }
        if let syncError { throw syncError }
    }

    /// Releases the lock and the file for a caller about to replace the whole file with a copy
    /// that is itself made durable (a batch's final manifest): lines still waiting for their
    /// flush are not flushed, since until the copy's rename they are the only loss a power cut
    /// can cause (their inputs are converted again), and after it they are not read. Throws a
    /// flush that failed earlier.
    package func releaseForReplacement() throws {
        lock.lock()
        isReplaced = true
        lock.unlock()
        release()
        lock.lock()
        defer { lock.unlock() }
        if let syncError { throw syncError }
    }

    /// Waits for queued flushes, then releases the lock and the file.
    package func release() {
        lock.lock()
        let closed = isClosed
        lock.unlock()
        guard !closed else { return }
        hurryFlushes()
        syncQueue.sync {}
        lock.lock()
        defer { lock.unlock() }
        guard !isClosed else { return }
        isClosed = true
        _ = close(descriptor)
    }
}

/// Joins the manifests of a sharded batch and says what is missing or failed.
package enum ManifestMerge {
    /// The outcome of a merge.
    package struct Report: Equatable, Sendable {
        /// The merged manifest: a "merged" header over the declared inputs, the latest entry per input.
        package var manifest: Manifest
        /// The manifest files read, in the order read.
        package var files: [String]
        /// Declared inputs with no entry in any manifest, sorted.
        package var missing: [String]
        /// Shards a header declares ("2/3") whose manifest file was not found among the folders given.
        package var missingShards: [String]
        /// The entries whose latest status is failed, sorted.
        package var failed: [ManifestEntry]
        /// Headers that disagree on the input set (different `inputsSHA256`).
        package var inconsistentHeaders: Bool

        /// Whether the batch is complete and clean: every shard's manifest found, every input
        /// recorded, none failed.
        package var isComplete: Bool { missing.isEmpty && missingShards.isEmpty && failed.isEmpty }
    }

    /// The manifest files in a folder (`manifest.jsonl`, `manifest-K-of-N.jsonl`), or the file itself.
    package static func manifestFiles(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0 == "manifest.jsonl" || ($0.hasPrefix("manifest-") && $0.hasSuffix(".jsonl")) }
            .sorted().map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
    }

    /// Merges the manifests in `paths` (folders or files). When an input appears in several,
    /// the one read last wins (files in argument order, then by name; lines in file order).
    ///
    /// - Parameter paths: manifest files, or folders holding `manifest.jsonl` / `manifest-*.jsonl`.
    /// - Parameter declaredInputs: the batch's input set, re-walked by the caller; when nil,
    ///   the union of the inputs the headers declare.
    /// - Throws: `BatchError.inputNotFound` when a path has no manifest at all.
    package static func merge(_ paths: [String], declaredInputs: [String]? = nil) throws -> Report {
        var files: [String] = []
        for path in paths {
            let found = manifestFiles(at: path)
            if found.isEmpty { throw BatchError.inputNotFound(path) }
            files += found
        }
        var entries: [String: ManifestEntry] = [:]
        var declared = Set<String>()
        var shardsDeclared = Set<String>()
        var shardsSeen = Set<String>()
        var fingerprints = Set<String>()
        for file in files {
            let manifest = Manifest.read(file)
            entries.merge(manifest.entries) { _, later in later }
            if let header = manifest.header {
                declared.formUnion(header.inputs)
                fingerprints.insert(header.inputsSHA256)
                shardsSeen.insert(header.shard)
                if let shard = try? Shard(parsing: header.shard) {
                    for index in 1...shard.count { shardsDeclared.insert("\(index)/\(shard.count)") }
                }
            }
        }
        let inputs = (declaredInputs.map(Set.init) ?? declared).union(entries.keys)
        let sortedInputs = inputs.sorted { $0.utf8Precedes($1) }
        let header = ManifestHeader(shard: "merged", inputs: sortedInputs, shardInputCount: sortedInputs.count)
        let merged = Manifest(header: header, entries: Array(entries.values))
        let declaredSet = declaredInputs.map(Set.init) ?? declared
        return Report(
            manifest: merged,
            files: files,
            missing: sortedInputs.filter { declaredSet.contains($0) && entries[$0] == nil },
            missingShards: shardsDeclared.subtracting(shardsSeen).compactMap { try? Shard(parsing: $0) }
                .sorted { ($0.count, $0.index) < ($1.count, $1.index) }.map(\.description),
            failed: merged.sortedEntries.filter { $0.status == .failed },
            inconsistentHeaders: fingerprints.count > 1)
    }
}
