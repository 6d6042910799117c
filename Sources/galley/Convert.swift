import ArgumentParser
import Foundation
import GalleyKit

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert one newsletter (PDF or text dump) to JSON, Markdown or plain text.",
        discussion: """
            Examples:
              galley convert Samples/001_ff7c0782f6439bae.txt -o issue.json
              galley convert issue.pdf --format markdown
              pdftotext issue.pdf - | galley convert - --format text
            """
    )

    @Argument(help: "The input file, or - for standard input.")
    var input: String

    @Option(name: .shortAndLong, help: "Where to write the output (default, or -: standard output).")
    var output: String?

    @Option(help: "Output format: json, markdown (or md) or text.")
    var format: OutputFormat = .json

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

    @Flag(help: "Print how long loading, reading, each stage and writing took, to standard error.")
    var timings = false

    func run() throws {
        do {
            let clock: Timings? = timings ? Timings() : nil
            let converter = try clock.measure("open dictionary (started)") {
                try Converter(options: ConvertOptions(language: lang, password: password, structure: structure))
            }
            let limit = WorkerLimits.parseSize(maxInputSize)!
            let file = try clock.measure("load") { try InputFile.load(input, maxSize: limit) }
            let document = try converter.convert(file, timings: clock)
            let data = try clock.measure("write \(format.rawValue)") { try format.writer.write(document) }
            try clock.measure("save") {
                if let output, output != "-" {
                    try AtomicFile.write(data, to: output)
                } else {
                    FileHandle.standardOutput.write(data)
                }
            }
            if let clock {
                FileHandle.standardError.write(Data((clock.report + "\n").utf8))
            }
        } catch {
            fail(error)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension PDFReader.StructureUse: ExpressibleByArgument {}
