import Foundation
import GalleyKit

/// Where the project's folders are, found from this file's own path so tests run from anywhere.
public enum Fixtures {
    /// The package root.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let samples = root.appendingPathComponent("Samples")
    public static let golden = root.appendingPathComponent("Golden")
    public static let schema = root.appendingPathComponent("Schema/galley.schema.json")

    /// Every input in Samples/ (text dumps and PDFs), by file name, sorted.
    public static var sampleNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".pdf") }.sorted()
    }

    /// The lexicon `galley` itself uses (en_GB, compiled from hunspell's dictionary), with its
    /// cache in a folder of the temporary directory unless GALLEY_CACHE_DIR names one; tests fail
    /// loudly when the dictionary is not installed.
    public static let lexicon: any Lexicon = {
        if ProcessInfo.processInfo.environment["GALLEY_CACHE_DIR"] == nil {
            setenv(
                "GALLEY_CACHE_DIR", FileManager.default.temporaryDirectory.appendingPathComponent("galley-tests-cache").path, 1)
        }
        do { return try LexiconCache.shared.lexicon(for: "en_GB") } catch { fatalError("\(error): run make setup") }
    }()

    /// A context with the real lexicon.
    public static var context: StageContext { StageContext(lexicon: lexicon) }

    /// A raw-text document from a string, as the raw reader makes it.
    public static func document(_ text: String, file: String = "test.txt") throws -> Document {
        try RawTextReader().read(InputFile(path: file, bytes: Data(text.utf8)))
    }

    /// A raw document made from `text`, then run through `stages` alone, in order.
    public static func run(_ stages: any Stage..., on text: String) throws -> Document {
        var document = try document(text)
        for stage in stages { stage.run(&document, context: context) }
        return document
    }

    /// Converts a sample from Samples/ with the full pipeline.
    public static func convert(sample name: String, options: ConvertOptions = ConvertOptions()) throws -> Document {
        try Converter(options: options, lexicon: lexicon).convert(path: samples.appendingPathComponent(name).path)
    }

    /// The text of every block of every page, for compact assertions.
    public static func blockTexts(_ document: Document) -> [String] {
        document.pages.flatMap(\.blocks).map(\.text)
    }
}
