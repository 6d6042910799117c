/// Removes navigation labels and buttons: a line or block that is nothing but "CLICK HERE",
/// "Read more", "Back to contents"…, and a button written in capitals that opens with an action
/// ("CLICK HERE TO FIND OUT / THE LATEST CHANGES"). Labels inside prose stay, on its lines or as a
/// line of their own that a sentence runs through. Records `.navigation`.
public struct RemoveNavigationLabels: Stage {
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

    public init() {}

    public func run(_ document: inout Document, context: StageContext) {
        for pageIndex in document.pages.indices {
            let pageNumber = document.pages[pageIndex].number
            var kept: [Block] = []
            for var block in document.pages[pageIndex].blocks {
                // The whole block is one label split over lines ("Click" / "here").
                if block.lines.count > 1, block.lines.reduce(0, { $0 + Self.asciiLetters($1.text) }) <= Self.longestLabelLetters,
                    Self.isLabel(block.text)
                {
                    document.audit.remove(.navigation, block.text, page: pageNumber)
                    continue
                }
                var lines: [Line] = []
                // Capitals lines still allowed to continue an open button ("CLICK HERE TO FIND OUT" /
                // "THE LATEST CHANGES"); a bare label ("CLICK HERE") is complete and opens none.
                var continuations = 0
                for (index, line) in block.lines.enumerated() {
                    let text = line.text.trimmingWhitespace()
                    let capitals = Self.isCapitals(text)
                    if Self.isLabel(text), !Self.isInsideSentence(block.lines, at: index) {
                        document.audit.remove(.navigation, text, page: pageNumber)
                        continuations = 0
                    } else if capitals, Self.opensButton(text) {
                        document.audit.remove(.navigation, text, page: pageNumber)
                        continuations = Self.buttonMaximumContinuationLines
                    } else if capitals, continuations > 0 {
                        document.audit.remove(.navigation, text, page: pageNumber)
                        continuations -= 1
                    } else {
                        lines.append(line)
                        continuations = 0
                    }
                }
                guard !lines.isEmpty else { continue }
                if lines.count != block.lines.count { block.lines = lines }
                kept.append(block)
            }
            document.pages[pageIndex].blocks = kept
        }
    }

    /// The label a line would be: lower-cased, decoration stripped, spacing collapsed, digits as "#".
    static func normalise(_ text: String) -> String {
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
        asciiLetters(text) <= longestLabelLetters && labels.contains(normalise(text))
    }

    /// The most letters any label has. Normalising keeps every ASCII letter of a line, so a line
    /// with more is no label: prose is rejected by a byte count, without the Unicode work.
    static let longestLabelLetters = labels.map { $0.filter(\.isLetter).count }.max() ?? 0

    /// How many bytes of `text` are ASCII letters.
    static func asciiLetters(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1.isASCIILetter ? 1 : 0) } }
    }

    /// Whether a capitals line opens with an action ("CLICK HERE TO …").
    static func opensButton(_ text: String) -> Bool {
        let label = normalise(text)
        return buttonOpenings.contains { label == $0 || label.hasPrefix($0 + " ") }
    }

    /// Whether every letter of the line is a capital, with enough letters to judge.
    static func isCapitals(_ text: String) -> Bool {
        var letters = 0
        for character in text where character.isLetter {
            if character.isLowercase { return false }
            letters += 1
        }
        return letters >= buttonMinimumLetters
    }
}
