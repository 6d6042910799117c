import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// `galley batch --report` end to end: the built binary over PDFs, a dump and a broken file,
/// then the report opened in a real browser (headless Chromium), whose DOM and console are read;
/// a stopped run's report, and pictures drawn for inputs a later run skips.
@Suite(.serialized) struct BatchReportCommandLineTests {
    static let pdfs = ["pdf-two-columns.pdf", "pdf-three-columns.pdf"]
    static let dump = "synthetic-bullets.txt"
    /// A PDF cut off early: named to sort last, so that only the report's order puts it first.
    static let broken = "zz-truncated.pdf"

    @Test func theReportLoadsInChromiumWithARowPerInputAndThumbnails() throws {
        let chromium = try #require(
            Self.chromium(), "chromium is not installed: `make setup` installs it (Debian package chromium)")
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for name in Self.pdfs + [Self.dump] {
            try FileManager.default.copyItem(
                at: Fixtures.samples.appendingPathComponent(name), to: inputs.appendingPathComponent(name))
        }
        let whole = try Data(contentsOf: Fixtures.samples.appendingPathComponent("unseen-school.pdf"))
        try whole.prefix(whole.count / 3).write(to: inputs.appendingPathComponent(Self.broken))

        let run = try CommandLineTests.run(["batch", inputs.path, "-o", out.path, "--report", "--jobs", "2"])
        #expect(run.status == 1, "\(run.stderr)")
        let report = out.appendingPathComponent("report.html")
        #expect(run.stderr.contains("galley batch: report \(report.path)\n"), "\(run.stderr)")
        let manifest = Manifest.read(out.appendingPathComponent("manifest.jsonl").path)
        #expect(manifest.entries[Self.broken]?.status == .failed)

        // The page as Chromium built it, and what its console said while loading it.
        let loaded = try Self.load(report, with: chromium, profile: folder.appendingPathComponent("profile"))
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let rows = loaded.dom.matches(of: /<tr class="input" data-status="([a-z]+)"><td class="name">([^<]*)<\/td>(.*?)<\/tr>/)
        #expect(rows.count == Self.pdfs.count + 2, "\(loaded.dom.prefix(3000))")
        #expect(rows.first?.output.1 == "failed")
        #expect(rows.first?.output.2 == Substring(Self.broken))
        #expect(Set(rows.map { String($0.output.2) }) == Set(Self.pdfs + [Self.dump, Self.broken]))
        for row in rows {
            let name = String(row.output.2), cells = row.output.3
            let images = cells.matches(of: /<img src="data:image\/png;base64,([A-Za-z0-9+\/=]+)"/)
            if Self.pdfs.contains(name) {
                #expect(row.output.1 == "converted", "\(name)")
                #expect(images.count == 1, "\(name): \(cells.prefix(500))")
                let png = Data(base64Encoded: String(images.first?.output.1 ?? ""))
                #expect(png?.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(name)")
                #expect(cells.contains("href=\"./\(name).json\""), "\(name)")
            } else {
                #expect(images.isEmpty, "\(name)")
            }
        }
        #expect(rows.first { $0.output.2 == Substring(Self.dump) }?.output.3.contains("text dump") == true)
        #expect(loaded.dom.contains("4 inputs: 3 converted, 0 skipped, 1 failed"))
        // No script runs and nothing fails to load: the console stays silent for the page.
        let console = loaded.stderr.split(separator: "\n").filter {
            $0.contains(":CONSOLE") || $0.contains("Uncaught") || $0.contains("report.html")
        }
        #expect(console.isEmpty, "\(console)")

