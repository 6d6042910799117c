/// One line of text as the page set it.
///
/// `box` and `font` are present when the line came from a PDF; a raw text dump knows neither.
public struct Line: Equatable, Sendable {
    /// The line's text as read, with any repairs the stages made.
    public package(set) var text: String
    /// Where the line was printed (points, top-left origin); nil for a raw text dump.
    public package(set) var box: Rect?
    /// The font most of the line is set in; nil for a raw text dump.
    public package(set) var font: FontInfo?
    /// The font of the line's last word when it is not `font` (a bold lead-in run in to plain text:
    /// "**The work** was paid for by a"); nil when the line ends in its own font or for a raw dump.
    public package(set) var trailingFont: FontInfo?
    /// The font the line ends in: what text carried on to the next line continues.
    package var endFont: FontInfo? { trailingFont ?? font }
    /// The glyphs run at an angle (not horizontal): a PDF reader sets this; picture text, mostly.
    public package(set) var isRotated: Bool
    /// The line sits inside a picture's area on the page: a PDF reader sets this.
    public package(set) var isInPicture: Bool
    /// The 1-based number of the input line this line was read from: the raw-text reader sets it.
    public package(set) var sourceLine: Int?
    /// The page the line was printed on, set when its page is made; a stage that moves text to
    /// another page's block (an article's continuation) moves the line with it, page and all.
    public package(set) var page: Int?

    package init(
        _ text: String, box: Rect? = nil, font: FontInfo? = nil, trailingFont: FontInfo? = nil, isRotated: Bool = false,
        isInPicture: Bool = false, sourceLine: Int? = nil
    ) {
        self.text = text
        self.box = box
        self.font = font
        self.trailingFont = trailingFont
        self.isRotated = isRotated
        self.isInPicture = isInPicture
        self.sourceLine = sourceLine
    }
}

/// A link annotation on a PDF page: a clickable area and where it points.
public struct LinkAnnotation: Equatable, Sendable {
    /// The annotation's target as the PDF gives it (`https://…`, `mailto:…`, `tel:…`).
    public package(set) var uri: String
    /// The clickable area (points, top-left origin).
    public package(set) var box: Rect
    /// The words printed under the link ("CLICK HERE"), taken when the page is built so that they
    /// survive stages that remove them (see `Page.anchorLinkAnnotations()`); nil when there are none.
    public package(set) var anchorText: String?

    package init(uri: String, box: Rect, anchorText: String? = nil) {
        self.uri = uri
        self.box = box
        self.anchorText = anchorText
    }
}

/// What a block is, once the stages have decided.
public enum BlockKind: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
    /// Running prose.
    case paragraph
    /// A heading that opens a section.
    case heading
    /// A bulleted or numbered list; its entries are in `Block.items`.
    case list
    /// Addresses, telephone numbers, emails and websites set apart from the prose.
    case contact
    /// A quotation set apart from the prose.
    case quote
    /// A table (events, fixtures, opening times): its cells are in `Block.rows`, and each row's
    /// cells joined by single spaces in `Block.items`, so a reader of lists still sees every row.
    case table
    /// The words printed with a picture ("Volunteers at work, April"): kept at the picture's place.
    case caption
    /// A footnote or margin note, kept with the paragraph that cites it.
    case note
}

/// A run of lines that belong together: a paragraph, a heading, a list, a box of contacts.
public struct Block: Equatable, Sendable {
    /// The block's lines in reading order.
    public package(set) var lines: [Line]
    /// What the block is: a paragraph unless a stage decided otherwise.
    public package(set) var kind: BlockKind
    /// 1–3 for headings, nil otherwise.
    public package(set) var headingLevel: Int?
    /// The entries of a list, one string each, set by the list stage; a table's rows, each its
    /// cells joined by single spaces.
    public package(set) var items: [String]?
    /// A table's cells, row by row (`kind == .table` only).
    public package(set) var rows: [[String]]?
    /// The page this block was printed on (1-based).
    public package(set) var page: Int
    /// The block's bounding box when it came from a PDF.
    public package(set) var box: Rect?
    /// The number printed before a numbered box's heading ("01", "1"), as printed; set by the
    /// stage that orders numbered boxes, nil for every other block.
    public package(set) var boxNumber: String? = nil

