import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A full-width paragraph over a three-column section: the first line of the second column sits
/// under the paragraph's short last line, a little below it and far to its right. It is the next
/// column's text, not the paragraph's; centred lines and lines set flush right still join.
@Suite struct FarIndentedLineTests {
    static func line(_ text: String, x: Double, y: Double, width: Double) -> Line {
        Line(text, box: Rect(x: x, y: y, width: width, height: 13), font: FontInfo(name: "Sans", size: 10))
    }

    @Test func theNextColumnsFirstLineStartsABlock() {
        let lines = [
            Self.line("This autumn the orchard gave us more fruit than in any year since it was planted", x: 57, y: 163, width: 481),
            Self.line("Thank you to everybody who picked, sorted, carried and pressed.", x: 57, y: 176, width: 289),
            Self.line("across the town. Before pressing,", x: 223, y: 199, width: 148),
        ]
        #expect(BlockBuilder.blocks(lines, page: 1).count == 2)
    }

    @Test func centredAndFlushRightLinesStillJoin() {
        let centred = [
            Self.line("A concert for the whole family in the park", x: 100, y: 100, width: 300),
            Self.line("on Sunday afternoon", x: 190, y: 113, width: 120),
        ]
        #expect(BlockBuilder.blocks(centred, page: 1).count == 1)
        let flushRight = [
            Self.line("Kestrel Lane Library Friends, 12 Kestrel Lane", x: 100, y: 100, width: 300),
            Self.line("Telephone 0113 496 0417", x: 240, y: 113, width: 160),
        ]
        #expect(BlockBuilder.blocks(flushRight, page: 1).count == 1)
    }
}