        // Every picture decodes in the browser: a copy of the page with a probe that marks each
        // image once the page has loaded.
        let probe = out.appendingPathComponent("probe.html")
        let probeScript = """
            <script>window.addEventListener("load", () => { for (const image of document.images) \
            image.setAttribute("data-decoded", String(image.complete && image.naturalWidth > 0)) })</script>
            """
        let html = try String(contentsOf: report, encoding: .utf8)
        try html.replacingOccurrences(of: "</body>", with: probeScript + "</body>").write(
            to: probe, atomically: true, encoding: .utf8)
        let probed = try Self.load(probe, with: chromium, profile: folder.appendingPathComponent("profile"))
        let decoded = probed.dom.matches(of: /data-decoded="([a-z]+)"/).map { String($0.output.1) }
        #expect(decoded == Array(repeating: "true", count: Self.pdfs.count), "\(decoded)")
    }

    @Test func aRunStoppedBySIGTERMStillWritesItsReport() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Fixtures.samples.appendingPathComponent(Self.dump), to: inputs.appendingPathComponent("b.txt"))
        // Sorted first, so the single worker is busy with it when the signal comes.
        try HostilePDF.formLoop().write(to: inputs.appendingPathComponent("a-loop.pdf"))
        let process = Process()
        process.executableURL = CommandLineTests.galley
        process.arguments = ["batch", inputs.path, "-o", out.path, "--jobs", "1", "--timeout", "600", "--report"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let manifest = out.appendingPathComponent("manifest.jsonl").path
        let begun = Date()
        while !FileManager.default.fileExists(atPath: manifest) && Date().timeIntervalSince(begun) < 60 { usleep(50_000) }
        usleep(500_000)
        process.terminate()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 143, "\(stderr)")
        // The summary, then the report.
        let summary = try #require(stderr.range(of: "galley batch: stopped by SIGTERM"), "\(stderr)")
        let said = try #require(stderr.range(of: "galley batch: report "), "\(stderr)")
        #expect(summary.lowerBound < said.lowerBound)
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("2 inputs: 0 converted, 0 skipped, 0 failed; stopped by SIGTERM, 2 not finished"))
        let rows = html.matches(of: /<tr class="input" data-status="([a-z]+)"><td class="name">([^<]*)</).map {
            "\($0.output.2) \($0.output.1)"
        }
        #expect(rows == ["a-loop.pdf unfinished", "b.txt unfinished"])
    }

    @Test func aLaterRunWithReportDrawsTheInputsItSkips() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for name in [Self.pdfs[0], Self.dump] {
            try FileManager.default.copyItem(
                at: Fixtures.samples.appendingPathComponent(name), to: inputs.appendingPathComponent(name))
        }
        let first = try CommandLineTests.run(["batch", inputs.path, "-o", out.path, "--format", "markdown"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".thumbnails").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))

        // Markdown only, so the workers convert again in memory for the JSON they draw from.
        let second = try CommandLineTests.run(["batch", inputs.path, "-o", out.path, "--format", "markdown", "--report"])
        #expect(second.status == 0, "\(second.stderr)")
        let thumbnail = BatchReportPage.thumbnailPath(for: Self.pdfs[0], in: out.path)
        let png = try #require(FileManager.default.contents(atPath: thumbnail))
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        for name in BatchReportPage.inspectPictures(for: Self.pdfs[0]) {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        // A dump has no page to draw: its lines are shown, coloured, and its row links them.
        let view = try String(contentsOf: out.appendingPathComponent(BatchReportPage.dumpView(for: Self.dump)), encoding: .utf8)
        #expect(view.contains("<html"))
        let svg = try String(
            contentsOf: out.appendingPathComponent(BatchReportPage.inspectPictures(for: Self.pdfs[0])[0]), encoding: .utf8)
        #expect(svg.contains("href=\"page-1.png\""))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        let rows = html.split(separator: "\n").filter { $0.hasPrefix("<tr class=\"input\"") }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.contains("data-status=\"skipped\"") })
        #expect(
            rows.first { $0.contains(Self.pdfs[0]) }?.contains("<img src=\"data:image/png;base64,\(png.base64EncodedString())\"")
                == true)
        #expect(rows.first { $0.contains(Self.dump) }?.contains("href=\"./\(BatchReportPage.dumpView(for: Self.dump))\"") == true)
        // Without a JSON output the counts are unknown; the warnings come from the manifest.
        #expect(rows.allSatisfy { $0.contains("<td class=\"pages\">–</td>") })

        // A third run has nothing to draw: the thumbnail stays as it was.
        let drawn = try FileManager.default.attributesOfItem(atPath: thumbnail)[.modificationDate] as? Date
        let third = try CommandLineTests.run(["batch", inputs.path, "-o", out.path, "--format", "markdown", "--report"])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: thumbnail)[.modificationDate] as? Date == drawn)
    }

    /// The `chromium` on the PATH.
    static func chromium() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Headless Chromium's DOM of `page` after loading it, and its log (console messages are
    /// logged as `INFO:CONSOLE:<line>] "<message>", source: <url>`). Killed after a minute.
    static func load(_ page: URL, with chromium: URL, profile: URL) throws -> (status: Int32, dom: String, stderr: String) {
        let process = Process()
        process.executableURL = chromium
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
            "--user-data-dir=\(profile.path)", "--dump-dom", page.absoluteString,
        ]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        let errors = DataCollector()
        let reading = Thread { errors.data = err.fileHandleForReading.readDataToEndOfFile() }
        reading.start()
        let dom = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        while !errors.isDone { usleep(1000) }
        return (process.terminationStatus, String(decoding: dom, as: UTF8.self), String(decoding: errors.data, as: UTF8.self))
    }
}

/// Standard error read on a thread of its own.
final class DataCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Data?
    var data: Data {
        get {
            lock.lock()
            defer { lock.unlock() }
            return stored ?? Data()
        }
        set {
            lock.lock()
            stored = newValue
            lock.unlock()
        }
    }
    var isDone: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stored != nil
    }
}
