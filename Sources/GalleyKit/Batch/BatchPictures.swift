import Foundation

/// Draws an input's page 1 for `galley batch --report`, from the JSON `convert` wrote for it.
///
/// A drawing needs poppler, so it runs in a batch worker (a crash costs a picture, never the
/// batch); the report only embeds the PNG it leaves in `OUT/.thumbnails/`.
public protocol PagePictureDrawing: Sendable {
    /// Page `page` of `pdf`, small, with the reading order of `json` drawn over it, as PNG.
    func thumbnail(pdf: URL, json: Data, page: Int) throws -> Data
    /// The inspect pictures of page `page` (SVG and PNG), or nil when none can be drawn.
    func inspectPictures(pdf: URL, json: Data, page: Int) throws -> (svg: Data, png: Data)?
}

/// Writes the pictures of one input for a batch report.
public enum BatchPictures {
    /// Writes `OUT/.thumbnails/<name>.png` and, when `drawing` gives them,
    /// `OUT/inspect/<name>/page-1.svg` and `.png`, each atomically. A raw-dump input (its JSON's
    /// `source.format` is not `pdf`) has no page to draw: nothing is written.
    ///
    /// - Returns: the files written, relative to `outputDirectory`.
    public static func write(
        input name: String, pdf: URL, json: Data, outputDirectory: String, drawing: PagePictureDrawing
    ) throws -> [String] {
        guard let summary = BatchReportPage.OutputSummary.decode(json), !summary.isTextDump, summary.source.pageCount > 0
        else { return [] }
        let folder = URL(fileURLWithPath: outputDirectory)
        var written: [String] = []
        let thumbnail = try drawing.thumbnail(pdf: pdf, json: json, page: 1)
        try AtomicFile.write(thumbnail, to: BatchReportPage.thumbnailPath(for: name, in: outputDirectory))
        written.append(files(of: name)[0])
        if let pictures = try drawing.inspectPictures(pdf: pdf, json: json, page: 1) {
            let names = BatchReportPage.inspectPictures(for: name)
            try AtomicFile.write(pictures.svg, to: folder.appendingPathComponent(names[0]).path)
            try AtomicFile.write(pictures.png, to: folder.appendingPathComponent(names[1]).path)
            written += names
        }
        return written
    }

    /// The files `write` may write for an input, relative to the output folder.
    public static func files(of name: String) -> [String] {
        [".thumbnails/\(name).png"] + BatchReportPage.inspectPictures(for: name)
    }

    /// Whether an input's thumbnail is missing or older than its output `output` (converted
    /// again since it was drawn), so that a run skipping the input should draw it again.
    public static func needsDrawing(input name: String, output: String, outputDirectory: String) -> Bool {
        let manager = FileManager.default
        let thumbnail = BatchReportPage.thumbnailPath(for: name, in: outputDirectory)
        guard let drawn = (try? manager.attributesOfItem(atPath: thumbnail))?[.modificationDate] as? Date else {
            return true
        }
        let outputPath = URL(fileURLWithPath: outputDirectory).appendingPathComponent(output).path
        guard let written = (try? manager.attributesOfItem(atPath: outputPath))?[.modificationDate] as? Date else {
            return false
        }
        return drawn < written
    }
}
