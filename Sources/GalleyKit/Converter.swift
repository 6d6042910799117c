import Foundation

/// Options for one conversion.
public struct ConvertOptions: Sendable {
    /// The hunspell dictionary to use for word decisions.
    public var language: String
    /// The password for an encrypted PDF.
    public var password: String?
    /// Whether a long PDF's pages are extracted on two threads (`PDFReader.parallelPages`) and a
    /// long document's ligature pass is read on several (`StageContext.usesThreads`); a batch
    /// running one conversion per core turns it off.
    public var parallelPages: Bool
    /// Whether a tagged PDF's structure tree is read (`PDFReader.StructureUse`).
    public var structure: PDFReader.StructureUse

    /// Options for one conversion; the defaults suit a single file on the command line.
    ///
    /// - Parameter language: the hunspell dictionary, as `en_GB` or `en_US`.
    /// - Parameter password: the password for an encrypted PDF; nil when there is none.
    /// - Parameter parallelPages: whether a long PDF's pages are extracted on two threads.
    /// - Parameter structure: whether a tagged PDF's structure tree is read.
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
    /// The options every conversion by this converter uses.
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

    package init(options: ConvertOptions, lexicon: any Lexicon) {
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
        var context = StageContext(lexicon: lexicon)
        context.usesThreads = options.parallelPages
        Pipeline.run(&document, context: context, timings: timings)
        document.warnIfAllTextRemoved()
        return document
    }

    /// Loads and converts the file at `path` ("-" for standard input).
    public func convert(path: String, timings: Timings? = nil) throws -> Document {
        let input = try timings.measure("load") { try InputFile.load(path) }
        return try convert(input, timings: timings)
    }
}

extension Document {
    /// The warning for a document whose every line the stages removed as noise.
    package static let allTextRemovedWarning = "all of the text was removed as noise; see removed"

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
