import Testing

@testable import GalleyKit

/// `SplitNoteMarkers`' byte paths (issue 11): the opening-marker test turned away on a line's
/// first byte, and a glued marker read on the bytes of a plain ASCII token. Each is held to the
/// Character walk it stands in front of, on edge strings and generated strings.
@Suite struct NoteMarkerBytePathTests {
    static func check(_ line: String) {
        for fullStop in [false, true] {
            let fast = SplitNoteMarkers.openingMarker(line, fullStop: fullStop).map { [$0.marker, $0.rest, $0.firstWord] }
            let slow = SplitNoteMarkers.openingMarkerByCharacters(line, fullStop: fullStop).map {
                [$0.marker, $0.rest, $0.firstWord]
            }
            #expect(fast == slow, "\(line.debugDescription)")
        }
        for token in line.split(separator: " ", omittingEmptySubsequences: false) + [Substring(line)] {
            let fast = SplitNoteMarkers.gluedMarker(token).map { [$0.marker, String($0.word)] }
            let slow = SplitNoteMarkers.gluedMarkerByCharacters(token).map { [$0.marker, String($0.word)] }
            #expect(fast == slow, "\(token.debugDescription)")
        }
    }

    static let edges = [
        "", " ", "1 The nearest", "1. The record", "  12 Notes", "123 Three", "* The trust", "** Two", "¹ A bee",
        "† Dagger", "\t3 Tab", "\u{A0}4 Space", "1\u{301} Mark", "*\u{301} Mark", "\r\n5 Line", "a The", "all.1", "all.12",
        "all.123", "A4", "3.5", "road”1", "said.”2", "word*", "word**", "word***", "x)7", "x'7", "x\"7", ".7", "a.7",
        "é.7", "İ.7", "\u{212A}.7", "a.7\u{301}", "word¹", "word¹²", "“quote”*", "e\u{301}*", "a\u{200D}*", "1", "*", ";*",
        "a;9", "a!9", "a?99", "a,1", "a:1", "–1 Dash", "—* Dash",
    ]

    @Test func edgeLinesMatchTheCharacterWalk() {
        for line in Self.edges { Self.check(line) }
    }

    @Test func generatedLinesMatchTheCharacterWalk() {
        let pieces = [
            "0", "1", "9", " ", " ", "a", "Z", "The", "*", ".", ",", ";", ":", "!", "?", ")", "'", "\"", "¹", "²", "⁴",
            "†", "§", "é", "e\u{301}", "İ", "\u{212A}", "\u{200D}", "\r\n", "\r", "\t", "\u{A0}", "“", "”", "’", "–",
        ]
        var random = Xorshift(seed: 0x0707_E5)
        for _ in 0..<4000 {
            let count = random.next(below: 10)
            Self.check((0..<count).map { _ in pieces[random.next(below: pieces.count)] }.joined())
        }
    }
}
