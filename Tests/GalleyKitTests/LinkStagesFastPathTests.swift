import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The byte pre-checks of the address, link and contact-line tests (issue 5) only skip work:
/// each fast path is held here to the plain implementation it replaced, on edge strings and on
/// every line of the text samples.
@Suite struct LinkStagesFastPathTests {
    /// Addresses, near-addresses and prose around the pre-checks' markers: "www." in any case or
    /// cut short, slashes, "@", schemes, non-ASCII around them, telephone numbers and labels.
    static let addressEdges = [
        "www.example.org", "WWW.EXAMPLE.ORG", "Www.Example.org/Page", "ww.example.org", "wwww.example.org", "www",
        "www.", "w.w.w.", "http://example.org", "HTTPS://EXAMPLE.ORG/x", "https:/example.org", "example.org.uk/page",
        "and/or", "12/05/2024", "a/b.c", "name@example.org", "name@", "@example.org", "a@b", "x.y@z", "Website:www.x.org",
        "(www.example.org)", "<team@example.co.uk>.", "end.", "e.g.", "3.5", "İstanbul.com/x", "\u{212A}elvin.org/x",
        "café.org/menu", "www\u{301}.example.org", "www.\u{301}example.org", "wẃw.example.org", "e\u{301}@example.org",
        "naïve@example.org", "https://www.example.org/what-we-do", "www.example.org/a?b=c#d", "http://", "/path/only/",
        "services/adult-care/carers/", "Tel: 0116 305 7130", "Telephone: 0330 303 6000", "0808 808 1677",
        "+44 20 7946 0958", "(0161) 496 0000", "1 2 3 4 5 6 7 8 9", "12 34 56 78 90", "٣٣٣ ٣٣٣ ٣٣٣ ٣",
        "½ 123456789", "0116 305 7130\u{301}", "Tel\u{301}: 0116 305 7130", "\u{600}1 234 567 890", ":", "Email:",
        "EMAIL : help@example.org", "Web: www.example.org", "0116-305-7130", "Call 0116 305 7130 today",
        "0116 305 7130 or 0116 305 7131 or 0116 305 7132 and more", "Room 12, 3 High St, 0116 305 7130",
        "Phone:0808 1644572", "x@y.org z", "a\u{A0}b www.example.org", "tab\twww.example.org",
    ]

    /// Every line of the text samples, and the edge strings of `FastPathTests`.
    static let lines: [String] = {
        var lines = addressEdges + FastPathTests.edgeStrings
        for name in Fixtures.sampleNames where name.hasSuffix(".txt") {
            let text = (try? String(contentsOf: Fixtures.samples.appendingPathComponent(name), encoding: .utf8)) ?? ""
            lines += text.split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" }).map(String.init)
        }
        return lines
    }()

    /// The tokens of those lines, as the stages split them.
    static let tokens: [Substring] = lines.flatMap { $0.split(separator: " ", omittingEmptySubsequences: false) }

    // MARK: RepairURLs

    /// `RepairURLs.addressStart` before the byte pre-check.
    static func referenceAddressStart(in token: Substring) -> (start: String.Index, isEmail: Bool)? {
        guard RepairURLs.mayHoldAddress(token) else { return nil }
        let lower = token.lowercased()
        guard lower.count == token.count else { return nil }
        for marker in ["https://", "http://", "www."] {
            if let range = lower.range(of: marker) {
                let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                return (token.index(token.startIndex, offsetBy: offset), false)
            }
        }
        if let at = token.firstIndex(of: "@") {
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
        let startIndex = token.firstIndex(where: { $0.isLetter || $0.isNumber }) ?? token.endIndex
        guard startIndex < token.endIndex, let slash = token[startIndex...].firstIndex(of: "/") else { return nil }
        let host = token[startIndex..<slash]
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
            let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter)
        else { return nil }
        return (startIndex, false)
    }

    @Test func addressStartMatchesThePlainSearch() {
        for token in Self.tokens {
            let fast = RepairURLs.addressStart(in: token)
            let plain = Self.referenceAddressStart(in: token)
            #expect(fast?.start == plain?.start && fast?.isEmail == plain?.isEmail, "\(token)")
        }
    }

