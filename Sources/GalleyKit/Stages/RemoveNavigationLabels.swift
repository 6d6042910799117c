/// Removes lone navigation labels and buttons (CLICK HERE, Contents).
public struct RemoveNavigationLabels: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
    }
}
