/// Running heads over the masthead (PDF): a producer that sets a header on every page sets one on
/// the first page too, above the masthead, and a one-page newsletter has no second copy to repeat
/// it. Such a line shows what it is by where it sits and what it says: wholly above the first
/// page's masthead (its largest line, at least `mastheadSizeRatio` times the body size, in the top
/// third of the page), set no larger than the body, and saying nothing the masthead block does not
/// say again under it (title, publisher, issue, date). A kicker or a dateline printed only above
/// the masthead has words of its own and stays.
extension RemoveRunningHeaders {
    /// The head lines of the first page, not marked already (`isMarked`), that only repeat the masthead.
    func aboveMasthead(
        _ document: Document, candidates pageCandidates: [[Candidate]], body: Double,
        isMarked: (Candidate) -> Bool
    ) -> [Candidate] {
        guard let first = document.pages.indices.first(where: { document.pages[$0].duplicateOf == nil }),
            let masthead = Self.mastheadLine(document.pages[first], body: body)
        else { return [] }
        let page = document.pages[first]
        let below = Self.mastheadWords(page, body: body, from: masthead.minY)
        guard !below.isEmpty else { return [] }
        return pageCandidates[first].filter { candidate in
            guard candidate.place == .head, !isMarked(candidate) else { return false }
            let line = page.blocks[candidate.block].lines[candidate.line]
            guard let box = line.box, let font = line.font, font.size <= body, box.maxY <= masthead.minY else { return false }
            return Self.namesMasthead(line.text, below)
        }
    }

    /// The box of the first page's masthead: its largest line, when that is set at least
    /// `mastheadSizeRatio` times the body size and lies in the top `mastheadShareOfPage` of the page.
    static func mastheadLine(_ page: Page, body: Double) -> Rect? {
        let height = page.size?.height ?? 0
        let top = page.size?.minY ?? 0
        var best: (size: Double, box: Rect)?
        for block in page.blocks {
            for line in block.lines {
                guard let box = line.box, let size = line.font?.size, size >= mastheadSizeRatio * body,
                    height <= 0 || (box.maxY - top) / height <= mastheadShareOfPage
                else { continue }
                if best.map({ size > $0.size }) ?? true { best = (size, box) }
            }
        }
        return best?.box
    }
}
