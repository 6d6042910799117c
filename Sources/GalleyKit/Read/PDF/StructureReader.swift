import CPoppler

/// One block of a tagged PDF's structure tree: a paragraph, heading or list, with its text.
struct StructureEntry: Equatable, Sendable {
    var kind: BlockKind
    var headingLevel: Int?
    /// The text of the element; for a list, its items joined by newlines.
    var text: String
    /// The text of each list item, for lists.
    var items: [String]?
}

/// Walks a tagged PDF's structure tree and lists its block elements in tree order, by page.
///
/// A list (`L`) is one entry with its items; any other element whose children are only marked
/// content or inline elements (`Span`, `Link`…) is one entry; grouping elements (`Document`,
/// `Sect`, `Div`, `Table`…) are walked into.
enum StructureReader {
    /// How many marked-content leaves the tree has, counted up to `limit` (the count stops
    /// there). Cheap: it walks the tree without asking for any text.
    static func contentCount(of document: GObjectRef, limit: Int) -> Int {
        guard let root = poppler_structure_element_iter_new(document.pointer) else { return 0 }
        var count = 0
        func walk(_ iterator: StructureIterator) {
            repeat {
                guard count < limit, let raw = poppler_structure_element_iter_get_element(iterator.pointer) else { return }
                let element = GObjectRef(raw)
                if poppler_structure_element_is_content(element.pointer) != 0 {
                    count += 1
                } else if let child = poppler_structure_element_iter_get_child(iterator.pointer) {
                    walk(StructureIterator(child))
                }
            } while poppler_structure_element_iter_next(iterator.pointer) != 0
        }
        walk(StructureIterator(root))
        return count
    }

    /// Entries by 0-based page index; nil when the document has no structure tree.
    static func entries(of document: GObjectRef) -> [Int: [StructureEntry]]? {
        guard let root = poppler_structure_element_iter_new(document.pointer) else { return nil }
        let iterator = StructureIterator(root)
        var byPage: [Int: [StructureEntry]] = [:]
        walk(iterator, into: &byPage)
        return byPage
    }

    private static func walk(_ iterator: StructureIterator, into byPage: inout [Int: [StructureEntry]]) {
        repeat {
            visit(iterator, into: &byPage)
        } while poppler_structure_element_iter_next(iterator.pointer) != 0
    }

    private static func visit(_ iterator: StructureIterator, into byPage: inout [Int: [StructureEntry]]) {
        guard let raw = poppler_structure_element_iter_get_element(iterator.pointer) else { return }
        let element = GObjectRef(raw)
        if poppler_structure_element_is_content(element.pointer) != 0 { return }
        let kind = poppler_structure_element_get_kind(element.pointer)
        // An iterator only goes forwards: each look at the children takes a fresh one.
        func children() -> StructureIterator? {
            poppler_structure_element_iter_get_child(iterator.pointer).map(StructureIterator.init)
        }
        if kind == POPPLER_STRUCTURE_ELEMENT_LIST {
            // A list that runs on to the next page is one list on each.
            for group in children().map({ listItems($0, page: ownPage(element)) }) ?? [] {
                let (page, items) = (group.page, group.items)
                byPage[page, default: []].append(
                    StructureEntry(kind: .list, text: items.joined(separator: "\n"), items: items.map(itemText)))
            }
            return
        }
        if let nested = children(), hasBlockChild(nested) {
            if let again = children() { walk(again, into: &byPage) }
            return
        }
        let (blockKind, level) = classify(kind)
        // A paragraph broken by the end of a page is a piece on each page.
        for piece in children().map({ pagedText($0, page: ownPage(element)) }) ?? []
        where !piece.text.trimmingWhitespace().isEmpty {
            byPage[piece.page, default: []].append(StructureEntry(kind: blockKind, headingLevel: level, text: piece.text))
        }
    }

    /// The text of the marked content at and below this level, in tree order, cut where it moves
    /// to another page: each run of marked content says its page (or takes `page`, its element's).
    /// One pass over the page per marked-content run, as poppler's recursive text takes.
    private static func pagedText(_ iterator: StructureIterator, page: Int?) -> [(page: Int, text: String)] {
        var pieces: [(page: Int, text: String)] = []
        func collect(_ iterator: StructureIterator, page inherited: Int?) {
            repeat {
                guard let raw = poppler_structure_element_iter_get_element(iterator.pointer) else { continue }
                let element = GObjectRef(raw)
                let page = ownPage(element) ?? inherited
                if poppler_structure_element_is_content(element.pointer) != 0 {
                    guard let page else { continue }
                    let text = undoingDoubleEncoding(
                        takeGString(poppler_structure_element_get_text(element.pointer, POPPLER_STRUCTURE_GET_TEXT_NONE)) ?? "")
                    if let last = pieces.last, last.page == page {
                        pieces[pieces.count - 1].text += text
                    } else if !text.isEmpty {
                        pieces.append((page, text))
                    }
                } else if let child = poppler_structure_element_iter_get_child(iterator.pointer) {
                    collect(StructureIterator(child), page: page)
                }
            } while poppler_structure_element_iter_next(iterator.pointer) != 0
        }
        collect(iterator, page: page)
        return pieces
    }

