import Foundation

/// Writes the versioned JSON described by Schema/galley.schema.json: sorted keys, two-space
/// indentation, no escaped slashes, a final newline; the same document gives the same bytes.
///
/// The bytes are those `JSONEncoder` writes for the document with `.sortedKeys`,
/// `.prettyPrinted` and `.withoutEscapingSlashes` (the test support's `encoderOutput`, which the
/// tests hold the writer to), written straight into one buffer: the encoder's boxing of every value cost more
/// than all the stages together on a large dump.
public struct JSONWriter: OutputWriter {
    /// Whether each PDF block carries its printed lines (`spans`: text, box, font), which makes
    /// the JSON several times larger; off by default (`--spans`).
    public let includesSpans: Bool

    /// A JSON writer; `spans` adds each PDF block's printed lines (see `includesSpans`).
    public init(spans: Bool = false) {
        includesSpans = spans
    }

    /// The document as Galley's pretty-printed JSON, UTF-8. Never throws.
    public func write(_ document: Document) throws -> Data {
        var printer = JSONPrinter(capacity: Self.estimatedSize(of: document))
        printer.document(document, spans: includesSpans)
        return printer.finish()
    }

    /// The document's JSON written to `path` as it is made, a megabyte at a time: a 2,000-page
    /// document's 22 MB of JSON is never held whole. The bytes are those of `write(_:)`, and the
    /// file appears whole or not at all (`AtomicFile`).
    public func write(_ document: Document, to path: String) throws {
        try AtomicFile.write(to: path) { file in
            var printer = JSONPrinter(
                capacity: min(Self.estimatedSize(of: document), 2 * JSONPrinter.flushSize), output: file)
            printer.document(document, spans: includesSpans)
            try printer.finish(into: file)
        }
    }

    /// Room for the output: the text it carries plus a generous allowance per object for keys
    /// and indentation. Too much costs nothing (pages never written are never taken); too
    /// little only means the buffer grows.
    static func estimatedSize(of document: Document) -> Int {
        /// Keys, punctuation and indentation of one object, rounded up.
        let perObject = 160
        var size = 1024 + document.pages.count * 64 + (document.title?.utf8.count ?? 0)
        for section in document.sections {
            size += perObject + (section.heading?.utf8.count ?? 0) + section.blocks.count * 8
            for block in section.blocks {
                size += perObject
                if let items = block.items {
                    for item in items { size += 2 * item.utf8.count + 16 }
                } else {
                    for line in block.lines { size += line.text.utf8.count + 1 }
                }
                // A PDF block's box and spans: each line again with its box and font.
                if block.lines.first?.box != nil {
                    size += perObject
                    for line in block.lines { size += 2 * perObject + line.text.utf8.count + (line.font?.name.utf8.count ?? 0) }
                }
            }
        }
        for link in document.links { size += perObject + link.value.utf8.count + (link.anchorText?.utf8.count ?? 0) }
        for removal in document.audit.removed { size += perObject + removal.text.utf8.count }
        for repair in document.audit.repairs { size += perObject + repair.before.utf8.count + repair.after.utf8.count }
        for warning in document.audit.warningDetails { size += perObject + 2 * warning.message.utf8.count }
        // Escapes (\n, \u001f) can lengthen a string; leave room for a few.
        return size + size / 8
    }
}

/// A pretty-printer in `JSONEncoder`'s layout: `"key" : value`, two spaces per level, an empty
/// array as `[`, a blank line and `]`. Each object's keys are written in sorted order by hand.
struct JSONPrinter: ~Copyable {
    private var out: ByteBuffer
    private var depth = 0
    private var geometry = OutputGeometry()
    /// The number of blocks written so far: the next block's index in sections order.
    private var blocksWritten = 0
    private var includesSpans = false
    /// Where full buffers go when the JSON is streamed to a file; nil when it is built whole.
    private let output: AtomicFile.Output?
    /// The first failed write to `output`; later bytes are dropped and `finish(into:)` throws it.
    private var failure: (any Error)?

    /// Bytes held before they are handed to the output file.
    static let flushSize = 1 << 20

    init(capacity: Int, output: AtomicFile.Output? = nil) {
        out = ByteBuffer(capacity: capacity)
        self.output = output
    }

    /// The bytes written so far and a final newline.
    consuming func finish() -> Data {
        out.append(0x0A)
        return out.data()
    }

    /// Writes the bytes still held and a final newline to `file`; throws the first failed write.
    consuming func finish(into file: AtomicFile.Output) throws {
        out.append(0x0A)
        flush()
        if let failure { throw failure }
    }

    /// Hands the buffer to the output file (streaming only).
    private mutating func flush() {
        guard let output else { return }
        do {
            if failure == nil { try out.drain { try output.append($0) } } else { out.drain { _ in } }
        } catch {
            failure = error
            out.drain { _ in }
        }
    }

