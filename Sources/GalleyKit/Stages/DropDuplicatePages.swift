/// Finds pages and runs of blocks printed twice; keeps the first copy and records the later one as a duplicate.
public struct DropDuplicatePages: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
    }
}
