import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The byte shortcuts of the heading and list stages (issue 5) give the answers of the plain
/// `Character` tests they stand in front of: on edge strings, list markers and every line of the
/// text samples.
@Suite struct HeadingsAndListsFastPathTests {
    static let markerEdges = [
        "• item", "•• two glyphs", "- dash item", "-dash", "* star", "– en dash", "1. First", "12) Twelfth", "123. no",
        "1.5 litres", "٣. Arabic digit", "½ half", "Ⅻ. roman", "a. lettered", "A) lettered", "é accented", "\u{301}mark",
        "\u{600}1. prepended", "1\u{301}. marked digit", "•\u{301} marked bullet", "\r\nx", "\tTabbed", "’quoted",
        "3rd place", "2021. A year", "1.\u{A0}No space",
    ]

    static let lines: [String] = LinkStagesFastPathTests.lines + markerEdges

    @Test func characterCountIsCount() {
        for line in Self.lines + ["a\r\nb", "\r", "\r\n", "ab\rc", "e\u{301}", "🇬🇧🇫🇷"] {
            #expect(line.characterCount == line.count, "\(line)")
            #expect(Substring(line).characterCount == line.count, "\(line)")
        }
        #expect("plain".characterCount == 5 && "a\r\nb".characterCount == 3 && "café".characterCount == 4)
    }

    @Test func itemMarkersMatchTheMarkerParsers() {
        for line in Self.lines.map({ $0.trimmingWhitespace() }) {
            let plain = BuildLists.bulletItem(line) != nil || BuildLists.itemNumber(line) != nil
            #expect(BuildLists.hasItemMarker(line) == plain, "\(line)")
        }
        #expect(BuildLists.hasItemMarker("• item") && BuildLists.hasItemMarker("12) Twelfth"))
        #expect(!BuildLists.hasItemMarker("a. lettered") && !BuildLists.hasItemMarker("123. no"))
    }

    @Test func wordLimitNeverCountsMoreThanSplit() {
        for line in Self.lines + ["a \u{301}b c d e f g h i", "x\u{600} y z 1 2 3 4 5 6", "1 2 3 4 5 6 7 8"] {
            let words = line.split(separator: " ").count
            for limit in 0...9 {
                let more = SegmentSections.hasMoreWords(than: limit, line)
                // Never more words than split finds; exactly split's count on ASCII text.
                if more { #expect(words > limit, "\(line)") }
                if line.utf8.allSatisfy({ $0 < 0x80 }) { #expect(more == (words > limit), "\(line)") }
            }
        }
    }
}
