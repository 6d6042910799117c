/// Finds runs of blocks, and whole pages, whose lines (normalised) were already printed on an earlier
/// page — a spread exported twice, whatever its block boundaries — and removes them, recording each block
/// as `.duplicate`; a page that is almost all duplicate is emptied and marked `duplicateOf` its source.
package struct DropDuplicatePages: Stage {
    /// A line counts as evidence only with this many letters and digits: bullets, page numbers
    /// and single short words repeat legitimately.
    static let significantLineMinimumCharacters = 10
    /// …and at least this many words: a lone word ("Newsletter") proves nothing.
    static let significantLineMinimumWords = 2
    /// A block is a duplicate when this share of its significant text appeared on earlier pages.
    static let duplicateBlockShare = 0.85
    /// A run must carry this much significant text to be removed: a repeated logo line,
    /// "Contents" or a short standing caption are not a reprinted spread.
    static let minimumRunCharacters = 200
    /// A page whose text is this much duplicate is a duplicate page as a whole.
    static let duplicatePageShare = 0.9

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        /// Each significant line's key → the first page it was printed on.
        var firstPage: [LineKey: Int] = [:]
        // Sized for every line up front: growing it page by page rehashes every key seen so far.
        firstPage.reserveCapacity(document.pages.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.lines.count } })
        for pageIndex in document.pages.indices {
            let page = document.pages[pageIndex]
            // Each line is keyed once, for the comparison and for the index; nil when it is no evidence.
            let keys = page.blocks.map { block in block.lines.map { LineKey($0.text) } }
            var unseen: [LineKey] = []
            let analysis = keys.map { analyse($0, against: firstPage, unseen: &unseen) }
            let runs = duplicateRuns(analysis)
            var removedCharacters = 0
            var sources: [Int: Int] = [:]
            var remove = Set<Int>()
            for run in runs {
                for index in run {
                    remove.insert(index)
                    removedCharacters += analysis[index].characters
                    for (source, count) in analysis[index].sources { sources[source, default: 0] += count }
                }
            }
            // Index this page's lines before changing it, so later pages compare against what was printed.
            for key in unseen { firstPage[key] = page.number }
            guard !remove.isEmpty else { continue }
            let totalCharacters = analysis.reduce(0) { $0 + $1.characters }
            let wholePage =
                totalCharacters > 0
                && Double(removedCharacters) >= Self.duplicatePageShare * Double(totalCharacters)
            if wholePage {
                remove = Set(page.blocks.indices)
                let source = sources.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
                document.pages[pageIndex].duplicateOf = source
            }
            for index in page.blocks.indices where remove.contains(index) {
                document.audit.remove(
                    .duplicate, page.blocks[index].text, page: page.blocks[index].page, lines: page.blocks[index].lines)
            }
            document.pages[pageIndex].blocks = page.blocks.enumerated().filter { !remove.contains($0.offset) }.map(\.element)
        }
    }

    /// What one block contributes to the decision.
    struct BlockAnalysis {
        /// Letters and digits in the block's significant lines.
        var characters = 0
        /// …of which already printed on an earlier page.
        var seenCharacters = 0
        /// Matched characters by the earlier page that printed them.
        var sources: [Int: Int] = [:]

        /// No significant line: a bullet, a number, a lone word. It joins a run it sits inside.
        var isInsignificant: Bool { characters == 0 }
        var isDuplicate: Bool {
            characters > 0 && Double(seenCharacters) >= DropDuplicatePages.duplicateBlockShare * Double(characters)
        }
    }

    /// `keys`: the block's lines, nil for a line that is no evidence. Keys printed on no earlier
    /// page are added to `unseen`.
    func analyse(_ keys: [LineKey?], against firstPage: [LineKey: Int], unseen: inout [LineKey]) -> BlockAnalysis {
        var analysis = BlockAnalysis()
        for case let key? in keys {
            analysis.characters += key.length
            if let source = firstPage[key] {
                analysis.seenCharacters += key.length
                analysis.sources[source, default: 0] += key.length
            } else {
                unseen.append(key)
            }
        }
        return analysis
    }

    /// Maximal runs of duplicate blocks (insignificant blocks between two duplicates join them)
    /// that carry enough text.
    func duplicateRuns(_ analysis: [BlockAnalysis]) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        var pendingInsignificant: [Int] = []
        func close() {
            let characters = current.reduce(0) { $0 + analysis[$1].seenCharacters }
            if characters >= Self.minimumRunCharacters { runs.append(current) }
            current = []
            pendingInsignificant = []
        }
        for (index, block) in analysis.enumerated() {
            if block.isDuplicate {
                current += pendingInsignificant
                pendingInsignificant = []
                current.append(index)
            } else if block.isInsignificant, !current.isEmpty {
                pendingInsignificant.append(index)
            } else {
                close()
            }
        }
        close()
        return runs
    }

    /// Lower-cased letters and digits, every other run of characters one space.
    static func normalise(_ text: String) -> String {
        var text = text
        // An ASCII line (nearly all of them) is normalised byte by byte into the string's own storage.
        if let ascii = text.withUTF8({ utf8 -> String? in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            // Never longer than the line: a space is written only for a run of other bytes.
            return String(unsafeUninitializedCapacity: utf8.count) { out in
                var count = 0
                forEachKeyByte(of: utf8) { byte in
                    out[count] = byte
                    count += 1
                }
                return count
            }
        }) {
            return ascii
        }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        text.forEachCharacter { unit in
            let isWordCharacter: Bool
            switch unit {
            case .ascii(let byte): isWordCharacter = byte.isASCIILetterOrDigit
            case .character(let character): isWordCharacter = character.isLetter || character.isNumber
            }
            guard isWordCharacter else {
                pendingSpace = true
                return
            }
            if pendingSpace, !result.isEmpty { result.append(0x20) }
            pendingSpace = false
            switch unit {
            case .ascii(let byte): result.append(byte.asciiLowercased)
            case .character(let character): result.append(contentsOf: character.lowercased().utf8)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether a normalised line is long enough to count as evidence.
    static func isSignificant(_ key: String) -> Bool {
        var key = key
        let (characters, words) = key.withUTF8 { bytes in
            var spaces = 0
            for byte in bytes where byte == 0x20 { spaces += 1 }
            return (bytes.count - spaces, bytes.isEmpty ? 0 : spaces + 1)
        }
        return isSignificant(characters: characters, words: words)
    }

    /// Whether a normalised line of `characters` bytes other than spaces, in `words` words, counts as evidence.
    static func isSignificant(characters: Int, words: Int) -> Bool {
        characters >= significantLineMinimumCharacters && words >= significantLineMinimumWords
    }
}
