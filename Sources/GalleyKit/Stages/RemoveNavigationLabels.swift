/// Removes navigation labels and buttons: a line or block that is nothing but "CLICK HERE",
/// "Read more", "Back to contents"…, and a button written in capitals that opens with an action
/// ("CLICK HERE TO FIND OUT / THE LATEST CHANGES"). Labels inside prose stay, on its lines or as a
/// line of their own that a sentence runs through. Records `.navigation`.
package struct RemoveNavigationLabels: Stage {
    /// Labels that, standing alone, only steer a reader of the screen version: compared
    /// lower-cased, with surrounding punctuation and arrows ignored and digits read as "#".
    static let labels: Set<String> = [
        "click here", "click", "here", "tap here", "click here for more", "click here for more information",
        "read more", "read more here", "more", "more info", "more information", "find out more", "learn more",
        "see more", "view more", "show more", "contents", "table of contents", "back to contents",
        "return to contents", "back to top", "to top", "go to top", "go back", "view online",
        "view in browser", "view in your browser", "view this email in your browser", "next",
        "next page", "previous", "previous page", "prev", "home", "menu", "download", "download here",
        "download now", "subscribe", "unsubscribe", "share", "print", "skip to content", "continue",
        "continued", "continued overleaf", "continued on page #", "continued from page #", "see page #",
        "turn to page #", "see overleaf", "turn over", "visit website", "visit our website", "visit the website",
        "book now", "register now", "sign up", "sign up here", "follow us", "listen here", "watch here",
    ]
    /// A line in capitals that opens with one of these is a button, however it goes on
    /// ("CLICK HERE TO FIND OUT THE LATEST CHANGES", "DOWNLOAD THE GUIDE"); capitals lines right
    /// under it are the rest of the button.
    static let buttonOpenings = [
        "click", "tap here", "read more", "find out more", "learn more", "view online", "download",
        "back to", "return to", "book now", "register now", "sign up",
    ]
    /// A button runs on over at most this many capitals lines after its opening line.
    static let buttonMaximumContinuationLines = 2
    /// A capitals button has at least this many letters: "OK" or "GO" alone are not evidence of anything.
    static let buttonMinimumLetters = 4
    /// Characters ignored around a label: punctuation, arrows and triangles that decorate buttons.
    static let decoration: Set<Character> = [
        ".", ",", ":", ";", "!", "?", "-", "–", "—", ">", "<", "›", "‹", "»", "«", "▶", "►", "▸", "◀", "◄", "◂",
        "→", "←", "↑", "↓", "▲", "△", "▼", "⇒", "➔", "➜", "➤", "|", "*", "•", "(", ")", "[", "]", "\"", "'", "“", "”", "‘", "’",
    ]

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        for pageIndex in document.pages.indices {
            let pageNumber = document.pages[pageIndex].number
            // Blocks are rewritten only where something goes: most pages have no labels at all.
            var blockIndex = 0
            while blockIndex < document.pages[pageIndex].blocks.count {
                let block = document.pages[pageIndex].blocks[blockIndex]
                // A table's cell ("Home" in a fixtures list) is data, never a label; its rows keep their text.
                guard block.kind != .table, block.kind != .contact else {
                    blockIndex += 1
                    continue
                }
                // The whole block is one label split over lines ("Click" / "here").
                if block.lines.count > 1, Self.hasAtMostASCIILetters(block.lines.lazy.map(\.text), Self.longestLabelLetters),
                    Self.isLabel(block.text)
                {
                    document.audit.remove(.navigation, block.text, page: pageNumber, lines: block.lines)
                    document.pages[pageIndex].blocks.remove(at: blockIndex)
                    continue
                }
                let removed = Self.navigationLines(block.lines)
                guard !removed.isEmpty else {
                    blockIndex += 1
                    continue
                }
                let gone = Set(removed.map(\.index))
                for (index, text) in removed {
                    document.audit.remove(
                        .navigation, text, page: pageNumber, lines: [block.lines[index]],
                        cutFrom: gone.count < block.lines.count ? block : nil)
                }
                let lines = block.lines.indices.filter { !gone.contains($0) }.map { block.lines[$0] }
                if lines.isEmpty {
                    document.pages[pageIndex].blocks.remove(at: blockIndex)
                } else {
                    document.pages[pageIndex].blocks[blockIndex].lines = lines
                    blockIndex += 1
                }
            }
        }
    }

    /// The lines of a block that are labels or buttons, in order, with their trimmed text.
    static func navigationLines(_ lines: [Line]) -> [(index: Int, text: String)] {
        var removed: [(index: Int, text: String)] = []
        // Capitals lines still allowed to continue an open button ("CLICK HERE TO FIND OUT" /
        // "THE LATEST CHANGES"); a bare label ("CLICK HERE") is complete and opens none.
        var continuations = 0
        for index in lines.indices {
            let text = lines[index].text.trimmingWhitespace()
            let capitals = isCapitals(text)
            if isLabel(text), !isInsideSentence(lines, at: index) {
                removed.append((index, text))
                continuations = 0
            } else if capitals, opensButton(text) {
                removed.append((index, text))
                continuations = buttonMaximumContinuationLines
            } else if capitals, continuations > 0 {
                removed.append((index, text))
                continuations -= 1
            } else {
                continuations = 0
            }
        }
        return removed
    }

    /// The label a line would be: lower-cased, decoration stripped, spacing collapsed, digits as "#".
    static func normalise(_ text: String) -> String {
        // Each byte a character, or (for a curly quote or dash) each three-byte plain punctuation
        // scalar: the same steps on bytes. A tenth of the lines hold such marks, and reading them
        // as characters cost several times the rest.
        guard WordScan.isPlainASCIIOrPunctuation(text) else { return normaliseCharacters(text) }
        var label: [UInt8] = []
        text.withContiguousUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                guard !bytes[index].isASCIIWhitespace else {
                    index += 1
                    continue
                }
                var start = index
                while index < bytes.count, !bytes[index].isASCIIWhitespace { index += 1 }
                var end = index
                // A byte of 0x80 or more is part of a three-byte plain punctuation scalar, whole
                // within the word (the word breaks only at ASCII whitespace).
                while start < end {
                    if bytes[start] < 0x80, isASCIIDecoration[Int(bytes[start])] {
                        start += 1
                    } else if bytes[start] >= 0x80, isPlainPunctuationDecoration(bytes[start + 1], bytes[start + 2]) {
                        start += 3
                    } else {
                        break
                    }
                }
                while end > start {
                    if bytes[end - 1] < 0x80, isASCIIDecoration[Int(bytes[end - 1])] {
                        end -= 1
                    } else if bytes[end - 1] >= 0x80, isPlainPunctuationDecoration(bytes[end - 2], bytes[end - 1]) {
                        end -= 3
                    } else {
                        break
                    }
                }
                guard start < end else { continue }
                if !label.isEmpty { label.append(UInt8(ascii: " ")) }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                // A plain punctuation scalar is no number, and lower-cases to itself.
                if word.allSatisfy({ $0.isASCIIDigit }) {
                    label.append(UInt8(ascii: "#"))
                } else {
                    for byte in word { label.append(byte.asciiLowercased) }
                }
            }
        }
        return String(decoding: label, as: UTF8.self)
    }

    /// `normalise(_:)` by characters, for text with other than ASCII.
    static func normaliseCharacters(_ text: String) -> String {
        var words: [String] = []
        for word in text.lowercased().split(whereSeparator: \.isWhitespace) {
            var core = Substring(word)
            while let first = core.first, decoration.contains(first) { core.removeFirst() }
            while let last = core.last, decoration.contains(last) { core.removeLast() }
            guard !core.isEmpty else { continue }
            words.append(core.allSatisfy(\.isNumber) ? "#" : String(core))
        }
        return words.joined(separator: " ")
    }

    /// Whether the plain punctuation scalar E2 `second` `third` (U+2010–U+205E) is in `decoration`.
    @inline(__always)
    static func isPlainPunctuationDecoration(_ second: UInt8, _ third: UInt8) -> Bool {
        plainPunctuationDecoration[Int(second & 0x01) << 6 | Int(third & 0x3F)]
    }

    /// `decoration` for U+2000–U+207F, by the scalar's last seven bits.
    static let plainPunctuationDecoration: [Bool] = (0..<128).map {
        decoration.contains(Character(Unicode.Scalar(UInt32(0x2000 + $0))!))
    }

    /// `decoration` for each ASCII byte on its own.
    static let isASCIIDecoration: [Bool] = (0..<128).map { decoration.contains(Character(Unicode.Scalar(UInt8($0)))) }

    /// Whether line `index` runs on a sentence: the line above does not end one and the line
    /// below carries on in lower case ("have" / "supported" / "more" / "families than ever before").
    static func isInsideSentence(_ lines: [Line], at index: Int) -> Bool {
        guard index > 0, index + 1 < lines.count, let above = lines[index - 1].text.trimmingWhitespace().last,
            let below = lines[index + 1].text.trimmingWhitespace().first
        else { return false }
        return (above.isLetter || above == ",") && below.isLowercase
    }

    /// Whether `text` is nothing but a navigation label.
    static func isLabel(_ text: String) -> Bool {
        hasAtMostASCIILetters(text, longestLabelLetters) && labels.contains(normalise(text))
    }

    /// The most letters any label has. Normalising keeps every ASCII letter of a line, so a line
    /// with more is no label: prose is rejected by a byte count, without the Unicode work.
    static let longestLabelLetters = labels.map { $0.filter(\.isLetter).count }.max() ?? 0

    /// Whether `text` has at most `limit` ASCII letters, stopping at the first letter over.
    static func hasAtMostASCIILetters(_ text: String, _ limit: Int) -> Bool {
        // Read in place: through the sequence form every line was copied and walked generically.
        text.withContiguousUTF8 { bytes in
            var letters = 0
            for byte in bytes where byte.isASCIILetter {
                letters += 1
                if letters > limit { return false }
            }
            return true
        }
    }

    /// Whether `texts` together have at most `limit` ASCII letters, stopping at the first letter over.
    static func hasAtMostASCIILetters<S: Sequence>(_ texts: S, _ limit: Int) -> Bool where S.Element == String {
        var letters = 0
        for var text in texts {
            let withinLimit = text.withUTF8 { bytes in
                for byte in bytes where byte.isASCIILetter {
                    letters += 1
                    if letters > limit { return false }
                }
                return true
            }
            if !withinLimit { return false }
        }
        return true
    }

    /// Whether `text` has an ASCII lower-case letter between two ASCII bytes (or an end): a
    /// character of its own, and a lower-case letter.
    static func hasLoneLowercaseASCIILetter(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices where bytes[index].isASCIILetterLowercase {
                if (index == 0 || bytes[index - 1] < 0x80), index + 1 == bytes.count || bytes[index + 1] < 0x80 { return true }
            }
            return false
        }
    }

    /// Whether a capitals line opens with an action ("CLICK HERE TO …").
    static func opensButton(_ text: String) -> Bool {
        let label = normalise(text)
        return buttonOpenings.contains { label == $0 || label.hasPrefix($0 + " ") }
    }

    /// Whether every letter of the line is a capital, with enough letters to judge.
    static func isCapitals(_ text: String) -> Bool {
        var letters = 0
        // Prose has a lower-case ASCII letter within its first few bytes: no need to walk the line.
        if hasLoneLowercaseASCIILetter(text) { return false }
        if WordScan.isPlainASCII(text.utf8) {
            for byte in text.utf8 {
                if byte.isASCIILetterLowercase { return false }
                if byte.isASCIICapital { letters += 1 }
            }
            return letters >= buttonMinimumLetters
        }
        for character in text where character.isLetter {
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= buttonMinimumLetters
    }
}
