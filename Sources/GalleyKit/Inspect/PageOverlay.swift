/// The picture laid over one page by `galley inspect`, as plain shapes in PDF points (origin
/// top-left, y down): a rectangle per block in its kind's colour, a badge with its reading-order
/// number, an arrow from each block to the next one on the page, a hatched rectangle per removal
/// with a place, and a legend. `SVGPage` and `PNGPage` both draw this, so the two agree.
package struct PageOverlay: Sendable, Equatable {
    package typealias Box = InspectedDocument.Box

    /// A colour as 8-bit red, green, blue.
    package struct Colour: Sendable, Equatable, Hashable {
        package var red, green, blue: UInt8

        package init(_ hex: UInt32) {
            red = UInt8((hex >> 16) & 0xFF)
            green = UInt8((hex >> 8) & 0xFF)
            blue = UInt8(hex & 0xFF)
        }

        /// "#rrggbb".
        package var hex: String {
            "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    package struct BlockBox: Sendable, Equatable {
        package var id: String
        package var order: Int
        package var kind: String
        /// The block's `bbox`.
        package var box: Box
        /// Where it is printed: one box, or one per run of lines when the block runs on in
        /// another column (a paragraph continued at the top of the next column).
        package var pieces: [Box]
        package var colour: Colour
    }

    package struct RemovedBox: Sendable, Equatable {
        package var id: String
        package var kind: String
        package var box: Box
    }

    /// A disc with a number in it, centred on (x, y).
    package struct Badge: Sendable, Equatable {
        package var order: Int
        package var x, y: Double
        package var colour: Colour
    }

    package struct Arrow: Sendable, Equatable {
        package var fromX, fromY, toX, toY: Double
        /// The next block on the page is not the next in reading order (the blocks between are
        /// on another page or the other half of a spread): drawn dashed.
        package var isJump = false
    }

    package struct LegendEntry: Sendable, Equatable {
        package var label: String
        package var colour: Colour
        package var isHatched: Bool
    }

    package var pageNumber: Int
    /// The page's displayed size in points.
    package var width, height: Double
    package var blocks: [BlockBox]
    package var removals: [RemovedBox]
    package var badges: [Badge]
    package var arrows: [Arrow]
    /// The halves of a split two-up sheet, outlined.
    package var regions: [Box]
    package var legend: [LegendEntry]

    // MARK: Palette

    /// One colour per block kind (Okabe–Ito's colour-blind-safe set, then two more).
    package static let palette: [(kind: String, colour: Colour)] = [
        ("heading", Colour(0x0072B2)),
        ("paragraph", Colour(0x009E73)),
        ("list", Colour(0xE69F00)),
        ("table", Colour(0xCC79A7)),
        ("caption", Colour(0x56B4E9)),
        ("contact", Colour(0x8C564B)),
        ("quote", Colour(0x7F3C8D)),
        ("note", Colour(0x999933)),
    ]
    /// Removed noise, whatever its kind: hatched in this colour.
    package static let removedColour = Colour(0xD55E00)
    /// A kind this build does not know (a newer JSON).
    package static let otherColour = Colour(0x666666)
    /// The legend's label for removed text.
    package static let removedLabel = "removed"

    package static func colour(ofKind kind: String) -> Colour {
        palette.first { $0.kind == kind }?.colour ?? otherColour
    }

    // MARK: Sizes (points on the page)

    /// A badge's radius: large enough for three digits in `badgeFontSize`.
    package static let badgeRadius = 7.5
    package static let badgeFontSize = 8.0
    package static let legendFontSize = 7.0
    /// An arrow stops this far short of the next block's centre, so its head stays visible.
    static let arrowInset = 2.0

    // MARK: Building

    /// The overlay of page `number` of `document`; `size` is the page's size when the JSON does
    /// not carry it (schema 1.1), else the JSON's size wins.
    package init(document: InspectedDocument, page number: Int, size: (width: Double, height: Double)? = nil) {
        pageNumber = number
        let pageSize = document.size(ofPage: number) ?? size ?? (612, 792)
        (width, height) = pageSize
        // A block is drawn on its page, and on any other page some of its lines were brought from.
        blocks = document.blocks.compactMap { block in
            let pieces = Self.pieces(of: block, onPage: number)
            let box = block.page == number ? block.bbox : pieces.dropFirst().reduce(pieces.first) { union, piece in
                union.map { Box(x0: min($0.x0, piece.x0), y0: min($0.y0, piece.y0), x1: max($0.x1, piece.x1), y1: max($0.y1, piece.y1)) }
            }
            guard let box else { return nil }
            return BlockBox(
                id: block.id, order: block.order, kind: block.kind, box: box, pieces: pieces.isEmpty ? [box] : pieces,
                colour: Self.colour(ofKind: block.kind))
        }
        removals = document.removed.enumerated().compactMap { index, removal in
            guard removal.page == number, let box = removal.bbox else { return nil }
            return RemovedBox(id: removal.id ?? "r\(index + 1)", kind: removal.kind, box: box)
        }
        badges = blocks.map { block in
            // Just left of the block's first line, so it hides no text; kept on the page.
            let first = block.pieces.first ?? block.box
            let x = min(max(first.x0 - Self.badgeRadius - 1, Self.badgeRadius), pageSize.width - Self.badgeRadius)
            let y = min(max(first.y0 + Self.badgeRadius, Self.badgeRadius), pageSize.height - Self.badgeRadius)
            return Badge(order: block.order, x: x, y: y, colour: block.colour)
        }
        arrows = zip(blocks, blocks.dropFirst()).map { from, to in
            // From where a block ends to where the next begins.
            let end = from.pieces.last ?? from.box, start = to.pieces.first ?? to.box
            var arrow = Self.arrow(from: (end.midX, end.midY), to: (start.midX, start.midY))
            arrow.isJump = to.order != from.order + 1
            return arrow
        }
        regions = document.pages.filter { $0.number == number }.compactMap(\.region)
        var entries: [LegendEntry] = []
        for (kind, colour) in Self.palette where blocks.contains(where: { $0.kind == kind }) {
            entries.append(LegendEntry(label: kind, colour: colour, isHatched: false))
        }
        for kind in Set(blocks.map(\.kind)).subtracting(Self.palette.map(\.kind)).sorted() {
            entries.append(LegendEntry(label: kind, colour: Self.otherColour, isHatched: false))
        }
        if !removals.isEmpty {
            entries.append(LegendEntry(label: Self.removedLabel, colour: Self.removedColour, isHatched: true))
        }
        legend = entries
    }

    /// Lines further apart than this many line heights are in different places.
    static let pieceGapInLines = 2.5

    /// The places a block is printed in, from its spans' boxes: a line joins the run above it
    /// when it shares that run's last row (a table's cells), or lies below it, within
    /// `pieceGapInLines`, overlapping its width; otherwise it starts a new piece (the top of the
    /// next column). Without spans, the block's `bbox`.
    static func pieces(of block: InspectedDocument.Block, onPage number: Int) -> [Box] {
        let boxes = (block.spans ?? []).filter { ($0.page ?? block.page) == number }.compactMap(\.bbox)
        guard var current = boxes.first else { return block.page == number ? block.bbox.map { [$0] } ?? [] : [] }
        var pieces: [Box] = []
        var last = current
        for box in boxes.dropFirst() {
            let lineHeight = max(last.height, box.height, 1)
            let sameRow = box.y0 < last.y1 && last.y0 < box.y1
            let below = box.y0 >= last.y0 && box.y0 - last.y1 <= lineHeight * pieceGapInLines
            let overlapsWidth = min(box.x1, current.x1) > max(box.x0, current.x0)
            if sameRow || (below && overlapsWidth) {
                current = Box(
                    x0: min(current.x0, box.x0), y0: min(current.y0, box.y0), x1: max(current.x1, box.x1),
                    y1: max(current.y1, box.y1))
            } else {
                pieces.append(current)
                current = box
            }
            last = box
        }
        pieces.append(current)
        return pieces
    }

    /// An arrow between two centres, stopped `arrowInset` short of the second.
    static func arrow(from: (Double, Double), to: (Double, Double)) -> Arrow {
        let dx = to.0 - from.0, dy = to.1 - from.1
        let length = (dx * dx + dy * dy).squareRoot()
        let keep = length > arrowInset * 2 ? (length - arrowInset) / length : 1
        return Arrow(fromX: from.0, fromY: from.1, toX: from.0 + dx * keep, toY: from.1 + dy * keep)
    }

    // MARK: Legend layout

    /// Where each legend entry goes: one row along the page's foot, left to right, a swatch and
    /// its label; the row's background is `legendFrame`.
    package struct LegendItem: Sendable, Equatable {
        package var entry: LegendEntry
        /// The swatch square.
        package var swatch: Box
        /// The label's baseline start.
        package var textX, textY: Double
    }

    static let legendSwatch = 7.0
    static let legendPadding = 3.0
    /// A label's width per character: the toy fonts' average advance at `legendFontSize`.
    static let legendCharacterWidth = 0.55 * legendFontSize

    package var legendItems: [LegendItem] {
        let rowHeight = Self.legendSwatch + 2 * Self.legendPadding
        let top = height - rowHeight - Self.legendPadding
        var x = Self.legendPadding * 2
        var items: [LegendItem] = []
        for entry in legend {
            let swatch = Box(
                x0: x, y0: top + Self.legendPadding, x1: x + Self.legendSwatch, y1: top + Self.legendPadding + Self.legendSwatch)
            let textX = swatch.x1 + Self.legendPadding
            items.append(LegendItem(entry: entry, swatch: swatch, textX: textX, textY: swatch.y1 - 0.5))
            x = textX + Double(entry.label.count) * Self.legendCharacterWidth + Self.legendPadding * 3
        }
        return items
    }

    /// The legend row's background, or nil when there is no legend.
    package var legendFrame: Box? {
        guard let last = legendItems.last else { return nil }
        let rowHeight = Self.legendSwatch + 2 * Self.legendPadding
        let top = height - rowHeight - Self.legendPadding
        let right = last.textX + Double(last.entry.label.count) * Self.legendCharacterWidth + Self.legendPadding
        return Box(x0: Self.legendPadding, y0: top, x1: right, y1: top + rowHeight)
    }
}
