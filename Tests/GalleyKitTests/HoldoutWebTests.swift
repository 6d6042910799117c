import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The held-out newsletters of Samples/holdout/web (not golden-tested on purpose: they measure
/// Galley on layouts it was not tuned on, with score_holdout.py) convert without error, from the
/// PDF and from its pdftotext dump, and keep facts their fixes established.
@Suite struct HoldoutWebTests {
    @Test(arguments: ["W1", "W2", "X1", "X2"])
    func convertsFromThePDFAndTheDump(id: String) throws {
        for ext in ["pdf", "txt"] {
            let document = try Fixtures.convert(sample: "holdout/web/\(id).\(ext)")
            #expect(!Fixtures.blockTexts(document).joined().isEmpty)
            #expect(!Fixtures.blockTexts(document).joined().unicodeScalars.contains("\u{AD}"))
        }
    }

    @Test func theLeftMarginSideHeadingsAreHeadings() throws {
        let document = try Fixtures.convert(sample: "holdout/web/X1.pdf")
        let headings = document.pages.flatMap(\.blocks).filter { $0.kind == .heading }.map(\.text)
        #expect(headings.contains("Water Troughs and Hosepipes"))
        #expect(headings.contains("Seed Swap and Annual Meeting"))
    }
}
