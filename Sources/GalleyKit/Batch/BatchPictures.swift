import Foundation

/// Draws an input's page for `galley batch --report`, from the JSON `convert` wrote for it.
///
/// A drawing needs poppler, so it runs in a batch worker (a crash costs a picture, never the
/// batch); the report only embeds the PNG it leaves in `OUT/.thumbnails/`.
package protocol PagePictureDrawing: Sendable {
    /// Page `page` of `pdf` with the reading order of `json` drawn over it.
    func draw(pdf: URL, json: Data, page: Int) throws -> PagePictures
}

/// One page drawn for a report.
package struct PagePictures: Sendable, Equatable {
    /// Small, for the report's table, as PNG.
    package var thumbnail: Data
    /// The inspect pictures (`galley inspect`'s SVG over its PNG), when drawn.
    package var svg: Data?
    package var png: Data?

    package init(thumbnail: Data, svg: Data? = nil, png: Data? = nil) {
        self.thumbnail = thumbnail
        self.svg = svg
        self.png = png
    }
}

/// Draws with `galley inspect`'s pictures: the page as poppler renders it with the blocks
/// outlined by kind, reading-order badges and arrows, removals hatched; the thumbnail at
/// `thumbnailScale`, the inspect PNG and SVG at `inspectScale`.
package struct InspectDrawing: PagePictureDrawing {
    /// 0.3 pixels per point: a Letter page is 184 pixels wide, a row of the report's table.
    package static let thumbnailScale = 0.3
    /// `galley inspect`'s own default (108 dpi).
    package static let inspectScale = 1.5

    package var password: String?

    package init(password: String? = nil) {
        self.password = password
    }

    package func draw(pdf: URL, json: Data, page: Int) throws -> PagePictures {
        let document = try InspectedDocument.decode(json)
        let picture = try InspectPicture(pdf: InputFile.load(pdf.path), password: password)
        let overlay = PageOverlay(document: document, page: page, size: try picture.size(ofPage: page))
        let png = "page-\(page).png"
        return PagePictures(
            thumbnail: try picture.png(overlay, scale: Self.thumbnailScale),
            svg: Data(SVGPage.svg(overlay, background: png, pixelScale: Self.inspectScale).utf8),
            png: try picture.png(overlay, scale: Self.inspectScale))
    }
}

/// Writes the pictures of one input for a batch report.
package enum BatchPictures {
    /// Writes `OUT/.thumbnails/<name>.png` and, when `drawing` gives them,
    /// `OUT/inspect/<name>/page-1.png` and `.svg`, each atomically. A raw-dump input (its JSON's
    /// `source.format` is not `pdf`) has no page to draw: its lines are shown instead, coloured
    /// by what Galley made of them, in `OUT/inspect/<name>/lines.html`.
    ///
    /// - Returns: the files written, relative to `outputDirectory`.
    package static func write(
        input name: String, pdf: URL, json: Data, outputDirectory: String, drawing: PagePictureDrawing
    ) throws -> [String] {
        guard let summary = BatchReportPage.OutputSummary.decode(json) else { return [] }
        let folder = URL(fileURLWithPath: outputDirectory)
        if summary.isTextDump {
            let input = try InputFile.load(pdf.path)
            let view = BatchReportPage.dumpView(for: name)
            try AtomicFile.write(Data(try DumpView.html(input: input, json: json).utf8), to: folder.appendingPathComponent(view).path)
            return [view]
        }
        guard summary.source.pageCount > 0 else { return [] }
        var written: [String] = []
        let pictures = try drawing.draw(pdf: pdf, json: json, page: 1)
        try AtomicFile.write(pictures.thumbnail, to: BatchReportPage.thumbnailPath(for: name, in: outputDirectory))
        written.append(files(of: name)[0])
        // The PNG first: the SVG names it as its background.
        let names = BatchReportPage.inspectPictures(for: name)
        if let png = pictures.png {
            try AtomicFile.write(png, to: folder.appendingPathComponent(names[1]).path)
            written.append(names[1])
        }
        if let svg = pictures.svg {
            try AtomicFile.write(svg, to: folder.appendingPathComponent(names[0]).path)
            written.append(names[0])
        }
        return written
    }

    /// The files `write` may write for an input, relative to the output folder.
    package static func files(of name: String) -> [String] {
        [".thumbnails/\(name).png"] + BatchReportPage.inspectPictures(for: name) + [BatchReportPage.dumpView(for: name)]
    }

    /// Whether an input's thumbnail (a raw dump's view) is missing or older than its output
    /// `output` (converted again since it was drawn), so that a run skipping the input should
    /// draw it again.
    package static func needsDrawing(input name: String, output: String, outputDirectory: String) -> Bool {
        let manager = FileManager.default
        // A PDF's thumbnail, or a raw dump's view of its lines.
        let thumbnail = BatchReportPage.thumbnailPath(for: name, in: outputDirectory)
        let view = URL(fileURLWithPath: outputDirectory).appendingPathComponent(BatchReportPage.dumpView(for: name)).path
        guard
            let drawn = [thumbnail, view].lazy.compactMap({ (try? manager.attributesOfItem(atPath: $0))?[.modificationDate] as? Date })
                .first
        else {
            return true
        }
        let outputPath = URL(fileURLWithPath: outputDirectory).appendingPathComponent(output).path
        guard let written = (try? manager.attributesOfItem(atPath: outputPath))?[.modificationDate] as? Date else {
            return false
        }
        return drawn < written
    }
}
