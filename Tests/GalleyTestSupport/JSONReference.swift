import Foundation
import GalleyKit

extension JSONWriter {
    /// The same document through Foundation's `JSONEncoder`: the reference the writer's bytes
    /// must match (the writer prints them by hand, for speed).
    package func encoderOutput(_ document: Document) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(JSONDocument(document, spans: includesSpans))
        data.append(0x0A)
        return data
    }
}

/// The JSON shape of a document (schema 1.x), for `JSONEncoder`: the reference the printer is held to.
struct JSONDocument: Encodable {
    struct Generator: Encodable {
        let name: String
        let version: String
    }

    struct PageEntry: Encodable {
        let number: Int
        let duplicateOf: Int?
        let width: Double?
        let height: Double?
        let region: [Double]?
    }

    struct BlockEntry: Encodable {
        let id: String
        let order: Int
        let kind: BlockKind
        let text: String?
        let items: [String]?
        let page: Int
        let rows: [[String]]?
        let bbox: [Double]?
        let sourceLines: [Int]?
        let spans: [OutputGeometry.Span]?
    }

    struct SectionEntry: Encodable {
        let id: String
        let heading: String?
        let level: Int
        let pages: [Int]
        let blocks: [BlockEntry]
        let headingBlock: BlockEntry?
        let number: String?

        enum CodingKeys: String, CodingKey { case id, heading, level, pages, blocks, headingBlock, number }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            // The untitled front section says so with an explicit null.
            try container.encode(heading, forKey: .heading)
            try container.encode(level, forKey: .level)
            try container.encode(pages, forKey: .pages)
            try container.encode(blocks, forKey: .blocks)
            try container.encodeIfPresent(headingBlock, forKey: .headingBlock)
            try container.encodeIfPresent(number, forKey: .number)
        }
    }

    struct RemovalEntry: Encodable {
        let id: String
        let kind: Removal.Kind
        let text: String
        let page: Int
        let block: String?
        let bbox: [Double]?
        let sourceLines: [Int]?
    }

    struct RepairEntry: Encodable {
        let id: String
        let kind: Repair.Kind
        let before: String
        let after: String
        let page: Int
        let block: String?
        let bbox: [Double]?
        let sourceLines: [Int]?
    }

    let schemaVersion = GalleyVersion.schema
    let source: SourceInfo
    let generator = Generator(name: "galley", version: GalleyVersion.current)
    let title: String?
    let pages: [PageEntry]
    let sections: [SectionEntry]
    let links: [Link]
    let removed: [RemovalEntry]
    let repairs: [RepairEntry]
    let warnings: [String]
    let warningDetails: [Warning]

    init(_ document: Document, spans: Bool) {
        let geometry = OutputGeometry(document)
        source = document.source
        title = document.title
        pages = document.pages.map { page in
            let sheet = page.sheet ?? page.size
            return PageEntry(
                number: page.number, duplicateOf: page.duplicateOf, width: sheet.map { OutputGeometry.rounded($0.width) },
                height: sheet.map { OutputGeometry.rounded($0.height) },
                region: page.sheet == nil ? nil : geometry.bbox(page.size, page: page.number))
        }
        var index = 0
        func entry(_ block: Block) -> BlockEntry {
            index += 1
            return BlockEntry(
                id: BlockIDs.id(index - 1), order: index, kind: block.kind,
                text: block.items == nil ? block.text : nil, items: block.items, page: block.page,
                rows: block.rows, bbox: geometry.bbox(of: block), sourceLines: OutputGeometry.sourceLines(of: block),
                spans: spans ? geometry.spans(of: block) : nil)
        }
        sections = document.sections.map { section in
            let heading = section.headingBlock.map(entry)
            return SectionEntry(
                id: section.id, heading: section.heading, level: section.level, pages: section.pages,
                blocks: section.blocks.map(entry), headingBlock: heading, number: section.number)
        }
        links = document.links
        removed = document.audit.removed.enumerated().map { index, removal in
            RemovalEntry(
                id: BlockIDs.removalID(index), kind: removal.kind, text: removal.text, page: removal.page, block: removal.block,
                bbox: geometry.bbox(removal.place.box, page: removal.page),
                sourceLines: OutputGeometry.sourceLines(removal.place.sourceLines))
        }
        repairs = document.audit.repairs.enumerated().map { index, repair in
            RepairEntry(
                id: BlockIDs.repairID(index), kind: repair.kind, before: repair.before, after: repair.after, page: repair.page,
                block: repair.block, bbox: geometry.bbox(repair.place.box, page: repair.page),
                sourceLines: OutputGeometry.sourceLines(repair.place.sourceLines))
        }
        warnings = document.audit.warnings
        warningDetails = document.audit.warningDetails
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, source, generator, title, pages, sections, links, removed, repairs, warnings, warningDetails
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
        try container.encode(warningDetails, forKey: .warningDetails)
    }
}
