/// One page's overlay as a standalone SVG: the viewBox is the page in points; the rendered page
/// (`page-N.png`) is its background when named; each block is a `<rect class="block kind-…"
/// data-id data-order>`, its badge a `<text class="badge">`, arrows `<line marker-end>`,
/// removals a hatched `<rect class="removed kind-…">`, and a `<g class="legend">`.
package enum SVGPage {
    /// The SVG text for `overlay`; `background` is the PNG's file name relative to the SVG, and
    /// `pixelScale` sets the drawing's displayed size (pixels per point, as the PNG's).
    package static func svg(_ overlay: PageOverlay, background: String? = nil, pixelScale: Double = 1.5) -> String {
        let w = number(overlay.width), h = number(overlay.height)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" \
            viewBox="0 0 \(w) \(h)" width="\(number(overlay.width * pixelScale))" height="\(number(overlay.height * pixelScale))" \
            data-page="\(overlay.pageNumber)">

            """
        out += "<title>page \(overlay.pageNumber): \(overlay.blocks.count) blocks, \(overlay.removals.count) removed</title>\n"
        out += "<defs>\n"
        out += """
            <pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <line x1="0" y1="0" x2="0" y2="5" stroke="\(PageOverlay.removedColour.hex)" stroke-width="1.6" stroke-opacity="0.75"/>\
            </pattern>

            """
        out += """
            <marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">\
            <path d="M0,0 L10,5 L0,10 z" fill="#222222"/></marker>

            """
        out += "<style>"
        out += ".block{fill-opacity:0.12;stroke-width:1.2}"
        out += ".removed{fill:url(#hatch);stroke:\(PageOverlay.removedColour.hex);stroke-width:0.8;stroke-dasharray:3 2}"
        out += ".arrow{stroke:#222222;stroke-width:0.9;stroke-opacity:0.7}"
        out += ".arrow.jump{stroke-dasharray:4 3}"
        out +=
            ".badge{font:bold \(number(PageOverlay.badgeFontSize))px sans-serif;fill:#ffffff;text-anchor:middle;dominant-baseline:central}"
        out += ".legend text{font:\(number(PageOverlay.legendFontSize))px sans-serif;fill:#222222}"
        out += ".region{fill:none;stroke:#444444;stroke-width:0.8;stroke-dasharray:6 3}"
        out += "</style>\n</defs>\n"
        if let background {
            out +=
                "<image href=\"\(escape(background))\" xlink:href=\"\(escape(background))\" x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\"/>\n"
        } else {
            out += "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n"
        }
        out += "<g class=\"regions\">\n"
        for region in overlay.regions {
            out += "<rect class=\"region\" \(geometry(region))/>\n"
        }
        out += "</g>\n<g class=\"removals\">\n"
        for removal in overlay.removals {
            out +=
                "<rect class=\"removed kind-\(escape(removal.kind))\" data-id=\"\(escape(removal.id))\" \(geometry(removal.box))>"
            out += "<title>\(escape(removal.id)) removed: \(escape(removal.kind))</title></rect>\n"
        }
        out += "</g>\n<g class=\"blocks\">\n"
        for block in overlay.blocks {
            // The first piece is the block (data-order); a piece in another column is "continued".
            for (index, piece) in block.pieces.enumerated() {
                let classes = index == 0 ? "block" : "block continued"
                out += "<rect class=\"\(classes) kind-\(escape(block.kind))\" data-id=\"\(escape(block.id))\""
                if index == 0 { out += " data-order=\"\(block.order)\"" }
                out += " \(geometry(piece)) fill=\"\(block.colour.hex)\" stroke=\"\(block.colour.hex)\">"
                out += "<title>\(escape(block.id)) #\(block.order): \(escape(block.kind))</title></rect>\n"
            }
        }
        out += "</g>\n<g class=\"arrows\">\n"
        for arrow in overlay.arrows {
            out += "<line class=\"arrow\(arrow.isJump ? " jump" : "")\" "
            out += "x1=\"\(number(arrow.fromX))\" y1=\"\(number(arrow.fromY))\" "
            out += "x2=\"\(number(arrow.toX))\" y2=\"\(number(arrow.toY))\" marker-end=\"url(#arrowhead)\"/>\n"
        }
        out += "</g>\n<g class=\"badges\">\n"
        for badge in overlay.badges {
            out += "<circle class=\"badge-disc\" cx=\"\(number(badge.x))\" cy=\"\(number(badge.y))\" "
            out +=
                "r=\"\(number(PageOverlay.badgeRadius))\" fill=\"\(badge.colour.hex)\" stroke=\"#ffffff\" stroke-width=\"0.8\"/>"
            out += "<text class=\"badge\" x=\"\(number(badge.x))\" y=\"\(number(badge.y))\">\(badge.order)</text>\n"
        }
        out += "</g>\n"
        if let frame = overlay.legendFrame {
            out += "<g class=\"legend\">\n"
            out += "<rect \(geometry(frame)) fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\"#888888\" stroke-width=\"0.5\"/>\n"
            for item in overlay.legendItems {
                let fill = item.entry.isHatched ? "url(#hatch)" : item.entry.colour.hex
                out += "<rect \(geometry(item.swatch)) fill=\"\(fill)\" stroke=\"\(item.entry.colour.hex)\"/>"
                out += "<text x=\"\(number(item.textX))\" y=\"\(number(item.textY))\">\(escape(item.entry.label))</text>\n"
            }
            out += "</g>\n"
        }
        out += "</svg>\n"
        return out
    }

    private static func geometry(_ box: PageOverlay.Box) -> String {
        "x=\"\(number(box.x0))\" y=\"\(number(box.y0))\" width=\"\(number(box.width))\" height=\"\(number(box.height))\""
    }

    /// A coordinate with at most two decimals and no trailing zeros ("12", "12.5", "12.25").
    static func number(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        guard hundredths.isFinite, abs(hundredths) < 1e15 else { return "0" }
        let whole = Int(hundredths)
        let sign = whole < 0 ? "-" : ""
        let magnitude = abs(whole)
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(magnitude / 100) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return sign + String(magnitude / 100) + "." + digits
    }

    /// `text` safe in XML content and in double-quoted attributes (`String.markupEscaped`).
    package static func escape(_ text: String) -> String {
        text.markupEscaped()
    }
}
