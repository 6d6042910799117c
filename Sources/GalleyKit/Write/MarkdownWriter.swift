import Foundation

/// Writes sections as CommonMark: the title as `#`, section headings one level below it, lists
/// as `- ` lists, web and email addresses as links. Characters that Markdown would read as
/// markup are escaped, so the text reads back exactly as written. The audit stays in the JSON.
public struct MarkdownWriter: OutputWriter {
    /// Markdown's deepest heading level.
    static let deepestHeading = 6

    public init() {}

    public func write(_ document: Document) throws -> Data {
        var out = ""
        if let title = document.title { out += "# \(Self.inline(title))\n\n" }
        for section in document.sections {
            // A title lifted from the first heading is not written twice.
            if let heading = section.heading, !(section.id == document.sections.first(where: { $0.heading != nil })?.id && heading == document.title) {
                let marks = String(repeating: "#", count: min(section.level + 1, Self.deepestHeading))
                out += "\(marks) \(Self.inline(heading))\n\n"
            }
            for block in section.blocks {
                if let rows = block.rows, let header = rows.first {
                    out += Self.table(header: header, body: rows.dropFirst()) + "\n\n"
                } else if let items = block.items {
                    // A list whose items carry their own numbers is an ordered list in Markdown.
                    let numbered = items.map(Self.numberedItem)
                    if numbered.allSatisfy({ $0 != nil }) {
                        out += numbered.map { "\($0!.number). " + Self.inline($0!.text) }.joined(separator: "\n") + "\n\n"
                    } else {
                        out += items.map { "- " + Self.line($0) }.joined(separator: "\n") + "\n\n"
                    }
                } else if block.kind == .heading {
                    let marks = String(repeating: "#", count: min((block.headingLevel ?? 1) + 1, Self.deepestHeading))
                    out += "\(marks) \(Self.inline(block.text))\n\n"
                } else if block.kind == .quote {
                    out += "> " + Self.inline(block.text) + "\n\n"
                } else {
                    out += Self.line(block.text) + "\n\n"
                }
            }
        }
        if out.hasSuffix("\n\n") { out.removeLast() }
        return Data(out.utf8)
    }

    /// A table as a GitHub-flavoured Markdown table: its first row as the header, cells escaped
    /// inline and their pipes escaped, short rows padded so every row has the header's width.
    static func table(header: [String], body: ArraySlice<[String]>) -> String {
        let width = max(header.count, body.map(\.count).max() ?? 0, 1)
        func row(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "| " + padded.map { inline($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        var lines = [row(header), "|" + String(repeating: " --- |", count: width)]
        lines += body.map(row)
        return lines.joined(separator: "\n")
    }

    /// A paragraph or list item: inline escaping, plus escaping of what would start a block at
    /// the beginning of a line (a heading, quote, list marker, numbered item, rule or fence).
    /// "2. As part of a group" → (2, "As part of a group"); nil when the item carries no number.
    static func numberedItem(_ item: String) -> (number: Int, text: String)? {
        let digits = item.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...3).contains(digits.count), let number = Int(digits) else { return nil }
        let rest = item.dropFirst(digits.count)
        guard let delimiter = rest.first, delimiter == "." || delimiter == ")", rest.dropFirst().first == " " else { return nil }
        return (number, rest.dropFirst(2).trimmingWhitespace())
    }

    static func line(_ text: String) -> String {
        let body = inline(text)
        guard let first = body.first else { return body }
        switch first {
        case "#", ">", "=", "|", "~":
            return "\\" + body
        case "-", "+":
            // "- item", "+ item", "---": a list marker or a rule.
            let rest = body.dropFirst()
            return rest.isEmpty || rest.first == " " || rest.allSatisfy({ $0 == first }) ? "\\" + body : body
        default:
            // "1. " or "2) " would start a numbered list.
            let digits = body.prefix(while: { $0.isASCII && $0.isNumber })
            if !digits.isEmpty, digits.count <= 9 {
                let after = body.dropFirst(digits.count)
                if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first.map({ $0 == " " }) ?? true {
                    return digits + "\\" + after
                }
            }
            return body
        }
    }

    /// Text with inline markup escaped and addresses turned into links. Works word by word, so
    /// an address is never escaped and never split.
    static func inline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var wordStart = text.startIndex
        var index = text.startIndex
        func flush(upTo end: String.Index) {
            if wordStart < end { out += render(word: text[wordStart..<end]) }
        }
        while index < text.endIndex {
            if text[index] == " " {
                flush(upTo: index)
                out.append(" ")
                wordStart = text.index(after: index)
            }
            index = text.index(after: index)
        }
        flush(upTo: text.endIndex)
        return out
    }

    /// Punctuation that may close a sentence after an address but is not part of it.
    static let trailingPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "'", "\"", "’", "”"]
    /// Punctuation that may open around an address but is not part of it.
    static let leadingPunctuation: Set<Character> = ["(", "[", "'", "\"", "‘", "“"]

