import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

@Suite struct TieAuditToBlocksTests {
    static func line(_ text: String, y: Double, x: Double = 50) -> Line {
        Line(text, box: Rect(x: x, y: y, width: 200, height: 10), font: FontInfo(name: "Body", size: 10))
    }

    /// Two output blocks on page 1, one above the other, as the section stage leaves them.
    static func document() -> Document {
        var document = Document(
            source: SourceInfo(file: "t.pdf", format: .pdf, sha256: String(repeating: "0", count: 64), pageCount: 1),
            pages: [])
        let first = Block(lines: [line("Spring fair on the green", y: 100), line("with stalls and games", y: 112)], page: 1)
        let second = Block(lines: [line("Bring a cake for the stall", y: 200)], page: 1)
        document.sections = [Section(id: "s1", heading: nil, level: 1, blocks: [first, second])]
        return document
    }

    @Test func aRepairIsTiedToTheBlockHoldingItsLine() {
        var document = Self.document()
        document.audit.repair(.hyphenation, before: "cake", after: "cake", page: 1, lines: [Self.line("x", y: 200)])
        document.audit.repair(.join, before: "a ‖ b", after: "a b", page: 1, lines: [Self.line("x", y: 112)])
        TieAuditToBlocks().run(&document, context: Fixtures.context)
        #expect(document.audit.repairs.map(\.block) == ["b2", "b1"])
    }

    @Test func aRemovalCutFromASurvivingBlockNamesIt() {
        var document = Self.document()
        let original = Block(
            lines: [Self.line("Spring fair on the green", y: 100), Self.line("PAGE 4", y: 106), Self.line("with stalls", y: 112)],
            page: 1)
        document.audit.remove(.pageNumber, "PAGE 4", page: 1, lines: [original.lines[1]], cutFrom: original)
        // A whole block removed (a running head) stood where no output block is.
        document.audit.remove(.header, "Parish News", page: 1, lines: [Self.line("Parish News", y: 20)])
        TieAuditToBlocks().run(&document, context: Fixtures.context)
        #expect(document.audit.removed.map(\.block) == ["b1", nil])
    }

    @Test func aRepairWhoseTextWasRemovedLaterNamesTheRemoval() {
        var document = Self.document()
        let caption = Self.line("Photo: the fair", y: 400)
        document.audit.repair(.ligature, before: "ﬁ", after: "fi", page: 1, lines: [caption])
        document.audit.remove(.imageText, "Photo: the fair", page: 1, lines: [caption])
        TieAuditToBlocks().run(&document, context: Fixtures.context)
        #expect(document.audit.repairs.map(\.block) == ["r1"])
    }

    @Test func aBoxOnAnotherPageIsNotTakenForThisOne() {
        var document = Self.document()
        // Same coordinates as block b2's line, but on page 2, where there is no block: only an exact match may be taken.
        document.audit.repair(.url, before: "a", after: "b", page: 2, lines: [Self.line("x", y: 195)])
        TieAuditToBlocks().run(&document, context: Fixtures.context)
        #expect(document.audit.repairs.map(\.block) == [nil])
    }

    @Test func rawDumpRecordsAreTiedByInputLine() throws {
        let document = try Fixtures.convert(sample: "synthetic-glued-compounds.txt")
        let blocks = document.outputBlocks
        for repair in document.audit.repairs where repair.kind == .hyphenation {
            let id = try #require(repair.block)
            let index = try #require(Int(id.dropFirst())) - 1
            let numbers = blocks[index].lines.compactMap(\.sourceLine)
            #expect(repair.place.sourceLines.map { range in numbers.contains { range.contains($0) } } ?? false)
        }
    }

    /// Two letter-spaced lines of a dump become one title line: the second line's repair is tied
    /// by its result, since no block holds that input line any more.
    @Test func aRepairOfLinesMergedLaterIsTiedByItsText() throws {
        var document = try Fixtures.document(
            "S H E L F\n\nL I F E\n\nThe newsletter of the library friends, with news of the summer reading scheme.\n")
        Pipeline.run(&document, context: Fixtures.context)
        let spaced = document.audit.repairs.filter { $0.kind == .letterSpacing }
        #expect(spaced.count == 2)
        let blocks = document.outputBlocks
        for repair in spaced {
            let id = try #require(repair.block, "\(repair.after) is tied to no block")
            let index = try #require(Int(id.dropFirst())) - 1
            #expect(blocks[index].text.contains(repair.after))
        }
    }

    @Test func warningCodesAreTheSchemasCodes() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.schema)) as? [String: Any]
        let defs = schema?["$defs"] as? [String: Any]
        let warning = defs?["warning"] as? [String: Any]
        let code = (warning?["properties"] as? [String: Any])?["code"] as? [String: Any]
        #expect(code?["enum"] as? [String] == Warning.Code.allCases.map(\.rawValue))
    }
}