    mutating func document(_ document: Document, spans: Bool) {
        geometry = OutputGeometry(document)
        includesSpans = spans
        blocksWritten = 0
        openObject()
        member("generator", first: true)
        openObject()
        member("name", first: true)
        string("galley")
        member("version")
        string(GalleyVersion.current)
        closeObject()
        member("links")
        array(document.links) { $0.link($1) }
        member("pages")
        array(document.pages) { $0.page($1) }
        member("removed")
        array(document.audit.removed.enumerated()) { $0.removal($1.element, index: $1.offset) }
        member("repairs")
        array(document.audit.repairs.enumerated()) { $0.repair($1.element, index: $1.offset) }
        member("schemaVersion")
        string(GalleyVersion.schema)
        member("sections")
        array(document.sections) { $0.section($1) }
        member("source")
        source(document.source)
        member("title")
        optionalString(document.title)
        member("warningDetails")
        array(document.audit.warningDetails) { $0.warning($1) }
        member("warnings")
        array(document.audit.warningDetails) { $0.string($1.message) }
        closeObject()
    }

    private mutating func warning(_ warning: Warning) {
        openObject()
        member("code", first: true)
        string(warning.code.rawValue)
        member("message")
        string(warning.message)
        if let page = warning.page {
            member("page")
            integer(page)
        }
        closeObject()
    }

    private mutating func link(_ link: Link) {
        openObject()
        if let anchor = link.anchorText {
            member("anchorText", first: true)
            string(anchor)
        }
        member("kind", first: link.anchorText == nil)
        string(link.kind.rawValue)
        member("page")
        integer(link.page)
        member("value")
        string(link.value)
        closeObject()
    }

    private mutating func page(_ page: Page) {
        openObject()
        var first = true
        if let source = page.duplicateOf {
            member("duplicateOf", first: true)
            integer(source)
            first = false
        }
        let sheet = page.sheet ?? page.size
        if let sheet {
            member("height", first: first)
            number(OutputGeometry.rounded(sheet.height))
            first = false
        }
        member("number", first: first)
        integer(page.number)
        if page.sheet != nil, let region = geometry.bbox(page.size, page: page.number) {
            member("region")
            numbers(region)
        }
        if let sheet {
            member("width")
            number(OutputGeometry.rounded(sheet.width))
        }
        closeObject()
    }

    private mutating func removal(_ removal: Removal, index: Int) {
        openObject()
        var first = true
        if let bbox = geometry.bbox(removal.place.box, page: removal.page) {
            member("bbox", first: true)
            numbers(bbox)
            first = false
        }
        if let block = removal.block {
            member("block", first: first)
            string(block)
            first = false
        }
        member("id", first: first)
        string(BlockIDs.removalID(index))
        member("kind")
        string(removal.kind.rawValue)
        member("page")
        integer(removal.page)
        if let lines = OutputGeometry.sourceLines(removal.place.sourceLines) {
            member("sourceLines")
            integers(lines)
        }
        member("text")
        string(removal.text)
        closeObject()
    }

    private mutating func repair(_ repair: Repair, index: Int) {
        openObject()
        member("after", first: true)
        string(repair.after)
        if let bbox = geometry.bbox(repair.place.box, page: repair.page) {
            member("bbox")
            numbers(bbox)
        }
        member("before")
        string(repair.before)
        if let block = repair.block {
            member("block")
            string(block)
        }
        member("id")
        string(BlockIDs.repairID(index))
        member("kind")
        string(repair.kind.rawValue)
        member("page")
        integer(repair.page)
        if let lines = OutputGeometry.sourceLines(repair.place.sourceLines) {
            member("sourceLines")
            integers(lines)
        }
        closeObject()
    }

    private mutating func section(_ section: Section) {
        // The heading is numbered before the blocks under it, though its key is written after theirs.
        let headingIndex = blocksWritten
        let first = headingIndex + (section.headingBlock == nil ? 0 : 1)
        blocksWritten = first + section.blocks.count
        openObject()
        member("blocks", first: true)
        array(section.blocks.enumerated()) { $0.block($1.element, index: first + $1.offset) }
        member("heading")
        // The untitled front section says so with an explicit null.
        optionalString(section.heading)
        if let heading = section.headingBlock {
            member("headingBlock")
            block(heading, index: headingIndex)
        }
        member("id")
        string(section.id)
        member("level")
        integer(section.level)
        if let number = section.number {
            member("number")
            string(number)
        }
        member("pages")
        array(JSONWriter.pages(of: section)) { $0.integer($1) }
        closeObject()
    }

    private mutating func block(_ block: Block, index: Int) {
        openObject()
        var first = true
        if let bbox = geometry.bbox(of: block) {
            member("bbox", first: true)
            numbers(bbox)
            first = false
        }
        member("id", first: first)
        string(BlockIDs.id(index))
        if let items = block.items {
            member("items")
            array(items) { $0.string($1) }
        }
        member("kind")
        string(block.kind.rawValue)
        member("order")
        integer(index + 1)
        member("page")
        integer(block.page)
        if let rows = block.rows {
            member("rows")
            array(rows) { writer, row in writer.array(row) { $0.string($1) } }
        }
        if let lines = OutputGeometry.sourceLines(of: block) {
            member("sourceLines")
            integers(lines)
        }
        if includesSpans, let spans = geometry.spans(of: block) {
            member("spans")
            array(spans) { $0.span($1) }
        }
        // A list carries its entries instead of its text.
        if block.items == nil {
            member("text")
            blockText(block)
        }
        closeObject()
    }