    /// One space-free word: a link when it is a web or email address, otherwise escaped.
    static func render(word: Substring) -> String {
        var core = word
        while let first = core.first, leadingPunctuation.contains(first) { core = core.dropFirst() }
        while let last = core.last, trailingPunctuation.contains(last) {
            // A closing parenthesis belongs to the address when it closes one opened inside it.
            if last == ")", core.filter({ $0 == "(" }).count >= core.filter({ $0 == ")" }).count { break }
            core = core.dropLast()
        }
        guard !core.isEmpty, let link = link(for: core) else { return escape(word) }
        let lead = word[word.startIndex..<core.startIndex]
        let trail = word[core.endIndex..<word.endIndex]
        return escape(lead) + link + escape(trail)
    }

    /// The Markdown link for an address, or nil when `word` is not one.
    static func link(for word: Substring) -> String? {
        let lower = word.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
            guard word.count > 8, !word.contains("<"), !word.contains(">") else { return nil }
            return "<\(word)>"
        }
        if lower.hasPrefix("www."), word.dropFirst(4).contains(".") {
            return "[\(escape(word))](\(destination("https://" + word)))"
        }
        if isEmail(word) {
            return "[\(escape(word))](\(destination("mailto:" + word)))"
        }
        return nil
    }

    /// A plain email address: one "@", a local part, and a dotted domain of letters, digits and hyphens.
    static func isEmail(_ word: Substring) -> Bool {
        let parts = word.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix(".")
        else { return false }
        let localAllowed: (Character) -> Bool = { $0.isLetter || $0.isNumber || "._%+-'".contains($0) }
        let domainAllowed: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
        return parts[0].allSatisfy(localAllowed) && parts[1].allSatisfy(domainAllowed)
    }

    /// A link destination, in angle brackets when it holds characters that would end it early.
    static func destination(_ url: String) -> String {
        url.contains(where: { $0 == "(" || $0 == ")" || $0 == " " }) ? "<\(url)>" : url
    }

    /// Characters that are inline markup anywhere in a line.
    static let inlineSpecials: Set<Character> = ["\\", "`", "*", "[", "]", "<", ">", "!", "&", "_"]

    /// `text` with inline markup escaped: `_` only where it could open or close emphasis (not
    /// inside a word), `!` only before `[`, `&` only where it could start an entity.
    static func escape<S: StringProtocol>(_ text: S) -> String {
        guard text.contains(where: { inlineSpecials.contains($0) }) else { return String(text) }
        let characters = Array(text)
        var out = ""
        for (i, character) in characters.enumerated() {
            let previous = i > 0 ? characters[i - 1] : nil
            let next = i + 1 < characters.count ? characters[i + 1] : nil
            switch character {
            case "_":
                let inWord =
                    (previous.map { $0.isLetter || $0.isNumber } ?? false) && (next.map { $0.isLetter || $0.isNumber } ?? false)
                out += inWord ? "_" : "\\_"
            case "!":
                out += next == "[" ? "\\!" : "!"
            case "&":
                out += next.map { $0.isLetter || $0 == "#" } ?? false ? "\\&" : "&"
            case ">":
                out += "\\>"
            default:
                if inlineSpecials.contains(character) { out += "\\" }
                out.append(character)
            }
        }
        return out
    }
}
