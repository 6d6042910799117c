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
