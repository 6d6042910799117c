import Foundation
import GalleyKit

/// Where the project's folders are, found from this file's own path so tests run from anywhere.
package enum Fixtures {
    /// The package root.
    package static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    package static let samples = root.appendingPathComponent("Samples")
    package static let golden = root.appendingPathComponent("Golden")
    package static let schema = root.appendingPathComponent("Schema/galley.schema.json")

    /// Every input in Samples/ (text dumps and PDFs), by file name, sorted.
    package static var sampleNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".pdf") }.sorted()
    }

    /// The lexicon `galley` itself uses (en_GB, compiled from hunspell's dictionary), with its
    /// cache in a folder of the temporary directory unless GALLEY_CACHE_DIR names one; tests fail
    /// loudly when the dictionary is not installed.
    package static let lexicon: any Lexicon = {
        if ProcessInfo.processInfo.environment["GALLEY_CACHE_DIR"] == nil {
            setenv(
                "GALLEY_CACHE_DIR", FileManager.default.temporaryDirectory.appendingPathComponent("galley-tests-cache").path, 1)
        }
        do { return try LexiconCache.shared.lexicon(for: "en_GB") } catch { fatalError("\(error): run make setup") }
    }()

    /// A context with the real lexicon.
    package static var context: StageContext { StageContext(lexicon: lexicon) }

    /// A raw-text document from a string, as the raw reader makes it.
    package static func document(_ text: String, file: String = "test.txt") throws -> Document {
        try RawTextReader().read(InputFile(path: file, bytes: Data(text.utf8)))
    }

    /// A raw document made from `text`, then run through `stages` alone, in order.
    package static func run(_ stages: any Stage..., on text: String) throws -> Document {
        var document = try document(text)
        for stage in stages { stage.run(&document, context: context) }
        return document
    }

    /// Converts a sample from Samples/ with the full pipeline.
    package static func convert(sample name: String, options: ConvertOptions = ConvertOptions()) throws -> Document {
        try Converter(options: options, lexicon: lexicon).convert(path: samples.appendingPathComponent(name).path)
    }

    /// The text of every block of every page, for compact assertions.
    package static func blockTexts(_ document: Document) -> [String] {
        document.pages.flatMap(\.blocks).map(\.text)
    }
}
