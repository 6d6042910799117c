import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Symbol-font and dingbat bullets mark list items like ordinary bullets; lone glyphs open the
/// item lines level with them.
@Suite struct SymbolBulletTests {
    @Test func privateUseAndDingbatBulletsMakeLists() throws {
        var document = try Fixtures.document(
            "Please check:\n\u{F0B7}\n\u{F0B7}\n\nwhether it is listed\nthat your number is to hand.\n\n\u{261E} Ride two abreast.\n\u{261E} Point out potholes.\n"
        )
        BuildLists().run(&document, context: Fixtures.context)
        let lists = document.pages.flatMap(\.blocks).filter { $0.kind == .list }.map { $0.items ?? [] }
        #expect(lists.last == ["Ride two abreast.", "Point out potholes."])
        #expect(!document.pages.flatMap(\.blocks).contains { $0.text.contains("\u{F0B7}") || $0.text.contains("\u{261E}") })
    }

    @Test func loneGlyphsLevelWithItemLinesOpenTheirItems() {
        let font = FontInfo(name: "Times-Roman", size: 10)
        let glyphs = (0..<2).map {
            Line("\u{F0B7}", box: Rect(x: 54, y: 100 + 13 * Double($0) * 2, width: 4, height: 13), font: font)
        }
        let items = ["whether the repair is already", "listed on the board", "that your number is to hand"].enumerated().map {
            Line($1, box: Rect(x: 72, y: 100 + 13 * Double($0), width: 200, height: 13), font: font)
        }
        #expect(BuildLists.groupsBesideGlyphs(glyphs, items: items) == [0..<2, 2..<3])
        // A glyph beside no line: the text decides.
        let stray = [glyphs[0], Line("\u{F0B7}", box: Rect(x: 54, y: 400, width: 4, height: 13), font: font)]
        #expect(BuildLists.groupsBesideGlyphs(stray, items: items) == nil)
    }
}
