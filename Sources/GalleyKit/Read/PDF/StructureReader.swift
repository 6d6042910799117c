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
            let items = children().map(listItems) ?? []
            guard !items.isEmpty, let page = ownPage(element) ?? children().flatMap(firstPage(in:)) else { return }
            byPage[page, default: []].append(StructureEntry(kind: .list, text: items.joined(separator: "\n"), items: items))
            return
        }
        if let nested = children(), hasBlockChild(nested) {
            if let again = children() { walk(again, into: &byPage) }
            return
        }
        let text = elementText(element)
        guard !text.trimmingWhitespace().isEmpty,
            let page = ownPage(element) ?? children().flatMap(firstPage(in:))
        else { return }
        let (blockKind, level) = classify(kind)
        byPage[page, default: []].append(StructureEntry(kind: blockKind, headingLevel: level, text: text))
    }

    /// The recursive text of an element.
    private static func elementText(_ element: GObjectRef) -> String {
        takeGString(poppler_structure_element_get_text(element.pointer, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE)) ?? ""
    }

    /// The texts of a list's items, in order (nested lists flattened into their item's text).
    private static func listItems(_ iterator: StructureIterator) -> [String] {
        var items: [String] = []
        repeat {
            guard let raw = poppler_structure_element_iter_get_element(iterator.pointer) else { continue }
            let element = GObjectRef(raw)
            guard poppler_structure_element_is_content(element.pointer) == 0 else { continue }
            let text = elementText(element).trimmingWhitespace()
            if !text.isEmpty { items.append(text) }
        } while poppler_structure_element_iter_next(iterator.pointer) != 0
        return items
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

    /// The 0-based page of the first element at this level, or below it, that names one.
    private static func firstPage(in iterator: StructureIterator) -> Int? {
        repeat {
            guard let raw = poppler_structure_element_iter_get_element(iterator.pointer) else { continue }
            let element = GObjectRef(raw)
            if let page = ownPage(element) { return page }
            if let child = poppler_structure_element_iter_get_child(iterator.pointer),
                let page = firstPage(in: StructureIterator(child))
            {
                return page
            }
        } while poppler_structure_element_iter_next(iterator.pointer) != 0
        return nil
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
