/// Groups blocks into sections: each heading opens one, and the blocks after it up to the next
/// heading are its own; text before the first heading is an untitled level-1 section. Marks
/// blocks made mostly of telephone, email, web and labelled contact lines as `.contact`, and sets
/// the document title. Changes no text, so records nothing.
///
/// The title of a PDF is the largest heading on page 1; a raw dump knows no sizes, so its title is
/// the first heading on page 1, or none.
public struct SegmentSections: Stage {
    /// A block is a contact block when at least this share of its lines are contact lines.
    static let contactLineShare = 0.6
    /// A line with at least this many digits and few words is a telephone number.
    static let phoneMinimumDigits = 9
    /// …and at most this many words.
    static let phoneMaximumWords = 7
    /// Labels that open a contact field ("Telephone: 0330…", "Email: …").
    static let contactLabels: Set<String> = [
        "telephone", "tel", "phone", "mobile", "mob", "email", "e-mail", "web", "website", "fax", "address",
        "freephone", "helpline", "text", "sms", "twitter", "facebook", "instagram", "contact",
    ]

    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            for blockIndex in document.pages[pageIndex].blocks.indices {
                let block = document.pages[pageIndex].blocks[blockIndex]
                if block.kind == .paragraph, Self.isContactBlock(block) {
                    document.pages[pageIndex].blocks[blockIndex].kind = .contact
                }
            }
        }
        let blocks = document.pages.filter { $0.duplicateOf == nil }.flatMap(\.blocks)
        var sections: [Section] = []
        for block in blocks {
            if block.kind == .heading, !block.text.isEmpty {
                sections.append(
                    Section(id: "s\(sections.count + 1)", heading: block.text, level: block.headingLevel ?? 1, blocks: []))
            } else {
                if sections.isEmpty { sections.append(Section(id: "s1", heading: nil, level: 1, blocks: [])) }
                sections[sections.count - 1].blocks.append(block)
            }
        }
        document.sections = sections
        document.title = Self.title(document)
    }

    static func title(_ document: Document) -> String? {
        guard let first = document.pages.first(where: { $0.duplicateOf == nil }), first.number == 1 else { return nil }
        if document.source.format == .pdf {
            // Only a heading can be the title: a page set in one size has none.
            let sized = first.blocks.compactMap { block -> (Double, String)? in
                guard block.kind == .heading, let size = block.lines.compactMap({ $0.font?.size }).max(), !block.text.isEmpty
                else { return nil }
                return (size, block.text)
            }
            // The first of the largest, so a title set twice in one size keeps its first place.
            guard let largest = sized.map(\.0).max() else { return nil }
            return sized.first { $0.0 == largest }?.1
        }
        return first.blocks.first { $0.kind == .heading }?.text
    }

    static func isContactBlock(_ block: Block) -> Bool {
        let lines = block.lines.map { $0.text.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return false }
        let contact = lines.filter(isContactLine).count
        return Double(contact) >= contactLineShare * Double(lines.count)
    }

    /// A telephone number, email address, web address or labelled contact field on its own line.
    public static func isContactLine(_ text: String) -> Bool {
        let text = text.trimmingWhitespace()
        let words = text.split(separator: " ")
        guard let first = words.first else { return false }
        if let colon = text.firstIndex(of: ":"), contactLabels.contains(text[..<colon].lowercased().trimmingWhitespace()) {
            return true
        }
        if words.count <= 2, words.contains(where: isAddress) { return true }
        // The word count first: it is known already, and most prose lines fail it.
        if words.count <= phoneMaximumWords, text.filter(\.isNumber).count >= phoneMinimumDigits,
            text.allSatisfy({ $0.isNumber || $0.isLetter || " ()+-.:".contains($0) }),
            first.first.map({ $0.isNumber || $0 == "+" || $0 == "(" }) ?? false
                || words.filter({ $0.allSatisfy(\.isNumber) }).count >= 2
        {
            return true
        }
        return false
    }

    /// An email address or a web address.
    static func isAddress(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") { return true }
        if let at = lower.firstIndex(of: "@"), at != lower.startIndex, lower[at...].contains(".") { return true }
        return false
    }
}
