import ArgumentParser
import Foundation
import GalleyKit

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Draw what Galley made of a newsletter: each page with its blocks, reading order and removals.",
        discussion: """
            Converts the file as convert does (same options), writes the JSON to DIR/<name>.json and \
            draws from that JSON: for a PDF, DIR/page-N.png (the page as poppler renders it) and \
            DIR/page-N.svg for each page, every block outlined in its kind's colour with its \
            reading-order number in a badge, an arrow to the next block, removed text hatched and a \
            legend; for a text dump, DIR/<name>.html with every input line coloured by the block it \
            went into or struck through where it was removed.

            Examples:
              galley inspect Samples/pdf-two-columns.pdf -o inspect/
              galley inspect issue.pdf --pages 1-3,5 --scale 2 -o inspect/
              galley inspect Samples/001_ff7c0782f6439bae.txt -o inspect/
            """
    )

    @Argument(help: "The input file (PDF or text dump), or - for standard input.")
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the pictures and the JSON into.", valueName: "dir"))
    var output: String

    @Option(help: "The PDF pages to draw, e.g. 1-3,5 or 4- (default: every page).")
    var pages: String?

    @Option(help: "Pixels per point in the PNGs (1.5 gives 108 dpi).")
    var scale: Double = 1.5

    @OptionGroup var conversion: ConversionOptions

    /// Above 8 pixels per point (576 dpi) a Letter page is 4,900 × 6,300 pixels: past any use
    /// for looking at it, and 120 MB of memory a page.
    static let maximumScale = 8.0

    func validate() throws {
        guard scale > 0, scale <= Self.maximumScale else {
            throw ValidationError("--scale \(scale): expected a number above 0 and at most \(Self.maximumScale)")
        }
        if let pages, PageSelection(pages) == nil {
            throw ValidationError("--pages \(pages): expected page numbers and ranges such as 1-3,5 or 4-")
        }
        guard !output.isEmpty else { throw ValidationError("-o: expected a folder") }
    }

    func run() throws {
        do {
            let converter = try Converter(options: conversion.convertOptions)
            let file = try InputFile.load(input, maxSize: conversion.inputLimit)
            let name = Self.baseName(file.displayName == "-" ? "stdin" : file.displayName)
            // Open the PDF and check the pages first: a wrong --pages fails before the conversion.
            var picture: InspectPicture?
            var pageNumbers: [Int] = []
            if file.looksLikePDF {
                let opened = try InspectPicture(pdf: file, password: conversion.password)
                let selection = pages.flatMap(PageSelection.init) ?? PageSelection("1-")!
                pageNumbers = try selection.pages(pageCount: opened.pageCount, path: file.path)
                picture = opened
            } else if pages != nil {
                FileHandle.standardError.write(Data("galley: --pages ignored: \(file.path) is a text dump, drawn whole\n".utf8))
            }

            let document = try converter.convert(file)
            // With spans, so that a block printed in two places is drawn as its pieces.
            let json = try JSONWriter(spans: true).write(document)
            let inspected = try InspectedDocument.decode(json, name: "the JSON written for \(file.path)")
            var written: [String] = []
            func save(_ data: Data, _ fileName: String) throws {
                let path = Self.join(output, fileName)
                try AtomicFile.write(data, to: path)
                written.append(path)
            }
            try save(json, name + ".json")
            if let picture {
                for number in pageNumbers {
                    let overlay = PageOverlay(document: inspected, page: number, size: try picture.size(ofPage: number))
                    let pngName = "page-\(number).png"
                    try save(try picture.png(overlay, scale: scale), pngName)
                    try save(Data(SVGPage.svg(overlay, background: pngName, pixelScale: scale).utf8), "page-\(number).svg")
                }
            } else {
                let (text, _) = try DumpView.text(of: file)
                try save(Data(DumpView.html(text: text, document: inspected, title: file.displayName).utf8), name + ".html")
            }
            print(written.joined(separator: "\n"))
        } catch {
            fail(error)
        }
    }

    /// The file name without its last extension ("issue.pdf" → "issue"; ".pdf" stays whole).
    static func baseName(_ fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return fileName }
        return String(fileName[..<dot])
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
