/// Removes running headers, footers and page numbers repeated across pages.
public struct RemoveRunningHeaders: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
    }
}