    package init(
        lines: [Line], kind: BlockKind = .paragraph, headingLevel: Int? = nil,
        items: [String]? = nil, rows: [[String]]? = nil, page: Int, box: Rect? = nil
    ) {
        self.lines = lines
        self.kind = kind
        self.headingLevel = headingLevel
        self.items = items
        self.rows = rows
        self.page = page
        self.box = box ?? Rect.union(lines.compactMap(\.box))
    }

    /// The block's text: its lines joined by single spaces, each trimmed.
    ///
    /// Line-end hyphens have already been resolved by the hyphenation stage before
    /// anything reads this, so a plain space join is right.
    public var text: String {
        if lines.count == 1 { return lines[0].text.trimmingWhitespace() }
        // The bytes copied into one string of the right size: every stage asks for this, and
        // appending string to string cost ~340 instructions an append.
        var capacity = 0
        for line in lines { capacity += line.text.utf8.count + 1 }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            func write(_ bytes: UnsafeBufferPointer<UInt8>) {
                guard !bytes.isEmpty else { return }
                if count > 0 {
                    buffer[count] = UInt8(ascii: " ")
                    count += 1
                }
                _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(from: bytes)
                count += bytes.count
            }
            for line in lines {
                // Each line trimmed in its own bytes where ASCII decides it, without a trimmed copy.
                let written = line.text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                    guard let range = String.asciiTrimmedRange(bytes) else { return false }
                    write(UnsafeBufferPointer(rebasing: bytes[range]))
                    return true
                }
                if written == true { continue }
                line.text.trimmingWhitespace().withContiguousUTF8 { write($0) }
            }
            return count
        }
    }
}

/// One printed page.
public struct Page: Equatable, Sendable {
    /// 1-based page number in the source.
    public package(set) var number: Int
    /// The page's blocks; in reading order once the ordering stages have run.
    public package(set) var blocks: [Block]
    /// The page's media box when it came from a PDF; for one half of a two-up spread, that half.
    public package(set) var size: Rect?
    /// The whole printed sheet when this page is one half of a two-up spread split in two (then
    /// `size` is the half); nil otherwise.
    public package(set) var sheet: Rect?
    /// When this page repeats an earlier one, the earlier page's number.
    public package(set) var duplicateOf: Int?
    /// The page's link annotations (PDF only), for anchor texts and URL confirmation.
    public package(set) var linkAnnotations: [LinkAnnotation]
    /// True when the blocks are already in reading order from a tagged PDF's structure tree,
    /// so geometric reordering must leave them alone.
    public package(set) var isOrderedByStructure: Bool
    /// The areas of the page's photos (PDF only, top-left origin, backgrounds left out), for
    /// telling a caption by its place; empty when the reader did not ask poppler for them. Not output.
    var pictures: [Rect] = []

    package init(
        number: Int, blocks: [Block], size: Rect? = nil, duplicateOf: Int? = nil,
        linkAnnotations: [LinkAnnotation] = [], isOrderedByStructure: Bool = false
    ) {
        self.number = number
        self.blocks = blocks
        self.size = size
        self.duplicateOf = duplicateOf
        self.linkAnnotations = linkAnnotations
        self.isOrderedByStructure = isOrderedByStructure
        // Every line is on this page unless it already says otherwise.
        for blockIndex in self.blocks.indices {
            for lineIndex in self.blocks[blockIndex].lines.indices where self.blocks[blockIndex].lines[lineIndex].page == nil {
                self.blocks[blockIndex].lines[lineIndex].page = number
            }
        }
        // Take each link's words now, before any stage removes them ("CLICK HERE").
        anchorLinkAnnotations()
    }
}

