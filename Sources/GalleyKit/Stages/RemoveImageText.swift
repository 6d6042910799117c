/// Removes the garbled text of pictures: clipped words and glyph fragments.
public struct RemoveImageText: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
    }
}
