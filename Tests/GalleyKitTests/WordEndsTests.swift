import Testing

@testable import GalleyKit

/// `WordEnds` (issue 11) answers what the sets of every word's pieces answered in
/// `RemoveImageText.Judge`: whether a piece starts or ends some longer word of the document.
/// The sets stay here as the reference, over words and pieces drawn from a small alphabet (so
/// that pieces, whole words, shared stems and near misses all occur), from a fixed seed.
@Suite struct WordEndsTests {
    static func referenceSets(_ words: [String]) -> (prefixes: Set<String>, suffixes: Set<String>) {
        var prefixes: Set<String> = [], suffixes: Set<String> = []
        for word in words {
            let bytes = Array(word.utf8)
            guard bytes.count > 1 else { continue }
            for length in 1..<bytes.count {
                prefixes.insert(String(decoding: bytes[..<length], as: UTF8.self))
                suffixes.insert(String(decoding: bytes[(bytes.count - length)...], as: UTF8.self))
            }
        }
        return (prefixes, suffixes)
    }

    @Test func agreesWithTheSetsOfPieces() {
        var random = Xorshift(seed: 0x2545_F491_4F6C_DD1D)
        func next(_ bound: Int) -> Int { random.next(below: bound) }
        let letters = Array("abce'-")
        func word() -> String { String((0..<(1 + next(7))).map { _ in letters[next(letters.count)] }) }
        var yes = 0, no = 0
        for _ in 0..<50 {
            let words = Array(Set((0..<(1 + next(40))).map { _ in word() }))
            let ends = WordEnds(words)
            let (prefixes, suffixes) = Self.referenceSets(words)
            for _ in 0..<200 {
                let piece = next(3) == 0 ? words[next(words.count)] : word()
                #expect(ends.hasLonger(startingWith: piece) == prefixes.contains(piece), "\(piece) in \(words)")
                #expect(ends.hasLonger(endingWith: piece) == suffixes.contains(piece), "\(piece) in \(words)")
                if prefixes.contains(piece) { yes += 1 } else { no += 1 }
            }
        }
        #expect(yes > 1_000 && no > 1_000)
    }

    @Test func edges() {
        let ends = WordEnds(["ashgrove", "ashgrove-residents", "grove", "practice"])
        #expect(ends.hasLonger(startingWith: "ashgrove"))
        #expect(ends.hasLonger(startingWith: "practic"))
        #expect(!ends.hasLonger(startingWith: "practice"))
        #expect(!ends.hasLonger(startingWith: "practices"))
        #expect(ends.hasLonger(endingWith: "rove"))
        #expect(ends.hasLonger(endingWith: "grove"))
        #expect(!ends.hasLonger(endingWith: "ashgrove"))
        #expect(ends.hasLonger(endingWith: "residents"))
        #expect(!WordEnds([]).hasLonger(startingWith: "abc"))
        #expect(!WordEnds([]).hasLonger(endingWith: "abc"))
    }
}
