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

    @OptionGroup var conversion: ConversionOptions

    @Flag(help: "Add each PDF block's printed lines to the JSON (spans: text, box, font, size); several times larger.")
    var spans = false

    @Flag(help: "Print how long loading, reading, each stage and writing took, to standard error.")
    var timings = false

    func run() throws {
        do {
            let clock: Timings? = timings ? Timings() : nil
            let converter = try clock.measure("open dictionary (started)") {
                try Converter(options: conversion.convertOptions)
            }
            let file = try clock.measure("load") { try InputFile.load(input, maxSize: conversion.inputLimit) }
            let document = try converter.convert(file, timings: clock)
            let writer = format.writer(spans: spans)
            if let output, output != "-" {
                // Written to the file as it is made (the JSON a megabyte at a time), so the
                // writing and the saving are one step.
                try clock.measure("write \(format.rawValue) and save") { try writer.write(document, to: output) }
            } else {
                let data = try clock.measure("write \(format.rawValue)") { try writer.write(document) }
                clock.measure("save") { FileHandle.standardOutput.write(data) }
            }
            if let clock {
                FileHandle.standardError.write(Data((clock.report + "\n").utf8))
            }
        } catch {
            fail(error)
        }
    }
}

// Each value's name is its raw value, given directly: ArgumentParser's defaults describe a value
// by string interpolation, whose first use searches the runtime's conformance tables (about a
// fortieth of the instructions of a one-page conversion).
extension OutputFormat: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public static var allValueDescriptions: [String: String] { [:] }
}

extension PDFReader.StructureUse: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public static var allValueDescriptions: [String: String] { [:] }
}
