/// Splits footnote markers off the words they are glued to ("hive.¹" → "hive.", "town,*" →
/// "town,") when a note opening with the same marker is printed in the document, drops the marker
/// opening the note itself, and marks the note's block `.note`. Each marker is a `.noteMarker` repair.
///
/// Markers are superscript digits (a PDF reader writes raised small digits as such), the
/// reference symbols (* † ‡ § ¶), or plain digits glued after a word's closing punctuation ("all.1").
public struct SplitNoteMarkers: Stage {
    /// Symbols printed as footnote references.
    static let referenceSymbols: Set<Character> = ["*", "†", "‡", "§", "¶"]
    /// Superscript digits, as a PDF reader writes raised digits and as word processors export them.
    static let superscriptDigits: Set<Character> = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    /// Punctuation that ends a word or clause, after which a plain digit is a note reference ("all.1").
    static let closingPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "’", "”", "'", "\""]
    /// A note marker has at most this many characters ("¹²", "**", "12").
    static let maximumMarkerLength = 2

    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
        let notes = Self.noteMarkers(document)
        guard !notes.isEmpty else { return }
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            let page = document.pages[pageIndex].number
            for blockIndex in document.pages[pageIndex].blocks.indices {
                var block = document.pages[pageIndex].blocks[blockIndex]
                var changed = false
                for lineIndex in block.lines.indices {
                    let text = block.lines[lineIndex].text
                    // A plain digit opens a note only at the head of a block: elsewhere it may be a table's or list's number.
                    if let opening = Self.openingMarker(text), notes.contains(opening.marker),
                        lineIndex == 0 || !opening.marker.allSatisfy(\.isASCIIDigitCharacter)
                    {
                        block.lines[lineIndex].text = opening.rest
                        document.audit.repair(.noteMarker, before: opening.marker + " " + opening.firstWord, after: opening.firstWord, page: page)
                        if lineIndex == 0, block.kind == .paragraph { block.kind = .note }
                        changed = true
                    }
                    var repairs: [(String, String)] = []
                    let stripped = Self.strippingGluedMarkers(block.lines[lineIndex].text, notes: notes, repairs: &repairs)
                    guard !repairs.isEmpty else { continue }
                    block.lines[lineIndex].text = stripped
                    for (before, after) in repairs { document.audit.repair(.noteMarker, before: before, after: after, page: page) }
                    changed = true
                }
                if changed { document.pages[pageIndex].blocks[blockIndex] = block }
            }
        }
    }

    /// The markers that both open a line (the note) and end a word somewhere (the reference).
    static func noteMarkers(_ document: Document) -> Set<String> {
        var opening: Set<String> = [], glued: Set<String> = []
        for block in document.allBlocks {
            for line in block.lines {
                if let marker = openingMarker(line.text)?.marker { opening.insert(marker) }
                for token in line.text.split(separator: " ") {
                    if let marker = gluedMarker(token)?.marker { glued.insert(marker) }
                }
            }
        }
        return opening.intersection(glued)
    }

    static func isMarkerCharacter(_ character: Character) -> Bool {
        superscriptDigits.contains(character) || referenceSymbols.contains(character)
    }

    /// A marker opening a line ("¹ A bee…", "* The trust…", "1 The nearest…") and the text after
    /// it; the text must open with a capital letter, as a note's sentence does.
    static func openingMarker(_ text: String) -> (marker: String, rest: String, firstWord: String)? {
        let trimmed = text.trimmingWhitespace()
        let marker = trimmed.prefix { isMarkerCharacter($0) || $0.isASCIIDigitCharacter }
        guard !marker.isEmpty, marker.count <= maximumMarkerLength,
            marker.allSatisfy(\.isASCIIDigitCharacter) || !marker.contains(where: \.isASCIIDigitCharacter)
        else { return nil }
        let rest = trimmed.dropFirst(marker.count).drop { $0 == " " }
        guard let first = rest.first, first.isUppercase else { return nil }
        let firstWord = rest.prefix { $0 != " " }
        return (String(marker), String(rest), String(firstWord))
    }

    /// A marker glued to the end of a word, and the word without it: superscripts and symbols
    /// after a letter or closing punctuation, plain digits only after closing punctuation that
    /// follows a letter ("all.1", never "A4" or "3.5").
    static func gluedMarker(_ token: Substring) -> (marker: String, word: Substring)? {
        guard let last = token.last else { return nil }
        let isPlain = last.isASCIIDigitCharacter
        let marker = token.reversed().prefix { isPlain ? $0.isASCIIDigitCharacter : isMarkerCharacter($0) }
        guard marker.count <= maximumMarkerLength, marker.count < token.count else { return nil }
        let word = token.dropLast(marker.count)
        guard let before = word.last else { return nil }
        if isPlain {
            guard closingPunctuation.contains(before), let letter = word.dropLast().last, letter.isLetter else { return nil }
        } else {
            guard before.isLetter || closingPunctuation.contains(before) else { return nil }
        }
        return (String(marker.reversed()), word)
    }

    /// `text` with the confirmed markers glued to its words taken off; each change appended to `repairs`.
    static func strippingGluedMarkers(_ text: String, notes: Set<String>, repairs: inout [(String, String)]) -> String {
        var tokens = text.split(separator: " ", omittingEmptySubsequences: false)
        var changed = false
        for index in tokens.indices {
            guard let glued = gluedMarker(tokens[index]), notes.contains(glued.marker) else { continue }
            repairs.append((String(tokens[index]), String(glued.word)))
            tokens[index] = glued.word
            changed = true
        }
        return changed ? tokens.joined(separator: " ") : text
    }
}

extension Character {
    /// 0–9 only (not other scripts' digits, nor superscripts).
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
