import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// `galley inspect` run as a user runs it: the files it writes, and one line for each mistake.
@Suite struct InspectCommandLineTests {
    typealias CLI = CommandLineTests

    static let twoColumns = Fixtures.samples.appendingPathComponent("pdf-two-columns.pdf").path

    @Test func aPDFGivesJSONAndAPictureOfEachPage() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["inspect", Self.twoColumns, "-o", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["page-1.png", "page-1.svg", "pdf-two-columns.json"])
        // The JSON is what convert writes with the printed lines (spans) it draws pieces from.
        let converted = try CLI.run(["convert", Self.twoColumns, "--spans"])
        let json = try Data(contentsOf: folder.appendingPathComponent("pdf-two-columns.json"))
        #expect(String(decoding: json, as: UTF8.self) == converted.stdout)
        let png = try Data(contentsOf: folder.appendingPathComponent("page-1.png"))
        #expect(InspectTests.pngSize(png) != nil)
        let svg = try String(contentsOf: folder.appendingPathComponent("page-1.svg"), encoding: .utf8)
        let document = try InspectedDocument.decode(json)
        let placed = document.blocks.filter { $0.page == 1 && $0.bbox != nil }
        #expect(InspectTests.badges(svg) == placed.map(\.order))
        #expect(InspectTests.blockIDs(svg) == placed.map(\.id))
        #expect(svg.contains(#"href="page-1.png""#))
    }

    @Test func aDumpGivesAnHTMLView() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = Fixtures.samples.appendingPathComponent("synthetic-headings.txt").path
        let result = try CLI.run(["inspect", sample, "-o", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["synthetic-headings.html", "synthetic-headings.json"])
        let html = try String(contentsOf: folder.appendingPathComponent("synthetic-headings.html"), encoding: .utf8)
        let input = try String(contentsOfFile: sample, encoding: .utf8)
        #expect(InspectTests.matches(of: #"(<tr class="line)"#, in: html).count == DumpView.lines(of: input).count)
    }

    @Test func mistakesAreOneLine() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cli = CommandLineTests()
        cli.expectUserError(
            try CLI.run(["inspect", "/nonexistent/issue.pdf", "-o", folder.path]), status: 66, mentioning: "no such file")
        cli.expectUserError(
            try CLI.run(["inspect", Self.twoColumns, "--pages", "9", "-o", folder.path]), status: 64,
            mentioning: "no page 9 (the document has 1 page)")
        let badRange = try CLI.run(["inspect", Self.twoColumns, "--pages", "3-1", "-o", folder.path])
        #expect(badRange.status == 64)
        #expect(badRange.stderr.contains("--pages 3-1"))
        let damaged = folder.appendingPathComponent("damaged.pdf")
        try Data("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".utf8).write(to: damaged)
        cli.expectUserError(try CLI.run(["inspect", damaged.path, "-o", folder.path]), status: 65, mentioning: "damaged.pdf")
        // Nothing written for any of them.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == ["damaged.pdf"])
    }
}
