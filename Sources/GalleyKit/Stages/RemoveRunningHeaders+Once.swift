/// Running heads printed once (PDF): a word processor that leaves the first page without a header
/// prints the header of a two-page newsletter on page 2 only, so it never repeats. Such a line
/// still shows what it is: it lies in the page's head (foot) band wholly outside the area where
/// every other page's text lies, set no larger than the body, and it names the publication: every
/// word of it is printed in the masthead block at the top of the first page (title, issue, date).
/// A page-top heading or kicker starts the text area (and is set larger, or in words of its own);
/// the masthead itself is the source, never a copy.
///
/// Alternating heads (a CSS `@page :left` / `:right` pair, a Typst header that tests the page's
/// parity) put a different line at one place on each page, so none repeats. A band line with a
/// twin on another page (same band, same height within half a line, same type) is
/// left out of that page's text area, and once a line printed once is found, its twins on the
/// other pages are running heads too, the first page's included.
extension RemoveRunningHeaders {
    /// The masthead block is the top of the first page down to its first paragraph of body text
    /// (a block of at least this many lines in the body size)…
    static let mastheadBodyLines = 2
    /// …within this share of the page's height.
    static let mastheadShareOfPage = 1.0 / 3.0
    /// A line printed once is a running head only when it clears the other pages' text area by
    /// this many points at least (glyph boxes of one baseline differ by a little).
    static let onceClearance = 1.0
    /// A number of at most this many digits in a running head is its page number, not a masthead word.
    static let folioDigits = 3

    /// The head and foot lines not marked already (`isMarked`) that are running heads printed once.
    func printedOnce(
        _ document: Document, candidates pageCandidates: [[Candidate]], body: Double,
        isMarked: (Candidate) -> Bool
    ) -> [Candidate] {
        let live = document.pages.indices.filter { document.pages[$0].duplicateOf == nil && !document.pages[$0].blocks.isEmpty }
        guard live.count >= Self.minimumRepeatPagesWithGeometry, let first = live.first,
            let masthead = Self.mastheadWords(document.pages[first], body: body)
        else { return [] }
        /// The candidate's twins (see `bandTwins`); `firstOnly`: stop at the first page that has one.
        func twins(_ candidate: Candidate, firstOnly: Bool = false) -> [Candidate] {
            Self.bandTwins(of: candidate, in: document, candidates: pageCandidates, pages: live, firstOnly: firstOnly)
        }
        // Where each page's text lies: its lines not marked as furniture already, nor twinned.
        var extents: [Int: (top: Double, bottom: Double)] = [:]
        for pageIndex in live {
            let page = document.pages[pageIndex]
            let marked = Set(
                pageCandidates[pageIndex].filter { isMarked($0) || !twins($0, firstOnly: true).isEmpty }
                    .map { [$0.block, $0.line] })
            var top = Double.infinity, bottom = -Double.infinity
            for (blockIndex, block) in page.blocks.enumerated() {
                for (lineIndex, line) in block.lines.enumerated() where !marked.contains([blockIndex, lineIndex]) {
                    guard let box = line.box else { continue }
                    top = min(top, box.minY)
                    bottom = max(bottom, box.maxY)
                }
            }
            if top <= bottom { extents[pageIndex] = (top, bottom) }
        }
        var result: [Candidate] = []
        for pageIndex in live where pageIndex != first {
            for candidate in pageCandidates[pageIndex] where !isMarked(candidate) {
                let line = document.pages[pageIndex].blocks[candidate.block].lines[candidate.line]
                guard let box = line.box, let font = line.font, font.size <= body, line.text.contains(where: \.isLetter),
                    Self.isOutsideText(box, place: candidate.place, page: pageIndex, extents: extents, on: document.pages[pageIndex]),
                    Self.namesMasthead(line.text, masthead)
                else { continue }
                result.append(candidate)
            }
        }
        // The twins of a running head printed once are the other pages' alternates.
        let found = Set(result.map { [$0.page, $0.block, $0.line] })
        for candidate in result {
            for twin in twins(candidate) where !isMarked(twin) {
                let key = [twin.page, twin.block, twin.line]
                guard !found.contains(key), !result.contains(where: { [$0.page, $0.block, $0.line] == key }) else { continue }
                let line = document.pages[twin.page].blocks[twin.block].lines[twin.line]
                guard let font = line.font, font.size <= body, line.text.contains(where: \.isLetter) else { continue }
                result.append(twin)
            }
        }
        return result
    }

