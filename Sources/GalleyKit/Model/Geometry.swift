/// A rectangle in PDF user space (points), origin at the page's top-left, y growing downwards.
public struct Rect: Codable, Equatable, Hashable, Sendable {
    public package(set) var x: Double
    public package(set) var y: Double
    public package(set) var width: Double
    public package(set) var height: Double

    package init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
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
    public package(set) var name: String
    public package(set) var size: Double
    public package(set) var isBold: Bool
    public package(set) var isItalic: Bool

    package init(name: String, size: Double, isBold: Bool = false, isItalic: Bool = false) {
        self.name = name
        self.size = size
        self.isBold = isBold
        self.isItalic = isItalic
    }
}
