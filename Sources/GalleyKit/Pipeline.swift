/// The order in which the stages run. This is the one place that declares it.
///
/// read → find duplicated pages and runs → reading order → remove noise → repair hyphenation
/// → repair URLs and emails → collect links → build lists → order numbered boxes → detect headings → segment sections → write.
public enum Pipeline {
    /// The stages between the readers and the writers, in the order they run.
    public static let stages: [any Stage] = [
        DropDuplicatePages(),
        OrderByGeometry(),
        RejoinInterleavedText(),
        RemoveRunningHeaders(),
        RemoveNavigationLabels(),
        RemoveImageText(),
        RepairHyphenation(),
        RepairURLs(),
        CollectLinks(),
        BuildLists(),
        OrderNumberedBoxes(),
        DetectHeadings(),
        SegmentSections(),
    ]

    /// Runs every stage over `document` in order.
    public static func run(_ document: inout Document, context: StageContext, stages: [any Stage] = stages) {
        for stage in stages {
            stage.run(&document, context: context)
        }
    }
}
