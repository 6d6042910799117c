import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A title that ends on a capitalised function word ("When the Taps Go On") is whole when it
/// lowercases its other function words; a line ending on a lowercase one goes on below.
@Suite struct TitleEndingOnFunctionWordTests {
    @Test(arguments: [
        ("When the Taps Go On", false),
        ("Sign Up for the Walk In", false),
        ("A Record Year for the", true),
        ("News from the", true),
        // No lowercase function word to show the convention: capitals prove nothing.
        ("NEWS FROM THE", true),
        ("Notes From The", true),
        ("Plots to Let", false),
    ])
    func openEnding(text: String, isOpen: Bool) {
        #expect(TextShape.endsWithOpenFunctionWord(text) == isOpen)
    }

    @Test func aTitleEndingOnACapitalisedFunctionWordHeadsItsProse() {
        let texts = ["When the Taps Go On", "The mains supply is turned on in three stages as the frosts end:"]
        #expect(TitleGroups.leading(texts) == [0..<1])
        #expect(TitleGroups.leading(["A Record Year for the", "Food Bank"]) == [0..<2])
    }
}