/// Where the document came from.
public struct SourceInfo: Codable, Equatable, Sendable {
    /// How the input was read.
    public enum Format: String, Codable, Equatable, Sendable {
        /// A PDF, read through poppler.
        case pdf
        /// Plain text, such as a pdftotext dump.
        case text
    }
    /// The input's file name as given (no directories), or "-" for standard input.
    public package(set) var file: String
    /// Whether the input was read as a PDF or as text.
    public package(set) var format: Format
    /// Lower-case hex SHA-256 of the input bytes.
    public package(set) var sha256: String
    /// The number of pages in the input as read (a PDF's pages, the pages a dump was split into),
    /// before any two-up sheet is split.
    public package(set) var pageCount: Int

    package init(file: String, format: Format, sha256: String, pageCount: Int) {
        self.file = file
        self.format = format
        self.sha256 = sha256
        self.pageCount = pageCount
    }
}

/// A section: a heading and the blocks that follow it up to the next heading of the same or a higher level.
public struct Section: Equatable, Sendable {
    /// "s1", "s2", … in reading order.
    public package(set) var id: String
    /// nil for the text before the first heading.
    public package(set) var heading: String?
    /// 1–3; 1 for the untitled front section.
    public package(set) var level: Int
    /// The blocks under the heading, in reading order; the heading itself is `headingBlock`.
    public package(set) var blocks: [Block]
    /// The heading as it was printed (its lines, boxes and fonts); nil for the untitled front section.
    public package(set) var headingBlock: Block?
    /// A numbered box's number as printed ("01"), which `heading` leaves out; nil for every other section.
    public package(set) var number: String?

    package init(
        id: String, heading: String?, level: Int, blocks: [Block], headingBlock: Block? = nil, number: String? = nil
    ) {
        self.id = id
        self.heading = heading
        self.level = level
        self.blocks = blocks
        self.headingBlock = headingBlock
        self.number = number
    }

    /// The heading as printed: a numbered box's number, then its heading ("01 Summary").
    public var printedHeading: String? {
        guard let heading else { return nil }
        guard let number else { return heading }
        return number + " " + heading
    }

    /// The section's blocks in reading order, its heading first: the blocks the JSON numbers.
    public var orderedBlocks: [Block] { (headingBlock.map { [$0] } ?? []) + blocks }

    /// The pages this section's heading and blocks were printed on, ascending, without repeats.
    public var pages: [Int] { Array(Set(blocks.map(\.page))).sorted() }
}

/// The document as it flows through the pipeline: pages of blocks of lines, then sections,
/// with every removal and repair kept in `audit`.
public struct Document: Equatable, Sendable {
    /// Where the document came from.
    public package(set) var source: SourceInfo
    /// The pages in printed order; a duplicate page stays, emptied and marked `Page.duplicateOf`.
    public package(set) var pages: [Page]
    /// Filled by the section stage; empty before it.
    public package(set) var sections: [Section]
    /// The web addresses, email addresses and telephone numbers found, in reading order.
    public package(set) var links: [Link]
    /// The title, set by the section stage: a PDF's largest heading on page 1, a text dump's first
    /// heading on page 1; nil when page 1 has none.
    public package(set) var title: String?
    /// Everything the stages removed, repaired or warned about.
    public package(set) var audit: Audit

    package init(source: SourceInfo, pages: [Page]) {
        self.source = source
        self.pages = pages
        self.sections = []
        self.links = []
        self.title = nil
        self.audit = Audit()
    }

    /// Every block of every page, in page order.
    public var allBlocks: [Block] { pages.flatMap(\.blocks) }

    /// Every block the output holds, in reading order: each section's heading, then its blocks.
    /// The JSON's block ids and `order` number them from 1 in this order.
    public var outputBlocks: [Block] { sections.flatMap(\.orderedBlocks) }
}
