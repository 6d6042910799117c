/// Collects every web address, email address and telephone number in the text, and the target of
/// every link annotation of a PDF page, into `document.links`: in reading order, once per kind,
/// value and page. An annotation over words ("CLICK HERE") gives them as the link's anchor text;
/// one that only confirms an address printed on its page adds nothing. Text is not changed, so
/// nothing is recorded in the audit.
package struct CollectLinks: Stage {
    /// A UK number dialled from home has 10 or 11 digits with its leading 0 ("0116 305 7130").
    static let nationalDigitCount = 10...11
    /// …except freephone and shared-cost numbers, which may be shorter ("0800 1111").
    static let shortNationalDigitCount = 7...11
    /// Freephone and shared-cost numbers start with these.
    static let shortNationalPrefixes = ["080", "084", "085", "087"]
    /// An international number ("+44 20 7946 0958") has 8 to 15 digits (ITU E.164).
    static let internationalDigitCount = 8...15
    /// A number right after a telephone label may be a short code ("Call 999", "text 85258").
    static let labelledDigitCount = 3...15
    /// Words that say a telephone number follows. A documented general list.
    static let phoneLabels: Set<String> = [
        "phone", "telephone", "tel", "t", "call", "ring", "freephone", "helpline", "mobile", "mob", "text", "sms",
        "fax", "number", "whatsapp", "contact",
    ]
    /// `phoneLabels` as UTF-8 bytes, by their length (the index).
    static let phoneLabelBytes: [[[UInt8]]] = {
        var byLength = Array(repeating: [[UInt8]](), count: (phoneLabels.map(\.utf8.count).max() ?? 0) + 1)
        for label in phoneLabels { byLength[label.utf8.count].append(Array(label.utf8)) }
        return byLength
    }()
    /// Separators allowed inside a telephone number: one at a time, between digit groups.
    static let phoneSeparators: Set<Character> = [" ", "-", "\u{00A0}", "(", ")"]
    /// A line is under an annotation when at least this share of its height lies inside the box.
    static let anchorOverlapShare = 0.5

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        for page in document.pages where page.duplicateOf == nil {
            document.links.append(contentsOf: Self.links(on: page))
        }
    }

    /// A link and where it sits on its page, for reading order.
    struct Found {
        var link: Link
        var block: Int
        var line: Int
        var column: Int
    }

    /// The links of one page, in reading order, without repeats.
    static func links(on page: Page) -> [Link] {
        var found: [Found] = []
        for (blockIndex, block) in page.blocks.enumerated() {
            // By index: only the text is read, not the whole line (its font and box) copied.
            for lineIndex in block.lines.indices {
                for (column, kind, value) in scan(block.lines[lineIndex].text) {
                    found.append(
                        Found(
                            link: Link(kind: kind, value: value, page: page.number), block: blockIndex, line: lineIndex,
                            column: column))
                }
            }
        }
        for annotation in page.linkAnnotations {
            guard let (kind, value) = target(of: annotation.uri) else { continue }
            let under = linesUnder(annotation.box, on: page)
            let anchor =
                annotation.anchorText
                ?? under.map { page.blocks[$0.block].lines[$0.line].text.trimmingWhitespace() }.joined(separator: " ")
            let key = normalised(value, kind: kind)
            // Words that merely print the address ("Website: www.example.org") are no anchor of their own.
            // …nor do the pieces of an address wrapped over lines ("https://www.example." | "org/news").
            let unwrapped = normalised(anchor.split(whereSeparator: \.isWhitespace).joined(), kind: .url)
            // …nor those of one hyphenated inside a word at a line end ("www.example-sun-" | "flower-…").
            let dehyphenated = normalised(
                anchor.replacingOccurrences(of: "- ", with: "").split(whereSeparator: \.isWhitespace).joined(), kind: .url)
            let printed =
                normalised(anchor, kind: .url).contains(key) || unwrapped.contains(key) || dehyphenated.contains(key)
            let anchorText = anchor.isEmpty || printed ? nil : anchor
            if let existing = found.firstIndex(where: { $0.link.kind == kind && normalised($0.link.value, kind: kind) == key }) {
                // The annotation confirms an address printed on the page: no second entry.
                if found[existing].link.anchorText == nil { found[existing].link.anchorText = anchorText }
                continue
            }
            let position = under.first ?? position(below: annotation.box, on: page)
            found.append(
                Found(
                    link: Link(kind: kind, value: value, page: page.number, anchorText: anchorText), block: position.block,
                    line: position.line, column: Int.max))
        }
        found.sort { ($0.block, $0.line, $0.column) < ($1.block, $1.line, $1.column) }
        var seen = Set<String>()
        var result: [Link] = []
        for item in found
        where seen.insert("\(item.link.kind.rawValue) \(normalised(item.link.value, kind: item.link.kind))").inserted {
            result.append(item.link)
        }
        return result
    }

    // MARK: Text

    /// Every address and telephone number in `text`: character offset, kind and value.
    static func scan(_ text: String) -> [(Int, Link.Kind, String)] {
        var result: [(Int, Link.Kind, String)] = []
        var column = 0
        // Most lines hold no address: the byte test of the whole line spares splitting it.
        let tokens: [Substring]
        // In plain ASCII each byte is a character: the tokens come from the bytes.
        if !RepairURLs.mayHoldAddressStart(text) {
            tokens = []
        } else if WordScan.isPlainASCII(text.utf8) {
            tokens = text.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false).map { Substring($0) }
        } else {
            tokens = text.split(separator: " ", omittingEmptySubsequences: false)
        }
        for token in tokens {
            defer { column += token.characterCount + 1 }
            guard RepairURLs.mayHoldAddressStart(token) else { continue }
            guard let (start, isEmail) = RepairURLs.addressStart(in: token) else { continue }
            var value = RepairURLs.trimTrailingPunctuation(String(token[start...]))
            while value.hasSuffix(">") { value.removeLast() }
            if isEmail ? isEmailAddress(value) : isWebAddress(value) {
                result.append((column + token[..<start].characterCount, isEmail ? .email : .url, value))
            }
        }
        if mayHoldPhoneNumber(text) {
            for (offset, number) in phoneNumbers(in: text) { result.append((offset, .phone, number)) }
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// "name@example.org": a local part, and a host with a dot and a top-level domain of letters.
    static func isEmailAddress(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, let first = parts[1].first, first.isLetter || first.isNumber,
            let dot = parts[1].lastIndex(of: ".")
        else { return false }
        let tld = parts[1][parts[1].index(after: dot)...]
        return tld.count >= 2 && tld.allSatisfy(\.isLetter)
    }

    /// A URL with a host: "https://x.org…", "www.x.org…", "x.org.uk/page".
    static func isWebAddress(_ value: String) -> Bool {
        if let answer = isWebAddress(plainASCII: value) { return answer }
        var rest = Substring(value)
        if let scheme = value.schemeSeparatorRange() { rest = value[scheme.upperBound...] }
        let host = rest.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last else { return false }
        return tld.count >= 2 && tld.allSatisfy(\.isLetter)
    }

    /// `isWebAddress(_:)` read on the bytes of a plain-ASCII value (each byte a character, the
    /// first "://" found byte by byte), else nil: splitting the host into labels walked characters.
    static func isWebAddress(plainASCII value: String) -> Bool? {
        guard WordScan.isPlainASCII(value.utf8) else { return nil }
        return value.withContiguousUTF8 { bytes in
            var start = 0
            if bytes.count >= 3,
                let colon = (0...(bytes.count - 3)).first(where: {
                    bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/")
                })
            {
                start = colon + 3
            }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") {
                end += 1
            }
            // Labels between dots: at least two, none empty, the last two or more letters.
            let host = bytes[start..<end]
            guard let lastDot = host.lastIndex(of: UInt8(ascii: ".")), host.first != UInt8(ascii: "."),
                !zip(host, host.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") })
            else { return false }
            let tld = host[(lastDot + 1)...]
            return tld.count >= 2 && tld.allSatisfy { $0.isASCIILetter }
        }
    }

    /// Whether `phoneNumbers(in:)` may find a number in `text`: it needs an ASCII digit; on a plain
    /// ASCII line (each byte a character), at least `labelledDigitCount`'s lower bound of them, and
    /// below the fewest an unlabelled number has, a label word among the line's runs of letters
    /// (`hasPhoneLabel` takes its word from one). Counted on the bytes, for the many lines with a
    /// date or a page number and no telephone.
    static func mayHoldPhoneNumber(_ text: String) -> Bool {
        text.withContiguousUTF8 { bytes in
            var digits = 0
            for byte in bytes where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { digits += 1 }
            guard digits > 0 else { return false }
            guard WordScan.isPlainASCII(bytes) else { return true }
            if digits < labelledDigitCount.lowerBound { return false }
            let fewestUnlabelled = min(
                nationalDigitCount.lowerBound, shortNationalDigitCount.lowerBound, internationalDigitCount.lowerBound)
            if digits >= fewestUnlabelled { return true }
            var start = 0
            while start < bytes.count {
                guard bytes[start].isASCIILetter else {
                    start += 1
                    continue
                }
                var end = start
                while end < bytes.count, bytes[end].isASCIILetter { end += 1 }
                // Compared with the labels of its length on the bytes, without making a string.
                let letters = bytes[start..<end]
                if letters.count < phoneLabelBytes.count,
                    phoneLabelBytes[letters.count].contains(where: { $0.elementsEqual(letters.lazy.map(\.asciiLowercased)) })
                {
                    return true
                }
                start = end
            }
            return false
        }
    }

    /// Telephone numbers in `text`, as printed (spaces collapsed), with their character offsets.
    static func phoneNumbers(in text: String) -> [(Int, String)] {
        // Plain ASCII (each byte a character) is read on its bytes: making a `Character` of each
        // and comparing characters cost most of the search.
        if WordScan.isPlainASCII(text.utf8) { return phoneNumbers(in: Array(text.utf8)) }
        return phoneNumbers(in: Array(text))
    }

    /// `phoneNumbers(in:)` on the characters of a text, or on the bytes of a plain-ASCII one.
    static func phoneNumbers<Unit: PhoneTextUnit>(in characters: [Unit]) -> [(Int, String)] {
        var result: [(Int, String)] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let opensNumber =
                character.isASCIIDigit
                || (character.isASCII("+") || character.isASCII("("))
                    && index + 1 < characters.count && characters[index + 1].isASCIIDigit
            guard opensNumber, index == 0 || !characters[index - 1].isNumberGlue else {
                index += 1
                continue
            }
            // Digits and single separators; a full stop, slash or colon ends it (dates, times, ratios).
            var end = index
            var digits = 0
            while end < characters.count {
                let current = characters[end]
                if current.isASCIIDigit || (current.isASCII("+") && end == index) {
                    digits += current.isASCIIDigit ? 1 : 0
                    end += 1
                } else if current.isPhoneSeparator, end + 1 < characters.count,
                    characters[end + 1].isASCIIDigit || characters[end + 1].isASCII("(")
                        || (current.isASCII(")") && characters[end + 1].isASCII(" "))
                {
                    end += 1
                } else {
                    break
                }
            }
            while end > index, !characters[end - 1].isASCIIDigit { end -= 1 }
            let followedBy = end < characters.count ? characters[end] : nil
            let next = end + 1 < characters.count ? characters[end + 1] : nil
            // "10.30", "2020/21", "3rd": the run goes on as something else.
            let runsOn =
                followedBy.map {
                    $0.isLetter || $0.isNumber || $0.isASCII("/")
                        || (($0.isASCII(".") || $0.isASCII(":")) && next?.isASCIIDigit == true)
                } ?? false
            let printed = Unit.string(characters[index..<end])
            if !runsOn, isPhone(printed, digits: digits, labelled: hasPhoneLabel(characters, before: index)) {
                let collapsed = printed.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
                result.append((index, collapsed))
            }
            index = max(end, index + 1)
        }
        return result
    }

    /// Characters that, right before a digit, make it part of something else ("A1", "v2", "3.5", "£100").
    static func isNumberGlue(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || ".,/-£$€#%".contains(character)
    }

    static func isPhone(_ printed: String, digits: Int, labelled: Bool) -> Bool {
        let digitString = printed.filter(\.isASCIIDigit)
        if printed.hasPrefix("+") { return internationalDigitCount.contains(digits) }
        if digitString.hasPrefix("0"), !digitString.hasPrefix("00") {
            if nationalDigitCount.contains(digits) { return true }
            if shortNationalPrefixes.contains(where: { digitString.hasPrefix($0) }), shortNationalDigitCount.contains(digits) {
                return true
            }
        }
        // A short code or an unusual number counts only right after "Tel:", "Call"…
        return labelled && labelledDigitCount.contains(digits) && !looksLikeYear(printed)
    }

    /// "2021" after "call" is still more likely a year.
    static func looksLikeYear(_ printed: String) -> Bool {
        guard printed.count == 4, let value = Int(printed) else { return false }
        return (1900...2099).contains(value)
    }

    /// Whether a telephone label ("Tel:", "Call", "Helpline on") comes right before `index`.
    static func hasPhoneLabel<Unit: PhoneTextUnit>(_ characters: [Unit], before index: Int) -> Bool {
        var end = index
        func skipSpacesAndColons() { while end > 0, characters[end - 1].isLabelGap { end -= 1 } }
        func previousWord() -> String {
            var start = end
            while start > 0, characters[start - 1].isLetter { start -= 1 }
            defer { end = start }
            return Unit.string(characters[start..<end]).lowercased()
        }
        skipSpacesAndColons()
        var word = previousWord()
        // "Call us on 0800…", "Helpline on …".
        if word == "on" {
            skipSpacesAndColons()
            word = previousWord()
            if word == "us" {
                skipSpacesAndColons()
                word = previousWord()
            }
        }
        return phoneLabels.contains(word)
    }

    // MARK: Annotations

    /// What an annotation's URI points at: a web address, a mailbox or a telephone.
    static func target(of uri: String) -> (Link.Kind, String)? {
        let trimmed = uri.trimmingWhitespace()
        let lower = trimmed.lowercased()
        if lower.hasPrefix("mailto:") {
            let address = trimmed.dropFirst("mailto:".count).prefix(while: { $0 != "?" })
            return address.isEmpty ? nil : (.email, String(address))
        }
        if lower.hasPrefix("tel:") {
            let number = trimmed.dropFirst("tel:".count)
            return number.isEmpty ? nil : (.phone, String(number))
        }
        return trimmed.isEmpty ? nil : (.url, trimmed)
    }

    /// A value in the form two printings of one address share: no scheme, no "www.", no final
    /// slash, lower case; a telephone number as its digits.
    static func normalised(_ value: String, kind: Link.Kind) -> String {
        switch kind {
        case .phone:
            return value.filter(\.isASCIIDigit)
        case .email:
            return value.lowercased()
        case .url:
            var result = Substring(value.lowercased())
            if let scheme = result.schemeSeparatorRange() {
                result = result[scheme.upperBound...]
            }
            if result.hasPrefix("www.") { result = result.dropFirst(4) }
            while result.hasSuffix("/") { result = result.dropLast() }
            return String(result)
        }
    }

    /// The lines (block, line) whose boxes lie under `box`, in reading order.
    static func linesUnder(_ box: Rect, on page: Page) -> [(block: Int, line: Int)] {
        var result: [(block: Int, line: Int)] = []
        for (blockIndex, block) in page.blocks.enumerated() {
            for (lineIndex, line) in block.lines.enumerated() {
                guard let lineBox = line.box, lineBox.height > 0 else { continue }
                let overlapWidth = min(box.maxX, lineBox.maxX) - max(box.minX, lineBox.minX)
                let overlapHeight = min(box.maxY, lineBox.maxY) - max(box.minY, lineBox.minY)
                if overlapWidth > 0, overlapHeight >= anchorOverlapShare * lineBox.height {
                    result.append((blockIndex, lineIndex))
                }
            }
        }
        return result
    }

    /// Where an annotation over no remaining text reads: before the first block below its top, or at the page's end.
    static func position(below box: Rect, on page: Page) -> (block: Int, line: Int) {
        let block = page.blocks.firstIndex { ($0.box?.minY ?? -.infinity) >= box.minY } ?? page.blocks.count
        return (block, -1)
    }
}

