import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

@Suite struct SchemaTests {
    static let validator: SchemaValidator = {
        do { return try SchemaValidator.galley() } catch { fatalError("Schema/galley.schema.json: \(error)") }
    }()

    /// A document that uses every optional part of the JSON: a duplicate page, a list, an anchor text.
    static func fullDocument() -> Document {
        var document = Document(
            source: SourceInfo(file: "spring.pdf", format: .pdf, sha256: String(repeating: "ab", count: 32), pageCount: 2),
            pages: [Page(number: 1, blocks: []), Page(number: 2, blocks: [], duplicateOf: 1)])
        document.title = "Eastvale Residents Forum"
        document.sections = [
            Section(id: "s1", heading: nil, level: 1, blocks: [Block(lines: [Line("Welcome to the spring issue.")], page: 1)]),
            Section(
                id: "s2", heading: "Dates for your diary", level: 2,
                blocks: [
                    Block(
                        lines: [Line("• Litter pick"), Line("• Quiz night")], kind: .list, items: ["Litter pick", "Quiz night"],
                        page: 1),
                    Block(lines: [Line("hello@eastvale-forum.example.org")], kind: .contact, page: 1),
                    Block(
                        lines: [Line("Date Event"), Line("3 May Litter pick")], kind: .table,
                        items: ["Date Event", "3 May Litter pick"], rows: [["Date", "Event"], ["3 May", "Litter pick"]], page: 1),
                    Block(lines: [Line("Volunteers at the spring litter pick.")], kind: .caption, page: 1),
                    Block(lines: [Line("Figures from the 2025 survey.")], kind: .note, page: 1),
                ]),
        ]
        document.links = [
            Link(kind: .url, value: "https://eastvale-forum.example.org", page: 1, anchorText: "CLICK HERE"),
            Link(kind: .email, value: "hello@eastvale-forum.example.org", page: 1),
        ]
        document.audit.remove(.pageNumber, "Page 1", page: 1)
        document.audit.repair(.hyphenation, before: "co- ordinator", after: "co-ordinator", page: 1)
        // Where things were printed (1.2): a PDF line with its box and font, a raw-dump line range.
        let printed = Line(
            "Welcome to the spring issue.", box: Rect(x: 50, y: 60, width: 200, height: 12),
            font: FontInfo(name: "Georgia-Bold", size: 11.5, isBold: true))
        document.pages[0].size = Rect(x: 0, y: 0, width: 595.28, height: 841.89)
        document.sections[0].blocks[0] = Block(lines: [printed], page: 1)
        document.sections[1].headingBlock = Block(lines: [Line("Dates for your diary", sourceLine: 4)], kind: .heading, page: 1)
        document.audit.remove(.navigation, "CLICK HERE", page: 1, lines: [Line("CLICK HERE", sourceLine: 9)])
        document.audit.removed[1].block = "b2"
        document.audit.repairs[0].block = "r1"
        document.audit.warn(.invalidEncoding, "input is not valid UTF-8")
        return document
    }

    static func json(_ document: Document) throws -> JSONValue {
        try JSONValue(parsing: try JSONWriter().write(document))
    }

    @Test(arguments: Fixtures.sampleNames)
    func everySampleValidates(name: String) throws {
        let data = try JSONWriter().write(try Fixtures.convert(sample: name))
        let errors = try Self.validator.validate(data)
        #expect(errors.isEmpty, "\(name): \(errors.joined(separator: "; "))")
    }

    @Test func aDocumentUsingEveryOptionalPartValidates() throws {
        let errors = Self.validator.validate(try Self.json(Self.fullDocument()))
        #expect(errors == [])
    }

