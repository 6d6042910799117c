import Testing

@testable import GalleyKit

/// `RemoveRunningHeaders.FootLine` reads a plain-ASCII line on its bytes in one pass (issue 11:
/// splitting, lower-casing and counting the foot lines character by character cost ~30,000
/// instructions a line). The character-by-character reading stays the reference.
@Suite struct FootLineFastPathTests {
    static func expectAgrees(_ line: String) {
        let shape = RemoveRunningHeaders.FootLine(line)
        #expect(shape.words == line.split(separator: " ").count, "\(line.debugDescription)")
        #expect(shape.hasLetter == line.contains(where: \.isLetter), "\(line.debugDescription)")
        #expect(shape.lowercased == line.lowercased(), "\(line.debugDescription)")
        #expect(shape.numbers == line.split(whereSeparator: { !$0.isASCIIDigitCharacter }), "\(line.debugDescription)")
        #expect(shape.characters == line.count, "\(line.debugDescription)")
    }

    @Test(arguments: [
        "", " ", "Page 3", "Parish News · Page 12 of 20", "12", "  two  spaces ", "tab\tseparated 4", "x1y22z333",
        "Ünïcode 5 Straße", "\r\n12", "a\r\nb 7", "E\u{301} 9", "٣ Arabic digit", "NEWS", "1 2 3",
    ])
    func agreesOnEdges(_ line: String) {
        Self.expectAgrees(line)
    }

    @Test func agreesOnGeneratedLines() {
        let alphabet = ["a", "Q", "7", "0", " ", "  ", "\t", "-", ".", "\r", "\n", "é", "\u{301}", "٣", "·", "Page", "12"]
        var random = Xorshift(seed: 0x5DEE_CE66_D1CE_4E5B)
        func next() -> Int { random.next() }
        for _ in 0..<5_000 {
            Self.expectAgrees((0..<(1 + next() % 12)).map { _ in alphabet[next() % alphabet.count] }.joined())
        }
    }
}
