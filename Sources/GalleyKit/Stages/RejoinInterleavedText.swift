/// Rejoins a paragraph cut mid-sentence by an unrelated block.
public struct RejoinInterleavedText: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
    }
}
