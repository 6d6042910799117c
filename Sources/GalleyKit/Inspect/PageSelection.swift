/// The pages `galley inspect --pages` asks for: "1-3,5", "2", "4-" (to the end), in the order
/// given, each page once.
package struct PageSelection: Sendable, Equatable {
    /// Inclusive ranges; `last` nil means to the document's last page.
    package var ranges: [(first: Int, last: Int?)]

    package static func == (a: PageSelection, b: PageSelection) -> Bool {
        a.ranges.count == b.ranges.count && zip(a.ranges, b.ranges).allSatisfy { $0.first == $1.first && $0.last == $1.last }
    }

    /// Parses `text`; nil for anything that is not a comma-separated list of page numbers and
    /// forward ranges from 1.
    package init?(_ text: String) {
        var ranges: [(first: Int, last: Int?)] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let part = part.trimmingSpaces
            let ends = part.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            guard let first = Int(ends[0]), first >= 1 else { return nil }
            if ends.count == 1 {
                ranges.append((first, first))
            } else if ends[1].isEmpty {
                ranges.append((first, nil))
            } else {
                guard let last = Int(ends[1]), last >= first else { return nil }
                ranges.append((first, last))
            }
        }
        guard !ranges.isEmpty else { return nil }
        self.ranges = ranges
    }

    /// The page numbers for a document of `pageCount` pages; throws `noSuchPage` for the first
    /// page asked for beyond it (`path` names the document in the error).
    package func pages(pageCount: Int, path: String) throws -> [Int] {
        var pages: [Int] = []
        var seen = Set<Int>()
        for (first, last) in ranges {
            let end = last ?? max(first, pageCount)
            if first > pageCount { throw GalleyError.noSuchPage(path, page: first, pageCount: pageCount) }
            if end > pageCount { throw GalleyError.noSuchPage(path, page: end, pageCount: pageCount) }
            for page in first...end where seen.insert(page).inserted { pages.append(page) }
        }
        return pages
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
