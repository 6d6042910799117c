/// Makes web and email addresses broken across lines or blocks whole again.
public struct RepairURLs: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
    }
}
