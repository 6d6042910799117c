import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

@Suite struct RawTextReaderTests {
    @Test func formFeedsSplitPages() throws {
        let document = try Fixtures.document("Page one text\n\u{0C}Page two text\nmore\n\nnew block")
        #expect(document.pages.count == 2)
        #expect(document.pages[1].blocks.map(\.text) == ["Page two text more", "new block"])
        #expect(document.pages[1].blocks.allSatisfy { $0.page == 2 })
    }

    @Test func leadingSingleSpaceStartsAPage() throws {
        let document = try Fixtures.document(" First page\nbody\n Second page\nbody two\n  indented twice stays")
        #expect(document.pages.count == 2)
        #expect(document.pages[1].blocks[0].lines.map(\.text) == ["Second page", "body two", "indented twice stays"])
    }

    @Test func aLoneGlyphAfterASpaceIsNotAPageBreak() throws {
        let document = try Fixtures.document(" Title\nfragments\n o\nwh\nmore")
        #expect(document.pages.count == 1)
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        var bytes = Data("caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Data(" au lait\n".utf8))
        let document = try RawTextReader().read(InputFile(path: "x.txt", bytes: bytes))
        #expect(document.pages[0].blocks[0].text == "caf\u{FFFD} au lait")
        #expect(document.audit.warnings.count == 1)
    }

    @Test(arguments: [Data([0x00, 0x01, 0x02, 0x03]), Data("   \n\n \t".utf8)])
    func unusableInputThrows(bytes: Data) {
        #expect(throws: GalleyError.self) { try RawTextReader().read(InputFile(path: "x", bytes: bytes)) }
    }

    @Test func sha256MatchesAKnownDigest() {
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