    /// The twins of a head or foot line with a box: lines on other pages in the same band, on
    /// the same height (middles within half the line's height), in the same size and weight, each
    /// page's twin its only line there. `firstOnly`: only the first page's twin, enough to know
    /// whether there is one. Asked line by line and kept by nobody: the lines at the top of the
    /// text area are each other's twins on every page, so a table of all twins grows with the
    /// square of the pages (hundreds of megabytes for a 2,000-page document).
    static func bandTwins(
        of candidate: Candidate, in document: Document, candidates pageCandidates: [[Candidate]], pages: [Int],
        firstOnly: Bool
    ) -> [Candidate] {
        func line(_ candidate: Candidate) -> Line {
            document.pages[candidate.page].blocks[candidate.block].lines[candidate.line]
        }
        guard let box = line(candidate).box, let type = line(candidate).font else { return [] }
        var twins: [Candidate] = []
        for other in pages where other != candidate.page {
            var there: Candidate?
            var count = 0
            for twin in pageCandidates[other] {
                guard twin.place == candidate.place, let at = line(twin).box, let twinType = line(twin).font,
                    abs(at.midY - box.midY) <= box.height / 2, twinType.isBold == type.isBold,
                    abs(twinType.size - type.size) <= BlockBuilder.sizeTolerance * type.size
                else { continue }
                count += 1
                there = twin
            }
            if count == 1, let there {
                twins.append(there)
                if firstOnly { break }
            }
        }
        return twins
    }

    /// Whether `box` lies wholly above (a head) or below (a foot) the text of every other page, and
    /// of its own page apart from lines on its own baseline.
    static func isOutsideText(
        _ box: Rect, place: Place, page pageIndex: Int, extents: [Int: (top: Double, bottom: Double)], on page: Page
    ) -> Bool {
        let others = extents.filter { $0.key != pageIndex }.map(\.value)
        guard !others.isEmpty else { return false }
        let outside: Bool
        switch place {
        case .head: outside = others.allSatisfy { box.maxY + onceClearance <= $0.top }
        case .foot: outside = others.allSatisfy { box.minY - onceClearance >= $0.bottom }
        }
        guard outside else { return false }
        // Nothing of its own page reaches past it into the margin, except pieces on its baseline.
        for block in page.blocks {
            for line in block.lines {
                guard let other = line.box, other != box, abs(other.midY - box.midY) > box.height / 2 else { continue }
                if place == .head ? other.minY < box.minY : other.maxY > box.maxY { return false }
            }
        }
        return true
    }

    /// The words of the first page's masthead block: its lines from the top down to the first
    /// paragraph of body text, when that block holds a masthead (a line set at least
    /// `mastheadSizeRatio` times the body size); nil otherwise.
    static func mastheadWords(_ page: Page, body: Double) -> Set<String>? {
        mastheadBlock(page, body: body, from: nil)
    }

    /// The words of the masthead block's lines that start at `top` or below it (a little
    /// tolerance for glyph boxes), whether or not the block holds a masthead line.
    static func mastheadWords(_ page: Page, body: Double, from top: Double) -> Set<String> {
        mastheadBlock(page, body: body, from: top) ?? []
    }

    /// The masthead block's words (from `from` down when given): nil when no line of it is a
    /// masthead and `from` is nil.
    private static func mastheadBlock(_ page: Page, body: Double, from: Double?) -> Set<String>? {
        let height = page.size?.height ?? 0
        let top = page.size?.minY ?? 0
        var words: Set<String> = []
        var hasMasthead = false
        for block in page.blocks {
            let bodyLines = block.lines.filter { line in
                guard let size = line.font?.size else { return false }
                return abs(size - body) <= BlockBuilder.sizeTolerance * body
            }
            if bodyLines.count >= mastheadBodyLines { break }
            for line in block.lines {
                guard let box = line.box, height <= 0 || (box.maxY - top) / height <= mastheadShareOfPage else { continue }
                if let from, box.minY < from - onceClearance { continue }
                if let size = line.font?.size, size >= mastheadSizeRatio * body { hasMasthead = true }
                words.formUnion(Self.words(line.text))
            }
        }
        return hasMasthead || from != nil ? words : nil
    }

    /// Whether every word of `text` is a masthead word, a page number apart, and one at least has letters.
    static func namesMasthead(_ text: String, _ masthead: Set<String>) -> Bool {
        let words = Self.words(text)
        guard words.contains(where: { $0.contains(where: \.isLetter) }) else { return false }
        return words.allSatisfy { word in
            masthead.contains(word) || (word.count <= folioDigits && word.allSatisfy(\.isASCIIDigitCharacter))
        }
    }

    /// The lower-cased runs of letters and digits of `text`.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
}
