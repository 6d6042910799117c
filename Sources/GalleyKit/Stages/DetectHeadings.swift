/// Marks heading blocks and their levels (1–3): from typography when the lines carry fonts,
/// from the shape of the text (short, title-like, unpunctuated lines) when they do not.
public struct DetectHeadings: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
    }
}
