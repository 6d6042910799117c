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
        let out = JSONBytes()
        out.document(JSONDocument(document))
        out.bytes.append(0x0A)
        return Data(out.bytes)
    }

    /// The same document through Foundation's `JSONEncoder`: the reference `write` must match.
    public func encoderOutput(_ document: Document) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(JSONDocument(document))
        data.append(0x0A)
        return data
    }
}

/// A pretty-printer for `JSONDocument` in `JSONEncoder`'s layout: `"key" : value`, two spaces
/// per level, an empty array as `[`, a blank line and `]`. Keys are written in sorted order.
final class JSONBytes {
    var bytes: [UInt8] = []
    private var depth = 0

    func document(_ doc: JSONDocument) {
        object {
            key("generator", first: true)
            object {
                key("name", first: true)
                string(doc.generator.name)
                key("version")
                string(doc.generator.version)
            }
            key("links")
            array(doc.links) { link in
                object {
                    var first = true
                    if let anchor = link.anchorText {
                        key("anchorText", first: true)
                        string(anchor)
                        first = false
                    }
                    key("kind", first: first)
                    string(link.kind.rawValue)
                    key("page")
                    integer(link.page)
                    key("value")
                    string(link.value)
                }
            }
            key("pages")
            array(doc.pages) { page in
                object {
                    var first = true
                    if let source = page.duplicateOf {
                        key("duplicateOf", first: true)
                        integer(source)
                        first = false
                    }
                    key("number", first: first)
                    integer(page.number)
                }
            }
            key("removed")
            array(doc.removed) { removal in
                object {
                    key("kind", first: true)
                    string(removal.kind.rawValue)
                    key("page")
                    integer(removal.page)
                    key("text")
                    string(removal.text)
                }
            }
            key("repairs")
            array(doc.repairs) { repair in
                object {
                    key("after", first: true)
                    string(repair.after)
                    key("before")
                    string(repair.before)
                    key("kind")
                    string(repair.kind.rawValue)
                    key("page")
                    integer(repair.page)
                }
            }
            key("schemaVersion")
            string(doc.schemaVersion)
            key("sections")
            array(doc.sections) { section in
                object {
                    key("blocks", first: true)
                    array(section.blocks) { block in
                        object {
                            var first = true
                            if let items = block.items {
                                key("items", first: true)
                                array(items) { string($0) }
                                first = false
                            }
                            key("kind", first: first)
                            string(block.kind.rawValue)
                            key("page")
                            integer(block.page)
                            if let text = block.text {
                                key("text")
                                string(text)
                            }
                        }
                    }
                    key("heading")
                    optionalString(section.heading)
                    key("id")
                    string(section.id)
                    key("level")
                    integer(section.level)
                    key("pages")
                    array(section.pages) { integer($0) }
                }
            }
            key("source")
            object {
                key("file", first: true)
                string(doc.source.file)
                key("format")
                string(doc.source.format.rawValue)
                key("pageCount")
                integer(doc.source.pageCount)
                key("sha256")
                string(doc.source.sha256)
            }
            key("title")
            optionalString(doc.title)
            key("warnings")
            array(doc.warnings) { string($0) }
        }
    }

    private func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }

    private func object(_ members: () -> Void) {
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        members()
        depth -= 1
        newline()
        bytes.append(UInt8(ascii: "}"))
    }

    /// Opens a member: a comma unless it is the object's first, a new line, the quoted key.
    private func key(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        newline()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), 0x20, UInt8(ascii: ":"), 0x20])
    }

    private func array<C: Collection>(_ elements: C, _ element: (C.Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        depth += 1
        if elements.isEmpty { bytes.append(0x0A) }
        for (index, value) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            newline()
            element(value)
        }
        depth -= 1
        newline()
        bytes.append(UInt8(ascii: "]"))
    }

    private func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    private func optionalString(_ value: String?) {
        if let value { string(value) } else { bytes.append(contentsOf: "null".utf8) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string as `JSONEncoder` escapes it: quote, backslash and controls below U+0020
    /// (\b \t \n \f \r by name, the rest as \u00xx); everything else, slashes included, as is.
    func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Nearly every string has nothing to escape: copy it in one go.
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: utf8)
            } else {
                escape(utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x00..<0x20:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
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
                        kind: block.kind, text: block.items == nil ? block.text : nil, items: block.items, page: block.page)
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
