/// Text a stage took out of the running text, and why.
public struct Removal: Codable, Equatable, Hashable, Sendable {
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

    public var kind: Kind
    public var text: String
    public var page: Int

    public init(kind: Kind, text: String, page: Int) {
        self.kind = kind
        self.text = text
        self.page = page
    }
}

/// Text a stage changed in place, before and after.
public struct Repair: Codable, Equatable, Hashable, Sendable {
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

    public var kind: Kind
    public var before: String
    public var after: String
    public var page: Int

    public init(kind: Kind, before: String, after: String, page: Int) {
        self.kind = kind
        self.before = before
        self.after = after
        self.page = page
    }
}

/// A web address, email address or telephone number found in the text or in a link annotation.
public struct Link: Codable, Equatable, Hashable, Sendable {
    public enum Kind: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
        case url, email, phone
    }

    public var kind: Kind
    public var value: String
    public var page: Int
    /// The words the link sat under ("CLICK HERE") when a PDF annotation said so.
    public var anchorText: String?

    public init(kind: Kind, value: String, page: Int, anchorText: String? = nil) {
        self.kind = kind
        self.value = value
        self.page = page
        self.anchorText = anchorText
    }
}

/// Everything the pipeline removed, repaired or wondered about, in the order it happened.
public struct Audit: Equatable, Sendable {
    public var removed: [Removal] = []
    public var repairs: [Repair] = []
    public var warnings: [String] = []

    public init() {}

    public mutating func remove(_ kind: Removal.Kind, _ text: String, page: Int) {
        removed.append(Removal(kind: kind, text: text, page: page))
    }

    public mutating func repair(_ kind: Repair.Kind, before: String, after: String, page: Int) {
        repairs.append(Repair(kind: kind, before: before, after: after, page: page))
    }

    public mutating func warn(_ message: String) {
        warnings.append(message)
    }
}
