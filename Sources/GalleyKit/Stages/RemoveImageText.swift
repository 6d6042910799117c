import Foundation

/// Removes the text of pictures: rotated glyph runs, small or fragmentary text inside a picture's
/// area, and (in raw dumps, which know no geometry) dense runs of short clipped lines such as a
/// thumbnail's cut-off words ("nshire", "Practice Handboo", "wh"). Records each removed run as `.imageText`.
/// A line inside a picture that carries on a caption from just outside it (same type, directly
/// below, all dictionary words) is the caption's, at the picture's edge, and stays.
package struct RemoveImageText: Stage {
    /// A line of picture text is short: fragments of a clipped thumbnail, not a line of prose.
    static let shortLineMaximumCharacters = 30
    /// A run of picture text holds at least this many garbled lines: one odd line is a typo or a name.
    static let minimumGarbledLines = 3
    /// Garbled lines of one run may have up to this many ordinary short lines between them
    /// ("and District", "and" between the clipped words of one thumbnail).
    static let maximumOrdinaryGap = 2
    /// At least this share of a run's lines are garbled.
    static let minimumGarbledShare = 0.5
    /// A line is garbled when at least this share of its words are stray one- or two-letter fragments.
    static let fragmentShare = 0.5
    /// A block this small whose words are clipped at an edge is a picture's caption cut off ("Northampton," / "Northamptonshir").
    static let smallBlockMaximumLines = 3
    /// A word the document prints whole this many times is one of its words, never a clipped piece:
    /// the line under judgement is one of them, so it must occur elsewhere too.
    static let repeatedWordCount = 2
    /// A clipped word keeps at least this many letters; shorter pieces are judged as fragments.
    static let minimumClippedLength = 3
    /// Text inside a picture is the picture's own when set this much smaller than the body text.
    static let pictureFontShare = 0.8
    /// Text inside a picture with no more letters than this is a glyph run, not a caption.
    static let pictureFragmentMaximumLetters = 3
    /// A caption's next line follows within this many of its line heights and starts within this
    /// many of the line above.
    static let captionLineGapInLines = 0.6
    static let captionAlignmentInLines = 1.0
    /// One- and two-letter words that stand alone in English prose. Hunspell accepts many more
    /// ("en", "ha", "eh") that in a dump are nearly always pieces of a clipped word.
    static let shortWords: Set<String> = [
        "a", "i", "am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it", "me", "my",
        "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we",
    ]

    /// `shortWords` by letters, for one or two ASCII letters: at (first − a + 1) × 27 + (second − a + 1), 0 for no second.
    static let shortWordTable: [Bool] = {
        var table = [Bool](repeating: false, count: 27 * 27)
        for word in shortWords {
            let bytes = Array(word.utf8)
            table[Int(bytes[0] - 0x60) * 27 + (bytes.count > 1 ? Int(bytes[1] - 0x60) : 0)] = true
        }
        return table
    }()

    /// `shortWords.contains(word.lowercased())` for a word of one or two ASCII letters.
    @inline(__always)
    static func isShortWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = Int(word[0] | 0x20) - 0x60
        let second = word.count > 1 ? Int(word[1] | 0x20) - 0x60 : 0
        return shortWordTable[first * 27 + second]
    }

    package init() {}

    package func run(_ document: inout Document, context: StageContext) {
        var judge = Judge(lexicon: context.lexicon, vocabulary: context.vocabulary(of: document))
        // The lines removed from live pages, for the vocabulary shared with later stages.
        var removedLive: [Line] = []
        let bodyFontSize = Self.bodyFontSize(document)
        for pageIndex in document.pages.indices {
            let pageNumber = document.pages[pageIndex].number
            let blocks = document.pages[pageIndex].blocks
            let doomedByBlock = blocks.indices.map { index in
                doomedLines(
                    blocks[index], above: index > 0 ? blocks[index - 1].lines.last : nil, judge: &judge,
                    bodyFontSize: bodyFontSize)
            }
            // Most pages lose nothing: leave their blocks as they are.
            guard doomedByBlock.contains(where: { $0.contains(true) }) else { continue }
            var kept: [Block] = []
            for (var block, doomed) in zip(document.pages[pageIndex].blocks, doomedByBlock) {
                guard doomed.contains(true) else {
                    kept.append(block)
                    continue
                }
                // One record per run of consecutive removed lines.
                let isWhole = !doomed.contains(false)
                var run: [Line] = []
                func record() {
                    document.audit.remove(
                        .imageText, run.map { $0.text.trimmingWhitespace() }.joined(separator: " "), page: pageNumber,
                        lines: run, cutFrom: isWhole ? nil : block)
                    run = []
                }
                for (line, isDoomed) in zip(block.lines, doomed) {
                    if isDoomed {
                        run.append(line)
                    } else if !run.isEmpty {
                        record()
                    }
                }
                if !run.isEmpty { record() }
                if document.pages[pageIndex].duplicateOf == nil {
                    removedLive += zip(block.lines, doomed).filter { $0.1 }.map(\.0)
                }
                block.lines = zip(block.lines, doomed).filter { !$0.1 }.map(\.0)
                if !block.lines.isEmpty { kept.append(block) }
            }
            document.pages[pageIndex].blocks = kept
        }
        context.sharedVocabulary?.remove(removedLive)
    }

    /// Which lines of `block` are picture text; `above` is the last line of the block before it.
    func doomedLines(_ block: Block, above: Line? = nil, judge: inout Judge, bodyFontSize: Double?) -> [Bool] {
        let lines = block.lines
        var doomed = [Bool](repeating: false, count: lines.count)
        var assessments: [Judge.Assessment?] = []
        assessments.reserveCapacity(lines.count)
        // A line continues a word hyphenated at the end of the line before: its first word is not clipped.
        var continuesHyphenated = false
        for (index, line) in lines.enumerated() {
            let text = line.text.trimmingWhitespace()

            // Geometry first: rotated glyphs are always picture text; text inside a picture when small or broken.
            if line.isRotated {
                doomed[index] = true
            } else if line.isInPicture, !Self.continuesCaption(line, after: index > 0 ? lines[index - 1] : above, judge: &judge) {
                let letters = line.text.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
                let small =
                    bodyFontSize.map { body in line.font.map { $0.size < Self.pictureFontShare * body } ?? false } ?? false
                if small || letters <= Self.pictureFragmentMaximumLetters
                    || judge.assess(line.text, continuesHyphenated: continuesHyphenated).isGarbled
                {
                    doomed[index] = true
                }
            }

            // Raw evidence: assess short lines only; a long line is prose and ends any run.
            let isShort = WordScan.hasAtMostCharacters(text, Self.shortLineMaximumCharacters)
            assessments.append(isShort ? judge.assess(text, continuesHyphenated: continuesHyphenated) : nil)
            continuesHyphenated = Self.endsWithHyphen(trimmed: text)
        }

        // A small block of short lines of words (no figures: "Tel 0116 …" is a contact line)
        // with a word clipped at a line's edge.
        if lines.count <= Self.smallBlockMaximumLines, assessments.allSatisfy({ $0 != nil }),
            assessments.contains(where: { $0!.hasEdgeClippedWord }),
            !lines.contains(where: { $0.text.contains(where: \.isNumber) })
        {
            return [Bool](repeating: true, count: lines.count)
        }

        // Dense runs of garbled short lines.
        var cluster: [Int] = []
        func closeCluster() {
            defer { cluster = [] }
            guard let first = cluster.first, let last = cluster.last, cluster.count >= Self.minimumGarbledLines else { return }
            let span = last - first + 1
            guard Double(cluster.count) >= Self.minimumGarbledShare * Double(span) else { return }
            for index in first...last { doomed[index] = true }
        }
        for (index, assessment) in assessments.enumerated() {
            guard let assessment else {
                closeCluster()
                continue
            }
            guard assessment.isGarbled else { continue }
            if let last = cluster.last, index - last - 1 > Self.maximumOrdinaryGap { closeCluster() }
            cluster.append(index)
        }
        closeCluster()
        return doomed
    }

    /// Whether `line`, inside a picture, carries on the caption whose line `previous` lies outside
    /// it: the same font, directly below and aligned with it, and every word a dictionary word
    /// (a photo's own text is clipped, garbled or a name).
    static func continuesCaption(_ line: Line, after previous: Line?, judge: inout Judge) -> Bool {
        guard let previous, !previous.isInPicture, !previous.isRotated, let font = line.font, font == previous.font,
            let box = line.box, let upper = previous.box
        else { return false }
        let height = max(box.height, upper.height)
        guard box.minY >= upper.minY, box.minY - upper.maxY <= captionLineGapInLines * height,
            abs(box.minX - upper.minX) <= captionAlignmentInLines * height
        else { return false }
        let letters = line.text.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
        return letters > pictureFragmentMaximumLetters && judge.isAllWords(line.text)
    }

    /// `trimmed.hasSuffix("-")` for a trimmed line, from the last byte when it can tell.
    static func endsWithHyphen(trimmed: String) -> Bool {
        if let last = WordScan.lastASCIICharacter(trimmed) { return last == UInt8(ascii: "-") }
        return trimmed.hasSuffix("-")
    }

    /// The body text's font size: the size most letters are set in (nil for raw dumps).
    static func bodyFontSize(_ document: Document) -> Double? {
        var letters: [Double: Int] = [:]
        // Lines come in runs of one size: add up a run, then count it once.
        var run: (size: Double, bytes: Int)?
        for page in document.pages {
            for block in page.blocks {
                for index in block.lines.indices {
                    guard let size = block.lines[index].font?.size else { continue }
                    let rounded = (size * 2).rounded() / 2
                    let bytes = block.lines[index].text.utf8.count
                    if let current = run, current.size == rounded {
                        run = (rounded, current.bytes + bytes)
                    } else {
                        if let current = run { letters[current.size, default: 0] += current.bytes }
                        run = (rounded, bytes)
                    }
                }
            }
        }
        if let current = run { letters[current.size, default: 0] += current.bytes }
        return letters.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// Word-level judgements, cached: whether a word is a stray fragment or clipped off a longer word.
    struct Judge {
        let lexicon: any Lexicon
        /// The document's plain-ASCII words, sorted forwards and backwards: what a clipped piece
        /// is looked up in (`WordEnds`).
        let asciiEnds: WordEnds
        /// Proper prefixes and suffixes (at least `minimumClippedLength` characters) of the
        /// document's other words, which are cut by characters.
        var prefixes: Set<String> = []
        var suffixes: Set<String> = []
        var clippedCache: [String: (asPrefix: Bool, asSuffix: Bool)] = [:]
        /// The document's words that it prints whole at least `repeatedWordCount` times: a name
        /// ("Ashgrove") is no clipped piece of the longer word that starts with it
        /// ("ashgrove-residents" in an address) when the document also sets it on its own.
        var repeatedWords: Set<String> = []

        init(lexicon: any Lexicon, vocabulary: DocumentVocabulary) {
            self.lexicon = lexicon
            repeatedWords = Set(vocabulary.counts.lazy.filter { $0.value >= RemoveImageText.repeatedWordCount }.map(\.key))
            // A word of ASCII letters (nearly all) is cut by bytes, each a character, and looked up
            // in sorted order: making a string of every piece of every word and hashing it cost
            // more than the rest of the stage.
            var ascii: [String] = []
            for word in vocabulary.counts.keys {
                if WordScan.isPlainASCII(word.utf8) {
                    if word.utf8.count > RemoveImageText.minimumClippedLength { ascii.append(word) }
                    continue
                }
                let characters = Array(word)
                guard characters.count > RemoveImageText.minimumClippedLength else { continue }
                for length in RemoveImageText.minimumClippedLength..<characters.count {
                    prefixes.insert(String(characters[..<length]))
                    suffixes.insert(String(characters[(characters.count - length)...]))
                }
            }
            asciiEnds = WordEnds(ascii)
        }

        struct Assessment: Equatable {
            var isGarbled = false
            /// A clipped word at the start or end of the line, where a picture's edge cuts.
            var hasEdgeClippedWord = false
        }

        /// Judges one line: garbled when it holds a clipped word or is mostly stray fragments.
        /// Web and email addresses, and lines without letters, are never garbled.
        mutating func assess(_ text: String, continuesHyphenated: Bool) -> Assessment {
            let result = Assessment()
            if Self.isAddress(text) { return result }
            if WordScan.isPlainASCII(text.utf8) {
                return text.withContiguousUTF8 { assessASCII($0, continuesHyphenated: continuesHyphenated) }
            }
            return assessTokens(text, continuesHyphenated: continuesHyphenated)
        }

        /// `assess` through `tokens(_:)`, a string for each token: for any text (the reference
        /// that `assessASCII` matches on plain ASCII).
        mutating func assessByTokens(_ text: String, continuesHyphenated: Bool) -> Assessment {
            if Self.isAddress(text) { return Assessment() }
            return assessTokens(text, continuesHyphenated: continuesHyphenated)
        }

        /// `assessByTokens` after the address test, which `assess` has made.
        private mutating func assessTokens(_ text: String, continuesHyphenated: Bool) -> Assessment {
            var result = Assessment()
            let tokens = Self.tokens(text)
            guard !tokens.isEmpty else { return result }
            var fragments = 0, clipped = false
            for (position, token) in tokens.enumerated() {
                if token.hasDigit { continue }
                let word = token.word
                // A word of ASCII letters (nearly all) is judged by its bytes, each a character.
                let isASCII = WordScan.isPlainASCII(word.utf8)
                let letters = isASCII ? word.utf8.count : word.count
                // A capitalised abbreviation ("NHS", "UK") or an initial ("J.") is deliberate.
                if letters >= 2, isASCII ? word.utf8.allSatisfy(\.isASCIICapital) : word.allSatisfy(\.isUppercase) { continue }
                if letters == 1, token.followedByPeriod, isASCII ? word.utf8.first!.isASCIICapital : word.first!.isUppercase {
                    continue
                }
                if letters < RemoveImageText.minimumClippedLength {
                    if !RemoveImageText.shortWords.contains(word.lowercased()) { fragments += 1 }
                    continue
                }
                let isFirst = position == 0, isLast = position == tokens.count - 1
                // A word broken by a line-end hyphen is hyphenation, not clipping; a word before a
                // full stop or colon is an abbreviation or a label ("etc.", "Tel:").
                if isLast && token.followedByHyphen || isFirst && continuesHyphenated { continue }
                if token.followedByPeriod || token.followedByColon { continue }
                if isClipped(word, asPrefix: true) || isClipped(word, asPrefix: false) {
                    clipped = true
                    if (isFirst && isClipped(word, asPrefix: false)) || (isLast && isClipped(word, asPrefix: true)) {
                        result.hasEdgeClippedWord = true
                    }
                }
            }
            let counted = tokens.filter { !$0.hasDigit }.count
            result.isGarbled = clipped || (counted > 0 && Double(fragments) >= RemoveImageText.fragmentShare * Double(counted))
            return result
        }

        /// One token of `assessASCII`: where its word's bytes lie (read only when it has no digit,
        /// and then they lie together), and the byte after it (-1 at the end).
        private struct ByteToken {
            var start: Int32, end: Int32
            var hasDigit: Bool
            var next: Int16
        }

        /// `assess` for plain ASCII text after the address test, on its bytes: the tokens of
        /// `tokens(_:)` as ranges, without a string for each, and the short-word and capitals
        /// tests on bytes; a string is made only for a word asked of `clippedEnds`. A line costed
        /// about 12,000 instructions through the strings.
        private mutating func assessASCII(_ bytes: UnsafeBufferPointer<UInt8>, continuesHyphenated: Bool) -> Assessment {
            var result = Assessment()
            return withUnsafeTemporaryAllocation(of: ByteToken.self, capacity: bytes.count + 1) { tokens in
                var count = 0
                // The word so far: its byte count and where it starts, as `tokens(_:)` builds it.
                var wordBytes = 0, wordStart = 0, hasDigit = false
                func flush(at index: Int, next: Int16) {
                    var end = index
                    // A word opens with a letter, so trailing apostrophes never empty it; a word
                    // with a digit is only counted, and its bytes never read.
                    if wordBytes > 0, !hasDigit { while bytes[end - 1] == UInt8(ascii: "'") { end -= 1 } }
                    if wordBytes > 0 || hasDigit {
                        tokens[count] = ByteToken(start: Int32(wordStart), end: Int32(end), hasDigit: hasDigit, next: next)
                        count += 1
                    }
                    wordBytes = 0
                    hasDigit = false
                }
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    if byte.isASCIILetter {
                        if wordBytes == 0 { wordStart = index }
                        wordBytes += 1
                    } else if byte.isASCIIDigit {
                        hasDigit = true
                    } else if byte == UInt8(ascii: "'"), wordBytes > 0 {
                        wordBytes += 1
                    } else {
                        flush(at: index, next: Int16(byte))
                    }
                }
                flush(at: bytes.count, next: -1)
                guard count > 0 else { return result }

                var fragments = 0, counted = 0, clipped = false
                for position in 0..<count {
                    let token = tokens[position]
                    if token.hasDigit { continue }
                    counted += 1
                    let word = UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])
                    let letters = word.count
                    let followedByPeriod = token.next == Int16(UInt8(ascii: "."))
                    // A capitalised abbreviation ("NHS", "UK") or an initial ("J.") is deliberate.
                    if letters >= 2, word.allSatisfy({ $0.isASCIICapital }) { continue }
                    if letters == 1, followedByPeriod, word[0].isASCIICapital { continue }
                    if letters < RemoveImageText.minimumClippedLength {
                        // One or two letters (a trailing apostrophe is gone, so both are letters).
                        if !RemoveImageText.isShortWord(word) { fragments += 1 }
                        continue
                    }
                    let isFirst = position == 0, isLast = position == count - 1
                    if isLast && token.next == Int16(UInt8(ascii: "-")) || isFirst && continuesHyphenated { continue }
                    if followedByPeriod || token.next == Int16(UInt8(ascii: ":")) { continue }
                    let ends = clippedEnds(String(decoding: word, as: UTF8.self))
                    if ends.asPrefix || ends.asSuffix {
                        clipped = true
                        if (isFirst && ends.asSuffix) || (isLast && ends.asPrefix) { result.hasEdgeClippedWord = true }
                    }
                }
                result.isGarbled =
                    clipped || (counted > 0 && Double(fragments) >= RemoveImageText.fragmentShare * Double(counted))
                return result
            }
        }

        /// Whether `text` has words and every one is a dictionary word (figures aside).
        func isAllWords(_ text: String) -> Bool {
            let words = Self.tokens(text).filter { !$0.hasDigit && !$0.word.isEmpty }
            return !words.isEmpty && words.allSatisfy { lexicon.isWord($0.word) || lexicon.isWord($0.word.lowercased()) }
        }

        /// Whether `word` is not a dictionary word but the start (`asPrefix`) or end of a longer word of the document.
        mutating func isClipped(_ word: String, asPrefix: Bool) -> Bool {
            let clipped = clippedEnds(word)
            return asPrefix ? clipped.asPrefix : clipped.asSuffix
        }

        /// Both answers of `isClipped` for `word`, each word asked of the lexicon once.
        private mutating func clippedEnds(_ word: String) -> (asPrefix: Bool, asSuffix: Bool) {
            if let known = clippedCache[word] { return known }
            let lower = word.lowercased()
            // A lower-cased token of letters that is not plain ASCII is no piece of an ASCII word.
            let asciiPiece = lower.utf8.count >= RemoveImageText.minimumClippedLength && WordScan.isPlainASCII(lower.utf8)
            let isPrefix = (asciiPiece && asciiEnds.hasLonger(startingWith: lower)) || prefixes.contains(lower)
            let isSuffix = (asciiPiece && asciiEnds.hasLonger(endingWith: lower)) || suffixes.contains(lower)
            // Most words are neither: then the answer is no without asking the lexicon.
            let isDictionaryWord =
                (isPrefix || isSuffix) && (repeatedWords.contains(lower) || lexicon.isWord(word) || lexicon.isWord(lower))
            let answer = (!isDictionaryWord && isPrefix, !isDictionaryWord && isSuffix)
            clippedCache[word] = answer
            return answer
        }

        /// Whether `text` holds an "@", "://" or "www." (any case): a web or email address.
        static func isAddress(_ text: String) -> Bool {
            let utf8 = text.utf8
            // A curly quote or dash (a tenth of the lines) is a character of its own, joined to no
            // neighbour, and no part of the marks sought: its bytes are passed over like any other
            // byte. Searching the characters cost tens of thousands of instructions a line.
            guard WordScan.isPlainASCII(utf8) || WordScan.isPlainASCIIOrPunctuation(text) else {
                return characterIsAddress(text)
            }
            // The three bytes before this one, lower-cased, oldest first.
            var (third, second, first): (UInt8, UInt8, UInt8) = (0, 0, 0)
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "@"): return true
                case UInt8(ascii: "/") where second == UInt8(ascii: ":") && first == UInt8(ascii: "/"): return true
                case UInt8(ascii: ".") where third == UInt8(ascii: "w") && second == third && first == third: return true
                default: (third, second, first) = (second, first, byte.asciiLowercased)
                }
            }
            return false
        }

        /// `isAddress` by characters, for any text.
        static func characterIsAddress(_ text: String) -> Bool {
            text.contains("@") || text.contains("://") || text.lowercased().contains("www.")
        }

        struct Token {
            var word: String
            var hasDigit: Bool
            var followedByPeriod: Bool
            var followedByHyphen: Bool
            var followedByColon: Bool
        }

        /// Runs of letters (with apostrophes inside words, curly ones made straight), split at
        /// everything else; a run touching digits ("4th", "10am") is marked.
        static func tokens(_ text: String) -> [Token] {
            guard WordScan.isPlainASCII(text.utf8) else { return characterTokens(text) }
            // Each byte a character: the same steps as `characterTokens` on bytes.
            var result: [Token] = []
            var word: [UInt8] = [], hasDigit = false
            func flush(next: UInt8?) {
                while word.last == UInt8(ascii: "'") { word.removeLast() }
                if !word.isEmpty || hasDigit {
                    result.append(
                        Token(
                            word: String(decoding: word, as: UTF8.self), hasDigit: hasDigit,
                            followedByPeriod: next == UInt8(ascii: "."), followedByHyphen: next == UInt8(ascii: "-"),
                            followedByColon: next == UInt8(ascii: ":")))
                }
                word.removeAll(keepingCapacity: true)
                hasDigit = false
            }
            for byte in text.utf8 {
                if byte.isASCIILetter {
                    word.append(byte)
                } else if byte.isASCIIDigit {
                    hasDigit = true
                } else if byte == UInt8(ascii: "'"), !word.isEmpty {
                    word.append(byte)
                } else {
                    flush(next: byte)
                }
            }
            flush(next: nil)
            return result
        }

        /// `tokens(_:)` by characters, for text with other than ASCII.
        static func characterTokens(_ text: String) -> [Token] {
            var result: [Token] = []
            var word = "", hasDigit = false
            func flush(next: Character?) {
                while word.hasSuffix("'") { word.removeLast() }
                if !word.isEmpty || hasDigit {
                    result.append(
                        Token(
                            word: word, hasDigit: hasDigit, followedByPeriod: next == ".", followedByHyphen: next == "-",
                            followedByColon: next == ":"))
                }
                word = ""
                hasDigit = false
            }
            for character in text {
                if character.isLetter {
                    word.append(character)
                } else if character.isNumber {
                    hasDigit = true
                } else if (character == "'" || character == "’"), !word.isEmpty {
                    word.append("'")
                } else {
                    flush(next: character)
                }
            }
            flush(next: nil)
            return result.filter { !$0.word.isEmpty || $0.hasDigit }
        }
    }
}

