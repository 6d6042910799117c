/// A rectangle in PDF user space (points), origin at the page's top-left, y growing downwards.
public struct Rect: Codable, Equatable, Hashable, Sendable {
    /// The left edge, in points from the page's left edge.
    public package(set) var x: Double
    /// The top edge, in points down from the page's top edge.
    public package(set) var y: Double
    /// The width in points.
    public package(set) var width: Double
    /// The height in points.
    public package(set) var height: Double

    package init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The left edge (`x`).
    public var minX: Double { x }
    /// The top edge (`y`).
    public var minY: Double { y }
    /// The right edge.
    public var maxX: Double { x + width }
    /// The bottom edge.
    public var maxY: Double { y + height }
    /// Halfway between the left and right edges.
    public var midX: Double { x + width / 2 }
    /// Halfway between the top and bottom edges.
    public var midY: Double { y + height / 2 }

    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        let x0 = min(minX, other.minX), y0 = min(minY, other.minY)
        let x1 = max(maxX, other.maxX), y1 = max(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The union of several rectangles, or nil when there are none.
    public static func union<S: Sequence>(_ rects: S) -> Rect? where S.Element == Rect {
        rects.reduce(nil) { $0?.union($1) ?? $1 }
    }
}

/// The typeface a run of text was set in, as the PDF declared it.
public struct FontInfo: Codable, Equatable, Hashable, Sendable {
    /// The font's name without its subset prefix ("ABCDEF+Gill-Bold" is "Gill-Bold").
    public package(set) var name: String
    /// The type size in points.
    public package(set) var size: Double
    /// Whether the name says a bold weight ("Bold", "Black", "Heavy").
    public package(set) var isBold: Bool
    /// Whether the name says an italic or oblique slant.
    public package(set) var isItalic: Bool
    /// The fill colour as 0xRRGGBB, when the reader reported one.
    public package(set) var color: Int?

    package init(name: String, size: Double, isBold: Bool = false, isItalic: Bool = false, color: Int? = nil) {
        self.name = name
        self.size = size
        self.isBold = isBold
        self.isItalic = isItalic
        self.color = color
    }

    /// A total order on fonts (name, then size, weight, slant and colour), for breaking ties
    /// between fonts counted in a dictionary: a tie broken by the name alone left two sizes of one
    /// font to the dictionary's order, which changes from run to run.
    package func precedes(_ other: FontInfo) -> Bool {
        if name != other.name { return name < other.name }
        if size != other.size { return size < other.size }
        if isBold != other.isBold { return !isBold }
        if isItalic != other.isItalic { return !isItalic }
        return (color ?? -1) < (other.color ?? -1)
    }
}
