import Foundation

/// What `galley inspect` draws: the JSON that `convert` writes (schema 1.3), decoded back, with
/// only the keys a picture needs. Pictures are drawn from this and never from the in-memory
/// `Document`, so they show exactly what a user of the JSON gets.
///
/// Keys added in schema 1.2 (`id`, `order`, `bbox`, `sourceLines`, page sizes) are optional in
/// decoding: a 1.1 file still decodes, its blocks numbered in sections order and drawn without
/// boxes.
package struct InspectedDocument: Decodable, Sendable, Equatable {
    package var schemaVersion: String
    package var source: Source
    package var pages: [Page]
    package var sections: [Section]
    package var removed: [Removal]
    package var repairs: [Repair]

    package struct Source: Decodable, Sendable, Equatable {
        package var file: String
        /// "pdf" or "text".
        package var format: String
        package var pageCount: Int

        package init(file: String, format: String, pageCount: Int) {
            self.file = file
            self.format = format
            self.pageCount = pageCount
        }
    }

    /// One entry of `pages[]`: a PDF page, or one half of a two-up sheet (`region`).
    package struct Page: Decodable, Sendable, Equatable {
        package var number: Int
        package var duplicateOf: Int?
        /// The page's displayed size in points (PDF input only).
        package var width: Double?
        package var height: Double?
        /// The part of the sheet this entry is, `[x0, y0, x1, y1]`, when a spread was split.
        package var region: Box?

        package init(number: Int, duplicateOf: Int? = nil, width: Double? = nil, height: Double? = nil, region: Box? = nil) {
            self.number = number
            self.duplicateOf = duplicateOf
            self.width = width
            self.height = height
            self.region = region
        }
    }

    package struct Section: Decodable, Sendable, Equatable {
        /// The section's heading as a block (schema 1.2; absent for the untitled front section).
        package var headingBlock: Block?
        package var level: Int?
        package var blocks: [Block]

        package init(headingBlock: Block? = nil, level: Int? = nil, blocks: [Block]) {
            self.headingBlock = headingBlock
            self.level = level
            self.blocks = blocks
        }

        /// The heading block, then the others: the order the JSON numbers them in.
        package var allBlocks: [Block] {
            (headingBlock.map { [$0] } ?? []) + blocks
        }
    }

    package struct Block: Decodable, Sendable, Equatable {
        /// "b1", "b2", … (schema 1.2); "b<order>" when the JSON predates ids.
        package var id: String
        /// 1-based reading-order index over the whole document.
        package var order: Int
        /// paragraph, heading, list, contact, quote, table, caption, note.
        package var kind: String
        package var page: Int
        package var bbox: Box?
        /// `[first, last]` 1-based lines of a raw dump.
        package var sourceLines: LineRange?
        package var text: String?
        package var items: [String]?
        package var headingLevel: Int?
        /// One per printed line (PDF only), each with its box when it has one.
        package var spans: [Span]?

        package init(
            id: String, order: Int, kind: String, page: Int, bbox: Box? = nil, sourceLines: LineRange? = nil,
            text: String? = nil, items: [String]? = nil, headingLevel: Int? = nil, spans: [Span]? = nil
        ) {
            self.id = id
            self.order = order
            self.kind = kind
            self.page = page
            self.bbox = bbox
            self.sourceLines = sourceLines
            self.text = text
            self.items = items
            self.headingLevel = headingLevel
            self.spans = spans
        }

        enum CodingKeys: String, CodingKey {
            case id, order, kind, page, bbox, sourceLines, text, items, headingLevel, level, spans
        }

        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            // Filled in by the document when the JSON predates ids and orders.
            id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
            order = try container.decodeIfPresent(Int.self, forKey: .order) ?? 0
            kind = try container.decode(String.self, forKey: .kind)
            page = try container.decode(Int.self, forKey: .page)
            bbox = try container.decodeIfPresent(Box.self, forKey: .bbox)
            sourceLines = try container.decodeIfPresent(LineRange.self, forKey: .sourceLines)
            text = try container.decodeIfPresent(String.self, forKey: .text)
            items = try container.decodeIfPresent([String].self, forKey: .items)
            headingLevel =
                try container.decodeIfPresent(Int.self, forKey: .headingLevel)
                ?? container.decodeIfPresent(Int.self, forKey: .level)
            spans = try container.decodeIfPresent([Span].self, forKey: .spans)
        }
    }

    /// One printed line of a block (`spans[]`); only its place matters to a picture.
    package struct Span: Decodable, Sendable, Equatable {
        package var bbox: Box?
        /// The line's page when it is not its block's (text brought from another page).
        package var page: Int?

        package init(bbox: Box?, page: Int? = nil) {
            self.bbox = bbox
            self.page = page
        }
    }

    /// Text Galley cut out (`removed[]`).
    package struct Removal: Decodable, Sendable, Equatable {
        package var id: String?
        /// header, footer, pageNumber, navigation, imageText, duplicate, contents, pullQuote, jumpLine, banner.
        package var kind: String
        package var page: Int
        package var bbox: Box?
        package var sourceLines: LineRange?
        package var text: String
        /// The surviving block the text was cut from.
        package var block: String?

        package init(
            id: String?, kind: String, page: Int, bbox: Box? = nil, sourceLines: LineRange? = nil, text: String = "",
            block: String? = nil
        ) {
            self.id = id
            self.kind = kind
            self.page = page
            self.bbox = bbox
            self.sourceLines = sourceLines
            self.text = text
            self.block = block
        }
    }

    /// Text Galley repaired (`repairs[]`).
    package struct Repair: Decodable, Sendable, Equatable {
        package var id: String?
        package var kind: String
        package var page: Int
        package var bbox: Box?
        package var sourceLines: LineRange?
        /// The block (or removal) holding the repaired text.
        package var block: String?
    }

    /// `[x0, y0, x1, y1]` in points, origin top-left, y down.
    package struct Box: Decodable, Sendable, Equatable {
        package var x0, y0, x1, y1: Double

        package init(x0: Double, y0: Double, x1: Double, y1: Double) {
            (self.x0, self.y0, self.x1, self.y1) = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        }

        package init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            let values = try (0..<4).map { _ in try container.decode(Double.self) }
            self.init(x0: values[0], y0: values[1], x1: values[2], y1: values[3])
        }

        package var width: Double { x1 - x0 }
        package var height: Double { y1 - y0 }
        package var midX: Double { (x0 + x1) / 2 }
        package var midY: Double { (y0 + y1) / 2 }
    }

    /// `[first, last]`, 1-based and inclusive.
    package struct LineRange: Decodable, Sendable, Equatable {
        package var first, last: Int

        package init(first: Int, last: Int) {
            (self.first, self.last) = (min(first, last), max(first, last))
        }

        package init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            self.init(first: try container.decode(Int.self), last: try container.decode(Int.self))
        }

        package func contains(_ line: Int) -> Bool { first <= line && line <= last }
    }

    package init(
        schemaVersion: String = GalleyVersion.schema, source: Source, pages: [Page], sections: [Section],
        removed: [Removal] = [], repairs: [Repair] = []
    ) {
        self.schemaVersion = schemaVersion
        self.source = source
        self.pages = pages
        self.sections = sections
        self.removed = removed
        self.repairs = repairs
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, source, pages, sections, removed, repairs
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(String.self, forKey: .schemaVersion)
        source = try container.decode(Source.self, forKey: .source)
        pages = try container.decode([Page].self, forKey: .pages)
        sections = try container.decode([Section].self, forKey: .sections)
        removed = try container.decodeIfPresent([Removal].self, forKey: .removed) ?? []
        repairs = try container.decodeIfPresent([Repair].self, forKey: .repairs) ?? []
        // A 1.1 file has neither ids nor orders: number its blocks in sections order, as 1.2 does.
        var order = 0
        func fill(_ block: inout Block) {
            order += 1
            if block.order == 0 { block.order = order }
            if block.id.isEmpty { block.id = "b\(order)" }
        }
        for s in sections.indices {
            if sections[s].headingBlock != nil {
                fill(&sections[s].headingBlock!)
                if sections[s].headingBlock!.headingLevel == nil { sections[s].headingBlock!.headingLevel = sections[s].level }
            }
            for b in sections[s].blocks.indices { fill(&sections[s].blocks[b]) }
        }
    }

    /// Decodes the bytes `JSONWriter` wrote; a file that is not Galley's JSON is one `GalleyError`.
    package static func decode(_ json: Data, name: String = "JSON") throws -> InspectedDocument {
        do {
            return try JSONDecoder().decode(InspectedDocument.self, from: json)
        } catch {
            throw GalleyError.unreadable(name, reason: "not Galley's JSON: \(Self.describe(error))")
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "no \"\(key.stringValue)\" key"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "unexpected value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted: return "not valid JSON"
        default: return "cannot decode"
        }
    }

    /// Every block, each section's heading block included, in reading order.
    package var blocks: [Block] {
        sections.flatMap(\.allBlocks).sorted { $0.order < $1.order }
    }

    /// The distinct page numbers, in the order `pages[]` lists them.
    package var pageNumbers: [Int] {
        var seen = Set<Int>()
        return pages.map(\.number).filter { seen.insert($0).inserted }
    }

    /// The sheet size of page `number` (the first entry's, which every half of a spread shares).
    package func size(ofPage number: Int) -> (width: Double, height: Double)? {
        guard let page = pages.first(where: { $0.number == number }), let width = page.width, let height = page.height
        else { return nil }
        return (width, height)
    }
}
