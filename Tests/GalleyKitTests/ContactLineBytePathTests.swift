import Testing

@testable import GalleyKit

/// `SegmentSections.isContactLine`'s byte paths (issue 11): the line's shape read from the bytes
/// of a plain ASCII line, and the address split skipped on a line with no "@", "." or ":". Each
/// is held to the Character walk it stands in front of, on edge strings and generated strings.
@Suite struct ContactLineBytePathTests {
    static func fields(_ shape: SegmentSections.ContactLineShape) -> [Int] {
        [
            shape.wordCount, shape.numberCount, shape.numberWordCount, shape.opensLikeNumber ? 1 : 0,
            shape.hasOnlyPhoneCharacters ? 1 : 0,
        ]
    }

    static func check(_ line: String) {
        let text = line.trimmingWhitespace()
        #expect(fields(.init(text)) == fields(.init(characters: text)), "\(line.debugDescription)")
        let fast = SegmentSections.isContactLine(line)
        #expect(fast == SegmentSections.isContactLine(line, fastPaths: false), "\(line.debugDescription)")
        #expect(fast == LinkStagesFastPathTests.referenceIsContactLine(line), "\(line.debugDescription)")
        if !SegmentSections.mayHoldAddress(text) {
            #expect(!text.split(separator: " ").contains(where: SegmentSections.isAddress), "\(line.debugDescription)")
        }
    }

    static let edges = [
        "", " ", "Tel: 0116 305 7130", "(0161) 496 0000", "+44 161 496 0000", "12 34 56 78 90", "1 2 3 4 5 6 7 8 9",
        "0116\r\n305 7130 123", "0116 305\u{301} 7130 99", "é 0116 305 7130", "İ 0116 305 7130", "\u{212A} 0116 305 7130",
        "0116\u{200D}305 7130 55", "“0116 305 7130”", "0116–305–7130 12", "0116—305 7130 12", "٣٣٣ ٣٣٣ ٣٣٣ ٣",
        "name@example.org", "Www.Example.org", "HTTPS://x.org", "ＷＷＷ．x", "x＠y．z", "café.org", "Ｅmail: a",
        "Email:", "e-mail : x", "Introduction", "Our team", "Call us", "(+", "+ 1", "(1) 2 3 4 5 6 7 8 9 0",
        "a1 b2 c3 d4 e5 f6 g7 h8 i9", "1-2-3-4-5-6-7-8-9", "123456789", "12345678", "one two three four five six seven eight",
    ]

    @Test func edgeLinesMatchTheCharacterWalk() {
        for line in Self.edges + LinkStagesFastPathTests.addressEdges { Self.check(line) }
    }

    @Test func generatedLinesMatchTheCharacterWalk() {
        let pieces = [
            "0", "1", "7", "9", " ", " ", " ", "a", "Z", "q", "@", ".", ":", "+", "(", ")", "-", "/", "www.", "http://",
            "é", "e\u{301}", "İ", "\u{212A}", "\u{200D}", "\r\n", "\r", "“", "’", "–", "—", "٣", "١", "Tel", "Email",
            "x", ",", "\t",
        ]
        var random = Xorshift(seed: 0x5EC7_1045)
        for _ in 0..<4000 {
            let count = random.next(below: 16)
            let line = (0..<count).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            Self.check(line)
        }
    }
}