    /// Each breakage beside the error the validator must report for it.
    @Test(arguments: [
        ("remove", "schemaVersion", "(root): missing required property schemaVersion"),
        (
            "kind", "removed",
            "removed[0].kind: \"sticker\" is not one of \"header\", \"footer\", \"pageNumber\", \"navigation\", \"imageText\", \"duplicate\", \"contents\", \"pullQuote\", \"jumpLine\", \"banner\""
        ),
        ("extra", "source", "source: unexpected property colour"),
        ("sha", "source", "source.sha256: \"ABC\" does not match ^[0-9a-f]{64}$"),
        ("level", "sections", "sections[1].level: 4 is above the maximum 3"),
        ("both", "sections", "sections[1].blocks[0]: matches 2 of the oneOf alternatives, not exactly one"),
        ("type", "title", "title: expected string or null, found integer"),
        ("version", "schemaVersion", "schemaVersion: expected \"1.3\", found \"2.0\""),
        ("page", "links", "links[0].page: 0 is below the minimum 1"),
        ("bbox", "sections", "sections[0].blocks[0].bbox: has 3 items, fewer than 4"),
        ("spans", "sections", "sections[0].blocks[0].spans[0].size: -1 is below the minimum 0"),
        (
            "warning", "warningDetails",
            "warningDetails[0].code: \"oops\" is not one of \"invalidEncoding\", \"longLinesCut\", \"scanned\", \"noText\", \"pageUnreadable\", \"structureMismatch\", \"inferredBoxOrder\", \"allTextRemoved\", \"dictionaryFallback\""
        ),
    ])
    func aBrokenDocumentFails(breakage: String, key: String, error: String) throws {
        guard case .object(var root) = try Self.json(Self.fullDocument()) else { Issue.record("not an object"); return }
        switch breakage {
        case "remove": root[key] = nil
        case "kind":
            root["removed"] = .array([
                .object(["id": .string("r1"), "kind": .string("sticker"), "text": .string("x"), "page": .number(1)])
            ])
        case "bbox", "spans":
            var sections = root["sections"]!.arrayValue!
            var section = sections[0].objectValue!
            var blocks = section["blocks"]!.arrayValue!
            var block = blocks[0].objectValue!
            if breakage == "bbox" {
                block["bbox"] = .array([.number(1), .number(2), .number(3)])
            } else {
                block["spans"] = .array([.object(["text": .string("x"), "size": .number(-1)])])
            }
            blocks[0] = .object(block)
            section["blocks"] = .array(blocks)
            sections[0] = .object(section)
            root["sections"] = .array(sections)
        case "warning":
            root["warningDetails"] = .array([.object(["code": .string("oops"), "message": .string("x")])])
        case "extra":
            var source = root["source"]!.objectValue!
            source["colour"] = .string("blue")
            root["source"] = .object(source)
        case "sha":
            var source = root["source"]!.objectValue!
            source["sha256"] = .string("ABC")
            root["source"] = .object(source)
        case "level", "both":
            var sections = root["sections"]!.arrayValue!
            var section = sections[1].objectValue!
            if breakage == "level" {
                section["level"] = .number(4)
            } else {
                var blocks = section["blocks"]!.arrayValue!
                var block = blocks[0].objectValue!
                block["text"] = .string("Litter pick Quiz night")
                blocks[0] = .object(block)
                section["blocks"] = .array(blocks)
            }
            sections[1] = .object(section)
            root["sections"] = .array(sections)
        case "type": root["title"] = .number(7)
        case "version": root["schemaVersion"] = .string("2.0")
        default:
            root["links"] = .array([.object(["kind": .string("url"), "value": .string("https://x.example"), "page": .number(0)])])
        }
        #expect(Self.validator.validate(.object(root)) == [error])
    }

    @Test func everyPropertyIsDescribed() throws {
        var undocumented: [String] = []
        func walk(_ node: JSONValue, path: String) {
            guard let object = node.objectValue else {
                node.arrayValue?.enumerated().forEach { walk($1, path: "\(path)[\($0)]") }
                return
            }
            for (name, property) in object["properties"]?.objectValue ?? [:] where property["description"] == nil {
                undocumented.append("\(path).\(name)")
            }
            for (key, child) in object { walk(child, path: "\(path)/\(key)") }
        }
        walk(Self.validator.schema, path: "#")
        #expect(undocumented == [])
    }

    @Test func everyObjectForbidsUnknownProperties() {
        var open: [String] = []
        func walk(_ node: JSONValue, path: String) {
            guard let object = node.objectValue else {
                node.arrayValue?.enumerated().forEach { walk($1, path: "\(path)[\($0)]") }
                return
            }
            if object["type"] == .string("object"), object["additionalProperties"] != .bool(false) { open.append(path) }
            for (key, child) in object { walk(child, path: "\(path)/\(key)") }
        }
        walk(Self.validator.schema, path: "#")
        #expect(open == [])
    }

    @Test func theSchemaEnumsMatchTheModel() {
        let defs = Self.validator.schema["$defs"]!
        func enumValues(_ def: String) -> [String] {
            defs[def]?["properties"]?["kind"]?["enum"]?.arrayValue?.compactMap(\.stringValue) ?? []
        }
        #expect(enumValues("block") == BlockKind.allCases.map(\.rawValue))
        #expect(enumValues("removal") == Removal.Kind.allCases.map(\.rawValue))
        #expect(enumValues("repair") == Repair.Kind.allCases.map(\.rawValue))
        #expect(enumValues("link") == Link.Kind.allCases.map(\.rawValue))
        #expect(Self.validator.schema["properties"]?["schemaVersion"]?["const"] == .string(GalleyVersion.schema))
    }
}