/// Words of plain ASCII held sorted by their bytes, and the same words reversed: whether some word
/// longer than a given piece starts (or ends) with it is then two comparisons after a binary
/// search, since the words that start with a piece sort together, from where the piece would go.
struct WordEnds {
    /// Every word's bytes, one after another, and where each starts; the reversed words likewise.
    private let forward: [UInt8], backward: [UInt8]
    private let starts: [Int]
    /// Word numbers in the order of their bytes, forwards and backwards.
    private let forwardOrder: [Int], backwardOrder: [Int]

    init(_ words: [String]) {
        var forward: [UInt8] = [], starts = [0]
        for word in words {
            forward.append(contentsOf: word.utf8)
            starts.append(forward.count)
        }
        var backward = [UInt8](repeating: 0, count: forward.count)
        for index in words.indices {
            let lower = starts[index], upper = starts[index + 1]
            for offset in 0..<(upper - lower) { backward[lower + offset] = forward[upper - 1 - offset] }
        }
        /// The word numbers sorted by their bytes in `bytes`: by their first eight bytes read as one
        /// number (a shorter word padded with zeros), whole words compared only where those tie.
        func order(_ bytes: [UInt8]) -> [Int] {
            bytes.withUnsafeBufferPointer { buffer in
                let keyed = words.indices.map { index -> (key: UInt64, index: Int) in
                    var key: UInt64 = 0
                    let start = starts[index]
                    for offset in 0..<8 {
                        key <<= 8
                        if start + offset < starts[index + 1] { key |= UInt64(buffer[start + offset]) }
                    }
                    return (key, index)
                }
                return keyed.sorted { left, right in
                    if left.key != right.key { return left.key < right.key }
                    return UnsafeBufferPointer(rebasing: buffer[starts[left.index]..<starts[left.index + 1]])
                        .precedesInByteOrder(UnsafeBufferPointer(rebasing: buffer[starts[right.index]..<starts[right.index + 1]]))
                }.map(\.index)
            }
        }
        self.forward = forward
        self.backward = backward
        self.starts = starts
        forwardOrder = order(forward)
        backwardOrder = order(backward)
    }

