import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A lexicon that answers as hunspell does from a table of every surface form its dictionary
/// accepts, compiled once from the installed .aff/.dic and memory-mapped from a cache file, so
/// opening costs well under a millisecond and look-ups take no lock.
///
/// The cache lives in `$GALLEY_CACHE_DIR`, else `$XDG_CACHE_HOME/galley`, else `~/.cache/galley`,
/// one file per language named for the format version and a key of the dictionary files' paths,
/// sizes and modification times; a file that is stale, truncated or otherwise damaged is rebuilt.
/// When the folder cannot be written the table is built in memory for this process.
package final class CompiledLexicon: Lexicon, @unchecked Sendable {
    package let language: String
    /// The cache file the table was read from or written to; nil when built in memory only.
    package let cacheFile: URL?
    /// Whether this open compiled the table (first run, or the cache was stale or damaged).
    package let wasBuilt: Bool

    private let storage: Storage
    private let table: FormTable
    private let rules: SpellingRules

    /// Opens the compiled lexicon for `language`, building it from hunspell's dictionary files when
    /// no valid cache file exists. Throws `GalleyError.dictionaryMissing` when hunspell has no
    /// dictionary for `language`, and `AffixFile.AffixFileError.unsupported` when the dictionary
    /// uses a directive the compiler does not implement (use `HunspellLexicon` then).
    package convenience init(language: String = "en_GB", cacheDirectory: URL? = nil) throws {
        guard let (aff, dic) = HunspellLexicon.dictionaryFiles(language: language) else {
            throw GalleyError.dictionaryMissing(language)
        }
        try self.init(
            language: language, affixPath: aff, dictionaryPath: dic, cacheDirectory: cacheDirectory ?? Self.defaultCacheDirectory)
    }

    init(language: String, affixPath: String, dictionaryPath: String, cacheDirectory: URL?) throws {
        self.language = language
        let key = Self.sourceKey(affixPath: affixPath, dictionaryPath: dictionaryPath)
        let file = cacheDirectory?.appendingPathComponent(Self.cacheFileName(language: language, sourceKey: key))
        if let file, let mapped = Storage(mapping: file.path),
            let (table, rules) = try? CompiledLexiconFile.decode(mapped.bytes, sourceKey: key)
        {
            (self.storage, self.table, self.rules, self.cacheFile, self.wasBuilt) = (mapped, table, rules, file, false)
            return
        }
        let bytes = try Self.compile(affixPath: affixPath, dictionaryPath: dictionaryPath, sourceKey: key)
        let written = file.flatMap { Self.writeAtomically(bytes, to: $0, language: language) }
        // The file just written, mapped (its pages shared with other processes), else a private copy.
        if let written, let mapped = Storage(mapping: written.path),
            let (table, rules) = try? CompiledLexiconFile.decode(mapped.bytes, sourceKey: key)
        {
            (self.storage, self.table, self.rules, self.cacheFile, self.wasBuilt) = (mapped, table, rules, written, true)
            return
        }
        let storage = Storage(copying: bytes)
        let (table, rules) = try CompiledLexiconFile.decode(storage.bytes, sourceKey: key)
        (self.storage, self.table, self.rules, self.cacheFile, self.wasBuilt) = (storage, table, rules, nil, true)
    }

    package func isWord(_ word: String) -> Bool {
        withExtendedLifetime(storage) { rules.spell(word, in: table) }
    }

    /// Every surface form in the table, for tests that sample the expansion.
    var forms: [String] {
        var result: [String] = []
        var offset = 0
        let records = table.records
        while offset + 3 <= records.count {
            let length = Int(UInt16(littleEndian: records.loadUnaligned(fromByteOffset: offset + 1, as: UInt16.self)))
            result.append(
                String(decoding: UnsafeRawBufferPointer(rebasing: records[(offset + 3)..<(offset + 3 + length)]), as: UTF8.self))
            offset += 3 + length
        }
        return result
    }

    // MARK: Building

    /// Reads the dictionary files and returns the bytes of a compiled lexicon file.
    static func compile(affixPath: String, dictionaryPath: String, sourceKey: UInt64) throws -> [UInt8] {
        let affix = try AffixFile(contentsOf: affixPath)
        let stems = try affix.readDictionary(contentsOf: dictionaryPath)
        let expansion = LexiconExpansion(affixFile: affix, stems: stems)
        let rules = SpellingRules(affixFile: affix, compoundParts: expansion.compoundParts)
        return CompiledLexiconFile.encode(forms: expansion.forms, rules: rules, sourceKey: sourceKey)
    }

    // MARK: The cache

    /// `$GALLEY_CACHE_DIR`, else `$XDG_CACHE_HOME/galley`, else `$HOME/.cache/galley`.
    package static var defaultCacheDirectory: URL? {
        // Three variables asked for by name: `ProcessInfo.environment` would copy the whole
        // environment into a dictionary on every open (a third of the open's instructions).
        func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        if let dir = environment("GALLEY_CACHE_DIR"), !dir.isEmpty { return URL(fileURLWithPath: dir, isDirectory: true) }
        if let dir = environment("XDG_CACHE_HOME"), !dir.isEmpty {
            return URL(fileURLWithPath: dir, isDirectory: true).appendingPathComponent("galley", isDirectory: true)
        }
        if let home = environment("HOME"), !home.isEmpty {
            return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/galley", isDirectory: true)
        }
        return nil
    }

    static func cacheFileName(language: String, sourceKey: UInt64) -> String {
        let key = String(sourceKey, radix: 16)
        return "\(language)-v\(CompiledLexiconFile.formatVersion)-\(String(repeating: "0", count: 16 - key.count))\(key).lexicon"
    }

    /// A key of the dictionary files: path, size and modification time of each. Reinstalling or
    /// editing a dictionary changes it, and with it the cache file's name.
    static func sourceKey(affixPath: String, dictionaryPath: String) -> UInt64 {
        var text = ""
        for path in [affixPath, dictionaryPath] {
            var info = stat()
            if stat(path, &info) == 0 {
                text += "\(path)\0\(info.st_size)\0\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\0"
            } else {
                text += "\(path)\0missing\0"
            }
        }
        return CompiledLexiconFile.hash(Array(text.utf8))
    }

    /// Writes `bytes` to `file` through `AtomicFile` (the folder made when missing, the file
    /// readable by all, writable by its owner), so a reader (another process, another batch
    /// worker) sees the whole old file, the whole new one or none. Older files for `language`
    /// are removed. Returns nil when the file cannot be written (a read-only folder, a full disk).
    @discardableResult
    static func writeAtomically(_ bytes: [UInt8], to file: URL, language: String) -> URL? {
        guard (try? AtomicFile.write(bytes, to: file.path, permissions: 0o644)) != nil else { return nil }
        removeOlderFiles(language: language, keeping: file)
        return file
    }

    /// Cache files of `language` for other dictionary versions or formats: never read again.
    private static func removeOlderFiles(language: String, keeping file: URL) {
        let directory = file.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name != file.lastPathComponent && name.hasPrefix("\(language)-v") && name.hasSuffix(".lexicon") {
            unlink(directory.appendingPathComponent(name).path)
        }
    }

    // MARK: Storage

    /// The bytes of a compiled lexicon: a read-only mapping of the cache file, or a private copy.
    final class Storage: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
        private let isMapped: Bool

        init?(mapping path: String) {
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return nil }
            let length = Int(info.st_size)
            guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
                return nil
            }
            bytes = UnsafeRawBufferPointer(start: address, count: length)
            isMapped = true
        }

        init(copying source: [UInt8]) {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 8)
            source.withUnsafeBytes { buffer.copyMemory(from: $0) }
            bytes = UnsafeRawBufferPointer(rebasing: buffer[..<source.count])
            isMapped = false
        }

        deinit {
            if isMapped {
                munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
            } else {
                bytes.baseAddress.map { UnsafeMutableRawPointer(mutating: $0).deallocate() }
            }
        }
    }
}
