/// Text a stage took out of the running text, and why.
public struct Removal: Codable, Equatable, Hashable, Sendable {
    /// Why the text was removed.
    public enum Kind: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
        /// A running header repeated at the head of pages.
        case header
        /// A running footer repeated at the foot of pages.
        case footer
        /// A printed page number or page label ("PAGE 8", "3 of 12").
        case pageNumber
        /// A button or navigation label ("CLICK HERE", "Contents").
        case navigation
        /// Text belonging to a picture: rotated, clipped or tiny glyph runs.
        case imageText
        /// Content printed twice; kept once, the copy recorded here.
        case duplicate
        /// A contents box ("In this issue … p.2"): a list of the issue's own pages.
        case contents
        /// A pull quote repeating a sentence of the article, with its attribution.
        case pullQuote
        /// A jump line joining an article's parts ("Continued on page 3", "(continued from page 1)").
        case jumpLine
        /// A banner printed along a margin on every page (rotated text set apart from the flow).
        case banner
    }

    /// Why the text was removed.
    public package(set) var kind: Kind
    /// The text removed.
    public package(set) var text: String
    /// The page it was printed on (1-based).
    public package(set) var page: Int
    /// Where the removed text was printed: its lines' box on a PDF page, or the raw dump's lines.
    public package(set) var place: Place
    /// Where the block the text was cut from was printed, when only part of that block was
    /// removed; nil when the whole block went. `TieAuditToBlocks` finds the output block from it.
    public package(set) var cutFrom: Place?
    /// The id of the output block the text was cut from (`"b7"`), set by `TieAuditToBlocks`; nil
    /// when the whole block was removed.
    public package(set) var block: String?

    package init(kind: Kind, text: String, page: Int, place: Place = Place(), cutFrom: Place? = nil) {
        self.kind = kind
        self.text = text
        self.page = page
        self.place = place
        self.cutFrom = cutFrom
    }
}

/// Where some text was printed: the box of its lines on a PDF page, or the range of a raw
/// dump's lines it was read from. Both nil when the text has no known place (a block a stage
/// made up, or synthetic input).
public struct Place: Codable, Equatable, Hashable, Sendable {
    /// The union of the lines' boxes (points, top-left origin).
    public package(set) var box: Rect?
    /// The first and last 1-based input line numbers.
    public package(set) var sourceLines: ClosedRange<Int>?
    /// Each line's own box and input line number, kept to find the block that holds those very
    /// lines later (a union box can cover other blocks: a join across two columns). Not output,
    /// and not part of equality.
    var lineBoxes: [Rect] = []
    var lineNumbers: [Int] = []

    package init(box: Rect? = nil, sourceLines: ClosedRange<Int>? = nil) {
        self.box = box
        self.sourceLines = sourceLines
    }

    /// The place of `lines` together.
    package init<S: Sequence>(of lines: S) where S.Element == Line {
        var box: Rect?
        var first = Int.max, last = Int.min
        for line in lines {
            if let lineBox = line.box {
                box = box?.union(lineBox) ?? lineBox
                lineBoxes.append(lineBox)
            }
            if let number = line.sourceLine {
                first = min(first, number)
                last = max(last, number)
                lineNumbers.append(number)
            }
        }
        self.box = box
        self.sourceLines = first <= last ? first...last : nil
    }

    /// Equal when the boxes and the input line ranges are; each line's own box and number are
    /// not compared.
    public static func == (lhs: Place, rhs: Place) -> Bool {
        lhs.box == rhs.box && lhs.sourceLines == rhs.sourceLines
    }

    /// Hashes the box and the input line range, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(box)
        hasher.combine(sourceLines)
    }

    enum CodingKeys: String, CodingKey { case box, sourceLines }

    /// The place of `lines` as seen from page `page`: the box of those printed on it (of all
    /// when none is), since a box means something only on one page and a join or a moved
    /// continuation can touch lines of two; the input lines of all (they are numbered through
    /// the whole dump).
    package init<C: Collection>(of lines: C, onPage page: Int) where C.Element == Line {
        self.init(of: lines)
        let here = lines.filter { ($0.page ?? page) == page }
        if !here.isEmpty, here.count < lines.count {
            let onPage = Place(of: here)
            (box, lineBoxes) = (onPage.box, onPage.lineBoxes)
        }
    }

    /// Whether anything is known.
    public var isKnown: Bool { box != nil || sourceLines != nil }
}