    /// The pre-check is a byte test (a dot or "@", and a slash, "@" or "www." in any case), and
    /// true wherever the plain search finds an address start.
    @Test func addressPreCheckMatchesItsDefinition() {
        let www = Array("www.".utf8)
        for text in Self.lines.map({ Substring($0) }) + Self.tokens {
            let bytes = text.utf8.map(\.asciiLowercased)
            let hasDotOrAt = bytes.contains(UInt8(ascii: ".")) || bytes.contains(UInt8(ascii: "@"))
            let hasWWW = bytes.indices.contains { bytes[$0...].starts(with: www) }
            let hasMarker = bytes.contains(UInt8(ascii: "/")) || bytes.contains(UInt8(ascii: "@")) || hasWWW
            #expect(RepairURLs.mayHoldAddressStart(text) == (hasDotOrAt && hasMarker), "\(text)")
            if Self.referenceAddressStart(in: text) != nil { #expect(RepairURLs.mayHoldAddressStart(text), "\(text)") }
        }
    }

    @Test func addressStartShowsItsWork() {
        let found = Self.addressEdges.filter { RepairURLs.addressStart(in: Substring($0)) != nil }
        #expect(found.contains("WWW.EXAMPLE.ORG") && found.contains("Website:www.x.org") && found.contains("x.y@z"))
        #expect(!found.contains("end.") && !found.contains("ww.example.org") && !found.contains("and/or"))
        #expect(!RepairURLs.mayHoldAddressStart("Read it. Then read it again, e.g. twice."))
        #expect(RepairURLs.mayHoldAddressStart("Visit WwW.example.org."))
    }

    /// The prose words of a line before whole lines without an address were read at once.
    static func referenceProseWords(_ line: String) -> [String] {
        line.split(whereSeparator: \.isWhitespace).filter { !RepairURLs.isAddressLike(String($0)) }
            .flatMap { DocumentVocabulary.words(in: String($0)) }
    }

    @Test func proseWordsMatchTheTokenByTokenWords() {
        let edges = [
            "Health and wellbeing.", "See www.example.org/what-we-do for co-ordinated care", "e.g. this", "and/or that",
            "well\u{A0}being\u{3000}hub", "a \u{301}b -lead trail- it’s", "🇬🇧 🇫🇷🇬🇧 flags", "x@y.org word", "end.Next",
        ]
        for line in Self.lines + edges {
            #expect(RepairURLs.ProseWords.words(in: line) == Self.referenceProseWords(line), "\(line)")
        }
        #expect(RepairURLs.ProseWords.words(in: "See www.example.org/what-we-do now") == ["see", "now"])
    }

    // MARK: CollectLinks

    /// `CollectLinks.scan` before the line's byte pre-check, on the plain address search.
    static func referenceScan(_ text: String) -> [(Int, Link.Kind, String)] {
        var result: [(Int, Link.Kind, String)] = []
        var column = 0
        for token in text.split(separator: " ", omittingEmptySubsequences: false) {
            defer { column += token.count + 1 }
            guard RepairURLs.mayHoldAddress(token) else { continue }
            guard let (start, isEmail) = referenceAddressStart(in: token) else { continue }
            var value = RepairURLs.trimTrailingPunctuation(String(token[start...]))
            while value.hasSuffix(">") { value.removeLast() }
            if isEmail ? CollectLinks.isEmailAddress(value) : CollectLinks.isWebAddress(value) {
                result.append((column + token.distance(from: token.startIndex, to: start), isEmail ? .email : .url, value))
            }
        }
        if text.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            for (offset, number) in CollectLinks.phoneNumbers(in: text) { result.append((offset, .phone, number)) }
        }
        return result.sorted { $0.0 < $1.0 }
    }

    @Test func scanMatchesThePlainScan() {
        func described(_ found: [(Int, Link.Kind, String)]) -> [String] { found.map { "\($0.0) \($0.1) \($0.2)" } }
        for line in Self.lines {
            #expect(described(CollectLinks.scan(line)) == described(Self.referenceScan(line)), "\(line)")
        }
        #expect(
            described(CollectLinks.scan("See www.example.org or WWW.EXAMPLE.NET, not e.g. this.")) == [
                "4 url www.example.org", "23 url WWW.EXAMPLE.NET",
            ])
    }

    // MARK: SegmentSections

    /// `SegmentSections.isContactLine` before the one-walk shape of the line.
    static func referenceIsContactLine(_ text: String) -> Bool {
        let text = text.trimmingWhitespace()
        let words = text.split(separator: " ")
        guard let first = words.first else { return false }
        if let colon = text.firstIndex(of: ":"),
            SegmentSections.contactLabels.contains(text[..<colon].lowercased().trimmingWhitespace())
        {
            return true
        }
        if words.count <= 2, words.contains(where: SegmentSections.isAddress) { return true }
        if words.count <= SegmentSections.phoneMaximumWords,
            text.filter(\.isNumber).count >= SegmentSections.phoneMinimumDigits,
            text.allSatisfy({ $0.isNumber || $0.isLetter || " ()+-.:".contains($0) }),
            first.first.map({ $0.isNumber || $0 == "+" || $0 == "(" }) ?? false
                || words.filter({ $0.allSatisfy(\.isNumber) }).count >= 2
        {
            return true
        }
        return false
    }

    @Test func contactLinesMatchThePlainTest() {
        for line in Self.lines {
            #expect(SegmentSections.isContactLine(line) == Self.referenceIsContactLine(line), "\(line)")
        }
    }

    @Test func contactLinesShowTheirWork() {
        let contact = Self.addressEdges.filter(SegmentSections.isContactLine)
        #expect(contact.contains("Tel: 0116 305 7130") && contact.contains("(0161) 496 0000"))
        #expect(contact.contains("٣٣٣ ٣٣٣ ٣٣٣ ٣") && contact.contains("12 34 56 78 90"))
        #expect(!contact.contains("1 2 3 4 5 6 7 8 9") && !SegmentSections.isContactLine("Published on 14th May 2021."))
        #expect(!contact.contains("Room 12, 3 High St, 0116 305 7130") && !contact.contains(":"))
    }

    /// `SegmentSections.isContactBlock` before it stopped at a settled share.
    @Test(arguments: 0...6)
    func contactBlocksMatchTheFullCount(contactLines: Int) {
        let contact = ["Tel: 0116 305 7130", "www.example.org"]
        let prose = ["We answer within two days, and we read every message.", "   "]
        for proseLines in 0...5 {
            let lines = (0..<contactLines).map { contact[$0 % 2] } + (0..<proseLines).map { prose[$0 % 2] }
            // Contact lines first, last, and every other one.
            let interleaved = lines.enumerated().sorted { ($0.offset % 2, $0.offset) < ($1.offset % 2, $1.offset) }.map(\.element)
            for lines in [lines, lines.reversed(), interleaved] {
                let block = Block(lines: lines.map { Line($0) }, page: 1)
                let texts = lines.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                let plain =
                    !texts.isEmpty
                    && Double(texts.filter(SegmentSections.isContactLine).count)
                        >= SegmentSections.contactLineShare * Double(texts.count)
                #expect(SegmentSections.isContactBlock(block) == plain, "\(lines)")
            }
        }
    }
}
