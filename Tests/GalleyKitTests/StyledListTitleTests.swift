import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A bold run of "Instrument — Name" lines under a bold line in the same style naming them: the first
/// line is the list's heading, the rest its entries. A run whose lines are all plain names (or all
/// entries) stays one list.
@Suite struct StyledListTitleTests {
    static func run(_ lines: [String]) -> [Block] {
        let bold = FontInfo(name: "Sans-Bold", size: 16, isBold: true), plain = FontInfo(name: "Sans", size: 16)
        let prose = Block(
            lines: (0..<6).map {
                Line("Our spring concert brings the junior and senior bands together.", box: Rect(x: 50, y: 120 + Double($0) * 19, width: 510, height: 16), font: plain)
            }, page: 1)
        let names = Block(
            lines: lines.enumerated().map { Line($1, box: Rect(x: 617, y: 120 + Double($0) * 27, width: 180, height: 16), font: bold) },
            page: 1)
        return StyledLists.make([prose, names], body: 16)
    }

    @Test func aTitleOverRoleAndNameEntriesIsAHeading() {
        let blocks = Self.run(["Soloists", "Trumpet — Priya Raman", "Clarinet — Oskar Lind", "Flute — Chidi Okeke"])
        #expect(blocks.map(\.kind) == [.paragraph, .heading, .list])
        #expect(blocks[1].text == "Soloists")
        #expect(blocks[2].items == ["Trumpet — Priya Raman", "Clarinet — Oskar Lind", "Flute — Chidi Okeke"])
    }

    @Test func aRunOfPlainNamesOrOfEntriesOnlyStaysOneList() {
        let names = Self.run(["Priya Raman", "Oskar Lind", "Chidi Okeke", "Bethan Morgan"])
        #expect(names.map(\.kind) == [.paragraph, .list])
        let entries = Self.run(["Trumpet — Priya Raman", "Clarinet — Oskar Lind", "Flute — Chidi Okeke", "Euphonium — Bethan Morgan"])
        #expect(entries.map(\.kind) == [.paragraph, .list])
        #expect(entries[1].items?.count == 4)
    }
}