extension Page {
    /// Stores in each link annotation the words printed under it ("CLICK HERE"), so they survive
    /// stages that take navigation labels out of the text. `Page.init` calls it.
    package mutating func anchorLinkAnnotations() {
        for index in linkAnnotations.indices where linkAnnotations[index].anchorText == nil {
            let under = CollectLinks.linesUnder(linkAnnotations[index].box, on: self)
            let text = under.map { blocks[$0.block].lines[$0.line].text.trimmingWhitespace() }.joined(separator: " ")
            if !text.isEmpty { linkAnnotations[index].anchorText = text }
        }
    }
}

extension Character {
    /// 0–9 only (not other scripts' digits or superscripts).
    var isASCIIDigit: Bool {
        if let byte = loneASCIIByte { return byte.isASCIIDigit }
        // Compared as characters: a digit with a combining mark sorts between "0" and "9" too.
        return ("0"..."9").contains(self)
    }

    /// The byte of a character that is one ASCII byte, else nil: such a character is answered on
    /// the byte (`PhoneTextUnit`'s questions have the same answers for it), sparing the character
    /// comparisons and set look-ups.
    fileprivate var loneASCIIByte: UInt8? {
        let utf8 = self.utf8
        guard let first = utf8.first, first < 0x80, utf8.count == 1 else { return nil }
        return first
    }
}

