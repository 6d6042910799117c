/// Puts numbered boxes (01, 02, …) in numeric order, each heading with its own text.
public struct OrderNumberedBoxes: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
    }
}
