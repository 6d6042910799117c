/// Makes web and email addresses broken across lines or blocks whole again, and puts back the
/// hyphens a dump lost inside URL slugs where the address wrapped ("what-wedo" → "what-we-do").
///
/// An address at a line end that cannot be complete ("…/education-and-children/", "www.example.",
/// "…/guide-v2.") takes the next line's first word when that word looks like the rest of an
/// address; a block that is nothing but a path fragment ("services/adult-care/carers/") continues
/// the nearest dangling address on its page and is taken out of the text. Each address changed is
/// recorded once as a `.url` or `.email` repair whose `before` holds the original fragments. A
/// table's cells are repaired one by one (`TableCells`): an address wraps inside its cell only.
package struct RepairURLs: Stage {
    /// Endings that leave an address open: it must go on after them.
    static let danglingEndings: Set<Character> = ["/", ".", "-", "_", "=", "?", "&", "#", "%", "@"]
    /// Characters that only an address (not a word of prose) carries.
    static let addressCharacters: Set<Character> = ["/", ".", "-", "_", "=", "?", "&", "#", "%", "~", "@", ":"]
    /// Punctuation that ends a sentence or closes a bracket after an address, not part of it.
    static let trailingPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "\"", "'", "”", "’", "»"]
    /// `danglingEndings.contains(character)`; `isAddressCharacter`, `isTrailingPunctuation` and
    /// `isOtherAddressMark` likewise. An ASCII character (one scalar, or CR LF) is asked by a
    /// byte switch of the sets' ASCII members: hashing a `Character` cost hundreds of
    /// instructions. Any other goes to the set, where canonical equivalence decides ("\u{037E}",
    /// the Greek question mark, is ";").
    static func isDanglingEnding(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return danglingEndings.contains(character) }
        switch ascii {
        case UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "?"),
            UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "@"):
            return true
        default: return false
        }
    }

    static func isAddressCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return addressCharacters.contains(character) }
        switch ascii {
        case UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "?"),
            UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "~"), UInt8(ascii: "@"), UInt8(ascii: ":"):
            return true
        default: return false
        }
    }

    static func isTrailingPunctuation(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return trailingPunctuation.contains(character) }
        return isTrailingPunctuation(ascii)
    }

    /// The other marks `continues` lets into an address: `"+!$*,;()[]'".contains(character)`.
    static func isOtherAddressMark(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return "+!$*,;()[]'".contains(character) }
        switch ascii {
        case UInt8(ascii: "+"), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "*"), UInt8(ascii: ","), UInt8(ascii: ";"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "'"):
            return true
        default: return false
        }
    }

    /// Words that complete an address cut after a dot: top-level domains and file extensions.
    /// A documented general list; anything else after "www.example." must itself contain a dot or slash.
    static let addressEndings: Set<String> = [
        "uk", "com", "org", "net", "gov", "edu", "info", "io", "eu", "biz", "nhs", "scot", "wales",
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "rtf", "txt", "csv", "htm", "html", "aspx", "asp",
        "php", "jsp", "jpg", "jpeg", "png", "gif", "mp3", "mp4", "zip",
    ]
    /// Each word a glued slug word splits into has at least this many letters: slugs are made
    /// of whole words, short ones included ("what-we-do", "bumps-to-babies").
    static let minimumSlugPartLength = 2
    /// A slug word shorter than this is left alone: short runs split into two-letter words too easily.
    static let minimumGluedSlugWordLength = 4
    /// A number run onto a slug word has at least this many digits (a year, a count), not "mp3".
    static let minimumSlugNumberDigits = 2

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        let proseWords = ProseWords(document: document)
        // The address tests ask about the same pieces of words on many lines.
        let lexicon = RememberingLexicon(context.lexicon)
        let evidence = AddressEvidence(document: document, lexicon: lexicon, proseWords: proseWords)
        for pageIndex in document.pages.indices where document.pages[pageIndex].duplicateOf == nil {
            var page = document.pages[pageIndex]
            evidence.annotationTargets = page.linkAnnotations.map { Self.key($0.uri) }
            // A table's cells are repaired one by one, each as a block of its own: an address
            // wraps inside its cell, never into the next.
            var tables: Set<Int> = []
            for blockIndex in page.blocks.indices {
                guard let cells = TableCells(page.blocks[blockIndex]) else { continue }
                tables.insert(blockIndex)
                page.blocks[blockIndex] = repairCells(
                    cells, on: page, proseWords: proseWords, lexicon: lexicon, audit: &document.audit, evidence: evidence)
            }
            var fragments: [LinePosition: [String]] = [:]
            for blockIndex in page.blocks.indices where !tables.contains(blockIndex) {
                joinAcrossLines(&page.blocks[blockIndex], blockIndex: blockIndex, fragments: &fragments, evidence: evidence)
            }
            joinAcrossBlocks(&page, fragments: &fragments, evidence: evidence)
            Self.joinSpacedHosts(&page, audit: &document.audit)
            repairSlugsAndRecord(
                &page, fragments: fragments, proseWords: proseWords, lexicon: lexicon, audit: &document.audit,
                evidence: evidence, splitsHostWords: document.source.format == .text)
            document.pages[pageIndex] = page
        }
    }

    /// The table block of `cells` with the addresses in its cells made whole and recorded, each cell
    /// taken as a block of `page` on its own; its cells and rows are rebuilt from the repaired lines.
    func repairCells(
        _ cells: TableCells, on page: Page, proseWords: ProseWords, lexicon: any Lexicon, audit: inout Audit,
        evidence: AddressEvidence
    ) -> Block {
        var cellPage = page
        cellPage.blocks = cells.blocks
        var fragments: [LinePosition: [String]] = [:]
        for index in cellPage.blocks.indices where cellPage.blocks[index].lines.count > 1 {
            joinAcrossLines(&cellPage.blocks[index], blockIndex: index, fragments: &fragments, evidence: evidence)
        }
        Self.joinSpacedHosts(&cellPage, audit: &audit)
        repairSlugsAndRecord(
            &cellPage, fragments: fragments, proseWords: proseWords, lexicon: lexicon, audit: &audit, evidence: evidence)
        return cells.rebuilt(cellPage.blocks)
    }

    /// A line of a page: which block, which line.
    struct LinePosition: Hashable {
        var block: Int
        var line: Int
    }

    // MARK: Recognising addresses

    /// Whether `token` is, or holds, a web or email address or a path: words in it are not prose.
    package static func isAddressLike(_ token: String) -> Bool {
        // In one buffer: walking `utf8` byte by byte costs several times as much.
        token.withContiguousUTF8 { isAddressLike(utf8: $0) }
    }

    /// `isAddressLike(_:)` on a token's UTF-8 bytes.
    static func isAddressLike<S: Sequence>(utf8 token: S) -> Bool where S.Element == UInt8 {
        var previous: UInt8 = 0
        var letterBeforeDot = false
        var run = 0  // consecutive "w"s, for "www."
        for byte in token {
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "@") { return true }
            if byte == UInt8(ascii: ".") {
                if run >= 3 { return true }
                letterBeforeDot = isASCIILetter(previous)
            } else {
                // "example.org": a dot between letters.
                if letterBeforeDot, isASCIILetter(byte) { return true }
                letterBeforeDot = false
            }
            run = byte | 0x20 == UInt8(ascii: "w") ? run + 1 : 0
            previous = byte
        }
        return false
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// Whether `text` has a dot or an "@": every address this stage knows has one.
    static func mayHoldAddress<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "@") }
    }

    /// Whether `text` may hold an address that `addressStart(in:)` finds: besides a dot or an "@"
    /// (`mayHoldAddress`), each kind it knows has a slash (a scheme, a path), an "@", or "www."
    /// (any case). A byte test, for the many lines of prose with full stops and none of these.
    ///
    /// Exact as a reject: lower-casing turns no other character into "w", ".", "/" or "@".
    static func mayHoldAddressStart<S: StringProtocol>(_ text: S) -> Bool {
        // One pass over the bytes, not one for each mark, eight at a time: most lines are prose
        // with full stops and none of the others, and most of their eight-byte runs hold none.
        text.withContiguousUTF8 { bytes in
            var hasDot = false, hasSlash = false, hasWWWDot = false
            func read(_ index: Int) -> Bool {
                switch bytes[index] {
                case UInt8(ascii: "@"): return true
                case UInt8(ascii: "/"): hasSlash = true
                case UInt8(ascii: "."):
                    hasDot = true
                    // "www." in any case: three "w"s right before the dot.
                    if index >= 3, bytes[(index - 3)..<index].allSatisfy({ $0 | 0x20 == UInt8(ascii: "w") }) { hasWWWDot = true }
                default: break
                }
                return false
            }
            var index = 0
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let eight = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if holdsMark(eight) {
                        for at in index..<(index + 8) where read(at) { return true }
                    }
                    index += 8
                }
            }
            while index < bytes.count {
                if read(index) { return true }
                index += 1
            }
            return hasDot && (hasSlash || hasWWWDot)
        }
    }

    /// Whether any of the eight bytes of `eight` is ".", "/" or "@": each byte equal to a mark is
    /// zero once xored with it.
    @inline(__always)
    static func holdsMark(_ eight: UInt64) -> Bool {
        hasZeroByte(eight ^ (eightOnes &* UInt64(UInt8(ascii: "."))))
            || hasZeroByte(eight ^ (eightOnes &* UInt64(UInt8(ascii: "/"))))
            || hasZeroByte(eight ^ (eightOnes &* UInt64(UInt8(ascii: "@"))))
    }

    /// Each of eight bytes 0x01 (a literal, not a stored global: read in the hottest loops).
    @inline(__always)
    static var eightOnes: UInt64 { 0x0101_0101_0101_0101 }

    /// Whether one of the eight bytes of `x` is zero: (x - 0x01…01) & ~x & 0x80…80 is not zero
    /// exactly then (a borrow may mark a wrong byte, never a byte where there is none).
    @inline(__always)
    static func hasZeroByte(_ x: UInt64) -> Bool {
        (x &- eightOnes) & ~x & (eightOnes &* 0x80) != 0
    }

    /// Where the address in `token` starts ("Website:www.x.org" → at "www."), and whether it is an email.
    static func addressStart(in token: Substring) -> (start: String.Index, isEmail: Bool)? {
        guard mayHoldAddressStart(token) else { return nil }
        if WordScan.isPlainASCII(token.utf8) {
            // Each byte a character: the markers are found on the lower-cased bytes, as below.
            if let offset = firstMarkerOffset(inASCII: token) { return (token.index(token.startIndex, offsetBy: offset), false) }
        } else {
            let lower = token.lowercased()
            // Offsets in the lower-cased copy match the token's when lower-casing keeps lengths (ASCII addresses).
            guard lower.count == token.count else { return nil }
            for marker in ["https://", "http://", "www."] {
                if let range = lower.range(of: marker) {
                    let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                    return (token.index(token.startIndex, offsetBy: offset), false)
                }
            }
        }
        if let at = token.firstIndex(of: "@") {
            // The local part runs back from "@" over address characters.
            var start = at
            while start > token.startIndex {
                let previous = token.index(before: start)
                let character = token[previous]
                guard character.isLetter || character.isNumber || "._%+-".contains(character) else { break }
                start = previous
            }
            if start < at, token[token.index(after: at)...].contains(where: \.isLetter) { return (start, true) }
            return nil
        }
        // A bare domain with a path: "example.org.uk/page".
        let startIndex = token.firstIndex(where: { $0.isLetter || $0.isNumber }) ?? token.endIndex
        guard startIndex < token.endIndex, let slash = token[startIndex...].firstIndex(of: "/") else { return nil }
        let host = token[startIndex..<slash]
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
            let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter)
        else { return nil }
        return (startIndex, false)
    }

    /// The byte offset of the first "https://", else "http://", else "www." in `token` (any case),
    /// for plain ASCII text.
    static func firstMarkerOffset(inASCII token: Substring) -> Int? {
        token.withContiguousUTF8 { bytes in
            // The markers are static strings: an array of each made for every token cost more
            // than the search.
            func first(_ marker: StaticString) -> Int? {
                marker.withUTF8Buffer { marker in
                    guard marker.count <= bytes.count else { return nil }
                    for start in 0...(bytes.count - marker.count) {
                        var matches = true
                        for offset in 0..<marker.count where bytes[start + offset].asciiLowercased != marker[offset] {
                            matches = false
                            break
                        }
                        if matches { return start }
                    }
                    return nil
                }
            }
            return first("https://") ?? first("http://") ?? first("www.")
        }
    }
}