/// What `CollectLinks.phoneNumbers` asks of each character of a text: a `Character`, or a byte
/// of a plain-ASCII text, where each byte is a character and the questions have the same answers.
protocol PhoneTextUnit {
    /// 0–9.
    var isASCIIDigit: Bool { get }
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    /// `CollectLinks.isNumberGlue`.
    var isNumberGlue: Bool { get }
    /// One of `CollectLinks.phoneSeparators`.
    var isPhoneSeparator: Bool { get }
    /// What may stand between a telephone label and its number: spaces, colons, stops, dashes.
    var isLabelGap: Bool { get }
    /// Whether this is the ASCII character `ascii`.
    func isASCII(_ ascii: Unicode.Scalar) -> Bool
    /// The text of `units`.
    static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: PhoneTextUnit {
    var isNumberGlue: Bool { loneASCIIByte?.isNumberGlue ?? CollectLinks.isNumberGlue(self) }
    var isPhoneSeparator: Bool { loneASCIIByte?.isPhoneSeparator ?? CollectLinks.phoneSeparators.contains(self) }
    var isLabelGap: Bool { loneASCIIByte?.isLabelGap ?? " :.\u{00A0}-–".contains(self) }
    func isASCII(_ ascii: Unicode.Scalar) -> Bool { loneASCIIByte.map { $0 == UInt8(ascii: ascii) } ?? (self == Character(ascii)) }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension UInt8: PhoneTextUnit {
    // The ASCII members of each set of characters above: the other characters are not one byte.
    var isLetter: Bool { isASCIILetter }
    var isNumber: Bool { isASCIIDigit }
    var isNumberGlue: Bool {
        isASCIILetter || isASCIIDigit || self == UInt8(ascii: ".") || self == UInt8(ascii: ",")
            || self == UInt8(ascii: "/") || self == UInt8(ascii: "-") || self == UInt8(ascii: "$")
            || self == UInt8(ascii: "#") || self == UInt8(ascii: "%")
    }
    var isPhoneSeparator: Bool {
        self == UInt8(ascii: " ") || self == UInt8(ascii: "-") || self == UInt8(ascii: "(") || self == UInt8(ascii: ")")
    }
    var isLabelGap: Bool {
        self == UInt8(ascii: " ") || self == UInt8(ascii: ":") || self == UInt8(ascii: ".") || self == UInt8(ascii: "-")
    }
    func isASCII(_ ascii: Unicode.Scalar) -> Bool { self == UInt8(ascii: ascii) }
    static func string(_ units: ArraySlice<UInt8>) -> String { String(decoding: units, as: UTF8.self) }
}
