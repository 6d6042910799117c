import Foundation

/// Options for one conversion.
public struct ConvertOptions: Sendable {
    /// The hunspell dictionary to use for word decisions.
    public var language: String
    /// The password for an encrypted PDF.
    public var password: String?
    /// Whether a long PDF's pages are extracted on two threads (`PDFReader.parallelPages`); a
    /// batch running one conversion per core turns it off.
    public var parallelPages: Bool
    /// Whether a tagged PDF's structure tree is read (`PDFReader.StructureUse`).
    public var structure: PDFReader.StructureUse

    public init(
        language: String = "en_GB", password: String? = nil, parallelPages: Bool = true,
        structure: PDFReader.StructureUse = .auto
    ) {
        self.language = language
        self.password = password
        self.parallelPages = parallelPages
        self.structure = structure
    }
}

/// The public entry point: input bytes in, finished document out.
public struct Converter: Sendable {
    public let options: ConvertOptions
    private let lexicon: LexiconSource

    /// Starts opening the dictionary for `options.language` in the background, so that it loads
    /// while the input is read; throws at once when the dictionary is not installed.
    public init(options: ConvertOptions = ConvertOptions()) throws {
        guard HunspellLexicon.dictionaryFiles(language: options.language) != nil else {
            throw GalleyError.dictionaryMissing(options.language)
        }
        self.options = options
        self.lexicon = .pending(PendingLexicon(language: options.language))
    }

    public init(options: ConvertOptions, lexicon: any Lexicon) {
        self.options = options
        self.lexicon = .ready(lexicon)
    }

    /// Reads `input` with the reader its bytes call for, then runs every stage; `timings`, when
    /// given, gets the time of each step.
    public func convert(_ input: InputFile, timings: Timings? = nil) throws -> Document {
        var document = try timings.measure("read") {
            input.looksLikePDF
                ? try PDFReader(password: options.password, parallelPages: options.parallelPages, structure: options.structure)
                    .read(input)
                : try RawTextReader().read(input)
        }
        let lexicon: any Lexicon = try timings.measure("wait for dictionary") { try self.lexicon.resolved() }
        if case .pending = self.lexicon, let note = LexiconCache.shared.fallbackNote(for: options.language) {
            document.audit.warn(.dictionaryFallback, note)
        }
        Pipeline.run(&document, context: StageContext(lexicon: lexicon), timings: timings)
        document.warnIfAllTextRemoved()
        return document
    }

    /// Loads and converts the file at `path` ("-" for standard input).
    public func convert(path: String, timings: Timings? = nil) throws -> Document {
        let input = try timings.measure("load") { try InputFile.load(path) }
        return try convert(input, timings: timings)
    }
}

/// A lexicon given outright, or one still being opened on another thread.
private enum LexiconSource: Sendable {
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
public final class LexiconCache: @unchecked Sendable {
    public static let shared = LexiconCache()
    private let lock = NSLock()
    private var lexicons: [String: any Lexicon] = [:]
    private var fallbacks: [String: String] = [:]

    /// Why `language`'s dictionary is answered by hunspell itself rather than compiled, once its
    /// lexicon has been opened that way; nil otherwise. The library prints nothing: conversions
    /// carry this as a warning.
    public func fallbackNote(for language: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return fallbacks[language]
    }

    /// The lexicon `galley` uses for `language`.
    public func lexicon(for language: String) throws -> any Lexicon {
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

extension Document {
    /// The warning for a document whose every line the stages removed as noise.
    public static let allTextRemovedWarning = "all of the text was removed as noise; see removed"

    /// Warns when the input had text but none is left: the output would be empty without a
    /// word of why (what was removed is still in `audit.removed`).
    mutating func warnIfAllTextRemoved() {
        guard !audit.removed.isEmpty else { return }
        let hasText = pages.contains { page in
            page.blocks.contains { block in block.lines.contains { !$0.text.allSatisfy(\.isWhitespace) } }
        }
        if !hasText { audit.warn(.allTextRemoved, Self.allTextRemovedWarning) }
    }
}
