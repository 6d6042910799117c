/// Collects URLs, emails and telephone numbers into the document's links.
public struct CollectLinks: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
    }
}
