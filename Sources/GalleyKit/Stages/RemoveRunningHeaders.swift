/// Finds running headers and footers (the same words, digits ignored, at the head or foot of most
/// pages; or, in a PDF, words that vary in a style and at a height that recur, clear of the text)
/// and page numbers and labels ("PAGE 8", "- 4 -"); in a raw dump also a banner, one line standing
/// alone on every page; removes just those lines, and blocks left empty; records `.header`,
/// `.footer`, `.pageNumber` or `.banner`.
package struct RemoveRunningHeaders: Stage {
    /// A running header repeats on at least this many pages…
    static let minimumRepeatPages = 3
    /// …or, where lines have boxes, on 2: copies at one height in a page's margin band, word for
    /// word, set no larger than the body text, are furniture even in a two-page newsletter (a
    /// masthead repeated in display type is not); in a raw dump, a line alone at the top of each page.
    static let minimumRepeatPagesWithGeometry = 2
    /// …and, in a document of `shareAppliesFromPages` pages or more, on at least this share of them.
    static let minimumRepeatShare = 0.5
    static let shareAppliesFromPages = 4
    /// The head or foot band of a page, as a share of its height: running heads sit in the margins.
    static let bandShare = 0.1
    /// Copies of a running head sit at the same height on every page, within this share of the page height.
    static let positionToleranceShare = 0.02
    /// Without geometry, the head and foot are this many lines at each end of a page: a running
    /// title and a page number often sit on two lines.
    static let rawBandLines = 2
    /// A bare number above this is a year or a quantity, not a page number.
    static let largestPageNumber = 999

    package init() {}

    /// Where on its page a line sits, for this stage's purposes.
    enum Place: Hashable {
        case head, foot
    }

    struct Candidate {
        var page: Int
        var block: Int
        var line: Int
        var place: Place
        /// The line's vertical middle as a share of the page height (nil for raw dumps).
        var position: Double?
    }

    package func run(_ document: inout Document, context: StageContext) {
        var doomed: [Int: [Int: [Int: Removal.Kind]]] = [:]  // page → block → line → why
        func mark(_ candidate: Candidate, _ kind: Removal.Kind) {
            if doomed[candidate.page, default: [:]][candidate.block, default: [:]][candidate.line] == nil {
                doomed[candidate.page, default: [:]][candidate.block, default: [:]][candidate.line] = kind
            }
        }

        // The head and foot lines of each page, found once for both passes below.
        let pageCandidates = document.pages.enumerated().map { candidates(on: $0.element, index: $0.offset) }

        // Page numbers and labels.
        for (pageIndex, page) in document.pages.enumerated() {
            for blockIndex in page.blocks.indices {
                for lineIndex in page.blocks[blockIndex].lines.indices
                where Self.isPageLabel(page.blocks[blockIndex].lines[lineIndex].text) {
                    mark(Candidate(page: pageIndex, block: blockIndex, line: lineIndex, place: .head), .pageNumber)
                }
            }
            for candidate in pageCandidates[pageIndex] {
                let text = page.blocks[candidate.block].lines[candidate.line].text
                if Self.isBareNumber(text), !Self.isNoteNumber(candidate, on: page) { mark(candidate, .pageNumber) }
            }
        }

        // Running heads and feet: group the candidates by their text with digits ignored.
        var groups: [String: [Candidate]] = [:]
        for (pageIndex, page) in document.pages.enumerated() {
            for candidate in pageCandidates[pageIndex] {
                let key = Self.key(page.blocks[candidate.block].lines[candidate.line].text)
                guard key.contains(where: \.isLetter) else { continue }
                // The place spelled out, not interpolated: printing an enum case went through reflection.
                groups[(candidate.place == .head ? "head|" : "foot|") + key, default: []].append(candidate)
            }
        }
        let pageCount = document.pages.count
        let body = Self.bodySize(document)
        var confirmedRawKeys: [String: Place] = [:]
        var required = Self.minimumRepeatPages
        var requiredWithGeometry = Self.minimumRepeatPagesWithGeometry
        if pageCount >= Self.shareAppliesFromPages {
            let share = Int((Double(pageCount) * Self.minimumRepeatShare).rounded(.up))
            required = max(required, share)
            requiredWithGeometry = max(requiredWithGeometry, share)
        }
        for group in groups.values {
            let members = Self.aligned(group)
            let small = group.allSatisfy { candidate in
                guard candidate.position != nil, let body,
                    let size = document.pages[candidate.page].blocks[candidate.block].lines[candidate.line].font?.size
                else { return false }
                return size <= body
            }
            // A raw dump's page-opening line, on every page it repeats on, is its running head even
            // in a two-page newsletter when it stands alone on at least one of them (a masthead
            // carries its strapline with it); a two-up sheet opens with two copies, one per half.
            let opensPages =
                group.allSatisfy { candidate in
                    candidate.position == nil && candidate.place == .head
                        && Self.opensPage(candidate, among: group, in: document.pages[candidate.page])
                }
                && group.contains { document.pages[$0.page].blocks[$0.block].lines.count == 1 }
            let needed = small || opensPages ? requiredWithGeometry : required
            // A reprinted page repeats everything on it: only original pages count as repeats.
            let pages = Set(members.filter { document.pages[$0.page].duplicateOf == nil }.map(\.page))
            guard pages.count >= needed else { continue }
            for candidate in members { mark(candidate, candidate.place == .head ? .header : .footer) }
            if group.allSatisfy({ $0.position == nil }) { confirmedRawKeys[Self.key(group[0], in: document)] = group[0].place }
        }

        // Varying running heads (PDF): band lines whose words change from page to page ("Parish News ·
        // Choir", "Parish News · Events") but whose style and height recur, set apart from the text.
        if let body, let pitch = Self.linePitch(document) {
            var styles: [String: [Candidate]] = [:]
            for (pageIndex, page) in document.pages.enumerated() where page.duplicateOf == nil {
                for candidate in pageCandidates[pageIndex] {
                    let line = page.blocks[candidate.block].lines[candidate.line]
                    guard let font = line.font, font.size <= body, line.text.contains(where: \.isLetter),
                        Self.isClear(candidate, on: page, by: Self.minimumClearanceInLines * pitch)
                    else { continue }
                    let key = "\(candidate.place)|\(font.name)|\((font.size * 2).rounded() / 2)|\(font.isBold)|\(font.isItalic)"
                    styles[key, default: []].append(candidate)
                }
            }
            for group in styles.values {
                let members = Self.aligned(group)
                guard Set(members.map(\.page)).count >= requiredWithGeometry else { continue }
                for candidate in members { mark(candidate, candidate.place == .head ? .header : .footer) }
            }
            // Running heads set tight on the text (a word processor's header with little space
            // under it) are not clear of it, but they name the publication: when copies at one
            // height and in one style name the masthead on enough pages, every line at that height
            // (within half a line) in that style is a running head, whatever its words (a different
            // first-page head, alternating left and right heads).
            if let title = Self.mastheadKey(document, body: body) {
                var tight: [String: [Candidate]] = [:]
                for (pageIndex, page) in document.pages.enumerated() where page.duplicateOf == nil {
                    for candidate in pageCandidates[pageIndex] {
                        let line = page.blocks[candidate.block].lines[candidate.line]
                        guard let font = line.font, font.size <= body, line.text.contains(where: \.isLetter) else { continue }
                        let key = "\(candidate.place)|\(font.name)|\((font.size * 2).rounded() / 2)|\(font.isBold)|\(font.isItalic)"
                        tight[key, default: []].append(candidate)
                    }
                }
                for group in tight.values {
                    let naming = group.filter { Self.key($0, in: document).contains(title) }
                    let middles = naming.compactMap { document.pages[$0.page].blocks[$0.block].lines[$0.line].box?.midY }.sorted()
                    guard Set(naming.map(\.page)).count >= requiredWithGeometry, !middles.isEmpty else { continue }
                    let middle = middles[middles.count / 2]
                    for candidate in group {
                        guard let box = document.pages[candidate.page].blocks[candidate.block].lines[candidate.line].box,
                            abs(box.midY - middle) <= box.height / 2
                        else { continue }
                        mark(candidate, candidate.place == .head ? .header : .footer)
                    }
                }
            }
        }

        // Running heads printed once (PDF): outside every other page's text, naming the masthead.
        if let body {
            let once = printedOnce(document, candidates: pageCandidates, body: body) { candidate in
                doomed[candidate.page]?[candidate.block]?[candidate.line] != nil
            }
            for candidate in once { mark(candidate, candidate.place == .head ? .header : .footer) }
            let overMasthead = aboveMasthead(document, candidates: pageCandidates, body: body) { candidate in
                doomed[candidate.page]?[candidate.block]?[candidate.line] != nil
            }
            for candidate in overMasthead { mark(candidate, .header) }
        }

        // A raw dump: copies of a confirmed running head standing alone further down a page (a
        // two-up sheet prints one per half), and banners, one-line blocks repeated word for word on
        // every page wherever they sit (pdftotext prints a rotated margin banner as a line of its own).
        if document.pages.allSatisfy({ page in page.blocks.allSatisfy { $0.lines.allSatisfy { $0.box == nil } } }) {
            let live = document.pages.indices.filter { document.pages[$0].duplicateOf == nil }
            var alone: [String: [(page: Int, block: Int)]] = [:]
            for pageIndex in live {
                for (blockIndex, block) in document.pages[pageIndex].blocks.enumerated() where block.lines.count == 1 {
                    let key = Self.key(block.lines[0].text)
                    guard key.contains(where: \.isLetter) else { continue }
                    alone[key, default: []].append((pageIndex, blockIndex))
                }
            }
            for (key, copies) in alone {
                let pages = Set(copies.map(\.page))
                if let place = confirmedRawKeys[key] {
                    for copy in copies {
                        mark(
                            Candidate(page: copy.page, block: copy.block, line: 0, place: place),
                            place == .head ? .header : .footer)
                    }
                } else if live.count >= Self.minimumRepeatPagesWithGeometry, pages.count == live.count,
                    key.split(separator: " ").count >= Self.minimumBannerWords, !key.hasSuffix(":")
                {
                    for copy in copies { mark(Candidate(page: copy.page, block: copy.block, line: 0, place: .head), .banner) }
                }
            }
            // Lines already found keep the kind found for them.
            for (candidate, kind) in shortDumpFurniture(document) { mark(candidate, kind) }
        }

        // Remove, in reading order, recording each line.
        for pageIndex in doomed.keys.sorted() {
            let blocks = doomed[pageIndex]!
            var page = document.pages[pageIndex]
            for blockIndex in blocks.keys.sorted() {
                let lines = blocks[blockIndex]!
                let block = page.blocks[blockIndex]
                let isWhole = lines.count == block.lines.count
                for lineIndex in lines.keys.sorted() {
                    document.audit.remove(
                        lines[lineIndex]!, block.lines[lineIndex].text.trimmingWhitespace(), page: page.number,
                        lines: [block.lines[lineIndex]], cutFrom: isWhole ? nil : block)
                }
                page.blocks[blockIndex].lines = page.blocks[blockIndex].lines.enumerated()
                    .filter { lines[$0.offset] == nil }.map(\.element)
            }
            page.blocks.removeAll { $0.lines.isEmpty }
            document.pages[pageIndex] = page
        }
    }

    /// A running head whose words vary stands at least this many body line pitches clear of the
    /// text below it (a foot line, above it): a heading at the top of a page sits right on its story.
    static let minimumClearanceInLines = 1.5

    /// The body text's line pitch: the most common step between the tops of successive lines in a
    /// block, in points (nil without geometry).
    static func linePitch(_ document: Document) -> Double? {
        var counts: [Double: Int] = [:]
        for page in document.pages {
            for block in page.blocks where block.lines.count > 1 {
                for index in block.lines.indices.dropFirst() {
                    guard let above = block.lines[index - 1].box, let below = block.lines[index].box else { continue }
                    let step = ((below.minY - above.minY) * 2).rounded() / 2
                    if step > 0 { counts[step, default: 0] += 1 }
                }
            }
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    /// A masthead is set at least this many times the body size.
    static let mastheadSizeRatio = 1.5
    /// A masthead key shorter than this (letters) is too short to be looked for inside other lines.
    static let minimumMastheadLetters = 4

    /// The key of the masthead: the largest line of the first original page, when it is set at
    /// least `mastheadSizeRatio` times the body size (nil otherwise, and for raw dumps).
    static func mastheadKey(_ document: Document, body: Double) -> String? {
        guard let first = document.pages.first(where: { $0.duplicateOf == nil }) else { return nil }
        let lines = first.blocks.flatMap(\.lines).filter { $0.box != nil && $0.font != nil }
        guard let largest = lines.max(by: { ($0.font?.size ?? 0) < ($1.font?.size ?? 0) }),
            let size = largest.font?.size, size >= body * mastheadSizeRatio
        else { return nil }
        let key = Self.key(largest.text.trimmingWhitespace())
        return key.filter(\.isLetter).count >= minimumMastheadLetters ? key : nil
    }

    /// No other line of the page lies within `clearance` below a head line (above a foot line);
    /// lines beside it on its own baseline (a head in two parts) do not count.
    static func isClear(_ candidate: Candidate, on page: Page, by clearance: Double) -> Bool {
        guard let box = page.blocks[candidate.block].lines[candidate.line].box else { return false }
        for (blockIndex, block) in page.blocks.enumerated() {
            for (lineIndex, line) in block.lines.enumerated() {
                guard let other = line.box, blockIndex != candidate.block || lineIndex != candidate.line else { continue }
                let gap = candidate.place == .head ? other.minY - box.maxY : box.minY - other.maxY
                if gap > -box.height / 2, gap < clearance { return false }
            }
        }
        return true
    }

    /// A raw dump's banner is a line of at least this many words: shorter lines repeated on every
    /// page are labels ("Tel:", "Notes") as often as banners.
    static let minimumBannerWords = 3

    /// The candidate's grouping key.
    static func key(_ candidate: Candidate, in document: Document) -> String {
        key(document.pages[candidate.page].blocks[candidate.block].lines[candidate.line].text)
    }

    /// Every line before the candidate on its page is a copy of it too: the page opens with the group.
    static func opensPage(_ candidate: Candidate, among group: [Candidate], in page: Page) -> Bool {
        for blockIndex in 0...candidate.block {
            let lineEnd = blockIndex == candidate.block ? candidate.line : page.blocks[blockIndex].lines.count
            for lineIndex in 0..<lineEnd
            where !group.contains(where: { $0.page == candidate.page && $0.block == blockIndex && $0.line == lineIndex }) {
                return false
            }
        }
        return true
    }

    /// The lines at the head and foot of a page: bands of the page when lines have boxes,
    /// otherwise the first and last `rawBandLines` lines of the page.
    func candidates(on page: Page, index pageIndex: Int) -> [Candidate] {
        guard !page.blocks.isEmpty else { return [] }
        let boxes = page.blocks.flatMap { $0.lines.compactMap(\.box) }
        if boxes.count == page.blocks.reduce(0, { $0 + $1.lines.count }), let extent = Rect.union(boxes) {
            let top = page.size?.minY ?? extent.minY
            let height = page.size?.height ?? extent.height
            guard height > 0 else { return [] }
            var result: [Candidate] = []
            for (blockIndex, block) in page.blocks.enumerated() {
                for (lineIndex, line) in block.lines.enumerated() {
                    guard let box = line.box else { continue }
                    let position = (box.midY - top) / height
                    if (box.maxY - top) / height <= Self.bandShare {
                        result.append(
                            Candidate(page: pageIndex, block: blockIndex, line: lineIndex, place: .head, position: position))
                    } else if (box.minY - top) / height >= 1 - Self.bandShare {
                        result.append(
                            Candidate(page: pageIndex, block: blockIndex, line: lineIndex, place: .foot, position: position))
                    }
                }
            }
            return result
        }
        // A raw dump: the first and last lines of the page, where pdftotext prints the margins.
        let positions = page.blocks.indices.flatMap { blockIndex in
            page.blocks[blockIndex].lines.indices.map { (blockIndex, $0) }
        }
        let headCount = min(Self.rawBandLines, positions.count)
        let footStart = max(headCount, positions.count - Self.rawBandLines)
        return positions[..<headCount].map { Candidate(page: pageIndex, block: $0.0, line: $0.1, place: .head) }
            + positions[footStart...].map { Candidate(page: pageIndex, block: $0.0, line: $0.1, place: .foot) }
    }

    /// The font size most lines of the document are set in, or nil without fonts (a raw dump).
    static func bodySize(_ document: Document) -> Double? {
        var counts: [Double: Int] = [:]
        for page in document.pages {
            for block in page.blocks {
                for line in block.lines { if let size = line.font?.size { counts[(size * 10).rounded() / 10, default: 0] += 1 } }
            }
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }?.key
    }

    /// The members of a group that sit at the group's usual height (all of them for raw dumps).
    static func aligned(_ group: [Candidate]) -> [Candidate] {
        let positions = group.compactMap(\.position).sorted()
        guard !positions.isEmpty else { return group }
        let median = positions[positions.count / 2]
        return group.filter { abs(($0.position ?? median) - median) <= positionToleranceShare }
    }

    /// Lower-cased, each run of digits one "#", spacing collapsed: the text a running head keeps from page to page.
    static func key(_ text: String) -> String {
        var text = text
        // An ASCII line (nearly all of them) is keyed byte by byte, as `plainKey` keys it by Character.
        let ascii = text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            // Written straight into the string's storage, not appended to an array byte by byte:
            // the key is never longer than the line (a space or digit run gives at most one byte).
            return String(unsafeUninitializedCapacity: bytes.count) { result in
                var count = 0
                var lastWasDigit = false, pendingSpace = false
                for byte in bytes {
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = true
                        continue
                    }
                    if pendingSpace, count > 0 {
                        result[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    if byte.isASCIIDigit {
                        if !lastWasDigit {
                            result[count] = UInt8(ascii: "#")
                            count += 1
                        }
                        lastWasDigit = true
                    } else {
                        result[count] = byte.asciiLowercased
                        count += 1
                        lastWasDigit = false
                    }
                }
                return count
            }
        }
        return ascii ?? characterKey(text)
    }

    /// `plainKey` with its ASCII characters (one scalar, or CR LF, whose value is a line feed's)
    /// answered from their byte, and the key built as bytes: asking a character's properties and
    /// appending its lower-cased string one at a time cost hundreds of instructions each. Other
    /// characters are asked as `plainKey` asks them.
    static func characterKey(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var lastWasDigit = false, pendingSpace = false
        for character in text {
            let ascii = character.asciiValue
            if ascii.map({ $0.isASCIIWhitespace }) ?? character.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace, !result.isEmpty { result.append(0x20) }
            pendingSpace = false
            if let ascii {
                if ascii.isASCIIDigit {
                    if !lastWasDigit { result.append(UInt8(ascii: "#")) }
                    lastWasDigit = true
                } else {
                    result.append(ascii.asciiLowercased)
                    lastWasDigit = false
                }
            } else if character.isNumber {
                if !lastWasDigit { result.append(UInt8(ascii: "#")) }
                lastWasDigit = true
            } else {
                result.append(contentsOf: character.lowercased().utf8)
                lastWasDigit = false
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `key`, Character by Character: the definition, and the path for lines with other characters.
    static func plainKey(_ text: String) -> String {
        var result = ""
        var lastWasDigit = false, pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace, !result.isEmpty { result.append(" ") }
            pendingSpace = false
            if character.isNumber {
                if !lastWasDigit { result.append("#") }
                lastWasDigit = true
            } else {
                result.append(contentsOf: character.lowercased())
                lastWasDigit = false
            }
        }
        return result
    }

    /// A line that is only a number (with dashes or brackets around it): "4", "- 4 -", "(4)".
    /// A note's number set apart from its text (Typst prints a footnote's number raised, then the
    /// note): a line starts right of it within this many of its heights…
    static let noteNumberReachInHeights = 2.0
    /// …on its row, and it is set smaller (at most 90% of that line's size) or raised (its foot at
    /// least a fifth of that line's height above the line's foot). A folio stands alone on its
    /// row, or beside a running title in the title's own size.
    static let noteNumberSizeShare = 0.9
    static let noteNumberRiseShare = 0.2

    /// Whether the bare number of `candidate` is a note's number beside its note, not a page number.
    static func isNoteNumber(_ candidate: Candidate, on page: Page) -> Bool {
        let number = page.blocks[candidate.block].lines[candidate.line]
        guard let box = number.box, let size = number.font?.size else { return false }
        for block in page.blocks {
            for line in block.lines {
                guard let other = line.box, other != box, let otherSize = line.font?.size,
                    other.minX > box.maxX, other.minX - box.maxX <= noteNumberReachInHeights * box.height,
                    other.minY < box.maxY, other.maxY > box.minY
                else { continue }
                if size <= noteNumberSizeShare * otherSize || box.maxY <= other.maxY - noteNumberRiseShare * other.height {
                    return true
                }
            }
        }
        return false
    }

    static func isBareNumber(_ text: String) -> Bool {
        // The core is all the text's digits, and only ASCII digits: a line with an ASCII letter or
        // without one to three ASCII digits is no bare number, seen on its bytes.
        guard Self.mayBeBareNumber(text) else { return false }
        let core = text.trimmingWhitespace().trimming(characters: "-–—()[] ")
        guard !core.isEmpty, core.count <= 3, core.allSatisfy(\.isASCIIDigitCharacter), let value = Int(core) else {
            return false
        }
        return value >= 1 && value <= largestPageNumber
    }

    /// Whether `text` has one to three ASCII digits and no ASCII letter, read on its bytes: else
    /// `isBareNumber` is false. Trimming leaves the digits of its core only (whitespace, dashes
    /// and brackets go), and no ASCII letter can be in a character trimmed or in the core.
    static func mayBeBareNumber(_ text: String) -> Bool {
        text.withContiguousUTF8 { bytes in
            var digits = 0
            for byte in bytes {
                if byte.isASCIIDigit {
                    digits += 1
                    if digits > 3 { return false }
                } else if byte.isASCIILetter {
                    return false
                }
            }
            return digits > 0
        }
    }

    /// A lone line that names a page wherever it sits: "PAGE 8", "Page 3 of 12", "3 of 12", "- 4 -",
    /// "4 | Newsletter title", "Newsletter title | 4".
    static func isPageLabel(_ text: String) -> Bool {
        // Every form below carries its number in ASCII digits: a line without one is no label.
        var bytes = text
        guard bytes.withUTF8({ $0.contains { $0.isASCIIDigit } }) else { return false }
        let line = text.trimmingWhitespace()
        // …and opens with "p", a digit or a dash, or has a bar: a line opening with any other
        // ASCII character is no label, without splitting it into words.
        if let first = line.utf8.first, first < 0x80, !Self.labelOpeningBytes.contains(first), !line.containsUTF8Byte(0x7C) {
            return false
        }
        // A plain ASCII line (a byte is a character) of more than four words, opening with no dash
        // and without a bar, is none of the forms below either: counted on its bytes.
        if line.utf8.first != UInt8(ascii: "-"), Self.hasMoreThanFourWordsAndNoBar(line) { return false }
        // Any other line of more than four words (between whitespace characters) is none either,
        // unless it opens and ends with a dash or may be a short folio with a bar: counted with an
        // early stop.
        if !Self.mayBeDashedNumber(line), !(line.containsUTF8Byte(0x7C) && Self.mayBeFolioLength(line)),
            Self.hasMoreWords(than: 4, in: line, atWhitespace: true)
        {
            return false
        }
        let words = Self.lowercasedWords(line)
        func isNumber(_ word: String) -> Bool { word.count <= 3 && !word.isEmpty && word.allSatisfy(\.isASCIIDigitCharacter) }
        // "Page 8", "Page 3 of 12", "3 of 12", "p. 4"
        if words.count == 2, ["page", "p.", "pg", "pg."].contains(words[0]), isNumber(words[1]) { return true }
        if words.count == 4, words[0] == "page", isNumber(words[1]), words[2] == "of", isNumber(words[3]) { return true }
        if words.count == 3, isNumber(words[0]), words[1] == "of", isNumber(words[2]) { return true }
        // "- 4 -": a number set between dashes on both sides.
        if Self.mayBeDashedNumber(line), let first = line.first, let last = line.last, "-–—".contains(first),
            "-–—".contains(last), line.count >= 3,
            isBareNumber(line)
        {
            return true
        }
        // "4 | Title" or "Title | 4": a number and a short title either side of one bar.
        let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        if parts.count == 2, line.count <= maximumFolioLength {
            let (left, right) = (parts[0], parts[1])
            if isNumber(left), right.contains(where: \.isLetter) { return true }
            if isNumber(right), left.contains(where: \.isLetter) { return true }
        }
        return false
    }

    /// The ASCII bytes a page label without a bar can open with: "p" of "Page", a digit, a dash.
    static let labelOpeningBytes = Set("pP0123456789-".utf8)

    /// `line.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)`, split and
    /// lower-cased on the bytes when plain ASCII (each byte a character, whitespace the bytes
    /// 9–13 and 32): walking the characters cost hundreds of instructions each.
    static func lowercasedWords(_ line: String) -> [String] {
        guard WordScan.isPlainASCII(line.utf8) else { return line.lowercased().split(whereSeparator: \.isWhitespace).map(String.init) }
        return line.withContiguousUTF8 { bytes in
            var words: [String] = []
            var index = 0
            while index < bytes.count {
                guard !bytes[index].isASCIIWhitespace else {
                    index += 1
                    continue
                }
                let start = index
                while index < bytes.count, !bytes[index].isASCIIWhitespace { index += 1 }
                words.append(
                    String(unsafeUninitializedCapacity: index - start) { word in
                        for offset in 0..<(index - start) { word[offset] = bytes[start + offset].asciiLowercased }
                        return index - start
                    })
            }
            return words
        }
    }

    /// Whether the first and last scalars of `line` are dashes ("-", "–", "—"), as the first and
    /// last characters of `isPageLabel`'s "- 4 -" form are.
    static func mayBeDashedNumber(_ line: String) -> Bool {
        func isDash(_ scalar: Unicode.Scalar?) -> Bool { scalar == "-" || scalar == "–" || scalar == "—" }
        return isDash(line.unicodeScalars.first) && isDash(line.unicodeScalars.last)
    }

    /// Whether `line` may have at most `maximumFolioLength` characters: plain ASCII lines (a byte
    /// a character) are measured on their bytes; any other line may.
    static func mayBeFolioLength(_ line: String) -> Bool {
        !WordScan.isPlainASCII(line.utf8) || line.utf8.count <= maximumFolioLength
    }

    /// Whether `line` has more than `limit` words, stopping at the word past the limit: words
    /// between spaces (`split(separator: " ").count > limit`), or with `atWhitespace` between
    /// any whitespace (`split(whereSeparator: \.isWhitespace).count > limit`). A page's opening
    /// line may be a paragraph. Read on the bytes when they are ASCII without a carriage return
    /// (each a character there, whitespace the bytes 9–13 and 32), else by character.
    static func hasMoreWords(than limit: Int, in line: String, atWhitespace: Bool) -> Bool {
        guard WordScan.isPlainASCII(line.utf8) else {
            return WordScan.hasMoreRuns(than: limit, in: line) { atWhitespace ? $0.isWhitespace : $0 == " " }
        }
        return line.withContiguousUTF8 { bytes in
            WordScan.hasMoreRuns(than: limit, in: bytes) { atWhitespace ? $0.isASCIIWhitespace : $0 == 0x20 }
        }
    }

    /// Whether `line` is plain ASCII with no bar and more than four words between whitespace
    /// (space, tab, line breaks: what `Character.isWhitespace` says of ASCII).
    static func hasMoreThanFourWordsAndNoBar(_ line: String) -> Bool {
        line.withContiguousUTF8 { bytes in
            var words = 0
            var inWord = false
            for byte in bytes {
                guard byte < 0x80, byte != UInt8(ascii: "\r"), byte != 0x7C else { return false }
                let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
                if !isSpace, !inWord { words += 1 }
                inWord = !isSpace
            }
            return words > 4
        }
    }

    /// A folio line ("4 | Newsletter title") is short: longer lines with a bar are table rows or prose.
    static let maximumFolioLength = 80
}
