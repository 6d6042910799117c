/// Splits footnote markers off the words they are glued to ("hive.¹" → "hive.", "town,*" →
/// "town,") when a note opening with the same marker is printed in the document, drops the marker
/// opening the note itself, makes each note a `.note` block of its own, and moves a note that a
/// heading separates from its citing paragraph to the end of that article. Each marker is a
/// `.noteMarker` repair, each move a `.moved` one.
///
/// Markers are superscript digits (a PDF reader writes raised small digits as such), the
/// reference symbols (* † ‡ § ¶), or plain digits glued after a word's closing punctuation ("all.1").
package struct SplitNoteMarkers: Stage {
    /// Symbols printed as footnote references.
    static let referenceSymbols: Set<Character> = ["*", "†", "‡", "§", "¶"]
    /// Superscript digits, as a PDF reader writes raised digits and as word processors export them.
    static let superscriptDigits: Set<Character> = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    /// Punctuation that ends a word or clause, after which a plain digit is a note reference ("all.1").
    static let closingPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "’", "”", "'", "\""]
    /// A note marker has at most this many characters ("¹²", "**", "12").
    static let maximumMarkerLength = 2

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        let notes = Self.noteMarkers(document)
        guard !notes.isEmpty else { return }
        let body = RemoveImageText.bodyFontSize(document)
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            let page = document.pages[pageIndex].number
            let blocks = Self.joiningLoneMarkers(document.pages[pageIndex].blocks, notes: notes, body: body)
            // The blocks with markers taken off, each note a block of its own; which block cites each marker.
            var result: [Block] = []
            var citing: [String: Int] = [:]
            var found: [(index: Int, marker: String)] = []
            for original in blocks {
                var block = original
                var starts: [(line: Int, marker: String)] = []
                var cited: [String] = []
                for lineIndex in block.lines.indices {
                    let text = block.lines[lineIndex].text
                    // Most lines hold no marker character at all: nothing opens or is glued there.
                    guard Self.mayHoldMarker(text) else { continue }
                    // A plain digit opens a note only at the head of a block: elsewhere it may be a table's or list's number.
                    // A block taken for a photo's caption that opens with a raised marker or a reference symbol the
                    // text cites is a note set above the photo: a caption never opens with one.
                    if block.kind == .paragraph || block.kind == .note || block.kind == .caption,
                        let opening = Self.openingMarker(text, fullStop: block.kind == .note),
                        notes.contains(opening.marker), lineIndex == 0 || !opening.marker.allSatisfy(\.isASCIIDigitCharacter),
                        block.kind != .caption || (lineIndex == 0 && !opening.marker.contains(where: \.isASCIIDigitCharacter)),
                        !Self.isLargerThanANote(block.lines[lineIndex], marker: opening.marker, body: body)
                    {
                        block.lines[lineIndex].text = opening.rest
                        document.audit.repair(
                            .noteMarker, before: opening.marker + " " + opening.firstWord, after: opening.firstWord, page: page,
                            lines: [block.lines[lineIndex]])
                        starts.append((lineIndex, opening.marker))
                    }
                    var repairs: [(String, String)] = []
                    let stripped = Self.strippingGluedMarkers(block.lines[lineIndex].text, notes: notes, repairs: &repairs)
                    guard !repairs.isEmpty else { continue }
                    block.lines[lineIndex].text = stripped
                    for (before, after) in repairs {
                        document.audit.repair(.noteMarker, before: before, after: after, page: page, lines: [block.lines[lineIndex]])
                        if let marker = Self.gluedMarker(Substring(before))?.marker { cited.append(marker) }
                    }
                }
                guard !starts.isEmpty else {
                    result.append(block)
                    for marker in cited where citing[marker] == nil { citing[marker] = result.count - 1 }
                    continue
                }
                // Text before the first note stays what it was; each note runs to the next marker.
                if starts[0].line > 0 {
                    result.append(Block(lines: Array(block.lines[..<starts[0].line]), kind: block.kind, page: block.page))
                    for marker in cited where citing[marker] == nil { citing[marker] = result.count - 1 }
                }
                for (offset, start) in starts.enumerated() {
                    let end = offset + 1 < starts.count ? starts[offset + 1].line : block.lines.count
                    result.append(Block(lines: Array(block.lines[start.line..<end]), kind: .note, page: block.page))
                    found.append((result.count - 1, start.marker))
                }
            }
            document.pages[pageIndex].blocks = Self.placingNotes(
                result, notes: found, citing: citing, body: body, audit: &document.audit)
        }
    }

    /// A heading at this stage (before `DetectHeadings`): at most this many words…
    static let maximumHeadingWords = 12
    /// …on at most this many lines, not ending a sentence, and (when sizes are known) bold or this much larger than the body.
    static let maximumHeadingLines = 3
    static let headingSizeShareOfBody = 1.15

    /// `blocks` with each note printed at the foot of the page that a heading separates from the
    /// paragraph citing it (so it sits under a later article) moved to the end of the citing
    /// article: just before the first heading after the citing paragraph. Notes already under
    /// their article stay. Each move is recorded as `.moved`.
    static func placingNotes(
        _ blocks: [Block], notes: [(index: Int, marker: String)], citing: [String: Int], body: Double?, audit: inout Audit
    ) -> [Block] {
        var targets: [Int: Int] = [:]  // note index → index of the heading it goes before
        for note in notes {
            // A note numbered in plain digits is cited by the raised form of its number ("1" and "¹").
            let cited = citing[note.marker] ?? citing.filter { key($0.key) == key(note.marker) }.map(\.value).min()
            guard let cite = cited, cite < note.index, isAtFoot(note.index, blocks),
                let heading = (cite + 1..<note.index).first(where: { isHeadingLike(blocks[$0], body: body) })
            else { continue }
            targets[note.index] = heading
        }
        guard !targets.isEmpty else { return blocks }
        var result: [Block] = []
        for (index, block) in blocks.enumerated() where targets[index] == nil {
            for note in notes where targets[note.index] == index {
                result.append(blocks[note.index])
                let text = blocks[note.index].text
                audit.repair(.moved, before: text, after: text, page: blocks[note.index].page, lines: blocks[note.index].lines)
            }
            result.append(block)
        }
        return result
    }

    /// Whether the note at `index` is printed at the foot of the page, under everything but other
    /// notes: a note set under its own article, mid-page, is where it belongs whatever the
    /// headings around it say.
    /// A text dump gives no positions, and a heading printed beside its text comes after it there,
    /// so a heading between a citation and its note proves nothing: notes in a dump stay.
    static func isAtFoot(_ index: Int, _ blocks: [Block]) -> Bool {
        guard let box = blocks[index].box else { return false }
        return !blocks.contains { $0.kind != .note && ($0.box?.minY ?? 0) > box.minY }
    }

    /// Whether `block` looks like a heading before headings are detected: short, not a sentence,
    /// and set bold or large when the reader knows sizes.
    static func isHeadingLike(_ block: Block, body: Double?) -> Bool {
        guard block.kind == .paragraph || block.kind == .heading, block.lines.count <= maximumHeadingLines else { return false }
        let text = block.text
        // A numbered heading ("2 Summer Mowing", "3.1 Results") is judged by its title.
        let title = text.first?.isASCIIDigitCharacter == true ? text.drop { $0.isASCIIDigitCharacter || $0 == "." }.drop { $0 == " " } : text[...]
        guard let first = title.first, first.isUppercase, let last = text.last, !".,;:!?".contains(last),
            text.split(separator: " ").count <= maximumHeadingWords
        else { return false }
        guard let font = block.lines.first?.font, let body else { return true }
        return font.isBold || font.size >= headingSizeShareOfBody * body
    }

    /// A marker set alone on a line above its note is matched by value ("1" alone, "¹" in the
    /// text: the reader wrote only the raised one as a superscript); other markers as printed,
    /// so that "m²" is never taken for the reference of a table row "2 October".
    static func noteMarkers(_ document: Document) -> Set<String> {
        var opening: Set<String> = [], glued: Set<String> = [], lone: Set<String> = []
        // Plain numbers opening blocks the layout took for footnotes, cited by raised digits ("1." and "¹").
        var numberedNotes: Set<String> = []
        for page in document.pages {
            for (index, block) in page.blocks.enumerated() {
                if let marker = loneMarker(block) {
                    func opensUpper(_ other: Block) -> Bool { other.lines.first?.text.trimmingWhitespace().first?.isUppercase ?? false }
                    if (index + 1 < page.blocks.count && opensUpper(page.blocks[index + 1]))
                        || page.blocks.contains(where: { isBeside(block, $0) && opensUpper($0) })
                    {
                        lone.insert(marker)
                    }
                }
                for line in block.lines where mayHoldMarker(line.text) {
                    if let marker = openingMarker(line.text)?.marker { opening.insert(marker) }
                    if block.kind == .note, let marker = openingMarker(line.text, fullStop: true)?.marker,
                        marker.allSatisfy(\.isASCIIDigitCharacter)
                    {
                        numberedNotes.insert(marker)
                    }
                    for token in gluedMarkerCandidates(line.text) {
                        if let marker = gluedMarker(token)?.marker { glued.insert(marker) }
                    }
                }
            }
        }
        var notes = opening.intersection(glued)
        for marker in numberedNotes {
            let matching = glued.filter { key($0) == marker }
            if !matching.isEmpty { notes.formUnion(matching + [marker]) }
        }
        for marker in lone {
            let matching = glued.filter { key($0) == key(marker) }
            if !matching.isEmpty { notes.formUnion(matching + [marker]) }
        }
        return notes
    }

    /// `marker` with superscript digits written as plain digits.
    static func key(_ marker: String) -> String {
        String(marker.map { character in superscriptOrder.firstIndex(of: character).map { Character(String($0)) } ?? character })
    }

    /// The superscript digits in the order of their values.
    static let superscriptOrder: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// The marker of a block that holds nothing else (a raised marker the reader set on a line of
    /// its own, above its note).
    static func loneMarker(_ block: Block) -> String? {
        guard block.lines.count == 1 else { return nil }
        let text = block.lines[0].text.trimmingWhitespace()
        guard !text.isEmpty, text.count <= maximumMarkerLength,
            text.allSatisfy({ isMarkerCharacter($0) || $0.isASCIIDigitCharacter })
        else { return nil }
        return text
    }

    /// Whether a line opening with a plain number is set larger than a note may be (a numbered
    /// heading, "1 Spring Planting", in a document whose notes are numbered too): in a PDF a note
    /// is set at most `noteMaxShareOfBody` of the body size. A dump has no sizes and says nothing.
    static func isLargerThanANote(_ line: Line, marker: String, body: Double?) -> Bool {
        guard marker.allSatisfy(\.isASCIIDigitCharacter), let body, let size = line.font?.size else { return false }
        return size > noteMaxShareOfBody * body
    }

    /// A note is set smaller than the body: at most 90% of its size.
    static let noteMaxShareOfBody = 0.9

    /// `blocks` with each lone confirmed marker put at the head of the note that follows it. A
    /// lone number is a box number as often as a marker: it takes a note only when the block
    /// after it is set smaller than the body (so never in a text dump, which has no sizes).
    static func joiningLoneMarkers(_ blocks: [Block], notes: Set<String>, body: Double?) -> [Block] {
        func isSmall(_ block: Block) -> Bool {
            guard let body, let size = block.lines.first?.font?.size else { return false }
            return size <= noteMaxShareOfBody * body
        }
        func takes(_ note: Block, _ marker: String) -> Bool {
            (note.lines.first?.text.trimmingWhitespace().first?.isUppercase ?? false)
                && (!marker.contains(where: \.isASCIIDigitCharacter) || isSmall(note))
        }
        // A marker printed on its note's row but read apart from it (the marker under one column,
        // the note running across the page): the note beside it takes it where the note stands.
        var besides: [Int: String] = [:]
        var taken: Set<Int> = []
        for index in blocks.indices {
            guard let marker = loneMarker(blocks[index]), notes.contains(marker),
                !(index + 1 < blocks.count && takes(blocks[index + 1], marker)),
                let beside = blocks.indices.first(where: { other in
                    other != index && besides[other] == nil && isBeside(blocks[index], blocks[other]) && takes(blocks[other], marker)
                })
            else { continue }
            besides[beside] = marker
            taken.insert(index)
        }
        var result: [Block] = []
        var index = 0
        while index < blocks.count {
            if taken.contains(index) {
                index += 1
                continue
            }
            if let marker = besides[index] {
                var note = blocks[index]
                note.lines[0].text = marker + " " + note.lines[0].text.trimmingWhitespace()
                result.append(note)
                index += 1
                continue
            }
            if let marker = loneMarker(blocks[index]), notes.contains(marker), index + 1 < blocks.count,
                besides[index + 1] == nil, takes(blocks[index + 1], marker)
            {
                var note = blocks[index + 1]
                note.lines[0].text = marker + " " + note.lines[0].text.trimmingWhitespace()
                result.append(note)
                index += 2
                continue
            }
            result.append(blocks[index])
            index += 1
        }
        return result
    }

    /// A note's text starts at most this many of its marker's heights right of the marker.
    static let besideReachInHeights = 3.0

    /// Whether `note`'s first line starts just right of `marker` on its row (PDF boxes only).
    static func isBeside(_ marker: Block, _ note: Block) -> Bool {
        guard let box = marker.lines.first?.box, let first = note.lines.first?.box else { return false }
        return first.minX >= box.maxX - 1 && first.minX - box.maxX <= besideReachInHeights * box.height
            && first.minY < box.maxY && first.maxY > box.minY
    }

    /// Whether `text` has a byte sequence of a marker character or an ASCII digit: without one no
    /// marker opens the line or is glued to its words. Exact as a reject: each marker is one
    /// scalar with no canonical equivalent, so a `Character` equal to it holds its bytes.
    static func mayHoldMarker(_ text: String) -> Bool {
        text.withContiguousUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "*"):
                    return true
                case 0xC2:  // ² ³ ¹ § ¶: U+00B2, U+00B3, U+00B9, U+00A7, U+00B6
                    if index + 1 < bytes.count {
                        switch bytes[index + 1] {
                        case 0xB2, 0xB3, 0xB9, 0xA7, 0xB6: return true
                        default: break
                        }
                    }
                case 0xE2:  // † ‡: U+2020, U+2021; ⁰ ⁴…⁹: U+2070, U+2074…2079
                    if index + 2 < bytes.count {
                        let second = bytes[index + 1], third = bytes[index + 2]
                        if second == 0x80, third == 0xA0 || third == 0xA1 { return true }
                        if second == 0x81, third == 0xB0 || (0xB4...0xB9).contains(third) { return true }
                    }
                default:
                    break
                }
                index += 1
            }
            return false
        }
    }

    /// The tokens of `text` (split at spaces) that `gluedMarker` may find a marker on: on a plain
    /// ASCII line (each byte a character) only those ending in a digit or "*", found on the bytes.
    static func gluedMarkerCandidates(_ text: String) -> [Substring] {
        guard WordScan.isPlainASCII(text.utf8) else { return text.split(separator: " ") }
        var tokens: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        func close() {
            guard start < index else { return }
            let last = utf8[utf8.index(before: index)]
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(last) || last == UInt8(ascii: "*") {
                tokens.append(text[start..<index])
            }
        }
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: " ") {
                close()
                start = utf8.index(after: index)
            }
            utf8.formIndex(after: &index)
        }
        close()
        return tokens
    }

    static func isMarkerCharacter(_ character: Character) -> Bool {
        superscriptDigits.contains(character) || referenceSymbols.contains(character)
    }

    /// A marker opening a line ("¹ A bee…", "* The trust…", "1 The nearest…") and the text after
    /// it; the text must open with a capital letter, as a note's sentence does.
    static func openingMarker(_ text: String, fullStop: Bool = false) -> (marker: String, rest: String, firstWord: String)? {
        guard mayOpenWithMarker(text) else { return nil }
        return openingMarkerByCharacters(text, fullStop: fullStop)
    }

    /// Whether `text` may open with a marker, read from its first bytes: after leading ASCII
    /// whitespace (which trimming drops), an ASCII byte other than a digit or "*" opens a
    /// character that is neither a digit nor a marker. Most lines open with a letter.
    static func mayOpenWithMarker(_ text: String) -> Bool {
        text.withContiguousUTF8 { bytes in
            for byte in bytes where !byte.isASCIIWhitespace {
                return byte >= 0x80 || byte.isASCIIDigit || byte == UInt8(ascii: "*")
            }
            return false
        }
    }

    /// `openingMarker` walking the characters: the general path.
    static func openingMarkerByCharacters(_ text: String, fullStop: Bool = false) -> (
        marker: String, rest: String, firstWord: String
    )? {
        let trimmed = text.trimmingWhitespace()
        let marker = trimmed.prefix { isMarkerCharacter($0) || $0.isASCIIDigitCharacter }
        guard !marker.isEmpty, marker.count <= maximumMarkerLength,
            marker.allSatisfy(\.isASCIIDigitCharacter) || !marker.contains(where: \.isASCIIDigitCharacter)
        else { return nil }
        var after = trimmed.dropFirst(marker.count)
        // In a block the layout already took for a footnote (`fullStop`), a plain number may be
        // printed with a full stop ("1. The record…", as CSS `::footnote-marker` prints it).
        if fullStop, marker.allSatisfy(\.isASCIIDigitCharacter), after.hasPrefix(". ") { after = after.dropFirst() }
        let rest = after.drop { $0 == " " }
        guard let first = rest.first, first.isUppercase else { return nil }
        let firstWord = rest.prefix { $0 != " " }
        return (String(marker), String(rest), String(firstWord))
    }

    /// A marker glued to the end of a word, and the word without it: superscripts and symbols
    /// after a letter or closing punctuation, plain digits only after closing punctuation that
    /// follows a letter ("all.1", never "A4" or "3.5").
    static func gluedMarker(_ token: Substring) -> (marker: String, word: Substring)? {
        // A token ending in an ASCII byte that is no digit nor "*" ends in no marker: most words.
        if let lastByte = token.utf8.last, lastByte < 0x80, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lastByte),
            lastByte != UInt8(ascii: "*")
        {
            return nil
        }
        if let answer = gluedMarker(plainASCII: token) { return answer }
        return gluedMarkerByCharacters(token)
    }

    /// `gluedMarker` read on the bytes of a plain ASCII token (each byte a character; among
    /// ASCII bytes only "*" is a marker character, and every closing punctuation but the curly
    /// quotes is ASCII), else nil when the token is not plain ASCII. Stepping back through the
    /// characters of a substring cost most of `gluedMarker`.
    static func gluedMarker(plainASCII token: Substring) -> (marker: String, word: Substring)?? {
        let found = token.utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
            guard WordScan.isPlainASCII(bytes), let last = bytes.last else { return .none }
            let isPlain = last.isASCIIDigit
            var count = 0
            while count < bytes.count, isPlain ? bytes[bytes.count - 1 - count].isASCIIDigit : bytes[bytes.count - 1 - count] == UInt8(ascii: "*") {
                count += 1
            }
            guard count > 0, count <= maximumMarkerLength, count < bytes.count else { return .some(nil) }
            let before = bytes[bytes.count - 1 - count]
            if isPlain {
                guard isClosingPunctuationByte(before), bytes.count - count >= 2, bytes[bytes.count - 2 - count].isASCIILetter
                else { return .some(nil) }
            } else {
                guard before.isASCIILetter || isClosingPunctuationByte(before) else { return .some(nil) }
            }
            return .some(count)
        }
        guard let found, let inner = found else { return nil }
        guard let count = inner else { return .some(nil) }
        let split = token.utf8.index(token.utf8.endIndex, offsetBy: -count)
        return .some((String(token[split...]), token[..<split]))
    }

    /// One of `closingPunctuation`'s ASCII members.
    @inline(__always)
    static func isClosingPunctuationByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "'"), UInt8(ascii: "\""):
            return true
        default: return false
        }
    }

    /// `gluedMarker` walking the characters: the general path.
    static func gluedMarkerByCharacters(_ token: Substring) -> (marker: String, word: Substring)? {
        guard let last = token.last else { return nil }
        let isPlain = last.isASCIIDigitCharacter
        let marker = token.reversed().prefix { isPlain ? $0.isASCIIDigitCharacter : isMarkerCharacter($0) }
        // A token ending in other punctuation ("road”") has no marker at all.
        guard !marker.isEmpty, marker.count <= maximumMarkerLength, marker.count < token.count else { return nil }
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
