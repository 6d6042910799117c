import Foundation

/// Writes sections as CommonMark: the title as `#`, section headings one level below it, lists
/// as `- ` lists, web and email addresses as links. Characters that Markdown would read as
/// markup are escaped, so the text reads back exactly as written. The audit stays in the JSON.
public struct MarkdownWriter: OutputWriter {
    /// Markdown's deepest heading level.
    static let deepestHeading = 6

    /// A Markdown writer; it has no options.
    public init() {}

    /// The document as CommonMark, UTF-8, ending in one newline; empty when there is no text.
    /// Never throws.
    public func write(_ document: Document) throws -> Data {
        var out = ""
        try Self.render(document, into: &out, flushingAt: nil) { _ in }
        return Data(out.utf8)
    }

    /// The document's CommonMark written to `path` as it is made, a megabyte at a time; the
    /// bytes are those of `write(_:)`, and the file appears whole or not at all (`AtomicFile`).
    public func write(_ document: Document, to path: String) throws {
        try AtomicFile.write(to: path) { file in
            var out = ""
            try Self.render(document, into: &out, flushingAt: Self.flushSize) { chunk in
                try chunk.withUTF8 { try file.append(UnsafeRawBufferPointer($0)) }
            }
            try out.withUTF8 { try file.append(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Text held before it is handed to the output file.
    static let flushSize = 1 << 20

    /// Renders `document` into `out`; with a `limit`, hands `out` to `emit` (and empties it)
    /// whenever it passes that many bytes at the end of a block, so that what `emit` was given
    /// followed by what is left in `out` is the whole output.
    static func render(
        _ document: Document, into out: inout String, flushingAt limit: Int?, _ emit: (inout String) throws -> Void
    ) throws {
        /// Whether some of the output has gone to `emit`, all but the last line feed of a block.
        var flushed = false
        func flushIfFull() throws {
            guard let limit, out.utf8.count >= limit else { return }
            // Every block ends in a blank line; its last line feed stays, so that the end of the
            // output is judged below as it would be whole. Text ending in a carriage return
            // would make the line feed before it part of one character ("\r\n"): not cut there.
            let bytes = out.utf8
            guard bytes.count >= 3, bytes.last == 0x0A, bytes.dropLast().last == 0x0A,
                bytes.dropLast(2).last != 0x0D
            else { return }
            out.removeLast()
            try emit(&out)
            out = "\n"
            flushed = true
        }
        if let title = document.title { out += "# \(Self.inline(title))\n\n" }
        let firstHeadingID = document.sections.first(where: { $0.heading != nil })?.id
        for section in document.sections {
            // A title lifted from the first heading is not written twice.
            if let heading = section.printedHeading, !(section.id == firstHeadingID && heading == document.title) {
                let marks = String(repeating: "#", count: min(section.level + 1, Self.deepestHeading))
                out += "\(marks) \(Self.inline(heading))\n\n"
                try flushIfFull()
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
                try flushIfFull()
            }
        }
        // One line feed at the end, not a blank line; after a flush, `out` is "\n" when no
        // block followed, and that is the second of the last two.
        if out.hasSuffix("\n\n") || (flushed && out == "\n") { out.removeLast() }
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
        // Most lines are plain words: nothing to escape and no address, so the text is its own
        // rendering. Asking every word for a link and an escape cost more than all the rest of
        // the writer (a 200-page PDF's 140,000 words).
        isPlain(text.utf8) ? text : renderedWords(text)
    }

    /// `inline` word by word, whatever the text: what the fast path in `inline` must agree with.
    static func renderedWords(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        // In ASCII text a space is always a character of its own: words are found byte by byte,
        // as the character walk below finds them, without walking characters.
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var start = utf8.startIndex
            var index = utf8.startIndex
            // A plain word (as `isPlain` decides for a line) is its own rendering, so a long
            // block with one special in it is not asked word by word through `render`.
            func word(_ word: Substring) {
                if isPlain(word.utf8) { out += word } else { out += render(word: word) }
            }
            while index < utf8.endIndex {
                if utf8[index] == UInt8(ascii: " ") {
                    if start < index { word(text[start..<index]) }
                    out.append(" ")
                    start = utf8.index(after: index)
                }
                index = utf8.index(after: index)
            }
            if start < utf8.endIndex { word(text[start..<utf8.endIndex]) }
            return out
        }
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

    /// Whether `inline` would give `utf8` back unchanged, decided from its bytes alone: ASCII with
    /// no inline special and no "@" (so nothing to escape and no email), and no "http" or "www."
    /// in either case anywhere (so no word can be a web address, whatever punctuation opens it).
    static func isPlain<Bytes: Sequence<UInt8>>(_ utf8: Bytes) -> Bool {
        var recent: UInt32 = 0
        for byte in utf8 {
            guard byte < 0x80, byte != UInt8(ascii: "@"), !isInlineSpecialByte(byte) else { return false }
            // The last four bytes, letters lower-cased (0x20 set on "A"…"Z" only).
            let folded = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            recent = recent << 8 | UInt32(folded)
            if recent == httpBytes || recent == wwwDotBytes { return false }
        }
        return true
    }

    /// "http" and "www." as four bytes, first byte highest.
    private static let httpBytes: UInt32 = 0x6874_7470
    private static let wwwDotBytes: UInt32 = 0x7777_772E

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
    ///
    /// Asked of every word of every line: the word is lower-cased only when its first bytes are
    /// those of "http" or "www." in either case (no other character lower-cases to these letters),
    /// so the answer is the same without a lower-cased copy of every word.
    static func link(for word: Substring) -> String? {
        let mayBeWeb = hasASCIIPrefix(word, "http") || hasASCIIPrefix(word, "www.")
        let lower = mayBeWeb ? word.lowercased() : ""
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
            guard word.count > 8, !word.contains("<"), !word.contains(">") else { return nil }
            return "<\(word)>"
        }
        if lower.hasPrefix("www."), word.dropFirst(4).contains(".") {
            return "[\(escape(word))](\(destination("https://" + word)))"
        }
        // An email has an "@": most words have none, and need not be split.
        if word.utf8.contains(UInt8(ascii: "@")), isEmail(word) {
            return "[\(escape(word))](\(destination("mailto:" + word)))"
        }
        return nil
    }

    /// Whether `word` starts with `prefix` (lower-case ASCII), upper or lower case alike.
    static func hasASCIIPrefix(_ word: Substring, _ prefix: StaticString) -> Bool {
        let utf8 = word.utf8
        guard utf8.count >= prefix.utf8CodeUnitCount else { return false }
        var index = utf8.startIndex
        for offset in 0..<prefix.utf8CodeUnitCount {
            let expected = prefix.utf8Start[offset]
            let byte = utf8[index]
            guard byte == expected || (expected.isASCIILetterLowercase && byte == expected - 0x20) else { return false }
            index = utf8.index(after: index)
        }
        return true
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

    /// Whether `byte` is the byte of one of `inlineSpecials`.
    static func isInlineSpecialByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    /// Characters that are inline markup anywhere in a line.
    static let inlineSpecials: Set<Character> = ["\\", "`", "*", "[", "]", "<", ">", "!", "&", "_"]

    /// `text` with inline markup escaped: `_` only where it could open or close emphasis (not
    /// inside a word), `!` only before `[`, `&` only where it could start an entity.
    static func escape<S: StringProtocol>(_ text: S) -> String {
        // Plain ASCII text without a special's byte has none of them (the usual case); other text
        // is asked character by character (a character such as U+1FEF is equal to "`").
        guard text.utf8.contains(where: { $0 >= 0x80 || isInlineSpecialByte($0) }) else { return String(text) }
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
