import ArgumentParser
import GalleyKit

/// The options that change what a conversion produces, shared by `convert` and `inspect` so
/// that `inspect` shows exactly what `convert` with the same options writes.
struct ConversionOptions: ParsableArguments {
    @Option(help: "Dictionary language for word decisions (a hunspell dictionary name).")
    var lang: String = "en_GB"

    @Option(help: "Password for an encrypted PDF.")
    var password: String?

    @Option(
        help: ArgumentHelp(
            "Whether a tagged PDF's structure tree is read: auto, on or off.",
            discussion:
                "auto reads it when it is sparse enough to be cheap (poppler reads a page once per tagged run); off gives exactly the untagged result."
        ))
    var structure: PDFReader.StructureUse = .auto

    @Option(help: "Largest input accepted, e.g. 512M or 2G (a larger file is refused before it is read).")
    var maxInputSize: String = WorkerLimits.describe(InputFile.defaultMaxSize)

    func validate() throws {
        guard WorkerLimits.parseSize(maxInputSize) != nil else {
            throw ValidationError("--max-input-size \(maxInputSize): expected a size such as 512M or 2G")
        }
    }

    /// The largest input accepted, in bytes (validated).
    var inputLimit: Int { WorkerLimits.parseSize(maxInputSize) ?? InputFile.defaultMaxSize }

    var convertOptions: ConvertOptions {
        ConvertOptions(language: lang, password: password, structure: structure)
    }
}
