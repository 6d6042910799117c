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

    @Flag(help: "Print how long loading, reading, each stage and writing took, to standard error.")
    var timings = false

    func run() throws {
        do {
            let clock: Timings? = timings ? Timings() : nil
            let converter = try clock.measure("open dictionary (started)") {
                try Converter(options: ConvertOptions(language: lang, password: password, structure: structure))
            }
            let document = try converter.convert(path: input, timings: clock)
            let data = try clock.measure("write \(format.rawValue)") { try format.writer.write(document) }
            try clock.measure("save") {
                if let output, output != "-" {
                    // Made absolute: Foundation's path code traps on a one-character name ("a").
                    try AtomicFile.write(data, to: URL(fileURLWithPath: output).path)
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
