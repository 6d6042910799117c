import Foundation
import GalleyKit

// Convert one newsletter (a PDF or a pdftotext dump) and print its outline: each heading,
// indented by level, with the page and the box it was printed in, and how many blocks follow it.
guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: print-headings FILE\n".utf8))
    exit(64)
}
do {
    let converter = try Converter(options: ConvertOptions(language: "en_GB"))
    let document = try converter.convert(path: CommandLine.arguments[1])
    print(document.title ?? "(untitled)")
    for section in document.sections {
        guard let heading = section.printedHeading else { continue }
        let indent = String(repeating: "  ", count: section.level - 1)
        var place = "page \(section.headingBlock?.page ?? section.pages.first ?? 0)"
        if let box = section.headingBlock?.box {
            place += String(format: " at (%.0f, %.0f)", box.minX, box.minY)
        }
        print("\(indent)\(heading) — \(place), \(section.blocks.count) block(s)")
    }
    // Everything Galley took out is in the audit, with the reason.
    let removed = Dictionary(grouping: document.audit.removed, by: \.kind).mapValues(\.count)
    for (kind, count) in removed.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        print("removed \(count) × \(kind.rawValue)")
    }
} catch {
    FileHandle.standardError.write(Data("print-headings: \(error)\n".utf8))
    exit(1)
}
