import Testing

@testable import GalleyKit

/// A footnote printed with its number in plain digits and a full stop ("1. The record…", as CSS
/// `::footnote-marker` prints it) is a note when the page's text cites that number as a raised
/// digit ("record.¹"): it goes after the article citing it, and its number goes. A numbered list's
/// "1." that nothing cites stays a list item.
@Suite struct NumberedFootnoteTests {
    @Test func aPlainNumberCitedAsASuperscriptOpensANote() {
        #expect(RegionRoles.marker(opening: "1. The previous record was set in 1990.", cited: ["¹"]) == "¹")
        #expect(RegionRoles.marker(opening: "2 The photographs may be seen.", cited: ["²"]) == "²")
    }

    @Test func aPlainNumberNothingCitesOpensNoNote() {
        // Near miss: a numbered list's first item on a page that cites no raised "1".
        #expect(RegionRoles.marker(opening: "1. Bring a flask and spare socks.", cited: ["²"]) == nil)
        // Near miss: a number that runs into figures ("1.5 metres") is no marker.
        #expect(RegionRoles.marker(opening: "1.5 metres of hedge were laid.", cited: ["¹"]) == nil)
    }

    @Test func citedSuperscriptsAreThoseAfterAWord() {
        let blocks = [
            Block(lines: [Line("Membership is a record.¹ Renew soon.")], page: 1),
            Block(lines: [Line("Area in m ² is no call.")], page: 1),
        ]
        #expect(RegionRoles.citedSuperscripts(blocks) == ["¹"])
    }

    @Test func theNotesNumberAndFullStopGoOnlyInANoteBlock() {
        #expect(SplitNoteMarkers.openingMarker("1. The previous record.", fullStop: true)?.rest == "The previous record.")
        // Near miss: in a paragraph (not taken for a footnote by the layout) "1." is a list's number.
        #expect(SplitNoteMarkers.openingMarker("1. The previous record.") == nil)
    }
}
