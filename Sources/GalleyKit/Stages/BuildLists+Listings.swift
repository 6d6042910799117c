/// Listings: runs of event lines without markers ("Friday 6 March 7.30pm The Linden Trio",
/// "Saturday 14 March, 2pm — Lantern Walk"), one event a line, that the block builder set as
/// one paragraph. Each item opens with the same date token shape (a capitalised word and a
/// number, "Friday 6", or a number and a capitalised word, "15 October"), and each is a unit: it
/// does not run on into the next. An item's line wrapped at the column's edge ("… — Annual
/// General" over "Meeting") carries on in the line under it.
extension BuildLists {
    /// A listing has at least this many items.
    static let minimumListingItems = 3
    /// An item is at most this many lines: its opening line and one wrapped line.
    static let maximumListingItemLines = 2
    /// In a PDF an item's line wraps only when it reaches this share of the block's widest line.
    static let wrappedLineWidthShare = 0.85

    /// The shape of a listing line's opening date token: 1 for a capitalised word then a number
    /// ("Friday 6", "Sunday 22"), 2 for a number then a capitalised word ("15 October"); nil when
    /// the line opens otherwise.
    static func listingOpening(_ text: String) -> Int? {
        // Either shape has an ASCII digit opening one of the first two words: a byte look first.
        guard opensFirstOrSecondWordWithDigit(text) else { return nil }
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        func isCapitalWord(_ word: Substring) -> Bool {
            let letters = word.last.map { ",.:".contains($0) } ?? false ? word.dropLast() : word
            guard let first = letters.first, first.isUppercase, letters.count >= 2 else { return false }
            return letters.allSatisfy(\.isLetter)
        }
        func isNumber(_ word: Substring) -> Bool {
            let digits = word.prefix(while: \.isASCIIDigitCharacter)
            return (1...4).contains(digits.count)
        }
        if isCapitalWord(words[0]), isNumber(words[1]) { return 1 }
        if isNumber(words[0]), isCapitalWord(words[1]) { return 2 }
        return nil
    }

    /// Whether the first or second space-separated word of `text` starts with an ASCII digit byte.
    /// A necessary condition for `listingOpening`, read on the bytes: a word split off at a space
    /// that a combining mark follows holds a non-letter, so it never makes a shape of its own.
    static func opensFirstOrSecondWordWithDigit(_ text: String) -> Bool {
        var afterSpace = true
        var wordIndex = -1
        for byte in text.utf8 {
            if byte == 0x20 {
                afterSpace = true
                continue
            }
            guard afterSpace else { continue }
            afterSpace = false
            wordIndex += 1
            if wordIndex > 1 { return false }
            if (0x30...0x39).contains(byte) { return true }
        }
        return false
    }

    /// `block` split into paragraphs and the listings in it (`listingRun`); `[block]` without one.
    static func listings(_ block: Block, texts: [String]) -> [Block] {
        guard texts.count >= minimumListingItems else { return [block] }
        // Every item opens with the run's shape: fewer such lines than a listing's items, no listing.
        let openings = texts.map(listingOpening)
        guard openings.filter({ $0 == 1 }).count >= minimumListingItems || openings.filter({ $0 == 2 }).count >= minimumListingItems
        else { return [block] }
        let widest = block.lines.compactMap(\.box?.width).max()
        var result: [Block] = []
        var pending: [Line] = []
        func flushPending() {
            if !pending.isEmpty { result.append(Block(lines: pending, kind: block.kind, page: block.page)) }
            pending = []
        }
        var index = 0
        while index < texts.count {
            // Lines over a listing in its block end with a sentence or a colon (a lead-in), or are
            // set in another style (its heading, in a PDF); an unfinished line over it in its own
            // style (a table column's header in a dump, "Date") keeps it there.
            if openings[index] != nil,
                index == 0 || TextShape.endsSentence(texts[index - 1]) || texts[index - 1].hasSuffix(":")
                || isOtherStyle(block.lines[index - 1], block.lines[index]),
                let run = listingRun(texts, from: index, lines: block.lines, widest: widest)
            {
                flushPending()
                var groups: [Range<Int>] = []
                for item in run.items { groups.append((item.lowerBound - index)..<(item.upperBound - index)) }
                result.append(listBlock(Array(block.lines[index..<run.end]), groups: groups, page: block.page))
                index = run.end
            } else {
                pending.append(block.lines[index])
                index += 1
            }
        }
        flushPending()
        return result.count == 1 && result[0].kind == block.kind ? [block] : result
    }

    /// A heading over a listing differs from its lines by at least this many points, or in weight.
    static let listingHeadingSizeStep = 0.4

    /// Whether `above` is set in another style than the listing line `below` (PDF fonts): another
    /// weight, or a size at least `listingHeadingSizeStep` away. False without fonts.
    static func isOtherStyle(_ above: Line, _ below: Line) -> Bool {
        guard let upper = above.font, let lower = below.font else { return false }
        return upper.isBold != lower.isBold || abs(upper.size - lower.size) >= listingHeadingSizeStep
    }

    /// Whether line `index` wraps at the column's edge: in a PDF it reaches `wrappedLineWidthShare`
    /// of the block's widest line; in a dump (no boxes) it runs on (`runsOn`).
    static func wraps(_ lines: [Line], _ texts: [String], at index: Int, widest: Double?) -> Bool {
        if let box = lines[index].box, let widest { return box.width >= wrappedLineWidthShare * widest }
        return runsOn(texts[index])
    }

    /// Whether line `index` may be the wrapped end of the item above: in a PDF it is short (a
    /// wide line under a wide line is prose running on); in a dump any line may be.
    static func isWrappedEnd(_ lines: [Line], at index: Int, widest: Double?) -> Bool {
        guard let box = lines[index].box, let widest else { return true }
        return box.width < wrappedLineWidthShare * widest
    }

    /// A run of at least `minimumListingItems` listing items from `start`: lines opening with one
    /// date token shape, each optionally carried on by one wrapped line that does not open that
    /// way, no item running on (`runsOn`) or left open into the next. Nil when there is none.
    static func listingRun(
        _ texts: [String], from start: Int, lines: [Line], widest: Double?
    ) -> (items: [Range<Int>], end: Int)? {
        guard let shape = listingOpening(texts[start]) else { return nil }
        var items: [Range<Int>] = []
        var index = start
        while index < texts.count, listingOpening(texts[index]) == shape {
            var end = index + 1
            while end < texts.count, end - index < maximumListingItemLines, listingOpening(texts[end]) == nil,
                isWrappedEnd(lines, at: end, widest: widest),
                continuesItem(texts[end], after: texts[end - 1]) || wraps(lines, texts, at: end - 1, widest: widest)
            {
                end += 1
            }
            // The item is a unit: its last line leaves nothing open for the next line to finish.
            if runsOn(texts[end - 1]) || TextShape.endsWithFunctionWord(texts[end - 1]) { break }
            items.append(index..<end)
            index = end
        }
        guard items.count >= minimumListingItems else { return nil }
        // A wrapped last line that leads into the block's next line belongs to the prose under it.
        if let last = items.last, last.count > 1, index < texts.count, texts[index].first?.isLowercase ?? false {
            return nil
        }
        return (items, index)
    }
}
