/// The order in which the stages run. This is the one place that declares it.
///
/// read → find duplicated pages → split two-page spreads → gather tables → reading order from
/// geometry (regions and their roles, then their order) → join drop caps → remove noise (running
/// heads, contents boxes, pull quotes) → bring continued articles together → remove navigation
/// labels and picture text → mark photo captions → rejoin text cut by an unrelated block → repair
/// hyphenation → repair ligatures → read letter-spaced titles → split note markers → repair URLs
/// and emails → collect links → build lists → order numbered boxes → detect headings → segment
/// sections → tie each removal and repair to the block it touched → write.
///
/// Reading order is restored in two steps: geometry first (it needs every block, noise included,
/// to see the columns), text continuity after noise removal, so that a page number or a running
/// head is never taken for the continuation of a cut sentence. Continued articles are joined before
/// navigation labels go, since "Continued on page 3" is one of them and marks where the rest belongs.
package enum Pipeline {
    /// The stages between the readers and the writers, in the order they run.
    package static let stages: [any Stage] = [
        DropDuplicatePages(),
        SplitSpreads(),
        DetectTables(),
        OrderByGeometry(),
        JoinDropCaps(),
        RemoveRunningHeaders(),
        RemoveContentsBoxes(),
        RemovePullQuotes(),
        JoinContinuedArticles(),
        RemoveNavigationLabels(),
        RemoveImageText(),
        MarkCaptions(),
        RejoinInterleavedText(),
        RepairHyphenation(),
        RepairLigatures(),
        ReadLetterSpacing(),
        SplitNoteMarkers(),
        RepairURLs(),
        CollectLinks(),
        BuildLists(),
        OrderNumberedBoxes(),
        DetectHeadings(),
        SegmentSections(),
        TieAuditToBlocks(),
    ]

    /// Runs every stage over `document` in order, telling `timings` (when given) how long each took.
    package static func run(
        _ document: inout Document, context: StageContext, stages: [any Stage] = stages, timings: Timings? = nil
    ) {
        // Facts several stages need are computed once per run, never shared between documents.
        var context = context
        context.sharedVocabulary = SharedVocabulary()
        for stage in stages {
            if let timings {
                let elapsed = ContinuousClock().measure { stage.run(&document, context: context) }
                timings.record(stage.name, elapsed)
            } else {
                stage.run(&document, context: context)
            }
        }
    }
}
