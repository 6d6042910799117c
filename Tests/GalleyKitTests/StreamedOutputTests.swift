import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Outputs written to a file as they are made (issue 11): the JSON streamed a megabyte at a time
/// must be byte for byte the JSON built whole, every writer's file must hold what `write(_:)`
/// gives, and a streamed write that fails part way must leave nothing behind.
@Suite struct StreamedOutputTests {
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("galley-stream-\(UUID().uuidString)")
    }

    /// A document whose JSON is several times `JSONPrinter.flushSize`: many pages of long blocks.
    static func largeDocument() -> Document {
        let line = String(repeating: "a line of plain words with \"quotes\" and a back\\slash ", count: 4)
        var pages: [Page] = []
        for number in 1...60 {
            var blocks: [Block] = []
            for index in 0..<40 {
                let lines = (0..<8).map { row in Line("\(line)\(number).\(index).\(row)") }
                blocks.append(
                    Block(lines: lines, page: number, box: Rect(x: 10, y: Double(index) * 12.5, width: 400.25, height: 11)))
            }
            pages.append(Page(number: number, blocks: blocks, size: Rect(x: 0, y: 0, width: 595, height: 842)))
        }
        var document = Document(source: SourceInfo(file: "large.pdf", format: .pdf, sha256: "00", pageCount: 60), pages: pages)
        document.sections = [Section(id: "s1", heading: nil, level: 1, blocks: pages.flatMap { $0.blocks })]
        return document
    }

    @Test(arguments: [false, true])
    func streamedJSONIsTheJSONBuiltWhole(spans: Bool) throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = [Self.largeDocument(), try Fixtures.convert(sample: Fixtures.sampleNames[0])]
        for (index, document) in documents.enumerated() {
            let writer = JSONWriter(spans: spans)
            let whole = try writer.write(document)
            let path = folder.appendingPathComponent("out\(index).json").path
            try writer.write(document, to: path)
            let streamed = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(streamed == whole)
            if index == 0 { #expect(whole.count > 3 * JSONPrinter.flushSize) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["out0.json", "out1.json"])
    }

    @Test(arguments: OutputFormat.allCases)
    func everyWritersFileHoldsItsOutput(format: OutputFormat) throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try Fixtures.convert(sample: Fixtures.sampleNames[0])
        let path = folder.appendingPathComponent("out.\(format.fileExtension)").path
        try format.writer.write(document, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == (try format.writer.write(document)))
    }

    struct Interrupted: Error {}

    @Test func aStreamedWriteThatFailsPartWayLeavesTheOldFileAndNoTemporary() throws {
        let folder = Self.folder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.json").path
        try AtomicFile.write(Data("old".utf8), to: path)
        #expect(throws: Interrupted.self) {
            try AtomicFile.write(to: path) { file in
                try Data(repeating: 1, count: 100_000).withUnsafeBytes { try file.append($0) }
                throw Interrupted()
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
    }
}

extension StreamedOutputTests {
    /// A document of many sections and blocks of every kind the Markdown and text writers tell
    /// apart, several megabytes of output, with blocks ending in a carriage return among them.
    static func manyBlocks() -> Document {
        var blocks: [Block] = []
        var sections: [Section] = []
        for index in 0..<6_000 {
            let text = "Paragraph \(index) with www.example.org, a_b and *stars* " + String(repeating: "plain words ", count: 40)
            var block: Block
            switch index % 5 {
            case 0: block = Block(lines: [Line(text)], kind: .heading, headingLevel: 2, page: 1)
            case 1: block = Block(lines: [Line(text)], kind: .list, items: ["1. first \(index)", "2. second"], page: 1)
            case 2: block = Block(lines: [Line(text)], kind: .table, rows: [["a", "b|c"], ["\(index)"]], page: 1)
            case 3: block = Block(lines: [Line(text + "\r")], kind: .quote, page: 1)
            default: block = Block(lines: [Line(text)], page: 1)
            }
            blocks.append(block)
            if index % 50 == 49 {
                sections.append(
                    Section(id: "s\(sections.count + 1)", heading: "Part \(sections.count)", level: 1, blocks: blocks))
                blocks = []
            }
        }
        var document = Document(source: SourceInfo(file: "many.txt", format: .text, sha256: "00", pageCount: 1), pages: [])
        document.sections = sections
        document.title = "Part 0"
        return document
    }

    @Test(arguments: [OutputFormat.markdown, .text])
    func streamedTextIsTheTextBuiltWhole(format: OutputFormat) throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = Self.manyBlocks()
        let whole = try format.writer.write(document)
        #expect(whole.count > MarkdownWriter.flushSize + PlainTextWriter.flushSize / 2)
        let path = folder.appendingPathComponent("out.\(format.fileExtension)").path
        try format.writer.write(document, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == whole)
    }

    @Test func aFlushAtTheVeryEndStillEndsInOneLineFeed() throws {
        // Blocks sized so that the output passes the flush size exactly at the last block.
        let line = String(repeating: "x", count: MarkdownWriter.flushSize / 4)
        var document = Document(source: SourceInfo(file: "end.txt", format: .text, sha256: "00", pageCount: 1), pages: [])
        document.sections = [
            Section(id: "s1", heading: nil, level: 1, blocks: (0..<4).map { _ in Block(lines: [Line(line)], page: 1) })
        ]
        var streamed = Data()
        var out = ""
        try MarkdownWriter.render(document, into: &out, flushingAt: MarkdownWriter.flushSize) { chunk in
            streamed.append(contentsOf: Array(chunk.utf8))
        }
        streamed.append(contentsOf: Array(out.utf8))
        #expect(streamed == (try MarkdownWriter().write(document)))
        #expect(streamed.last == 0x0A && streamed.dropLast().last != 0x0A)
    }
}
