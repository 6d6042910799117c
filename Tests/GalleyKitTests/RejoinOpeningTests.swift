import GalleyTestSupport
import Testing

@testable import GalleyKit

/// `RejoinInterleavedText`'s look back over a page (issue 11): each block's opening is judged once
/// and blocks that can continue no fragment are passed over; held to `continues` itself, and to
/// the joins the stage makes on a page of a few blocks and on a page of hundreds.
@Suite struct RejoinOpeningTests {
    static let fragments = [
        "Members asked for a quieter space where young people can talk to a trained",
        "The new beds were dug over the winter by a team of com-",
        "The garden committee thanks all the parents'",
        "Volunteers are still needed, especially on the evenings when the",
    ]

    static let openings = [
        "youth worker without booking in advance.", "munity volunteers.", "zqxv blorp went on.", "Quiet Room Opening Times",
        "association.", "word", "3 more things", "kitchen, team needs hands.", "’tis the season for it", "éclair tasting at six",
        "", "munity", "x-ray machines came later.",
    ]

    @Test func theOpeningRulesOutOnlyWhatContinuesRulesOut() {
        let context = Fixtures.context
        for fragmentText in Self.fragments {
            let fragment = Block(lines: [Line(fragmentText)], page: 1)
            let brokenWord = RejoinInterleavedText.endsWithBreakHyphen(fragmentText)
            for text in Self.openings {
                let block = Block(lines: [Line(text)], page: 1)
                let continues = RejoinInterleavedText.continues(fragment, shape: .prose, with: block, context: context)
                switch RejoinInterleavedText.opening(block, context: context) {
                case .never: #expect(!continues, "\(fragmentText) / \(text)")
                case .stem: if !brokenWord { #expect(!continues, "\(fragmentText) / \(text)") }
                case .word: break
                }
            }
        }
    }

    /// A continuation set far above its fragment, past many blocks that continue nothing, is
    /// still found, and the blocks between stay as they were.
    @Test func aContinuationFarBackIsFound() throws {
        for count in [1, 300] {
            var parts = ["youth worker without booking in advance."]
            for _ in 0..<count { parts.append("zqxv blorp went on.") }
            parts.append("Members asked for a quieter space where young people can talk to a trained")
            var document = try Fixtures.document(parts.joined(separator: "\n\n") + "\n")
            RejoinInterleavedText().run(&document, context: Fixtures.context)
            let texts = document.pages[0].blocks.map(\.text)
            #expect(texts.count == count + 1)
            let joined =
                "Members asked for a quieter space where young people can talk to a trained youth worker without booking in advance."
            #expect(texts.last == joined)
            #expect(document.audit.repairs.filter { $0.kind == .join }.count == 1)
        }
    }
}

/// The split page the stage reads (`PageBlocks`) held to a plain array under the same moves.
@Suite struct RejoinPageBlocksTests {
    @Test func aSplitPageMovesAsAnArrayDoes() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var source = (0..<40).map { Block(lines: [Line("block \($0)")], page: 1) }
        var plain = source
        var page = RejoinInterleavedText.PageBlocks(taking: &source)
        #expect(source.isEmpty)
        for step in 0..<600 {
            page.split(at: next(plain.count + 1))
            switch next(4) {
            case 0 where !plain.isEmpty:
                let index = next(plain.count)
                plain.remove(at: index)
                page.remove(at: index)
            case 1:
                let index = next(plain.count + 1)
                let block = Block(lines: [Line("new \(step)")], page: 1)
                plain.insert(block, at: index)
                page.insert(block, at: index)
            case 2 where !plain.isEmpty:
                let index = next(plain.count)
                plain[index].lines.append(Line("more \(step)"))
                page.modify(at: index) { $0.lines.append(Line("more \(step)")) }
            default:
                break
            }
            #expect(page.map(\.text) == plain.map(\.text))
        }
        #expect(page.blocks.map(\.text) == plain.map(\.text))
    }
}
