import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Footnotes at the foot of the page: each split from the others and read, as a `.note`, at
/// the end of the article that cites it; small print without a marker, or with a marker the
/// text does not cite, stays where it is.
@Suite struct FootnoteTests {
    typealias Page = OrderByGeometryTests

    static func page(notes: [String]) -> [Block] {
        [
            Page.heading("Roof Appeal", x: 60, y: 60),
            Page.block(["The largest gift came from a trust in the town,* but", "most was raised by residents."], x: 60, y: 80),
            Page.heading("Bookings", x: 60, y: 130),
            Page.block(["A guide for hirers is pinned in the lobby.†", "Regular hirers keep their slots."], x: 60, y: 150),
            Page.block(notes, x: 60, y: 700, size: 8),
        ]
    }

    @Test func eachNoteReadsAtTheEndOfTheArticleCitingIt() {
        let document = Page.run(Self.page(notes: ["* The trust asked not to be named.", "† Printed copies are in the shop."]))
        let blocks = document.pages[0].blocks
        #expect(
            blocks.map { $0.lines.first?.text ?? "" } == [
                "Roof Appeal", "The largest gift came from a trust in the town,* but", "* The trust asked not to be named.",
                "Bookings", "A guide for hirers is pinned in the lobby.†", "† Printed copies are in the shop.",
            ])
        #expect(blocks.filter { $0.kind == .note }.count == 2)
        #expect(document.audit.repairs.filter { $0.kind == .moved }.count == 1)
    }

    @Test func smallPrintWithoutAMarkerStaysAtTheFoot() {
        let document = Page.run(Self.page(notes: ["Printed by the village press.", "Registered charity 1234567."]))
        #expect(document.pages[0].blocks.last?.lines.first?.text == "Printed by the village press.")
        #expect(!document.pages[0].blocks.contains { $0.kind == .note })
    }

    @Test func aNoteWhoseMarkerNoTextCitesStaysWhereItIs() {
        let document = Page.run(Self.page(notes: ["‡ A note nobody cites."]))
        #expect(document.pages[0].blocks.last?.text == "‡ A note nobody cites.")
        #expect(document.audit.repairs.isEmpty)
    }
}
