import Testing

@testable import GalleyKit

/// The byte look that spares `RegionRoles.citedSuperscripts` most blocks answers as the
/// characters do: true for every superscript digit, false for text without one, including
/// text full of other two- and three-byte characters that share a lead byte with them.
@Suite struct SuperscriptPrefilterTests {
    @Test(arguments: ["grant¹ was", "²", "x³", "a⁴", "b⁵ c", "⁶", "⁷.", "(⁸)", "end⁹"])
    func aSuperscriptDigitIsSeen(text: String) {
        #expect(RegionRoles.mayHoldSuperscriptDigit(text))
    }

    @Test(arguments: ["plain 1 2 3", "£5 – “quoted” — ’s", "café ½ ° ±", "x⁰ and ⁿ", "", "\u{00A0}tab"])
    func textWithoutOneIsPassedOver(text: String) {
        let has = text.contains { RegionRoles.superscriptDigits.contains($0) }
        #expect(RegionRoles.mayHoldSuperscriptDigit(text) == has)
        #expect(!has)
    }
}
