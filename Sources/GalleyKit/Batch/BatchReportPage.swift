import Foundation

/// `OUT/report.html` for `galley batch --report`: one self-contained page (inline CSS, pictures
/// as `data:` URLs, no script, nothing fetched) with a row per input of the run.
///
/// Each row shows the input's status (and a failure's reason), its pages, sections, warnings
/// (their messages folded in a `<details>`), time, a thumbnail of page 1 with its reading order,
/// and links to its outputs and inspect pictures. Failed inputs come first, then the rest in
/// input order. Everything is read from the run's manifest entries and the JSON outputs, never
/// from the inputs themselves; the thumbnails come from the caller (the batch's workers draw them).
package struct BatchReportPage: Sendable {
    /// What the page needs from one input's JSON output.
    package struct OutputSummary: Decodable, Equatable, Sendable {
        package struct Source: Decodable, Equatable, Sendable {
            /// `pdf` or `text`.
            package var format: String
            package var pageCount: Int
        }
        /// Only counted.
        struct Counted: Decodable, Equatable, Sendable {
            init() {}
            init(from decoder: Decoder) throws {}
        }

        package var source: Source
        var sections: [Counted]
        package var warnings: [String]

        package var sectionCount: Int { sections.count }
        package var isTextDump: Bool { source.format != "pdf" }

        package init(format: String, pageCount: Int, sectionCount: Int, warnings: [String]) {
            source = Source(format: format, pageCount: pageCount)
            sections = Array(repeating: Counted(), count: sectionCount)
            self.warnings = warnings
        }

        /// Decodes the summary from a JSON output; nil when it is not one.
        package static func decode(_ json: Data) -> OutputSummary? {
            try? JSONDecoder().decode(OutputSummary.self, from: json)
        }
    }

    /// One input's row.
    package struct Row: Sendable, Equatable {
        package var entry: ManifestEntry
        /// A failure an earlier run recorded, left standing.
        package var isEarlierFailure: Bool
        /// Whether the run stopped before this input finished (no entry was recorded: `entry`
        /// only names it).
        package var isUnfinished: Bool
        /// From the input's JSON output, when there is one.
        package var summary: OutputSummary?
        /// Page 1 with its reading order, as PNG bytes.
        package var thumbnail: Data?
        /// Inspect pictures of the input, relative to the output folder.
        package var pictures: [String]

        package init(
            entry: ManifestEntry, isEarlierFailure: Bool = false, isUnfinished: Bool = false,
            summary: OutputSummary? = nil, thumbnail: Data? = nil, pictures: [String] = []
        ) {
            self.entry = entry
            self.isEarlierFailure = isEarlierFailure
            self.isUnfinished = isUnfinished
            self.summary = summary
            self.thumbnail = thumbnail
            self.pictures = pictures
        }

        /// The `data-status` of its row: converted, skipped, failed or unfinished.
        package var status: String { isUnfinished ? "unfinished" : entry.status.rawValue }
    }

    /// The rows in page order: failed first, then the rest, each group in input order.
    package let rows: [Row]
    /// The signal that stopped the run early, if one did.
    package var stoppedBy: Int32?

    /// Orders `rows` for the page (failed first; otherwise input order, by bytes).
    package init(rows: [Row], stoppedBy: Int32? = nil) {
        let sorted = rows.sorted { $0.entry.input.utf8Precedes($1.entry.input) }
        self.rows =
            sorted.filter { $0.entry.status == .failed && !$0.isUnfinished }
            + sorted.filter { $0.entry.status != .failed || $0.isUnfinished }
        self.stoppedBy = stoppedBy
    }

    /// The report's file name in the output folder: `report.html`, or `report-K-of-N.html` for
    /// a shard (beside its `manifest-K-of-N.jsonl`, so shards sharing a folder do not overwrite
    /// each other's).
    package static func fileName(for shard: Shard) -> String {
        shard.count == 1 ? "report.html" : "report-\(shard.index)-of-\(shard.count).html"
    }

    /// Where the batch's workers put an input's thumbnail: `OUT/.thumbnails/<relative path>.png`.
    package static func thumbnailPath(for input: String, in outputDirectory: String) -> String {
        URL(fileURLWithPath: outputDirectory).appendingPathComponent(".thumbnails/\(input).png").path
    }

    /// The inspect pictures of an input's page 1, relative to the output folder:
    /// `inspect/<relative path>/page-1.svg` and `.png`.
    package static func inspectPictures(for input: String) -> [String] {
        ["inspect/\(input)/page-1.svg", "inspect/\(input)/page-1.png"]
    }

    /// The inspect view of a raw-dump input, relative to the output folder: its lines coloured
    /// by what Galley made of them (`inspect/<relative path>/lines.html`).
    package static func dumpView(for input: String) -> String {
        "inspect/\(input)/lines.html"
    }

    /// The rows of a finished run, read from its output folder: each entry's JSON output (when
    /// it wrote one), the thumbnail `thumbnail` gives for it, and its inspect pictures when
    /// they exist. `unfinished` names the inputs a stopped run never recorded.
    package static func rows(
        for report: BatchReport, outputDirectory: String, unfinished: [String] = [],
        thumbnail: (ManifestEntry) -> Data? = { _ in nil }
    ) -> [Row] {
        rows(
            entries: report.entries, earlierFailures: report.earlierFailures, outputDirectory: outputDirectory,
            unfinished: unfinished, thumbnail: thumbnail)
    }

    /// The rows of `entries`, as `rows(for:outputDirectory:unfinished:thumbnail:)` reads them;
    /// `earlierFailures` names the failed inputs whose failure an earlier run recorded.
    package static func rows(
        entries: [ManifestEntry], earlierFailures: [String] = [], outputDirectory: String, unfinished: [String] = [],
        thumbnail: (ManifestEntry) -> Data? = { _ in nil }
    ) -> [Row] {
        let folder = URL(fileURLWithPath: outputDirectory)
        let earlier = Set(earlierFailures)
        var rows: [Row] = entries.map { entry in
            var row = Row(entry: entry, isEarlierFailure: earlier.contains(entry.input))
            guard entry.status != .failed else { return row }
            if let json = entry.outputs.first(where: { $0.hasSuffix(".json") }),
                let data = FileManager.default.contents(atPath: folder.appendingPathComponent(json).path)
            {
                row.summary = OutputSummary.decode(data)
            }
            if row.summary?.isTextDump != true { row.thumbnail = thumbnail(entry) }
            row.pictures = (inspectPictures(for: entry.input) + [dumpView(for: entry.input)]).filter {
                FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
            }
            return row
        }
        rows += unfinished.map {
            Row(entry: ManifestEntry(input: $0, sha256: "", outputs: [], status: .skipped), isUnfinished: true)
        }
        return rows
    }

    /// The page as UTF-8 bytes.
    package func html() -> Data {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Galley batch report</title>
            <link rel="icon" href="data:,">
            <style>\(Self.style)</style>
            </head>
            <body>
            <h1>Galley batch report</h1>

            """
        page += "<p class=\"summary\">\(Self.escape(summaryLine))</p>\n"
        page += """
            <table>
            <thead><tr><th>Input</th><th>Status</th><th>Pages</th><th>Sections</th><th>Warnings</th>\
            <th>Time</th><th>Page 1</th><th>Files</th></tr></thead>
            <tbody>

            """
        var data = Data(page.utf8)
        for row in rows { data.append(contentsOf: Self.row(row).utf8) }
        data.append(contentsOf: "</tbody>\n</table>\n</body>\n</html>\n".utf8)
        return data
    }

    /// "4 inputs: 2 converted, 1 skipped, 1 failed", with how the run was stopped.
    package var summaryLine: String {
        let count = { (status: ManifestEntry.Status) in rows.filter { !$0.isUnfinished && $0.entry.status == status }.count }
        var line =
            "\(rows.count) input\(rows.count == 1 ? "" : "s"): \(count(.converted)) converted, "
            + "\(count(.skipped)) skipped, \(count(.failed)) failed"
        let unfinished = rows.filter(\.isUnfinished).count
        if let stoppedBy {
            line += stoppedBy == 0 ? "; stopped" : "; stopped by \(Self.signalName(stoppedBy))"
        }
        if unfinished > 0 { line += ", \(unfinished) not finished" }
        return line
    }

    static func signalName(_ number: Int32) -> String {
        switch number {
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        default: return "signal \(number)"
        }
    }

    static func row(_ row: Row) -> String {
        let entry = row.entry
        var cells: [String] = []
        cells.append("<td class=\"name\">\(escape(entry.input))</td>")
        cells.append("<td class=\"status\">\(statusCell(row))</td>")
        let known = !row.isUnfinished && entry.status != .failed
        cells.append("<td class=\"pages\">\(known ? row.summary.map { "\($0.source.pageCount)" } ?? "–" : "")</td>")
        cells.append("<td class=\"sections\">\(known ? row.summary.map { "\($0.sectionCount)" } ?? "–" : "")</td>")
        cells.append("<td class=\"warnings\">\(known ? warningsCell(row) : "")</td>")
        cells.append("<td class=\"time\">\(row.isUnfinished ? "" : escape(time(entry.elapsedMs)))</td>")
        cells.append("<td class=\"thumbnail\">\(known ? thumbnailCell(row) : "")</td>")
        cells.append("<td class=\"links\">\(linksCell(row))</td>")
        return "<tr class=\"input\" data-status=\"\(row.status)\">\(cells.joined())</tr>\n"
    }

    static func statusCell(_ row: Row) -> String {
        if row.isUnfinished { return "not finished" }
        let entry = row.entry
        guard entry.status == .failed else { return entry.status.rawValue }
        var cell = "failed"
        if let reason = entry.reason { cell += " <span class=\"reason\">(\(escape(Self.reasonCode(reason))))</span>" }
        if row.isEarlierFailure { cell += " <span class=\"earlier\">earlier run</span>" }
        if let error = entry.error { cell += "<div class=\"error\">\(escape(error))</div>" }
        return cell
    }

    /// `timeout`, `memory`, `signal 11`, or `error` for a conversion's own error (whose message
    /// the row shows whole).
    static func reasonCode(_ reason: String) -> String {
        reason.hasPrefix("error:") ? "error" : reason
    }

    static func warningsCell(_ row: Row) -> String {
        guard let messages = row.summary?.warnings else { return "\(row.entry.warnings)" }
        guard !messages.isEmpty else { return "0" }
        let items = messages.map { "<li>\(escape($0))</li>" }.joined()
        return "<details><summary>\(messages.count)</summary><ul>\(items)</ul></details>"
    }

    static func thumbnailCell(_ row: Row) -> String {
        if row.summary?.isTextDump == true {
            let label = "<span class=\"dump\">text dump</span>"
            guard let view = row.pictures.first(where: { $0.hasSuffix(".html") }) else { return label }
            return "<a href=\"\(href(view))\">\(label)</a>"
        }
        guard let png = row.thumbnail else { return "–" }
        let image = "<img src=\"data:image/png;base64,\(png.base64EncodedString())\" alt=\"page 1 with its reading order\">"
        guard let picture = row.pictures.first else { return image }
        return "<a href=\"\(href(picture))\">\(image)</a>"
    }

    static func linksCell(_ row: Row) -> String {
        let links = (row.entry.outputs + row.pictures).map { name in
            let label = name.hasPrefix("inspect/") ? "inspect " + (name as NSString).lastPathComponent : fileExtension(name)
            return "<a href=\"\(href(name))\">\(escape(label))</a>"
        }
        return links.joined(separator: " ")
    }

    /// "json", "md", "txt": what an output link says.
    static func fileExtension(_ name: String) -> String {
        name.split(separator: ".").last.map(String.init) ?? name
    }

    /// "340 ms", "1.2 s", "2 min 5 s".
    static func time(_ milliseconds: Int) -> String {
        if milliseconds < 1000 { return "\(milliseconds) ms" }
        if milliseconds < 60_000 { return "\((Double(milliseconds) / 100).rounded() / 10) s" }
        let seconds = milliseconds / 1000
        return "\(seconds / 60) min \(seconds % 60) s"
    }

    /// A relative link to a file in the output folder: each byte outside the unreserved set
    /// percent-encoded (`#`, `?`, `%`, spaces and `\xHH` spellings in names included), and `./`
    /// in front so a first folder named like `http:` cannot read as a scheme.
    static func href(_ relativePath: String) -> String {
        var encoded = "./"
        for byte in relativePath.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += byte < 16 ? "%0\(hex)" : "%\(hex)"
            }
        }
        return encoded
    }

    /// Text for HTML content or a double-quoted attribute.
    package static func escape(_ text: String) -> String {
        text.markupEscaped()
    }

    static let style = """
        body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}\
        table{border-collapse:collapse;width:100%}\
        th,td{border-bottom:1px solid #ddd;padding:.4em .6em;text-align:left;vertical-align:top}\
        th{background:#f4f4f4;position:sticky;top:0}\
        td.pages,td.sections,td.time{text-align:right;white-space:nowrap}\
        tr[data-status=failed]{background:#fdecea}\
        tr[data-status=unfinished]{background:#fff8e1}\
        tr[data-status=skipped] td.status{color:#777}\
        .error{font-size:12px;color:#8a1c1c;margin-top:.3em}\
        .reason,.earlier{font-size:12px;color:#555}\
        .dump{font-size:12px;color:#777;font-style:italic}\
        td.thumbnail img{max-width:200px;border:1px solid #ccc}\
        td.links a{margin-right:.5em}\
        details summary{cursor:pointer}
        """
}
