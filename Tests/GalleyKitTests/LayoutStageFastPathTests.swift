import Testing

@testable import GalleyKit

/// RemoveRunningHeaders and OrderByGeometry read less of each line than they used to (issue 5):
/// each shortcut is held here to the plain answer it replaced, on edge inputs.
@Suite struct LayoutStageFastPathTests {
    static let edgeStrings =
        FastPathTests.edgeStrings + [
            "Page 12 of 40", "  THE  Newsletter\t 2024  ", "1 2 3", "a1b22c333", "-4-", "ISSUE\u{0B}7",
            "4 | Parish News", "\u{1F}x", "#hash 9", "01 Background", " 7. Escape", "2024 Annual", "\u{A0}3 x",
            "٣ arabic", "a", "ab,", "the parents'", "end.", "x-", "é", " ", "",
        ]

    @Test(arguments: edgeStrings)
    func runningHeadKeyMatchesTheCharacterWalk(text: String) {
        #expect(RemoveRunningHeaders.key(text) == RemoveRunningHeaders.plainKey(text))
    }

    /// The label check's early exit on a first scalar that is no digit answers as the full parse.
    @Test(arguments: edgeStrings)
    func numberLabelRejectsOnlyWhatTheParseRejects(text: String) {
        let scalars = Array(text.trimmingWhitespace().unicodeScalars)
        if scalars.first.map({ ("0"..."9").contains($0) }) != true {
            #expect(OrderByGeometry.numberLabel(text) == nil)
        }
    }

    /// A join's snippet: the last words found from the end, the first with the split cut short.
    @Test(arguments: edgeStrings)
    func snippetWordsMatchTheWholeSplit(text: String) {
        for padded in [text, "one two  three \(text)", "\(text) four five six seven", "  \(text)  x \(text) "] {
            for count in [1, 4, 9] {
                #expect(
                    OrderByGeometry.lastWords(padded, count: count) == Array(padded.split(separator: " ").suffix(count)))
                #expect(
                    Array(padded.split(separator: " ", maxSplits: count).prefix(count))
                        == Array(padded.split(separator: " ").prefix(count)))
            }
        }
    }

    /// A block's last non-empty line ends mid-sentence exactly when its whole text does, and its
    /// first opens in lower case exactly when its text does.
    @Test(arguments: edgeStrings)
    func aBlocksEndsAnswerAsItsText(last: String) {
        for lines in [[last], ["opening words", last], ["opening words", last, "  "], ["", last, ""]] {
            let block = Block(lines: lines.map { Line($0) }, page: 1)
            let ending = lines.reversed().map { $0.trimmingWhitespace() }.first { !$0.isEmpty } ?? ""
            #expect(OrderByGeometry.endsMidSentence(ending) == OrderByGeometry.endsMidSentence(block.text))
            let reversed = Block(lines: lines.reversed().map { Line($0) }, page: 1)
            let opening = lines.reversed().map { $0.trimmingWhitespace() }.first { !$0.isEmpty } ?? ""
            #expect(
                opening.unicodeScalars.first?.properties.isLowercase
                    == reversed.text.unicodeScalars.first?.properties.isLowercase)
        }
    }
}
