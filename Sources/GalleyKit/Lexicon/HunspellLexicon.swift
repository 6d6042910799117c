import CHunspell
import Foundation

/// A lexicon backed by hunspell and Debian's dictionaries, with a cache in front: the reference
/// that `CompiledLexicon` is tested against, and its fallback for dictionaries it cannot compile.
///
/// A hunspell handle is not thread-safe, so every look-up goes through one lock; the cache
/// makes repeated look-ups (the same word on every page) cost a dictionary probe only once.
package final class HunspellLexicon: Lexicon, @unchecked Sendable {
    /// Where Debian's hunspell-* packages put their dictionaries.
    package static let dictionaryDirectories = ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell"]

    private let handle: OpaquePointer
    private let lock = NSLock()
    private var cache: [String: Bool] = [:]
    package let language: String

    /// Opens the dictionary for `language` ("en_GB", "en_US").
    package convenience init(language: String = "en_GB") throws {
        guard let (aff, dic) = Self.dictionaryFiles(language: language) else { throw GalleyError.dictionaryMissing(language) }
        try self.init(language: language, affixPath: aff, dictionaryPath: dic)
    }

    /// Opens a dictionary from its files, as the compiled lexicon's tests do with small ones.
    init(language: String, affixPath: String, dictionaryPath: String) throws {
        guard let handle = Hunspell_create(affixPath, dictionaryPath) else { throw GalleyError.dictionaryMissing(language) }
        self.handle = handle
        self.language = language
    }

    /// The .aff and .dic files for `language`, or nil when no hunspell dictionary for it is installed.
    package static func dictionaryFiles(language: String) -> (aff: String, dic: String)? {
        dictionaryDirectories.lazy.compactMap { dir -> (String, String)? in
            let aff = "\(dir)/\(language).aff", dic = "\(dir)/\(language).dic"
            return FileManager.default.fileExists(atPath: aff) && FileManager.default.fileExists(atPath: dic) ? (aff, dic) : nil
        }.first
    }

    deinit {
        Hunspell_destroy(handle)
    }

    package func isWord(_ word: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[word] { return known }
        let answer = Hunspell_spell(handle, word) != 0
        cache[word] = answer
        return answer
    }
}
