import Foundation

/// Options for one conversion.
public struct ConvertOptions: Sendable {
    /// The hunspell dictionary to use for word decisions.
    public var language: String
    /// The password for an encrypted PDF.
    public var password: String?

    public init(language: String = "en_GB", password: String? = nil) {
        self.language = language
        self.password = password
    }
}

/// The public entry point: input bytes in, finished document out.
public struct Converter: Sendable {
    public let options: ConvertOptions
    public let lexicon: any Lexicon

    /// Opens the lexicon for `options.language`; throws when its dictionary is not installed.
    public init(options: ConvertOptions = ConvertOptions()) throws {
        self.options = options
        self.lexicon = try LexiconCache.shared.lexicon(for: options.language)
    }

    public init(options: ConvertOptions, lexicon: any Lexicon) {
        self.options = options
        self.lexicon = lexicon
    }

    /// Reads `input` with the reader its bytes call for, then runs every stage.
    public func convert(_ input: InputFile) throws -> Document {
        var document =
            input.looksLikePDF
            ? try PDFReader(password: options.password).read(input)
            : try RawTextReader().read(input)
        Pipeline.run(&document, context: StageContext(lexicon: lexicon))
        return document
    }

    /// Loads and converts the file at `path` ("-" for standard input).
    public func convert(path: String) throws -> Document {
        try convert(InputFile.load(path))
    }
}

/// One hunspell handle per language per process: opening a dictionary costs far more than a conversion.
final class LexiconCache: @unchecked Sendable {
    static let shared = LexiconCache()
    private let lock = NSLock()
    private var lexicons: [String: HunspellLexicon] = [:]

    func lexicon(for language: String) throws -> HunspellLexicon {
        lock.lock()
        defer { lock.unlock() }
        if let cached = lexicons[language] { return cached }
        let lexicon = try HunspellLexicon(language: language)
        lexicons[language] = lexicon
        return lexicon
    }
}
