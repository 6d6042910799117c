import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// `BatchReportPage`: the HTML of `galley batch --report`, built from manifest entries, JSON
/// outputs and a stub thumbnail (no poppler, no browser).
@Suite struct BatchReportPageTests {
    /// Bytes standing in for a PNG: the page only embeds them.
    static let stubPNG = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 250])

    static func entry(_ input: String, _ status: ManifestEntry.Status, error: String? = nil, reason: String? = nil)
        -> ManifestEntry
    {
        ManifestEntry(
            input: input, sha256: "", outputs: status == .failed ? [] : ["\(input).json", "\(input).md"], status: status,
            error: error, reason: reason, warnings: 0, elapsedMs: 1234)
    }

    static func html(_ page: BatchReportPage) -> String {
        String(decoding: page.html(), as: UTF8.self)
    }

    /// The `data-status` and first cell of each input row, in page order.
    static func rows(_ html: String) -> [(status: String, name: String)] {
        let pattern = /<tr class="input" data-status="([a-z]+)"><td class="name">([^<]*)<\/td>/
        return html.matches(of: pattern).map { (String($0.output.1), String($0.output.2)) }
    }

    @Test func failedInputsComeFirstThenTheRestInInputOrder() {
        let page = BatchReportPage(rows: [
            .init(entry: Self.entry("b.pdf", .converted)),
            .init(entry: Self.entry("z.pdf", .failed, error: "z.pdf: not a PDF file", reason: "error: z.pdf: not a PDF file")),
            .init(entry: Self.entry("a.txt", .skipped)),
            .init(entry: Self.entry("c.pdf", .failed, error: "c.pdf: timeout", reason: "timeout")),
            .init(entry: Self.entry("d.pdf", .converted)),
        ])
        let rows = Self.rows(Self.html(page))
        #expect(rows.map(\.name) == ["c.pdf", "z.pdf", "a.txt", "b.pdf", "d.pdf"])
        #expect(rows.map(\.status) == ["failed", "failed", "skipped", "converted", "converted"])
        #expect(page.summaryLine == "5 inputs: 2 converted, 1 skipped, 2 failed")
        let html = Self.html(page)
        #expect(html.contains("failed <span class=\"reason\">(timeout)</span>"))
        #expect(html.contains("<div class=\"error\">z.pdf: not a PDF file</div>"))
    }

    @Test func aStoppedRunListsItsUnfinishedInputs() {
        let page = BatchReportPage(
            rows: [
                .init(entry: Self.entry("a.pdf", .converted)),
                .init(entry: ManifestEntry(input: "b.pdf", sha256: "", outputs: [], status: .skipped), isUnfinished: true),
            ], stoppedBy: SIGTERM)
        #expect(Self.rows(Self.html(page)).map(\.status) == ["converted", "unfinished"])
        #expect(page.summaryLine == "2 inputs: 1 converted, 0 skipped, 0 failed; stopped by SIGTERM, 1 not finished")
    }

    @Test func textFromInputsAndOutputsIsEscaped() {
        let name = "news <b>&\"'.pdf"
        let summary = BatchReportPage.OutputSummary(
            format: "pdf", pageCount: 2, sectionCount: 3, warnings: ["page 2: <script>alert(1)</script> & more"])
        let page = BatchReportPage(rows: [
            .init(entry: Self.entry(name, .converted), summary: summary, thumbnail: Self.stubPNG),
            .init(entry: Self.entry("x<y>.pdf", .failed, error: "x<y>.pdf: \"broken\" & gone", reason: "signal 11")),
        ])
        let html = Self.html(page)
        #expect(!html.contains(name))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("news &lt;b&gt;&amp;&quot;&#39;.pdf"))
        #expect(html.contains("<li>page 2: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</li>"))
        #expect(html.contains("x&lt;y&gt;.pdf: &quot;broken&quot; &amp; gone"))
        #expect(Self.rows(html).map(\.name) == ["x&lt;y&gt;.pdf", "news &lt;b&gt;&amp;&quot;&#39;.pdf"])
        // Links name the files byte for byte, percent-encoded.
        #expect(html.contains("href=\"./news%20%3Cb%3E%26%22%27.pdf.json\""))
    }

    @Test func nothingIsFetchedFromTheNetworkOrOutsideThePage() {
        let summary = BatchReportPage.OutputSummary(format: "pdf", pageCount: 1, sectionCount: 1, warnings: [])
        let page = BatchReportPage(rows: [
            // A first folder named like a scheme, and an input whose warnings carry a URL.
            .init(
                entry: Self.entry("http:/example.com/a.pdf", .converted),
                summary: BatchReportPage.OutputSummary(
                    format: "pdf", pageCount: 1, sectionCount: 1, warnings: ["see https://example.com/x"]),
                thumbnail: Self.stubPNG, pictures: BatchReportPage.inspectPictures(for: "http:/example.com/a.pdf")),
            .init(entry: Self.entry("b c#?%.pdf", .converted), summary: summary, thumbnail: Self.stubPNG),
        ])
        let html = Self.html(page)
        // Every link and source is the page's own (relative, or data), even for a folder named
        // like a scheme; no other attribute says http.
        let attributes = html.matches(of: /\s([a-z-]+)="([^"]*)"/).map { (String($0.output.1), String($0.output.2)) }
        #expect(attributes.filter { $0.0 == "href" || $0.0 == "src" }.count >= 8)
        for (name, value) in attributes {
            if name == "href" || name == "src" {
                #expect(value.hasPrefix("./") || value.hasPrefix("data:"), "\(name)=\(value)")
                #expect(!value.contains(":") || value.hasPrefix("data:"), "\(name)=\(value)")
            } else {
                #expect(!value.lowercased().contains("http"), "\(name)=\(value)")
            }
        }
        #expect(html.contains("href=\"./http%3A/example.com/a.pdf.json\""))
        #expect(html.contains("see https://example.com/x"))
        #expect(html.contains("href=\"./b%20c%23%3F%25.pdf.json\""))
        #expect(!html.contains("<script"))
        #expect(!html.contains("@import") && !html.contains("url("))
        #expect(html.contains("<link rel=\"icon\" href=\"data:,\">"))
    }

    @Test func aPDFRowEmbedsItsThumbnailAndADumpRowSaysTextDump() throws {
        let pdf = BatchReportPage.OutputSummary(format: "pdf", pageCount: 4, sectionCount: 9, warnings: ["one", "two"])
        let dump = BatchReportPage.OutputSummary(format: "text", pageCount: 11, sectionCount: 5, warnings: [])
        let html = Self.html(
            BatchReportPage(rows: [
                .init(
                    entry: Self.entry("a.pdf", .converted), summary: pdf, thumbnail: Self.stubPNG,
                    pictures: BatchReportPage.inspectPictures(for: "a.pdf")),
                .init(entry: Self.entry("b.txt", .skipped), summary: dump),
                .init(entry: Self.entry("c.pdf", .converted), summary: pdf),
            ]))
        let lines = html.split(separator: "\n").filter { $0.hasPrefix("<tr class=\"input\"") }
        try #require(lines.count == 3)
        #expect(lines[0].contains("<img src=\"data:image/png;base64,\(Self.stubPNG.base64EncodedString())\""))
        #expect(lines[0].contains("<a href=\"./inspect/a.pdf/page-1.svg\"><img"))
        #expect(lines[0].contains("<td class=\"pages\">4</td><td class=\"sections\">9</td>"))
        #expect(lines[0].contains("<details><summary>2</summary><ul><li>one</li><li>two</li></ul></details>"))
        #expect(lines[0].contains("<td class=\"time\">1.2 s</td>"))
        for link in ["./a.pdf.json", "./a.pdf.md", "./inspect/a.pdf/page-1.svg", "./inspect/a.pdf/page-1.png"] {
            #expect(lines[0].contains("href=\"\(link)\""), "\(link)")
        }
        #expect(lines[1].contains("<span class=\"dump\">text dump</span>"))
        #expect(!lines[1].contains("<img"))
        #expect(lines[1].contains("<td class=\"pages\">11</td><td class=\"sections\">5</td>"))
        // A PDF whose picture could not be drawn says so without an image.
        #expect(!lines[2].contains("<img"))
    }

    @Test func rowsReadCountsAndWarningsFromTheJSONOutputs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Real writer output: the goldens of a PDF and of a dump with warnings.
        let names = ["pdf-two-columns.pdf", "001_ff7c0782f6439bae.txt"]
        for name in names {
            try FileManager.default.copyItem(
                at: Fixtures.golden.appendingPathComponent("\(name).json"), to: folder.appendingPathComponent("\(name).json"))
        }
        let entries =
            names.map { ManifestEntry(input: $0, sha256: "", outputs: ["\($0).json"], status: .converted) }
            + [Self.entry("broken.pdf", .failed, error: "broken.pdf: not a PDF file")]
        let asked = LockedNames()
        let rows = BatchReportPage.rows(
            entries: entries, earlierFailures: ["broken.pdf"], outputDirectory: folder.path, unfinished: ["late.pdf"]
        ) { entry in
            asked.add(entry.input)
            return Self.stubPNG
        }
        #expect(asked.names == ["pdf-two-columns.pdf"])
        for row in rows where row.entry.status == .converted {
            let json =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: folder.appendingPathComponent("\(row.entry.input).json"))) as! [String: Any]
            let source = json["source"] as! [String: Any]
            let summary = try #require(row.summary)
            #expect(summary.source.pageCount == source["pageCount"] as? Int)
            #expect(summary.isTextDump == (source["format"] as? String != "pdf"))
            #expect(summary.sectionCount == (json["sections"] as! [Any]).count)
            #expect(summary.warnings == json["warnings"] as? [String])
        }
        #expect(rows.first { $0.entry.input.hasSuffix(".txt") }?.summary?.warnings.isEmpty == false)
        #expect(rows.first { $0.entry.input == "broken.pdf" }?.isEarlierFailure == true)
        #expect(rows.first { $0.entry.input == "late.pdf" }?.isUnfinished == true)
        let html = Self.html(BatchReportPage(rows: rows))
        #expect(Self.rows(html).map(\.name) == ["broken.pdf", "001_ff7c0782f6439bae.txt", "late.pdf", "pdf-two-columns.pdf"])
        #expect(html.contains("<span class=\"earlier\">earlier run</span>"))
    }

    @Test func theReportIsNamedForItsShard() throws {
        #expect(BatchReportPage.fileName(for: .whole) == "report.html")
        #expect(BatchReportPage.fileName(for: try Shard(parsing: "2/8")) == "report-2-of-8.html")
    }

    struct StubDrawing: PagePictureDrawing {
        func draw(pdf: URL, json: Data, page: Int) throws -> PagePictures {
            PagePictures(thumbnail: BatchReportPageTests.stubPNG, svg: Data("<svg/>".utf8), png: BatchReportPageTests.stubPNG)
        }
    }

    @Test func picturesAreWrittenForAPDFAndALineViewForADump() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdfJSON = try Data(contentsOf: Fixtures.golden.appendingPathComponent("pdf-two-columns.pdf.json"))
        let dumpJSON = try Data(contentsOf: Fixtures.golden.appendingPathComponent("001_ff7c0782f6439bae.txt.json"))
        let pdf = Fixtures.samples.appendingPathComponent("pdf-two-columns.pdf")
        let written = try BatchPictures.write(
            input: "2019/a.pdf", pdf: pdf, json: pdfJSON, outputDirectory: folder.path, drawing: StubDrawing())
        #expect(written == [".thumbnails/2019/a.pdf.png", "inspect/2019/a.pdf/page-1.png", "inspect/2019/a.pdf/page-1.svg"])
        for name in written { #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)) }
        let thumbnail = BatchReportPage.thumbnailPath(for: "2019/a.pdf", in: folder.path)
        #expect(FileManager.default.contents(atPath: thumbnail) == Self.stubPNG)
        // A dump has no page: its lines are shown instead, and once shown need no drawing again.
        #expect(BatchPictures.needsDrawing(input: "b.txt", output: "b.txt.json", outputDirectory: folder.path))
        let dump = Fixtures.samples.appendingPathComponent("001_ff7c0782f6439bae.txt")
        let view = try BatchPictures.write(
            input: "b.txt", pdf: dump, json: dumpJSON, outputDirectory: folder.path, drawing: StubDrawing())
        #expect(view == [BatchReportPage.dumpView(for: "b.txt")])
        let html = try String(contentsOf: folder.appendingPathComponent(view[0]), encoding: .utf8)
        #expect(html.contains("Safeguarding"))
        #expect(!FileManager.default.fileExists(atPath: BatchReportPage.thumbnailPath(for: "b.txt", in: folder.path)))
        #expect(!BatchPictures.needsDrawing(input: "b.txt", output: "b.txt.json", outputDirectory: folder.path))

        // Drawn after its output was written: nothing to do; the output written again: draw again.
        let output = folder.appendingPathComponent("2019/a.pdf.json")
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try pdfJSON.write(to: output)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: output.path)
        #expect(!BatchPictures.needsDrawing(input: "2019/a.pdf", output: "2019/a.pdf.json", outputDirectory: folder.path))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: output.path)
        #expect(BatchPictures.needsDrawing(input: "2019/a.pdf", output: "2019/a.pdf.json", outputDirectory: folder.path))
    }
}

/// Names collected from a closure the code under test calls.
final class LockedNames: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []
    func add(_ name: String) {
        lock.lock()
        collected.append(name)
        lock.unlock()
    }
    var names: [String] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}