    /// poppler-glib (22.12) hands back an element's text, which poppler made as UTF-8, converted
    /// to UTF-8 once more as though each byte were a PDFDocEncoding character: "£" arrives as
    /// "Â£", Symbol's bullet U+F0B7 (bytes EF 82 B7) as "ï‡·", and no such text matches the page's
    /// glyphs. When every scalar is one PDFDocEncoding can give and the bytes they stand for are
    /// valid UTF-8 with some multi-byte sequence, the bytes are decoded; any other text (ASCII,
    /// real Latin-1 such as "café", which is not valid UTF-8) is left alone.
    static func undoingDoubleEncoding(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var multiByte = false
        for scalar in text.unicodeScalars {
            let byte: UInt8
            if scalar.value < 0x80 || (0xA1...0xFF).contains(scalar.value) {
                byte = UInt8(scalar.value)
            } else if let index = pdfDocHighCharacters.firstIndex(of: scalar.value) {
                byte = 0x80 + UInt8(index)
            } else {
                return text
            }
            if byte >= 0x80 { multiByte = true }
            bytes.append(byte)
        }
        guard multiByte, let decoded = String(validating: bytes, as: UTF8.self) else { return text }
        return decoded
    }

    /// PDFDocEncoding's characters for the bytes 0x80–0xA0 (0x9F has none); the bytes above
    /// are Latin-1's.
    static let pdfDocHighCharacters: [UInt32] = [
        0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203A, 0x2212, 0x2030, 0x201E, 0x201C,
        0x201D, 0x2018, 0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141, 0x0152, 0x0160, 0x0178, 0x017D, 0x0131, 0x0142,
        0x0153, 0x0161, 0x017E, 0xFFFF_FFFF, 0x20AC,
    ]

    /// A list item's text as the list stage writes one: without the bullet glyph it opens with
    /// (and the spaces after it), and with a space after its number ("1.The" is "1. The": the
    /// label and the body are separate runs with no space between them).
    static func itemText(_ item: String) -> String {
        if let first = item.first, BuildLists.bulletGlyphs.contains(first), !BuildLists.ambiguousGlyphs.contains(first) {
            return String(item.dropFirst()).trimmingWhitespace()
        }
        let digits = item.prefix { $0.isASCII && $0.isNumber }
        guard (1...BuildLists.maximumNumberDigits).contains(digits.count) else { return item }
        let rest = item.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", let next = rest.dropFirst().first, !next.isWhitespace
        else { return item }
        return String(digits) + String(mark) + " " + String(rest.dropFirst())
    }

    /// The texts of a list's items, in order, grouped by page (nested lists flattened into their
    /// item's text); an item broken by the end of a page is an item on each.
    private static func listItems(_ iterator: StructureIterator, page: Int?) -> [(page: Int, items: [String])] {
        var byPage: [(page: Int, items: [String])] = []
        repeat {
            guard let raw = poppler_structure_element_iter_get_element(iterator.pointer) else { continue }
            let element = GObjectRef(raw)
            guard poppler_structure_element_is_content(element.pointer) == 0,
                let child = poppler_structure_element_iter_get_child(iterator.pointer)
            else { continue }
            for piece in pagedText(StructureIterator(child), page: ownPage(element) ?? page) {
                let text = piece.text.trimmingWhitespace()
                guard !text.isEmpty else { continue }
                if let last = byPage.last, last.page == piece.page {
                    byPage[byPage.count - 1].items.append(text)
                } else {
                    byPage.append((piece.page, [text]))
                }
            }
        } while poppler_structure_element_iter_next(iterator.pointer) != 0
        return byPage
    }

    /// Whether any element at this level is a block or grouping element (not content, not inline).
    private static func hasBlockChild(_ iterator: StructureIterator) -> Bool {
        repeat {
            guard let raw = poppler_structure_element_iter_get_element(iterator.pointer) else { continue }
            let element = GObjectRef(raw)
            if poppler_structure_element_is_content(element.pointer) == 0,
                poppler_structure_element_is_inline(element.pointer) == 0
            {
                return true
            }
        } while poppler_structure_element_iter_next(iterator.pointer) != 0
        return false
    }

    /// The 0-based page an element names with its own /Pg, if any.
    private static func ownPage(_ element: GObjectRef) -> Int? {
        let page = Int(poppler_structure_element_get_page(element.pointer))
        return page >= 0 ? page : nil
    }

    /// The block kind (and heading level, capped at 3) an element kind stands for.
    static func classify(_ kind: PopplerStructureElementKind) -> (BlockKind, Int?) {
        switch kind {
        case POPPLER_STRUCTURE_ELEMENT_HEADING_1: return (.heading, 1)
        case POPPLER_STRUCTURE_ELEMENT_HEADING_2: return (.heading, 2)
        case POPPLER_STRUCTURE_ELEMENT_HEADING_3, POPPLER_STRUCTURE_ELEMENT_HEADING_4,
            POPPLER_STRUCTURE_ELEMENT_HEADING_5, POPPLER_STRUCTURE_ELEMENT_HEADING_6:
            return (.heading, 3)
        // A bare H does not say its depth: treat it as a section heading below the title.
        case POPPLER_STRUCTURE_ELEMENT_HEADING: return (.heading, 2)
        case POPPLER_STRUCTURE_ELEMENT_BLOCKQUOTE, POPPLER_STRUCTURE_ELEMENT_QUOTE: return (.quote, nil)
        default: return (.paragraph, nil)
        }
    }
}
