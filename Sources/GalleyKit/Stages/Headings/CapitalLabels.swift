/// Labels set in capitals in a raw dump ("REMINDER", "TICKETS £4 AT THE DOOR"): where a dump's
/// other headings are in mixed case, a lone heading in capitals is a label or notice shouted for
/// emphasis, not a section heading, and becomes a paragraph again. A dump keeps no type, so
/// letter case is the one style it shows; a newsletter that sets its headings in capitals has
/// many of them and keeps them all.
enum CapitalLabels {
    /// The dump's level-2 headings in mixed case outnumber those in capitals at least this many times.
    static let minimumMixedPerCapitals = 3

    /// Makes the level-2 headings in capitals on `pageIndices` paragraphs when the mixed-case ones
    /// outnumber them `minimumMixedPerCapitals` times. Page titles (level 1) are not counted.
    static func demote(_ document: inout Document, pageIndices: [Int]) {
        var capitals: [(page: Int, block: Int)] = []
        var mixed = 0
        for pageIndex in pageIndices {
            for (blockIndex, block) in document.pages[pageIndex].blocks.enumerated()
            where block.kind == .heading && block.headingLevel != 1 {
                if isCapitals(block.text) { capitals.append((pageIndex, blockIndex)) } else { mixed += 1 }
            }
        }
        guard !capitals.isEmpty, mixed >= minimumMixedPerCapitals * capitals.count else { return }
        for (pageIndex, blockIndex) in capitals {
            document.pages[pageIndex].blocks[blockIndex].kind = .paragraph
            document.pages[pageIndex].blocks[blockIndex].headingLevel = nil
        }
    }

    /// Whether every letter of `text` (at least two) is a capital.
    static func isCapitals(_ text: String) -> Bool {
        var letters = 0
        for character in text where character.isLetter {
            guard character.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }
}
