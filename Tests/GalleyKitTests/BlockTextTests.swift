import Testing

@testable import GalleyKit

/// `Block.text` copies its lines' trimmed bytes into one string of the right size (issue 11:
/// appending line to line cost ~340 instructions an append, and every stage asks for block texts).
/// The join it stands for, trimmed non-empty lines joined by single spaces, stays the reference.
@Suite struct BlockTextTests {
    static func reference(_ lines: [String]) -> String {
        lines.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    @Test(arguments: [
        [], [""], ["  "], ["One line"], ["  padded  ", "next"], ["first", "", "   ", "last"], ["", "", "x"],
        ["Café au lait", "naïve — “quoted”", "日本語"], ["tab\tinside ", "\tlead"], ["a\u{301}", " b\u{2003}"],
        ["emoji 👍🏽", "🇬🇧 flag"], ["a very long line " + String(repeating: "word ", count: 200), "end"],
    ])
    func joinsTrimmedLines(_ lines: [String]) {
        let block = Block(lines: lines.map { Line($0) }, page: 1)
        #expect(block.text == Self.reference(lines))
    }
}