    private mutating func span(_ span: OutputGeometry.Span) {
        openObject()
        var first = true
        if let bbox = span.bbox {
            member("bbox", first: true)
            numbers(bbox)
            first = false
        }
        if let bold = span.bold {
            member("bold", first: first)
            boolean(bold)
            first = false
        }
        if let font = span.font {
            member("font", first: first)
            string(font)
            first = false
        }
        if let italic = span.italic {
            member("italic", first: first)
            boolean(italic)
            first = false
        }
        if let page = span.page {
            member("page", first: first)
            integer(page)
            first = false
        }
        if let size = span.size {
            member("size", first: first)
            number(size)
            first = false
        }
        member("text", first: first)
        string(span.text)
        closeObject()
    }

    private mutating func source(_ source: SourceInfo) {
        openObject()
        member("file", first: true)
        string(source.file)
        member("format")
        string(source.format.rawValue)
        member("pageCount")
        integer(source.pageCount)
        member("sha256")
        string(source.sha256)
        closeObject()
    }

    // MARK: Layout

    /// A line feed and two spaces per level, from one constant.
    private static let lineStart: StaticString = "\n                                                                "

    private mutating func newline() {
        Self.lineStart.withUTF8Buffer { line in
            let width = 1 + 2 * depth
            if width <= line.count {
                out.append(UnsafeBufferPointer(rebasing: line[..<width]))
            } else {
                out.append(line)
                for _ in line.count..<width { out.append(0x20) }
            }
        }
    }

    private mutating func openObject() {
        out.append(UInt8(ascii: "{"))
        depth += 1
    }

    private mutating func closeObject() {
        depth -= 1
        newline()
        out.append(UInt8(ascii: "}"))
    }

    /// Opens a member: a comma unless it is the object's first, a new line, the quoted key.
    private mutating func member(_ name: StaticString, first: Bool = false) {
        if !first { out.append(UInt8(ascii: ",")) }
        newline()
        out.append(UInt8(ascii: "\""))
        out.append(name)
        out.append("\" : ")
    }

    private mutating func array<C: Collection>(_ elements: C, _ element: (inout JSONPrinter, C.Element) -> Void) {
        out.append(UInt8(ascii: "["))
        depth += 1
        if elements.isEmpty { out.append(0x0A) }
        var first = true
        for value in elements {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            newline()
            element(&self, value)
            if output != nil, out.count >= Self.flushSize { flush() }
        }
        depth -= 1
        newline()
        out.append(UInt8(ascii: "]"))
    }

    // MARK: Values

    private mutating func integer(_ value: Int) {
        // Fits a small string: no allocation.
        out.append(String(value))
    }

    private mutating func boolean(_ value: Bool) {
        out.append(value ? "true" : "false")
    }

    /// A number as `JSONEncoder` writes a `Double`: whole numbers without a fraction, the rest
    /// in their shortest form (the writer's numbers are rounded to hundredths, never huge).
    private mutating func number(_ value: Double) {
        if value == value.rounded(), abs(value) < 1e15 {
            out.append(String(Int(value)))
        } else {
            out.append(value.description)
        }
    }

    private mutating func numbers(_ values: [Double]) {
        array(values) { $0.number($1) }
    }

    private mutating func integers(_ values: [Int]) {
        array(values) { $0.integer($1) }
    }

    private mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { out.append("null") }
    }

    mutating func string(_ value: String) {
        out.appendJSONString(value)
    }

    /// `Block.text` (its lines trimmed, empty ones dropped, joined by single spaces) as a JSON
    /// string, written line by line instead of joined into one string first.
    private mutating func blockText(_ block: Block) {
        out.append(UInt8(ascii: "\""))
        var first = true
        for line in block.lines {
            let trimmed = line.text.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            if !first { out.append(0x20) }
            first = false
            escaped(trimmed)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The body of a JSON string as `JSONEncoder` escapes it (`ByteBuffer.appendJSONEscaped`).
    private mutating func escaped(_ value: String) {
        out.appendJSONEscaped(value)
    }
}

extension JSONWriter {
    /// `Section.pages` (ascending, without repeats) without building a `Set`: a section's
    /// blocks nearly always come in page order already.
    static func pages(of section: Section) -> [Int] {
        var pages = section.blocks.map(\.page)
        pages.sort()
        var kept = 0
        for index in pages.indices where kept == 0 || pages[kept - 1] != pages[index] {
            pages[kept] = pages[index]
            kept += 1
        }
        pages.removeLast(pages.count - kept)
        return pages
    }
}