/// Text a stage changed in place, before and after.
public struct Repair: Codable, Equatable, Hashable, Sendable {
    /// What kind of change was made.
    public enum Kind: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
        /// A hyphen restored in a glued compound, or a line-end hyphen dropped or kept.
        case hyphenation
        /// A web address made whole again.
        case url
        /// An email address made whole again.
        case email
        /// Two fragments of one paragraph or heading rejoined.
        case join
        /// A ligature or a glyph the font maps to nothing or to a private-use code point, replaced
        /// by its letters ("ﬁrst" → "first", "sta on" → "station").
        case ligature
        /// A drop cap joined to the word it opens ("S" + "ummer" → "Summer").
        case dropCap
        /// Letter-spaced text read as words ("G A R D E N  N O T E S" → "GARDEN NOTES").
        case letterSpacing
        /// A footnote marker split from the word it was glued to ("grant1" → "grant").
        case noteMarker
        /// Text moved to where it is read: an article's continuation brought to its first part.
        case moved
    }

    /// What kind of change was made.
    public package(set) var kind: Kind
    /// The text as it was read.
    public package(set) var before: String
    /// The text as the stage left it.
    public package(set) var after: String
    /// The page the text was printed on (1-based).
    public package(set) var page: Int
    /// Where the repaired text was printed (its lines), when the stage knew.
    public package(set) var place: Place
    /// The id of the output block holding the repaired text (`"b7"`), or of the removal that
    /// took it later (`"r3"`), set by `TieAuditToBlocks`.
    public package(set) var block: String?

    package init(kind: Kind, before: String, after: String, page: Int, place: Place = Place()) {
        self.kind = kind
        self.before = before
        self.after = after
        self.page = page
        self.place = place
    }
}

/// A warning about the whole conversion or one page, with a stable code a program can match on.
public struct Warning: Codable, Equatable, Hashable, Sendable {
    /// What went wrong; the README lists them.
    public enum Code: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
        /// A raw dump was not valid in its encoding; bad sequences became U+FFFD.
        case invalidEncoding
        /// Lines longer than the reader's limit were cut into several.
        case longLinesCut
        /// The PDF has no text layer but has pictures: a scan that needs OCR.
        case scanned
        /// The PDF has neither text nor pictures.
        case noText
        /// Poppler could not open a page; it is left empty.
        case pageUnreadable
        /// A tagged PDF's structure tree does not match a page's text; the page is read by its layout.
        case structureMismatch
        /// Numbered boxes were put in numeric order with their text assigned from the dump's order.
        case inferredBoxOrder
        /// Every line was removed as noise.
        case allTextRemoved
        /// The language's dictionary could not be compiled; hunspell answered instead.
        case dictionaryFallback
    }

    /// The stable code, for a program to match on.
    public package(set) var code: Code
    /// What happened, in a sentence for a person.
    public package(set) var message: String
    /// The page the warning is about, when it is about one.
    public package(set) var page: Int?

    package init(_ code: Code, _ message: String, page: Int? = nil) {
        self.code = code
        self.message = message
        self.page = page
    }
}

/// A web address, email address or telephone number found in the text or in a link annotation.
public struct Link: Codable, Equatable, Hashable, Sendable {
    /// What sort of address the link is.
    public enum Kind: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
        /// A web address.
        case url
        /// An email address.
        case email
        /// A telephone number.
        case phone
    }

    /// What sort of address the link is.
    public package(set) var kind: Kind
    /// The address as printed, or an annotation's target without its `mailto:` or `tel:`.
    public package(set) var value: String
    /// The page the link was found on (1-based).
    public package(set) var page: Int
    /// The words the link sat under ("CLICK HERE") when a PDF annotation said so.
    public package(set) var anchorText: String?

    package init(kind: Kind, value: String, page: Int, anchorText: String? = nil) {
        self.kind = kind
        self.value = value
        self.page = page
        self.anchorText = anchorText
    }
}

/// Everything the pipeline removed, repaired or wondered about, in the order it happened.
public struct Audit: Equatable, Sendable {
    /// Text taken out of the running text, in the order the stages removed it.
    public package(set) var removed: [Removal] = []
    /// Text changed in place, in the order the stages changed it.
    public package(set) var repairs: [Repair] = []
    /// The warnings with their codes and pages, in the order they were raised.
    public package(set) var warningDetails: [Warning] = []

    package init() {}

    /// The warnings' messages (the JSON's `warnings`, as schema 1.0 gave them).
    public var warnings: [String] { warningDetails.map(\.message) }

    /// Records `text`, printed on `lines`, as removed; `block` is the block it was cut from when
    /// the rest of that block stays (nil when the whole block goes).
    package mutating func remove<C: Collection>(
        _ kind: Removal.Kind, _ text: String, page: Int, lines: C, cutFrom block: Block? = nil
    ) where C.Element == Line {
        removed.append(
            Removal(
                kind: kind, text: text, page: page, place: Place(of: lines, onPage: page),
                cutFrom: block.map { Place(of: $0.lines, onPage: page) }))
    }

    /// Records `text` as removed where no lines are known.
    package mutating func remove(_ kind: Removal.Kind, _ text: String, page: Int) {
        removed.append(Removal(kind: kind, text: text, page: page))
    }

    /// Records a change made to the text printed on `lines`.
    package mutating func repair<C: Collection>(
        _ kind: Repair.Kind, before: String, after: String, page: Int, lines: C
    ) where C.Element == Line {
        repairs.append(Repair(kind: kind, before: before, after: after, page: page, place: Place(of: lines, onPage: page)))
    }

    /// Records a change where no lines are known.
    package mutating func repair(_ kind: Repair.Kind, before: String, after: String, page: Int) {
        repairs.append(Repair(kind: kind, before: before, after: after, page: page))
    }

    package mutating func warn(_ code: Warning.Code, _ message: String, page: Int? = nil) {
        warningDetails.append(Warning(code, message, page: page))
    }
}
