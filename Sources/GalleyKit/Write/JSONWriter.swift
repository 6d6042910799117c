import Foundation

/// Writes the versioned JSON described by Schema/galley.schema.json: sorted keys, two-space
/// indentation, no escaped slashes, a final newline; the same document gives the same bytes.
public struct JSONWriter: OutputWriter {
    public init() {}

    public func write(_ document: Document) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(JSONDocument(document))
        data.append(0x0A)
        return data
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
