/// Turns runs of bullet glyphs and their item lines into list blocks.
public struct BuildLists: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
    }
}
