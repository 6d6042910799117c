import Foundation

/// Writes the versioned JSON described by Schema/galley.schema.json: sorted keys, two-space
/// indentation, no escaped slashes, a final newline; the same document gives the same bytes.
///
/// The bytes are those `JSONEncoder` writes for `JSONDocument` with `.sortedKeys`,
/// `.prettyPrinted` and `.withoutEscapingSlashes` (`encoderOutput`, which the tests hold the
/// writer to), written straight into one buffer: the encoder's boxing of every value cost more
/// than all the stages together on a large dump.
public struct JSONWriter: OutputWriter {
    public init() {}

    public func write(_ document: Document) throws -> Data {
        var printer = JSONPrinter(capacity: Self.estimatedSize(of: document))
        printer.document(document)
        return printer.finish()
    }

    /// The same document through Foundation's `JSONEncoder`: the reference `write` must match.
    public func encoderOutput(_ document: Document) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(JSONDocument(document))
        data.append(0x0A)
        return data
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
            }
        }
        for link in document.links { size += perObject + link.value.utf8.count + (link.anchorText?.utf8.count ?? 0) }
        for removal in document.audit.removed { size += perObject + removal.text.utf8.count }
        for repair in document.audit.repairs { size += perObject + repair.before.utf8.count + repair.after.utf8.count }
        for warning in document.audit.warnings { size += 16 + warning.utf8.count }
        // Escapes (\n, \u001f) can lengthen a string; leave room for a few.
        return size + size / 8
    }
}

/// A pretty-printer in `JSONEncoder`'s layout: `"key" : value`, two spaces per level, an empty
/// array as `[`, a blank line and `]`. Each object's keys are written in sorted order by hand.
struct JSONPrinter: ~Copyable {
    private var out: ByteBuffer
    private var depth = 0

    init(capacity: Int) {
        out = ByteBuffer(capacity: capacity)
    }

    /// The bytes written so far and a final newline.
    consuming func finish() -> Data {
        out.append(0x0A)
        return out.data()
    }

    mutating func document(_ document: Document) {
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
        array(document.audit.removed) { $0.removal($1) }
        member("repairs")
        array(document.audit.repairs) { $0.repair($1) }
        member("schemaVersion")
        string(GalleyVersion.schema)
        member("sections")
        array(document.sections) { $0.section($1) }
        member("source")
        source(document.source)
        member("title")
        optionalString(document.title)
        member("warnings")
        array(document.audit.warnings) { $0.string($1) }
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
        if let source = page.duplicateOf {
            member("duplicateOf", first: true)
            integer(source)
        }
        member("number", first: page.duplicateOf == nil)
        integer(page.number)
        closeObject()
    }

    private mutating func removal(_ removal: Removal) {
        openObject()
        member("kind", first: true)
        string(removal.kind.rawValue)
        member("page")
        integer(removal.page)
        member("text")
        string(removal.text)
        closeObject()
    }

    private mutating func repair(_ repair: Repair) {
        openObject()
        member("after", first: true)
        string(repair.after)
        member("before")
        string(repair.before)
        member("kind")
        string(repair.kind.rawValue)
        member("page")
        integer(repair.page)
        closeObject()
    }

    private mutating func section(_ section: Section) {
        openObject()
        member("blocks", first: true)
        array(section.blocks) { $0.block($1) }
        member("heading")
        // The untitled front section says so with an explicit null.
        optionalString(section.heading)
        member("id")
        string(section.id)
        member("level")
        integer(section.level)
        member("pages")
        array(JSONWriter.pages(of: section)) { $0.integer($1) }
        closeObject()
    }

    private mutating func block(_ block: Block) {
        openObject()
        if let items = block.items {
            member("items", first: true)
            array(items) { $0.string($1) }
        }
        member("kind", first: block.items == nil)
        string(block.kind.rawValue)
        member("page")
        integer(block.page)
        if let rows = block.rows {
            member("rows")
            array(rows) { writer, row in writer.array(row) { $0.string($1) } }
        }
        // A list carries its entries instead of its text.
        if block.items == nil {
            member("text")
            blockText(block)
        }
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

    private mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { out.append("null") }
    }

    mutating func string(_ value: String) {
        out.append(UInt8(ascii: "\""))
        escaped(value)
        out.append(UInt8(ascii: "\""))
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

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// The body of a JSON string as `JSONEncoder` escapes it: quote, backslash and controls
    /// below U+0020 (\b \t \n \f \r by name, the rest as \u00xx); everything else, slashes
    /// included, as is. Runs with nothing to escape (nearly every string is one) are copied whole.
    private mutating func escaped(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices where Self.needsEscape(utf8[index]) {
                out.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                escape(utf8[index])
                runStart = index + 1
            }
            out.append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }

    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func escape(_ byte: UInt8) {
        out.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        default:
            out.append("u00")
            Self.hexDigits.withUTF8Buffer { hex in
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
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

/// The JSON shape of a document, version 1.
struct JSONDocument: Encodable {
    struct Generator: Encodable {
        let name: String
        let version: String
    }

    struct PageEntry: Encodable {
        let number: Int
        let duplicateOf: Int?
    }

    struct BlockEntry: Encodable {
        let kind: BlockKind
        let text: String?
        let items: [String]?
        let page: Int
        let rows: [[String]]?
    }

    struct SectionEntry: Encodable {
        let id: String
        let heading: String?
        let level: Int
        let pages: [Int]
        let blocks: [BlockEntry]

        enum CodingKeys: String, CodingKey { case id, heading, level, pages, blocks }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            // The untitled front section says so with an explicit null.
            try container.encode(heading, forKey: .heading)
            try container.encode(level, forKey: .level)
            try container.encode(pages, forKey: .pages)
            try container.encode(blocks, forKey: .blocks)
        }
    }

    let schemaVersion = GalleyVersion.schema
    let source: SourceInfo
    let generator = Generator(name: "galley", version: GalleyVersion.current)
    let title: String?
    let pages: [PageEntry]
    let sections: [SectionEntry]
    let links: [Link]
    let removed: [Removal]
    let repairs: [Repair]
    let warnings: [String]

    init(_ document: Document) {
        source = document.source
        title = document.title
        pages = document.pages.map { PageEntry(number: $0.number, duplicateOf: $0.duplicateOf) }
        sections = document.sections.map { section in
            SectionEntry(
                id: section.id, heading: section.heading, level: section.level, pages: section.pages,
                blocks: section.blocks.map { block in
                    BlockEntry(
                        kind: block.kind, text: block.items == nil ? block.text : nil, items: block.items, page: block.page,
                        rows: block.rows)
                })
        }
        links = document.links
        removed = document.audit.removed
        repairs = document.audit.repairs
        warnings = document.audit.warnings
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, source, generator, title, pages, sections, links, removed, repairs, warnings
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(source, forKey: .source)
        try container.encode(generator, forKey: .generator)
        try container.encode(title, forKey: .title)
        try container.encode(pages, forKey: .pages)
        try container.encode(sections, forKey: .sections)
        try container.encode(links, forKey: .links)
        try container.encode(removed, forKey: .removed)
        try container.encode(repairs, forKey: .repairs)
        try container.encode(warnings, forKey: .warnings)
    }
}
