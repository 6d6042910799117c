import Foundation
@testable import GalleyKit
import GalleyTestSupport
import Testing

/// A numbered box's section carries its number apart from its heading (schema 1.3), as a list
/// carries its items without their numbers; a heading that merely opens with a number keeps it.
@Suite struct NumberedBoxHeadingTests {
    static let grid = """
        Practice Briefing

        01 Summary

        02 What Happened

        Sam was nine.

        The family moved.

        03 What We Learned

        Records did not match.
        """

    func sections(_ text: String) throws -> [Section] {
        try Fixtures.run(OrderNumberedBoxes(), SegmentSections(), on: text).sections
    }

    @Test func aBoxHeadingLosesItsNumberToTheSectionsNumber() throws {
        let boxes = try sections(Self.grid).filter { $0.number != nil }
        #expect(boxes.map(\.heading) == ["Summary", "What Happened", "What We Learned"])
        #expect(boxes.map(\.number) == ["01", "02", "03"])
        // The heading block keeps the printed text, and the printed heading puts the number back.
        #expect(boxes.map { $0.headingBlock?.text } == ["01 Summary", "02 What Happened", "03 What We Learned"])
        #expect(boxes.map(\.printedHeading) == ["01 Summary", "02 What Happened", "03 What We Learned"])
    }

    @Test func aHeadingThatOpensWithANumberOutsideAGridKeepsIt() throws {
        var document = try Fixtures.document("Intro text here.\n\n10 Tips for Spring\n\nDig the beds early.")
        document.pages[0].blocks[1].kind = .heading
        document.pages[0].blocks[1].headingLevel = 2
        SegmentSections().run(&document, context: Fixtures.context)
        let section = try #require(document.sections.first { $0.heading != nil })
        #expect(section.heading == "10 Tips for Spring")
        #expect(section.number == nil)
    }

    @Test func theJSONCarriesTheNumberAndMarkdownPrintsIt() throws {
        var document = try Fixtures.document(Self.grid)
        Pipeline.run(&document, context: Fixtures.context)
        let json = try JSONSerialization.jsonObject(with: JSONWriter().write(document)) as? [String: Any]
        let sections = try #require(json?["sections"] as? [[String: Any]])
        let numbered = sections.filter { $0["number"] != nil }
        #expect(numbered.map { $0["number"] as? String } == ["01", "02", "03"])
        #expect(numbered.map { $0["heading"] as? String } == ["Summary", "What Happened", "What We Learned"])
        #expect(sections.filter { $0["number"] == nil }.allSatisfy { ($0["heading"] as? String)?.first?.isNumber != true })
        let markdown = String(decoding: try MarkdownWriter().write(document), as: UTF8.self)
        #expect(markdown.contains("01 Summary\n"))
        #expect(!markdown.contains("# Summary\n"))
    }
}

extension NumberedBoxHeadingTests {
    @Test func aBoxHeadingWrappedOntoASecondLineKeepsItsNumber() throws {
        let font = FontInfo(name: "Helvetica-Bold", size: 12, isBold: true, isItalic: false)
        var first = Block(
            lines: [Line("2 Turn the", box: Rect(x: 50, y: 100, width: 70, height: 12), font: font)], kind: .heading,
            headingLevel: 3, page: 1)
        first.boxNumber = "2"
        let second = Block(
            lines: [Line("boiler down", box: Rect(x: 50, y: 114, width: 80, height: 12), font: font)], kind: .heading,
            headingLevel: 3, page: 1)
        let joined = HeadingPieces.joined([first, second])
        #expect(joined.count == 1)
        #expect(joined.first?.boxNumber == "2")
        let section = try #require(SegmentSectionsProbe.sections(of: joined).first)
        #expect(section.heading == "Turn the boiler down")
        #expect(section.number == "2")
    }
}

/// SegmentSections over a page of ready-made blocks.
enum SegmentSectionsProbe {
    static func sections(of blocks: [Block]) throws -> [Section] {
        var document = try Fixtures.document("x")
        document.pages[0].blocks = blocks
        SegmentSections().run(&document, context: Fixtures.context)
        return document.sections.filter { $0.heading != nil }
    }
}
