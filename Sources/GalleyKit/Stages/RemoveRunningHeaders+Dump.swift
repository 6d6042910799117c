/// Running heads and feet of a short raw dump, where repetition across three pages is not there to
/// be had: exact copies near every page's foot, folios that carry their page's number,
/// and page-opening heads that name the masthead (with the other pages' heads of the same form).
extension RemoveRunningHeaders {
    /// A line repeated word for word, digits and all, on every page of a dump is furniture within
    /// this many lines of a page's foot: pdftotext prints a page number or a margin note
    /// between the foot line and the page's end.
    static let rawWideBandLines = 4
    /// A running head is a short line: no more words than this.
    static let maximumRunningHeadWords = 10
    /// Characters that set a running head's parts apart ("The Parish Pump · Spring 2026").
    static let runningHeadSeparators: Set<Character> = ["·", "•", "|", ",", "–", "—"]
    /// The masthead is the first line of one of this many blocks at the top of the first page.
    static let mastheadBlocks = 3
    /// A masthead has no more words than this.
    static let maximumMastheadWords = 6

    /// The running heads and feet of a raw dump that repetition over `minimumRepeatPages` misses.
    func shortDumpFurniture(_ document: Document) -> [(Candidate, Removal.Kind)] {
        let live = document.pages.indices.filter { document.pages[$0].duplicateOf == nil && !document.pages[$0].blocks.isEmpty }
        guard live.count >= Self.minimumRepeatPagesWithGeometry else { return [] }
        var result: [(Candidate, Removal.Kind)] = []
        let positions = live.map { pageIndex in
            document.pages[pageIndex].blocks.indices.flatMap { block in
                document.pages[pageIndex].blocks[block].lines.indices.map { (block: block, line: $0) }
            }
        }
        func text(_ pageIndex: Int, _ position: (block: Int, line: Int)) -> String {
            document.pages[pageIndex].blocks[position.block].lines[position.line].text.trimmingWhitespace()
        }

        // Exact copies near the foot of every page, and folios there carrying their page's number.
        // (At the head such a copy may be the masthead over its strapline: heads go by the rule below.)
        for place in [Place.foot] {
            var exact: [String: [Candidate]] = [:]
            var folios: [String: [Candidate]] = [:]
            for (order, pageIndex) in live.enumerated() {
                let all = positions[order]
                // On a short page a line belongs to the end it is nearer.
                let wide = all.indices.filter { index in
                    place == .head
                        ? index < Self.rawWideBandLines && index * 2 < all.count
                        : all.count - index <= Self.rawWideBandLines && index * 2 >= all.count
                }.map { all[$0] }
                let narrow = place == .head ? Array(all.prefix(Self.rawBandLines)) : Array(all.suffix(Self.rawBandLines))
                for position in wide {
                    let line = text(pageIndex, position)
                    guard line.split(separator: " ").count >= Self.minimumBannerWords, line.contains(where: \.isLetter) else {
                        continue
                    }
                    let candidate = Candidate(page: pageIndex, block: position.block, line: position.line, place: place)
                    exact[line.lowercased(), default: []].append(candidate)
                }
                let number = String(document.pages[pageIndex].number)
                for position in narrow {
                    let line = text(pageIndex, position)
                    let numbers = line.split(whereSeparator: { !$0.isASCIIDigitCharacter })
                    guard line.contains(where: \.isLetter), numbers.contains(where: { $0 == number }),
                        line.count <= Self.maximumFolioLength
                    else { continue }
                    folios[Self.key(line), default: []].append(
                        Candidate(page: pageIndex, block: position.block, line: position.line, place: place))
                }
            }
            let kind: Removal.Kind = place == .head ? .header : .footer
            for group in Array(exact.values) + Array(folios.values) where Set(group.map(\.page)).count == live.count {
                for candidate in group { result.append((candidate, kind)) }
            }
        }

        // Page-opening heads that name the masthead, a part of them set apart by a separator.
        let first = live[0]
        let mastheads = document.pages[first].blocks.prefix(Self.mastheadBlocks).enumerated().compactMap {
            offset, block -> (block: Int, key: String)? in
            guard let line = block.lines.first?.text else { return nil }
            let key = Self.key(line.trimmingWhitespace())
            guard key.filter(\.isLetter).count >= Self.minimumMastheadLetters,
                key.split(separator: " ").count <= Self.maximumMastheadWords
            else { return nil }
            return (offset, key)
        }
        var opening: [(order: Int, candidate: Candidate, parts: [String])] = []
        for (order, pageIndex) in live.enumerated() {
            guard let position = positions[order].first else { continue }
            let line = text(pageIndex, position)
            guard line.split(separator: " ").count <= Self.maximumRunningHeadWords, let last = line.last,
                !".!?:;".contains(last)
            else { continue }
            let parts = line.split(whereSeparator: { Self.runningHeadSeparators.contains($0) })
                .map { Self.key(String($0).trimmingWhitespace()) }.filter { !$0.isEmpty }
            guard parts.count >= 2 else { continue }
            opening.append((order, Candidate(page: pageIndex, block: position.block, line: position.line, place: .head), parts))
        }
        let naming = opening.filter { head in
            mastheads.contains { masthead in
                // On the first page the masthead follows its head.
                (head.order > 0 || masthead.block > head.candidate.block) && head.parts.contains(masthead.key)
            }
        }
        guard !naming.isEmpty else { return result }
        // The other pages' heads: the page's opening line alone in its block, in parts like theirs.
        for head in opening {
            let block = document.pages[head.candidate.page].blocks[head.candidate.block]
            let isNaming = naming.contains { $0.order == head.order }
            guard isNaming || block.lines.count == 1 else { continue }
            // On the first page a lone head stands above the masthead.
            if !isNaming, head.order == 0, !mastheads.contains(where: { $0.block > head.candidate.block }) { continue }
            result.append((head.candidate, .header))
        }
        return result
    }
}
