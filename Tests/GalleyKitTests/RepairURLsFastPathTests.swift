import Foundation
import Testing

@testable import GalleyKit

/// The byte readings of `RepairURLs` (its prose-word set, its token and piece scans, the block
/// whitespace test) only skip work (issue 11): each is held here to the reading it stands in
/// front of, on edge strings and generated ones.
@Suite struct RepairURLsFastPathTests {
    /// The running-head edges (page labels, marks, joiners, canonical equivalents), which hold
    /// address-like tokens too.
    static let edges = RunningHeadFastPathTests.edges

    /// Lines drawn from the running-head tests' alphabet (addresses' marks among its pieces).
    static func generated(_ count: Int, seed: UInt64, pieces: Int = 10) -> [String] {
        RunningHeadFastPathTests.generated(count, seed: seed, pieces: pieces)
    }

    // MARK: RepairURLs

    static func expectURLAgrees(_ line: String) {
        // The marked tokens: every token `addressStart` finds an address in, in order.
        var markedTokens: [Substring] = []
        RepairURLs.forEachMarkedToken(in: line) { markedTokens.append($0) }
        let starts = line.whitespaceSeparatedWords().filter { RepairURLs.addressStart(in: $0) != nil }
        #expect(markedTokens.filter { RepairURLs.addressStart(in: $0) != nil }.map(String.init) == starts.map(String.init), "\(line.debugDescription)")
        let (pieces, marked) = RepairURLs.spaceSeparatedPieces(line)
        #expect(
            pieces.map(String.init) == line.split(separator: " ", omittingEmptySubsequences: false).map(String.init),
            "\(line.debugDescription)")
        // A piece not marked holds no address start.
        for (piece, mark) in zip(pieces, marked) where !mark {
            #expect(RepairURLs.addressStart(in: piece) == nil, "\(line.debugDescription) \(piece)")
        }
        #expect(RepairURLs.firstWord(line) == line.prefix(while: { !$0.isWhitespace }), "\(line.debugDescription)")
        // A block of this line alone, and with another line.
        for lines in [[line], [line, "x/y"], ["", line, " "], ["a/b-c", line]] {
            let block = Block(lines: lines.map { Line($0) }, page: 1)
            if let inner = RepairURLs.hasInnerWhitespace(plainASCIIBlock: block) {
                #expect(inner == block.text.contains(where: \.isWhitespace), "\(lines.debugDescription)")
            }
        }
        // The prose words of the line, gathered on the set, as `words(in:)` gives them.
        var gathered = RepairURLs.ProseWords.Gathered()
        gathered.add(line: line)
        var words = gathered.otherWords
        gathered.asciiWords.forEach { words.insert(String(decoding: $0, as: UTF8.self)) }
        #expect(words == Set(RepairURLs.ProseWords.words(in: line)), "\(line.debugDescription)")
    }

    @Test(arguments: edges)
    func urlShortcutsAgreeOnEdges(_ line: String) {
        Self.expectURLAgrees(line)
    }

    @Test func urlShortcutsAgreeOnGeneratedLines() {
        for line in Self.generated(4_000, seed: 0xD1B5_4A32_D192_ED03, pieces: 14) { Self.expectURLAgrees(line) }
    }

    /// The character sets asked by a byte switch for ASCII characters, by the set for any other.
    @Test func characterSetQuestionsMatchTheSets() {
        let characters: [Character] =
            (0..<128).map { Character(UnicodeScalar(UInt8($0))) } + [
                "\r\n", "\u{037E}", "\u{0387}", "\u{1FEF}", "\u{212A}", "”", "’", "»", "«", "–", "—", "·", "é", "e\u{301}",
                ".\u{301}", "/\u{301}", "-\u{301}", "👩‍👩‍👧", "\u{FF0E}", "\u{FF0F}", "\u{2024}",
            ]
        for character in characters {
            #expect(RepairURLs.isDanglingEnding(character) == RepairURLs.danglingEndings.contains(character), "\(character)")
            #expect(RepairURLs.isAddressCharacter(character) == RepairURLs.addressCharacters.contains(character), "\(character)")
            #expect(RepairURLs.isTrailingPunctuation(character) == RepairURLs.trailingPunctuation.contains(character), "\(character)")
            #expect(RepairURLs.isOtherAddressMark(character) == "+!$*,;()[]'".contains(character), "\(character)")
        }
    }

    /// `restoreHostHyphens` read on characters alone: the reference its byte test stands in front of.
    static func referenceRestoreHostHyphens(in address: String, evidence: RepairURLs.AddressEvidence) -> String {
        let lower = address.lowercased()
        guard lower.count == address.count else { return address }
        var hostStart = lower.startIndex
        if let scheme = lower.range(of: "://") { hostStart = scheme.upperBound }
        if lower[hostStart...].hasPrefix("www.") { hostStart = lower.index(hostStart, offsetBy: 4) }
        let hostEnd = lower[hostStart...].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? lower.endIndex
        if let at = lower[hostStart..<hostEnd].lastIndex(of: "@") { hostStart = lower.index(after: at) }
        var host = lower[hostStart..<hostEnd]
        while let last = host.last, RepairURLs.trailingPunctuation.contains(last) { host = host.dropLast() }
        guard host.contains("."),
            let known = evidence.hostsWithoutHyphens[host.replacingOccurrences(of: "-", with: "")],
            known.filter({ $0 == "-" }).count > host.filter({ $0 == "-" }).count
        else { return address }
        let offset = lower.distance(from: lower.startIndex, to: host.startIndex)
        let start = address.index(address.startIndex, offsetBy: offset)
        let end = address.index(start, offsetBy: host.count)
        return address.replacingCharacters(in: start..<end, with: known)
    }

    @Test func hostHyphenByteTestAgreesWithTheCharacters() {
        let printed = [
            "info@example-ottermouth-estuary.org.uk", "www.north-vale.gov.uk/a", "https://a-b-c.org/x", "x@plain.org",
        ]
        let document = Document(
            source: SourceInfo(file: "h.txt", format: .text, sha256: "00", pageCount: 1),
            pages: [Page(number: 1, blocks: [Block(lines: printed.map { Line("see \($0) now") }, page: 1)])])
        let evidence = RepairURLs.AddressEvidence(document: document, lexicon: Self.lexicon, proseWords: .none)
        let pieces = ["www.", "https://", "http://www.", "mail@", "example", "ottermouth", "estuary", "-", "north", "vale", "a", "b",
            "c", "plain", ".", ".org", ".uk", ".gov", "/", "?q", "#f", ".", ",", ")", "-"]
        var random = Xorshift(seed: 0x3C6E_F372_FE94_F82B)
        var addresses = ["www.exampleottermouth-estuary.org.uk/visit", "www.northvale.gov.uk", "abc.org", "ABC.ORG.", "a-bc.org/x"]
        for _ in 0..<3_000 {
            addresses.append((0..<(2 + random.next(below: 8))).map { _ in pieces[random.next(below: pieces.count)] }.joined())
        }
        for address in addresses {
            guard let leaves = RepairURLs.leavesHostHyphens(inASCII: address, evidence: evidence) else { continue }
            let reference = Self.referenceRestoreHostHyphens(in: address, evidence: evidence)
            #expect(leaves == (reference == address), "\(address)")
            #expect(RepairURLs.restoreHostHyphens(in: address, evidence: evidence) == reference, "\(address)")
        }
    }

    static let lexicon = ByteFastPathTests.lexicon

    @Test func byteWordSetHoldsWhatWasAdded() {
        var set = RepairURLs.ByteWordSet()
        var random = Xorshift(seed: 0xA076_1D64_78BD_642F)
        let added = (0..<5000).map { _ in String((0..<(1 + random.next(below: 7))).map { _ in Character(UnicodeScalar(UInt8(97 + random.next(below: 6)))) }) } + ["", "a-b", "o'neill"]
        for word in added { Array(word.utf8).withUnsafeBufferPointer { set.add($0) } }
        #expect(set.count == Set(added).count)
        let asked = added + (0..<2000).map { "q\($0)" } + ["abcdefgh", "aaaaaaaa"]
        for word in asked {
            let found = Array(word.utf8).withUnsafeBufferPointer { set.contains($0) }
            #expect(found == added.contains(word), "\(word)")
        }
        var listed: [String] = []
        set.forEach { listed.append(String(decoding: $0, as: UTF8.self)) }
        #expect(Set(listed) == Set(added) && listed.count == Set(added).count)
    }
}