    /// Whether some word longer than `piece` starts with it.
    func hasLonger(startingWith piece: String) -> Bool {
        var piece = piece
        return piece.withUTF8 { Self.hasLonger(bytes: forward, starts: starts, order: forwardOrder, piece: $0) }
    }

    /// Whether some word longer than `piece` ends with it.
    func hasLonger(endingWith piece: String) -> Bool {
        let reversed = [UInt8](piece.utf8.reversed())
        return reversed.withUnsafeBufferPointer {
            Self.hasLonger(bytes: backward, starts: starts, order: backwardOrder, piece: $0)
        }
    }

    private static func hasLonger(bytes: [UInt8], starts: [Int], order: [Int], piece: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            func range(_ rank: Int) -> Range<Int> { starts[order[rank]]..<starts[order[rank] + 1] }
            // The first word that does not sort before the piece.
            var low = 0, high = order.count
            while low < high {
                let middle = (low + high) / 2
                if UnsafeBufferPointer(rebasing: buffer[range(middle)]).precedesInByteOrder(piece) {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            // It, or (when it is the piece itself) the next, starts with the piece and is longer.
            for rank in low..<min(low + 2, order.count) {
                let word = range(rank)
                guard word.count >= piece.count,
                    piece.isEmpty || memcmp(buffer.baseAddress! + word.lowerBound, piece.baseAddress!, piece.count) == 0
                else { return false }
                if word.count > piece.count { return true }
            }
            return false
        }
    }
}
