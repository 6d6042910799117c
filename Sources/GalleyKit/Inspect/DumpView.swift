import Foundation

/// One self-contained HTML page showing a raw text dump line by line, each line coloured by what
/// Galley made of it: the kind of the block it went into (found through the JSON's
/// `sourceLines`), or hatched and struck through when it was removed, with the block's id and
/// reading order in a gutter and a legend. Inline CSS only; it loads nothing.
package enum DumpView {
    /// What one input line became.
    package struct LineRole: Sendable, Equatable {
        /// "block", "removed" or "none" (a blank line, or text the JSON places nowhere).
        package var role: String
        /// The block or removal kind.
        package var kind: String?
        /// The block ("b3") or removal ("r2") id.
        package var id: String?
        package var order: Int?
        /// True on the first line of its block or removal, where the gutter names it.
        package var isFirst: Bool
    }

    /// The lines of `text` as `sourceLines` numbers them (as `RawTextReader` reads them): line
    /// feeds, CR LF and lone CRs end lines; a form feed starts a page but not a line. A final
    /// line ending ends the last line rather than starting an empty one.
    package static func lines(of text: String) -> [Substring] {
        var text = text
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // Split at the scalar: "\r\n" is one Character, so a Character split would miss it.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Substring($0) }
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The role of each of `lines` (index 0 is line 1). A block's `sourceLines` is only its first
    /// and last line, and a paragraph joined across a column or page break (lines 45 and 23–27)
    /// spans blocks that lie between; so the narrowest ranges claim their lines first, a wider
    /// one takes only the lines left over, and blank lines, which no block holds, stay unmarked.
    /// A removal wins over the block range it was cut from.
    package static func roles(lines: [Substring], document: InspectedDocument) -> [LineRole] {
        let lineCount = lines.count
        var roles = Array(repeating: LineRole(role: "none", isFirst: false), count: lineCount)
        let blank = lines.map { $0.allSatisfy(\.isWhitespace) }
        func mark(_ range: InspectedDocument.LineRange, _ role: LineRole, overriding: Bool) {
            let first = max(range.first, 1), last = min(range.last, lineCount)
            guard first <= last else { return }
            for line in first...last where !blank[line - 1] && (overriding || roles[line - 1].role == "none") {
                roles[line - 1] = role
            }
        }
        let placed = document.blocks.filter { $0.sourceLines != nil }
        for block in placed.sorted(by: {
            $0.sourceLines!.last - $0.sourceLines!.first < $1.sourceLines!.last - $1.sourceLines!.first
        }) {
            let role = LineRole(role: "block", kind: block.kind, id: block.id, order: block.order, isFirst: false)
            mark(block.sourceLines!, role, overriding: false)
        }
        for (index, removal) in document.removed.enumerated() {
            guard let range = removal.sourceLines else { continue }
            let role = LineRole(role: "removed", kind: removal.kind, id: removal.id ?? "r\(index + 1)", isFirst: false)
            mark(range, role, overriding: true)
        }
        // The gutter names a block or removal at the first line it holds.
        var named = Set<String>()
        for index in roles.indices {
            guard let id = roles[index].id else { continue }
            roles[index].isFirst = named.insert(id).inserted
        }
        return roles
    }

    /// The HTML page for the dump `text` and the JSON Galley made of it.
    package static func html(text: String, document: InspectedDocument, title: String) -> String {
        let lines = lines(of: text)
        let roles = roles(lines: lines, document: document)
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>galley inspect: \(SVGPage.escape(title))</title>
            <style>
            body{font:13px/1.35 ui-monospace,Menlo,Consolas,monospace;margin:0;color:#222}
            header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:6px 10px;font-family:sans-serif}
            .legend span{display:inline-block;margin-right:12px}
            .legend i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px;border:1px solid #888}
            table{border-collapse:collapse;width:100%}
            td{padding:0 6px;vertical-align:top;white-space:pre-wrap;word-break:break-all}
            td.gutter{width:7em;color:#555;text-align:right;font-size:11px;border-right:4px solid transparent}
            td.number{width:3.5em;color:#999;text-align:right}
            tr.removed td.text{text-decoration:line-through;color:#8a3a00;background-image:repeating-linear-gradient(45deg,rgba(213,94,0,.18) 0 3px,transparent 3px 7px)}
            tr.removed td.gutter{border-right-color:\(PageOverlay.removedColour.hex)}
            tr.none td.text{color:#999}
            .page-break{color:#fff;background:#555;border-radius:2px;padding:0 2px;margin:0 2px;text-decoration:none}

            """
        for (kind, colour) in PageOverlay.palette {
            out +=
                "tr.block.kind-\(kind) td.text{background:\(colour.hex)1f}tr.block.kind-\(kind) td.gutter{border-right-color:\(colour.hex)}"
            out += ".legend i.kind-\(kind){background:\(colour.hex)}\n"
        }
        out +=
            ".legend i.removed{background:repeating-linear-gradient(45deg,\(PageOverlay.removedColour.hex) 0 2px,#fff 2px 5px)}\n"
        out += "</style></head><body>\n<header><strong>\(SVGPage.escape(title))</strong> — \(lines.count) lines, "
        out += "\(document.blocks.count) blocks, \(document.removed.count) removed\n<div class=\"legend\">"
        for (kind, _) in PageOverlay.palette {
            out += "<span><i class=\"kind-\(kind)\"></i>\(kind)</span>"
        }
        out +=
            "<span><i class=\"removed\"></i>removed (struck through)</span><span>gutter: block id #reading order</span></div></header>\n"
        out += "<table>\n"
        for (index, line) in lines.enumerated() {
            let role = roles[index]
            var classes = "line " + role.role
            if let kind = role.kind { classes += " kind-" + SVGPage.escape(kind) }
            out += "<tr class=\"\(classes)\" data-line=\"\(index + 1)\""
            if let id = role.id { out += " data-id=\"\(SVGPage.escape(id))\"" }
            out += "><td class=\"gutter\">"
            if role.isFirst, let id = role.id {
                out += SVGPage.escape(id)
                if let order = role.order {
                    out += " #\(order)"
                } else if let kind = role.kind {
                    out += " " + SVGPage.escape(kind)
                }
            }
            out += "</td><td class=\"number\">\(index + 1)</td><td class=\"text\">\(lineHTML(line))</td></tr>\n"
        }
        out += "</table>\n</body></html>\n"
        return out
    }

    /// A line's text escaped for HTML, a form feed (a page break) shown as a marked "␌".
    package static func lineHTML(_ line: Substring) -> String {
        guard line.unicodeScalars.contains("\u{0C}") else { return SVGPage.escape(String(line)) }
        return line.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { SVGPage.escape(String($0)) }
            .joined(separator: "<span class=\"page-break\" title=\"page break (form feed)\">␌</span>")
    }

    /// The text of a dump as `convert` decodes it (byte-order marks, UTF-16, invalid UTF-8),
    /// with the decoding warnings.
    package static func text(of input: InputFile) throws -> (String, [String]) {
        try RawTextReader().decode(input)
    }

    /// The HTML page for a dump given as its input file and the JSON `convert` wrote for it.
    package static func html(input: InputFile, json: Data) throws -> String {
        let document = try InspectedDocument.decode(json)
        let (text, _) = try self.text(of: input)
        return html(text: text, document: document, title: input.displayName)
    }
}
