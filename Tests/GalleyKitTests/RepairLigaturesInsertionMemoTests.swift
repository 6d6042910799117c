import GalleyTestSupport
import Testing

@testable import GalleyKit

/// RepairLigatures asks for the ligature letters a word lost at its edge once per word and run
/// (issue 11: a document that shows it loses glyphs is read again for every such word, a hundred
/// look-ups each): the memo answers as `insert(into:)` does, and every occurrence is repaired.
@Suite struct RepairLigaturesInsertionMemoTests {
    @Test func theMemoAnswersAsTheInsertionsDo() {
        let lexicon = ByteFastPathTests.lexicon
        var asked: [String: Int] = [:]
        var memo: [String: String?] = [:]
        func inserted(_ word: String) -> String? {
            asked[word, default: 0] += 1
            if let answer = memo[word] { return answer }
            let answer = RepairLigatures.insert(into: word, isWord: lexicon.isWord, known: { _ in false })
            memo[word] = answer
            return answer
        }
        for line in ByteFastPathTests.lines + ["a tle and a tle", "the tle of tle", "cafe\u{301} tle"] {
            var plain: [(before: String, after: String)] = []
            var memoised: [(before: String, after: String)] = []
            let expected = RepairLigatures.repair(line, isWord: lexicon.isWord, known: { _ in false }, repairs: &plain)
            let got = RepairLigatures.repair(
                line, isWord: lexicon.isWord, known: { _ in false }, repairs: &memoised, inserted: inserted)
            #expect(got == expected, "\(line)")
            #expect(memoised.map(\.before) == plain.map(\.before) && memoised.map(\.after) == plain.map(\.after), "\(line)")
        }
        #expect(asked["tle", default: 0] >= 2 && memo["tle"] == .some("title"))
    }

    @Test func everyOccurrenceOfARepeatedBrokenWordIsRepaired() throws {
        // "na onal" shows the font drops its "ti" glyph; "mber" then stands for "timber" each time.
        let text = "sent to the na onal survey\n" + String(repeating: "offcuts of untreated mber at least\n", count: 4)
        let document = try Fixtures.run(RepairLigatures(), on: text)
        let repairs = document.audit.repairs.unplaced
        #expect(repairs.map(\.after) == ["national", "timber", "timber", "timber", "timber"])
        #expect(!Fixtures.blockTexts(document).joined(separator: " ").contains(" mber "))
    }
}
