import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Numbered report sections ("1 Introduction" over "1.1 Method") are section headings in the
/// text's flow, left to the heading stage at their own level; numbered boxes without dotted
/// subsections still go through the numbered-box rule.
@Suite struct SectionNumberingTests {
    func order(_ text: String) throws -> [String] {
        var document = try Fixtures.document(text)
        OrderNumberedBoxes().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).map { ($0.kind == .heading ? "H\($0.headingLevel ?? 0):" : "") + $0.text }
    }

    @Test func sectionsWithDottedSubsectionsAreNoBoxes() throws {
        let input = """
            1 Background

            The mill stood empty for a decade.

            1.1 Earlier Surveys

            Two surveys were made before ours.

            2 Condition

            The roof leaks in three places.

            3 Next Steps

            Repairs start in May.
            """
        // Nothing is reordered or made a level-3 box heading: the order is the text's own.
        #expect(
            try order(input) == [
                "1 Background", "The mill stood empty for a decade.", "1.1 Earlier Surveys", "Two surveys were made before ours.",
                "2 Condition", "The roof leaks in three places.", "3 Next Steps", "Repairs start in May.",
            ])
    }

    @Test func boxesWithADecimalInTheirTextStayBoxes() throws {
        // "2.5 million" is a figure, not a subsection: the boxes keep the numbered-box rule.
        let input = """
            01 Summary

            02 Figures

            2.5 million visits were made last year.

            03 Questions
            """
        let result = try order(input)
        #expect(result.filter { $0.hasPrefix("H3:") } == ["H3:01 Summary", "H3:02 Figures", "H3:03 Questions"])
    }

    @Test func subsectionParentsAreReadFromShortTitledLinesOnly() {
        #expect(OrderNumberedBoxes.subsectionParent("2.1 Roof and Gutters") == "2")
        #expect(OrderNumberedBoxes.subsectionParent("3.2.1 Culverts") == "3")
        #expect(OrderNumberedBoxes.subsectionParent("2.5 million visits were made") == nil)
        #expect(OrderNumberedBoxes.subsectionParent("3.30pm Tea in the hall") == nil)
        #expect(OrderNumberedBoxes.subsectionParent("2 Condition") == nil)
    }
}
