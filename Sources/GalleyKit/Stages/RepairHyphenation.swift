/// Restores hyphens dropped at line ends and resolves visible line-end hyphens.
public struct RepairHyphenation: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
    }
}
