/// Orders a PDF page's blocks as a reader would, from their geometry (columns, banners, sidebars).
public struct OrderByGeometry: Stage {
    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
    }
}
