import Foundation

/// A lexicon given outright, or one still being opened on another thread.
enum LexiconSource: Sendable {
    case ready(any Lexicon)
    case pending(PendingLexicon)

    func resolved() throws -> any Lexicon {
        switch self {
        case .ready(let lexicon): return lexicon
        case .pending(let pending): return try pending.resolved()
        }
    }
}

/// A dictionary opening on a background thread: the compiled lexicon maps its cache file in well
/// under a millisecond, but building that file on a first run costs a few hundred, which then
/// overlaps with reading the input.
final class PendingLexicon: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<any Lexicon, Error>?

    init(language: String) {
        Thread.detachNewThread { [self] in
            let opened = Result { try LexiconCache.shared.lexicon(for: language) }
            condition.lock()
            result = opened
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The opened dictionary, waiting for it if need be.
    func resolved() throws -> any Lexicon {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return try result!.get()
    }
}

/// One lexicon per language per process, shared by every conversion and batch worker: the
/// compiled lexicon (immutable, no lock on look-ups), or hunspell itself when the dictionary uses
/// an affix directive the compiler does not implement.
package final class LexiconCache: @unchecked Sendable {
    package static let shared = LexiconCache()
    private let lock = NSLock()
    private var lexicons: [String: any Lexicon] = [:]
    private var fallbacks: [String: String] = [:]

    /// Why `language`'s dictionary is answered by hunspell itself rather than compiled, once its
    /// lexicon has been opened that way; nil otherwise. The library prints nothing: conversions
    /// carry this as a warning.
    package func fallbackNote(for language: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return fallbacks[language]
    }

    /// The lexicon `galley` uses for `language`.
    package func lexicon(for language: String) throws -> any Lexicon {
        lock.lock()
        defer { lock.unlock() }
        if let cached = lexicons[language] { return cached }
        let lexicon: any Lexicon
        do {
            lexicon = try CompiledLexicon(language: language)
        } catch let error as AffixFile.AffixFileError {
            fallbacks[language] = "the \(language) dictionary could not be compiled (\(error)); hunspell answered instead"
            lexicon = try HunspellLexicon(language: language)
        }
        lexicons[language] = lexicon
        return lexicon
    }
}
