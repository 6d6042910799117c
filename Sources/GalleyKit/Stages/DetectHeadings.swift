/// Marks heading blocks and their levels (1–3): from typography when the lines carry fonts,
/// from the shape of the text (short, title-like, unpunctuated lines followed by prose) when they
/// do not. Leading title lines are split off their block. In a raw dump, a justified title put
/// back together, a contact panel's values set beside their labels, and a side-heading or panel
/// moved to the text it belongs to are each recorded as moved.
/// In a PDF, a run of short lines in one emphasised style (a bold list of names) becomes a list
/// block instead (see `StyledLists`).
///
/// Raw dumps know no type sizes, so levels are positional: the first heading at the top of a
/// page is level 1 (a page title), every other heading level 2. Numbered boxes marked earlier
/// keep their level.
///
/// The rules live in `Stages/Headings/`, one job each. For raw dumps, per page:
/// `JustifiedTitleWords`, `FieldPanelColumns`, `TableTitles` and `DisplacedSideHeadings` first,
/// then `DumpHeadings` (with `TitleGroups`, `InnerHeadings` and `EntryTitles`), then
/// `DisplacedSideHeadings.liftGluedPanels`; over the whole document, `TrailingSideHeadings`.
/// For PDFs: `TypographicHeadings` (with `PageBody`, `EmphasisStyles`, `StyledLists`,
/// `TypographicEvidence`, `HeadingSpacing`, `HeadingPieces` and `SectionNumbers`). `TitleOverlines`
/// makes a line over the first page's title a paragraph; `HeadingLevelGaps` sets the levels of the
/// whole document.
package struct DetectHeadings: Stage {
    /// A heading wraps over at most this many lines.
    static let maximumHeadingLines = 3
    /// A heading's box and the one beside it share a baseline within this share of its type size.
    static let sameBaselineShare = 0.5

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        func hasFonts(_ page: Page) -> Bool { page.blocks.contains { $0.lines.contains { $0.font != nil } } }
        // Only pages without fonts ask which texts repeat: a PDF's pages mostly have them.
        let needsRepeated = document.pages.contains { $0.duplicateOf == nil && !hasFonts($0) }
        let repeated = needsRepeated ? DumpHeadings.repeatedBlockTexts(document) : []
        let needsStyles = document.pages.contains { $0.duplicateOf == nil && hasFonts($0) }
        let emphasis = needsStyles ? EmphasisStyles.of(document) : []
        let live = document.pages.indices.filter { document.pages[$0].duplicateOf == nil }
        var dumpPages: [Int] = []
        // The dump passes ask the same lines whether they are title lines many times over.
        let titles = TitleLineMemo()
        for (position, pageIndex) in live.enumerated() {
            var blocks = document.pages[pageIndex].blocks
            if hasFonts(document.pages[pageIndex]) {
                document.pages[pageIndex].blocks = TypographicHeadings.headings(blocks, emphasis: emphasis)
            } else {
                dumpPages.append(pageIndex)
                let nextPage = position + 1 < live.count ? document.pages[live[position + 1]].blocks.first : nil
                blocks = JustifiedTitleWords.rejoin(blocks, audit: &document.audit)
                blocks = FieldPanelColumns.pair(blocks, audit: &document.audit)
                blocks = TableTitles.split(blocks, titles: titles)
                blocks = DisplacedSideHeadings.place(
                    blocks, nextPage: nextPage, isFirstPage: dumpPages.count == 1, repeated: repeated, titles: titles)
                document.pages[pageIndex].blocks = DisplacedSideHeadings.liftGluedPanels(
                    DumpHeadings.headings(blocks, repeated: repeated, titles: titles), audit: &document.audit)
            }
        }
        if !dumpPages.isEmpty {
            TrailingSideHeadings.reorder(&document, pageIndices: dumpPages, repeated: repeated, titles: titles)
            CapitalLabels.demote(&document, pageIndices: dumpPages)
        }
        TitleOverlines.demote(&document)
        HeadingLevelGaps.close(&document)
    }
}
