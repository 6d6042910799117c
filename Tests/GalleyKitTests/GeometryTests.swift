import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// Schema 1.2's places, read back from the JSON `convert` writes for every sample: every box lies
/// within its page, every block, removal and repair has an id, and every reference resolves.
@Suite struct GeometryTests {
    /// The JSON of `name` as plain objects.
    static func json(_ name: String) throws -> [String: Any] {
        let data = try JSONWriter(spans: true).write(try Fixtures.convert(sample: name))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Every block of the output in reading order: each section's headingBlock, then its blocks.
    static func blocks(_ json: [String: Any]) -> [[String: Any]] {
        (json["sections"] as? [[String: Any]] ?? []).flatMap { section in
            (section["headingBlock"].map { [$0 as! [String: Any]] } ?? []) + (section["blocks"] as? [[String: Any]] ?? [])
        }
    }

    static func box(_ value: Any?) -> [Double]? {
        (value as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue }
    }

    static func range(_ value: Any?) -> [Int]? {
        (value as? [Any])?.compactMap { ($0 as? NSNumber)?.intValue }
    }

    @Test(arguments: Fixtures.sampleNames)
    func everyBlockHasAnIDAndAnOrder(name: String) throws {
        let blocks = Self.blocks(try Self.json(name))
        let ids = blocks.compactMap { $0["id"] as? String }
        #expect(ids.count == blocks.count)
        #expect(Set(ids).count == ids.count, "\(name): ids repeat")
        let orders = blocks.compactMap { ($0["order"] as? NSNumber)?.intValue }
        #expect(orders == Array(1...max(1, blocks.count)).prefix(blocks.count).map { $0 }, "\(name): order is not 1…n")
        #expect(zip(ids, orders).allSatisfy { $0 == "b\($1)" })
    }

    @Test(arguments: Fixtures.sampleNames.filter { $0.hasSuffix(".pdf") })
    func everyBoxLiesWithinItsPage(name: String) throws {
        let json = try Self.json(name)
        var sizes: [Int: (width: Double, height: Double)] = [:]
        for page in json["pages"] as? [[String: Any]] ?? [] {
            let number = try #require((page["number"] as? NSNumber)?.intValue)
            let width = try #require((page["width"] as? NSNumber)?.doubleValue, "\(name): page \(number) has no width")
            let height = try #require((page["height"] as? NSNumber)?.doubleValue)
            sizes[number] = (width, height)
        }
        func check(_ value: Any?, page: Any?, _ what: String, required: Bool) {
            guard let box = Self.box(value) else {
                if required { Issue.record("\(name): \(what) has no bbox") }
                return
            }
            guard let number = (page as? NSNumber)?.intValue, let size = sizes[number] else {
                Issue.record("\(name): \(what) names no page of the document")
                return
            }
            #expect(box.count == 4)
            guard box.count == 4 else { return }
            #expect(
                0 <= box[0] && box[0] <= box[2] && box[2] <= size.width && 0 <= box[1] && box[1] <= box[3]
                    && box[3] <= size.height, "\(name): \(what) \(box) outside page \(number) \(size)")
        }
        for block in Self.blocks(json) {
            let id = block["id"] as? String ?? "?"
            check(block["bbox"], page: block["page"], "block \(id)", required: true)
            let spans = block["spans"] as? [[String: Any]] ?? []
            #expect(!spans.isEmpty, "\(name): block \(id) has no spans")
            for span in spans { check(span["bbox"], page: block["page"], "a span of \(id)", required: true) }
            // The spans are the block's printed lines: together they give its text.
            if let text = block["text"] as? String {
                #expect(spans.compactMap { $0["text"] as? String }.joined(separator: " ") == text, "\(name): \(id)")
            }
        }
        for record in (json["removed"] as? [[String: Any]] ?? []) + (json["repairs"] as? [[String: Any]] ?? []) {
            check(record["bbox"], page: record["page"], "record \(record["id"] ?? "?")", required: true)
        }
        for page in json["pages"] as? [[String: Any]] ?? [] where page["region"] != nil {
            check(page["region"], page: page["number"], "a spread half", required: true)
        }
    }

    @Test(arguments: Fixtures.sampleNames.filter { $0.hasSuffix(".txt") })
    func everyDumpBlockNamesItsInputLines(name: String) throws {
        let json = try Self.json(name)
        let text = try String(contentsOf: Fixtures.samples.appendingPathComponent(name), encoding: .utf8)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for item in Self.blocks(json) + (json["removed"] as? [[String: Any]] ?? []) {
            let lines = try #require(Self.range(item["sourceLines"]), "\(name): \(item["id"] ?? "?") has no sourceLines")
            #expect(lines.count == 2 && 1 <= lines[0] && lines[0] <= lines[1] && lines[1] <= lineCount, "\(name): \(lines)")
        }
    }

    @Test(arguments: Fixtures.sampleNames)
    func everyRecordHasAnIDThatResolves(name: String) throws {
        let json = try Self.json(name)
        let blockIDs = Set(Self.blocks(json).compactMap { $0["id"] as? String })
        let removed = json["removed"] as? [[String: Any]] ?? []
        let repairs = json["repairs"] as? [[String: Any]] ?? []
        #expect(removed.enumerated().allSatisfy { $0.element["id"] as? String == "r\($0.offset + 1)" })
        #expect(repairs.enumerated().allSatisfy { $0.element["id"] as? String == "p\($0.offset + 1)" })
        let removalIDs = Set(removed.compactMap { $0["id"] as? String })
        for removal in removed {
            if let block = removal["block"] as? String {
                #expect(blockIDs.contains(block), "\(name): \(removal["id"]!) names \(block), which is no block")
            }
        }
        for repair in repairs {
            let block = try #require(repair["block"] as? String, "\(name): repair \(repair["id"]!) names no block: \(repair)")
            #expect(blockIDs.contains(block) || removalIDs.contains(block), "\(name): \(repair["id"]!) names \(block)")
        }
    }

    /// A repair is tied to the block that holds its result, not merely one near it.
    @Test(arguments: Fixtures.sampleNames)
    func aRepairsBlockHoldsItsResult(name: String) throws {
        let json = try Self.json(name)
        var texts: [String: String] = [:]
        for block in Self.blocks(json) {
            texts[block["id"] as! String] =
                (block["text"] as? String) ?? (block["items"] as? [String] ?? []).joined(separator: " ")
        }
        for repair in json["repairs"] as? [[String: Any]] ?? [] {
            // Moves record a description, not the text; a later repair may change the text again.
            guard let kind = repair["kind"] as? String, ["hyphenation", "url", "email", "letterSpacing", "join", "dropCap", "ligature"].contains(kind),
                let block = repair["block"] as? String, let text = texts[block], let after = repair["after"] as? String
            else { continue }
            let words = after.split(separator: " ").filter { $0.count > 3 }.prefix(2)
            #expect(words.allSatisfy { text.contains($0) }, "\(name): \(repair["id"]!) “\(after)” not in \(block)")
        }
    }
}
