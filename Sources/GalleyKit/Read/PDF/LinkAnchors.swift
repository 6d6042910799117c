/// The words printed under each link annotation, taken glyph by glyph: a link inside a line
/// ("… a session. Click here to book or ask …") anchors only the words its box covers, not the
/// whole line. Annotations that share one address (a long URL wrapped over lines gets one box
/// per line) share the words of all their boxes, in page order.
extension PageContent {
    /// Slack (points) when testing that a glyph's middle lies inside a link box.
    static let anchorTolerance = 1.0

    /// `links` with `anchorText` set from the glyphs under them (nil when no glyph is).
    var anchoredLinks: [LinkAnnotation] {
        var wordsByURI: [String: [String]] = [:]
        let anchors = links.map { link -> String? in
            let box = link.box
            var scalars = String.UnicodeScalarView()
            for glyph in glyphs {
                let x = glyph.box.midX, y = glyph.box.midY
                let inside =
                    x >= box.minX - Self.anchorTolerance && x <= box.maxX + Self.anchorTolerance
                    && y >= box.minY - Self.anchorTolerance && y <= box.maxY + Self.anchorTolerance
                if inside {
                    scalars.append(glyph.scalar == "\n" ? " " : glyph.scalar)
                } else if !scalars.isEmpty, scalars.last != " " {
                    scalars.append(" ")
                }
            }
            let words = String(scalars).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return words.isEmpty ? nil : words
        }
        let inPageOrder = links.indices.sorted {
            (links[$0].box.minY, links[$0].box.minX) < (links[$1].box.minY, links[$1].box.minX)
        }
        for index in inPageOrder {
            if let anchor = anchors[index] { wordsByURI[links[index].uri, default: []].append(anchor) }
        }
        return zip(links, anchors).map { link, anchor in
            var anchored = link
            if anchor != nil { anchored.anchorText = wordsByURI[link.uri]?.joined(separator: " ") }
            return anchored
        }
    }
}
