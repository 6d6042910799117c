import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Ligatures: presentation forms spelled out, a dropped or private-use ligature glyph restored
/// when the lexicon confirms; ordinary words and bullets left alone.
@Suite struct RepairLigaturesTests {
    static func repaired(_ text: String) throws -> (String, [Repair]) {
        let document = try Fixtures.run(RepairLigatures(), on: text)
        return (Fixtures.blockTexts(document).joined(separator: "\n"), document.audit.repairs.unplaced)
    }

    @Test func presentationFormsAreSpelledOut() throws {
        let (text, repairs) = try Self.repaired("Our \u{FB01}rst meeting of o\u{FB03}cers.\n")
        #expect(text == "Our first meeting of officers.")
        #expect(
            repairs == [
                Repair(kind: .ligature, before: "\u{FB01}rst", after: "first", page: 1),
                Repair(kind: .ligature, before: "o\u{FB03}cers.", after: "officers.", page: 1),
            ])
    }

    @Test func aDroppedGlyphIsRestored() throws {
        #expect(try Self.repaired("sent to the na onal survey\n").0 == "sent to the national survey")
        #expect(try Self.repaired("ten cen metres deep\n").0 == "ten centimetres deep")
    }

    @Test func aGlyphLostAtAWordsEdgeIsRestoredWhereTheDocumentShowsItLosesGlyphs() throws {
        // "na onal" shows the font drops its "ti" glyph: then "mber" is "timber".
        let (text, repairs) = try Self.repaired("sent to the na onal survey\noffcuts of untreated mber at least\n")
        #expect(text == "sent to the national survey offcuts of untreated timber at least")
        #expect(repairs.map(\.after) == ["national", "timber"])
        // A run of letters longer than any word is not tried at every place (a fuzzer's input).
        let long = String(repeating: "a", count: 400)
        #expect(try Self.repaired("sent to the na onal survey\n\(long) at least\n").0.hasSuffix("\(long) at least"))
        // Without that evidence an unknown lower-case word is the author's, and is left alone.
        #expect(try Self.repaired("offcuts of untreated mber at least\n").1.isEmpty)
    }

    @Test func aPrivateUseGlyphInsideAWordIsRestored() throws {
        #expect(try Self.repaired("the na\u{E000}onal survey\n").0 == "the national survey")
    }

    @Test(arguments: [
        "Please check the following:", "Ride with Okonjo and friends", "per cent of the total", "\u{F0B7} whether it is listed",
    ])
    func ordinaryTextStays(text: String) throws {
        let (out, repairs) = try Self.repaired(text + "\n")
        #expect(out == text)
        #expect(repairs.isEmpty)
    }
}
