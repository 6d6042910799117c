extension RepairURLs {
    /// A piece of an address's word shorter than this is no word of its own: a word processor
    /// leaves two letters on a line ("ex-" / "ample") and a possessive "s" ("tenant-" / "s.org").
    static let minimumWordPart = 3

    /// What a document says about its own addresses, for deciding how pieces of one join: the
    /// targets of the page's link annotations, the addresses and hosts printed whole elsewhere,
    /// the words of its prose, and the dictionary.
    final class AddressEvidence {
        let lexicon: any Lexicon
        let proseWords: ProseWords
        private let document: Document?
        /// The page's link targets as `key(_:)` gives them; set per page.
        var annotationTargets: [String] = []

        init(document: Document?, lexicon: any Lexicon, proseWords: ProseWords) {
            self.document = document
            self.lexicon = lexicon
            self.proseWords = proseWords
        }

        /// Every address token of the document and its host, as `key(_:)` gives them, gathered on first use.
        private(set) lazy var printed: Set<String> = {
            var printed = Set<String>()
            guard let document else { return printed }
            for page in document.pages where page.duplicateOf == nil {
                for block in page.blocks {
                    // Through a pointer: each line's text is read without copying the whole `Line`.
                    block.lines.withUnsafeBufferPointer { lines in
                        for index in lines.indices where RepairURLs.mayHoldAddressStart(lines[index].text) {
                            RepairURLs.forEachMarkedToken(in: lines[index].text) { token in
                                guard let (start, _) = RepairURLs.addressStart(in: token) else { return }
                                let address = RepairURLs.key(String(token[start...]))
                                printed.insert(address)
                                printed.insert(RepairURLs.host(ofKey: address))
                            }
                        }
                    }
                }
            }
            return printed
        }()

        /// The hosts printed whole in the document, by their letters without hyphens: for each, the
        /// hyphens of all its printings together, gathered on first use. A dump's lines joined at a
        /// hyphen lose it, and two printings of one host may each lose another ("example-parish
        /// council.org.uk", "exampleparish-council.org.uk"): together they spell the host whole.
        private(set) lazy var hostsWithoutHyphens: [String: String] = {
            var hosts: [String: String] = [:]
            for entry in printed
            where !entry.containsUTF8Byte(UInt8(ascii: "/")) && !entry.containsUTF8Byte(UInt8(ascii: "@"))
                && entry.containsUTF8Byte(UInt8(ascii: "."))
            {
                let bare = RepairURLs.withoutHyphens(entry)
                // Most printings repeat one already seen: only another spelling is merged.
                if let known = hosts[bare] {
                    if known != entry { hosts[bare] = RepairURLs.unionOfHyphens(known, entry) }
                } else {
                    hosts[bare] = entry
                }
            }
            return hosts
        }()

        /// The labels of the hosts printed in the document that have no hyphen ("northvale" of
        /// "northvale.gov.uk"), gathered on first use: a name the document's addresses spell whole.
        private(set) lazy var wholeHostLabels: Set<String> = {
            var labels = Set<String>()
            for entry in printed where !entry.containsUTF8Byte(UInt8(ascii: "/")) && !entry.containsUTF8Byte(UInt8(ascii: "@")) {
                for label in entry.split(separator: ".") where !RepairURLs.containsHyphen(label) { labels.insert(String(label)) }
            }
            return labels
        }()

        /// Whether a link annotation of the page points at `candidate` or at an address it begins.
        func annotationStarts<S: StringProtocol>(with candidate: S) -> Bool {
            let key = RepairURLs.key(String(candidate))
            return !key.isEmpty && annotationTargets.contains { $0.hasPrefix(key) }
        }

        /// Whether `candidate` (an address so far) or its host is printed whole elsewhere in the document.
        func isPrinted(_ candidate: String) -> Bool {
            let key = RepairURLs.key(candidate)
            let host = RepairURLs.host(ofKey: key)
            // A host is only known whole when something follows it: a path, or the end of an email.
            let hostIsWhole = key.containsUTF8Byte(UInt8(ascii: "/")) || key.containsUTF8Byte(UInt8(ascii: "@"))
            return printed.contains(key) || (hostIsWhole && printed.contains(host))
        }

        /// Whether `word` is a word: in the dictionary or used in the document's prose.
        func isWord(_ word: Substring) -> Bool {
            let text = String(word)
            return lexicon.isWord(text) || proseWords.contains(text)
        }

        /// Whether a piece of a broken address is a word by the dictionary alone: the document's
        /// prose holds the pieces of the very break in question ("ning before the end…").
        func isDictionaryWord(_ piece: Substring) -> Bool {
            lexicon.isWord(String(piece))
        }

        /// Of two ways to join pieces of an address, which the document's own evidence prefers:
        /// true for `first`, false for `second`, nil when neither the page's link annotations nor
        /// the addresses printed elsewhere tell them apart.
        func prefers(_ first: String, over second: String) -> Bool? {
            let firstLinked = annotationStarts(with: first), secondLinked = annotationStarts(with: second)
            if firstLinked != secondLinked { return firstLinked }
            let firstPrinted = isPrinted(first), secondPrinted = isPrinted(second)
            if firstPrinted != secondPrinted { return firstPrinted }
            return nil
        }

        /// Whether `head` + `tail`, the letters either side of a break inside an address, are one
        /// word cut in two: glued they make a word (or two words cut elsewhere, "wellbe" + "ing"),
        /// and the pieces are not both words of their own (of any length, when glued they make none).
        func isWordCut(head: Substring, tail: Substring) -> Bool {
            guard !head.isEmpty, !tail.isEmpty, head.allSatisfy(\.isLetter), tail.allSatisfy(\.isLetter) else { return false }
            let glued = (head + tail).lowercased()
            let piecesAreWords =
                head.count >= minimumWordPart && tail.count >= minimumWordPart && isDictionaryWord(head)
                && isDictionaryWord(tail)
            if isWord(Substring(glued)) { return !piecesAreWords }
            // Glued they make no word: pieces that are both words, however short ("to" + "events"),
            // were two words, whatever other split the letters allow ("toe" + "vents").
            guard !piecesAreWords, !(isDictionaryWord(head) && isDictionaryWord(tail)) else { return false }
            let splits = lexicon.twoWordSplits(of: glued, minimumPart: minimumWordPart)
            return !splits.isEmpty && !splits.contains { $0.head.count == head.count }
        }
    }

    /// Calls `body` with each token of `line` between whitespace (`whitespaceSeparatedWords()`)
    /// that has a dot, a slash or an "@": `addressStart(in:)` finds none in the others. A plain
    /// ASCII line is split on its bytes and only its marked tokens are made substrings.
    static func forEachMarkedToken(in line: String, _ body: (Substring) -> Void) {
        guard WordScan.isPlainASCII(line.utf8) else {
            for token in line.whitespaceSeparatedWords() where token.utf8.contains(where: isAddressMark) { body(token) }
            return
        }
        let marked: [Range<Int>] = line.withContiguousUTF8 { bytes in
            var marked: [Range<Int>] = []
            var start = -1
            var hasMark = false
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte.isASCIIWhitespace {
                    if start >= 0, hasMark { marked.append(start..<index) }
                    start = -1
                    hasMark = false
                    continue
                }
                if start < 0 { start = index }
                if isAddressMark(byte) { hasMark = true }
            }
            if start >= 0, hasMark { marked.append(start..<bytes.count) }
            return marked
        }
        let utf8 = line.utf8
        for range in marked {
            body(line[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
    }

    /// A dot, a slash or an "@": every address `addressStart(in:)` finds has one of them.
    @inline(__always)
    static func isAddressMark(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "@")
    }

    /// `address` with the hyphens its host lost put back, when the document prints that host whole
    /// elsewhere with more hyphens and the same letters ("www.exampleottermouth-estuary.org.uk" where
    /// an email prints "example-ottermouth-estuary.org.uk"): a dump glues a hyphen broken at a line end.
    static func restoreHostHyphens(in address: String, evidence: AddressEvidence) -> String {
        if leavesHostHyphens(inASCII: address, evidence: evidence) == true { return address }
        let lower = address.lowercased()
        guard lower.count == address.count else { return address }
        var hostStart = lower.startIndex
        if let scheme = lower.schemeSeparatorRange() { hostStart = scheme.upperBound }
        if lower[hostStart...].hasPrefix("www.") { hostStart = lower.index(hostStart, offsetBy: 4) }
        let hostEnd = lower[hostStart...].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? lower.endIndex
        // An email's host follows its "@".
        if let at = lower[hostStart..<hostEnd].lastIndex(of: "@") { hostStart = lower.index(after: at) }
        var host = lower[hostStart..<hostEnd]
        while let last = host.last, isTrailingPunctuation(last) { host = host.dropLast() }
        guard host.contains("."),
            let known = evidence.hostsWithoutHyphens[host.replacingOccurrences(of: "-", with: "")],
            known.filter({ $0 == "-" }).count > host.filter({ $0 == "-" }).count
        else { return address }
        let offset = lower.distance(from: lower.startIndex, to: host.startIndex)
        let start = address.index(address.startIndex, offsetBy: offset)
        let end = address.index(start, offsetBy: host.count)
        return address.replacingCharacters(in: start..<end, with: known)
    }

    /// Whether `restoreHostHyphens` leaves `address` as it is, decided on its bytes when it is
    /// plain ASCII (each byte a character; lower-casing keeps every length), else nil.
    static func leavesHostHyphens(inASCII address: String, evidence: AddressEvidence) -> Bool? {
        guard WordScan.isPlainASCII(address.utf8) else { return nil }
        // A closure, not a key path: a key path here compiled to a runtime call for each byte.
        let lower = address.withContiguousUTF8 { $0.map { $0.asciiLowercased } }
        var hostStart = schemeEnd(inLowercaseASCII: lower[...])
        if lower[hostStart...].starts(with: "www.".utf8) { hostStart += 4 }
        func endsHost(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
        }
        let hostEnd = lower[hostStart...].firstIndex(where: endsHost) ?? lower.count
        if let at = lower[hostStart..<hostEnd].lastIndex(of: UInt8(ascii: "@")) { hostStart = at + 1 }
        var end = hostEnd
        while end > hostStart, isTrailingPunctuation(lower[end - 1]) { end -= 1 }
        let host = lower[hostStart..<end]
        guard host.contains(UInt8(ascii: ".")) else { return true }
        // The host without its hyphens, written straight into a string: decoding a lazily
        // filtered slice went through the generic, dynamically cast path.
        var hyphens = 0
        for byte in host where byte == UInt8(ascii: "-") { hyphens += 1 }
        let bare = String(unsafeUninitializedCapacity: host.count - hyphens) { buffer in
            var count = 0
            for byte in host where byte != UInt8(ascii: "-") {
                buffer[count] = byte
                count += 1
            }
            return count
        }
        guard let known = evidence.hostsWithoutHyphens[bare] else { return true }
        return hyphenCount(known) <= hyphens
    }

    /// The letters `a` and `b` share (the same once their hyphens are gone) with a hyphen wherever
    /// either has one.
    static func unionOfHyphens(_ a: String, _ b: String) -> String {
        var result = ""
        let first = Array(a), second = Array(b)
        var i = 0, j = 0
        while i < first.count || j < second.count {
            let hyphenA = i < first.count && first[i] == "-", hyphenB = j < second.count && second[j] == "-"
            if hyphenA || hyphenB {
                result.append("-")
                if hyphenA { i += 1 }
                if hyphenB { j += 1 }
                continue
            }
            guard i < first.count, j < second.count else { break }
            result.append(first[i])
            i += 1
            j += 1
        }
        return result
    }

    /// `text` without its hyphens (`replacingOccurrences(of: "-", with: "")`), on the bytes when plain ASCII.
    static func withoutHyphens(_ text: String) -> String {
        guard WordScan.isPlainASCII(text.utf8) else { return text.replacingOccurrences(of: "-", with: "") }
        return String(decoding: text.utf8.lazy.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self)
    }

    /// Whether `text` holds a hyphen (`contains("-")`, Foundation's search, thousands of instructions
    /// a call), on the bytes when plain ASCII.
    static func containsHyphen(_ text: Substring) -> Bool {
        WordScan.isPlainASCII(text.utf8) ? text.utf8.contains(UInt8(ascii: "-")) : text.contains("-")
    }

    /// How many hyphen characters `text` has, on the bytes when plain ASCII.
    static func hyphenCount(_ text: String) -> Int {
        guard WordScan.isPlainASCII(text.utf8) else { return text.filter({ $0 == "-" }).count }
        return text.withContiguousUTF8 { bytes in
            var count = 0
            for byte in bytes where byte == UInt8(ascii: "-") { count += 1 }
            return count
        }
    }

    /// An address in the form its printings and link targets share: lower case, no scheme,
    /// "mailto:" or "www.", no final slash or sentence punctuation.
    static func key(_ address: String) -> String {
        // Most addresses are plain ASCII: read on their bytes, each a character, what `key(ofCharacters:)`
        // does with characters (and with Foundation's search for "://", thousands of instructions a call).
        key(ofASCII: address) ?? key(ofCharacters: address)
    }

    /// `key(_:)` read on characters, for any address.
    static func key(ofCharacters address: String) -> String {
        var result = Substring(trimTrailingPunctuation(address).lowercased())
        if let scheme = result.schemeSeparatorRange() {
            result = result[scheme.upperBound...]
        }
        if result.hasPrefix("mailto:") { result = result.dropFirst("mailto:".count) }
        if result.hasPrefix("www.") { result = result.dropFirst(4) }
        while result.hasSuffix("/") { result = result.dropLast() }
        return String(result)
    }

    /// Where the text after the first "://" of lower-cased ASCII `lower` starts (its start index
    /// when it has none): the host of a URL with a scheme.
    static func schemeEnd(inLowercaseASCII lower: ArraySlice<UInt8>) -> Int {
        let colonSlashSlash = (UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "/"))
        guard lower.count >= 3 else { return lower.startIndex }
        let colon = (lower.startIndex...(lower.endIndex - 3)).first {
            (lower[$0], lower[$0 + 1], lower[$0 + 2]) == colonSlashSlash
        }
        return colon.map { $0 + 3 } ?? lower.startIndex
    }

    /// `key(_:)` of a plain ASCII address, on its bytes; nil for any other.
    static func key(ofASCII address: String) -> String? {
        guard WordScan.isPlainASCII(address.utf8) else { return nil }
        return address.withContiguousUTF8 { bytes in
            // Trailing punctuation goes, but a closing bracket stays when the address opened one
            // ("(" is never trimmed, so the whole address says whether it has one).
            let opensBracket = bytes.contains(UInt8(ascii: "("))
            var end = bytes.count
            while end > 0, isTrailingPunctuation(bytes[end - 1]) {
                if bytes[end - 1] == UInt8(ascii: ")"), opensBracket { break }
                end -= 1
            }
            let lower = bytes[..<end].map { $0.asciiLowercased }
            var start = schemeEnd(inLowercaseASCII: lower[...])
            if lower[start...].starts(with: "mailto:".utf8) { start += "mailto:".utf8.count }
            if lower[start...].starts(with: "www.".utf8) { start += "www.".utf8.count }
            while end > start, lower[end - 1] == UInt8(ascii: "/") { end -= 1 }
            return String(decoding: lower[start..<end], as: UTF8.self)
        }
    }

    /// The host of an address in `key(_:)` form: after an email's "@", before a URL's path.
    static func host(ofKey key: String) -> String {
        host(ofASCIIKey: key) ?? host(ofCharacterKey: key)
    }

    /// `host(ofKey:)` of a plain ASCII key, each byte a character: the same cuts, found on the bytes.
    static func host(ofASCIIKey key: String) -> String? {
        guard WordScan.isPlainASCII(key.utf8) else { return nil }
        let bytes = key.utf8
        if let at = bytes.lastIndex(of: UInt8(ascii: "@")) { return String(key[bytes.index(after: at)...]) }
        let end = bytes.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
        return String(key[..<(end ?? key.endIndex)])
    }

    /// `host(ofKey:)` read on characters, for any key.
    static func host(ofCharacterKey key: String) -> String {
        if let at = key.lastIndex(of: "@") { return String(key[key.index(after: at)...]) }
        return String(key.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" }))
    }

    /// The letters ending `text`, back to the last character that is not one.
    static func lastPiece<S: StringProtocol>(_ text: S) -> S.SubSequence {
        let start = text.lastIndex(where: { !$0.isLetter }).map { text.index(after: $0) } ?? text.startIndex
        return text[start...]
    }

    /// The letters opening `text`, up to the first character that is not one.
    static func firstPiece<S: StringProtocol>(_ text: S) -> S.SubSequence {
        text.prefix(while: \.isLetter)
    }

    /// Whether a URL so far reads as finished: a host ending in a top-level domain and no path
    /// ("www.example.org.uk"). What follows it on the next line is prose, not more address.
    static func looksComplete(_ address: Substring) -> Bool {
        let key = key(String(address))
        let host = host(ofKey: key)
        guard key == host || key.hasSuffix("@" + host), let dot = host.lastIndex(of: ".") else { return false }
        return addressEndings.contains(String(host[host.index(after: dot)...]))
    }

    /// Whether `fragment`, a line's first word, can only be the rest of an address broken where
    /// the line was full: lower case, made of address characters, and either carrying a dot or
    /// slash with a letter pair (not "e.g."), or gluing onto the address's last letters as a word
    /// cut in two ("librar" + "y-and-…"), or itself no word at all after a piece that is none
    /// either ("newmemberseve" + "ning").
    ///
    /// `needsWordEvidence` (a dump, whose lines are not measured): a rest with a dot or slash must
    /// pass the word test too, as "examp" + "le-kestrel…" does and "riverbankfamily" + "trust.…" does not.
    static func isForcedRest(
        of address: Substring, fragment: Substring, evidence: AddressEvidence, needsWordEvidence: Bool = false
    ) -> Bool {
        guard let first = fragment.first, first.isLowercase || first.isNumber,
            !fragment.contains(where: \.isUppercase),
            fragment.allSatisfy({ $0.isLetter || $0.isNumber || isAddressCharacter($0) })
        else { return false }
        if fragment.contains(where: { $0 == "." || $0 == "/" }), !needsWordEvidence {
            return fragment.split(whereSeparator: { !$0.isLetter }).contains { $0.count >= 2 }
        }
        let head = lastPiece(address), tail = firstPiece(fragment)
        guard !head.isEmpty, !tail.isEmpty, head.endIndex == address.endIndex else { return false }
        if evidence.isWordCut(head: head, tail: tail) { return true }
        func isNoWord(_ piece: Substring) -> Bool { piece.count < minimumWordPart || !evidence.isDictionaryWord(piece) }
        return isNoWord(head) && isNoWord(tail)
    }
}
