import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The benchmark's tagged newsletter (bench/make_tagged_doc.py: 34 pages from LibreOffice with
/// tagged export) and the same file with its tags stripped: what the tree may change and what it
/// must not.
@Suite struct TaggedPDFTests {
    static func input(_ name: String) throws -> InputFile {
        let url = Fixtures.root.appendingPathComponent("bench/inputs/\(name)")
        return InputFile(path: url.path, bytes: try Data(contentsOf: url))
    }
    static func tagged() throws -> InputFile { try input("tagged-newsletter.pdf") }
    static func untagged() throws -> InputFile { try input("tagged-newsletter-untagged.pdf") }

    static func convert(_ input: InputFile, _ structure: PDFReader.StructureUse) throws -> Document {
        try Converter(options: ConvertOptions(structure: structure), lexicon: Fixtures.lexicon).convert(input)
    }

    @Test func thePairIsOneFileWithATreeAndOneWithout() throws {
        let tagged = try Self.tagged(), untagged = try Self.untagged()
        let taggedBytes = GBytesRef(copying: tagged.bytes), untaggedBytes = GBytesRef(copying: untagged.bytes)
        #expect(StructureReader.contentCount(of: try PDFReader().open(tagged, bytes: taggedBytes), limit: 50) == 50)
        #expect(StructureReader.contentCount(of: try PDFReader().open(untagged, bytes: untaggedBytes), limit: 50) == 0)
        #expect(tagged.bytes != untagged.bytes)
    }

    @Test func structureOffGivesExactlyTheUntaggedJSON() throws {
        var off = try Self.convert(Self.tagged(), .off)
        let plain = try Self.convert(Self.untagged(), .auto)
        #expect(off.source.pageCount >= 30)
        #expect(off.source.sha256 != plain.source.sha256)
        // Only the input's name and fingerprint may differ.
        off.source.file = plain.source.file
        off.source.sha256 = plain.source.sha256
        let offJSON = String(decoding: try JSONWriter().write(off), as: UTF8.self)
        let plainJSON = String(decoding: try JSONWriter().write(plain), as: UTF8.self)
        #expect(offJSON == plainJSON)
    }

    /// Where `tagged` and `untagged` (output blocks in reading order) disagree other than by a
    /// heading the tags add: a tagged heading block may stand where the untagged conversion has no
    /// block, or has the heading at the start of the next block's text, and a block of the same
    /// text may be a heading in the tagged conversion only. Empty when they agree.
    static func disagreements(tagged: [Block], untagged: [Block]) -> [String] {
        var problems: [String] = []
        var t = 0, u = 0
        var pendingPrefix = ""  // an untagged block's text left after a tagged heading took its start
        while t < tagged.count, u < untagged.count, problems.count < 5 {
            let taggedBlock = tagged[t]
            let untaggedText = pendingPrefix.isEmpty ? untagged[u].text : pendingPrefix
            if taggedBlock.text == untaggedText {
                if pendingPrefix.isEmpty, taggedBlock.kind != untagged[u].kind, taggedBlock.kind != .heading {
                    problems.append(
                        "block \(t + 1) '\(taggedBlock.text.prefix(40))': \(taggedBlock.kind) tagged, \(untagged[u].kind) untagged"
                    )
                }
                t += 1
                u += 1
                pendingPrefix = ""
            } else if taggedBlock.kind == .heading, untaggedText.hasPrefix(taggedBlock.text) {
                pendingPrefix = String(untaggedText.dropFirst(taggedBlock.text.count)).trimmingCharacters(in: .whitespaces)
                t += 1
            } else if taggedBlock.kind == .heading {
                t += 1
            } else {
                problems.append("block \(t + 1): tagged '\(taggedBlock.text.prefix(60))', untagged '\(untaggedText.prefix(60))'")
                t += 1
                u += 1
                pendingPrefix = ""
            }
        }
        if problems.isEmpty, u < untagged.count { problems.append("\(untagged.count - u) untagged blocks left over") }
        if problems.isEmpty, tagged[t...].contains(where: { $0.kind != .heading }) {
            problems.append("tagged blocks left over after block \(t)")
        }
        return problems
    }

    @Test func theDefaultConversionOfTheTaggedFileAgreesWithTheUntaggedOneExceptForHeadings() throws {
        let tagged = try Self.convert(Self.tagged(), .auto)
        let untagged = try Self.convert(Self.untagged(), .auto)
        #expect(untagged.outputBlocks.count > 100)
        #expect(Self.disagreements(tagged: tagged.outputBlocks, untagged: untagged.outputBlocks) == [])
    }

    @Test func theComparisonFindsATextChangeAndAllowsAnAddedHeading() throws {
        func block(_ text: String, _ kind: BlockKind = .paragraph) -> Block {
            Block(lines: [Line(text)], kind: kind, headingLevel: kind == .heading ? 2 : nil, page: 1)
        }
        let untagged = [block("Village news The hall reopened."), block("Thanks to all.")]
        let withHeading = [block("Village news", .heading), block("The hall reopened."), block("Thanks to all.")]
        #expect(Self.disagreements(tagged: withHeading, untagged: untagged) == [])
        let changed = [block("Village news", .heading), block("The hall reopened."), block("Thanks to everyone.")]
        #expect(Self.disagreements(tagged: changed, untagged: untagged).count == 1)
        let missing = [block("Village news", .heading), block("The hall reopened.")]
        #expect(!Self.disagreements(tagged: missing, untagged: untagged).isEmpty)
    }

    /// Non-space characters of a read document's lines, bullet glyphs left out (the list stage and
    /// the structure matcher consume them as markers).
    static func characterCounts(_ document: Document) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        for line in document.pages.flatMap(\.blocks).flatMap(\.lines) {
            for scalar in line.text.unicodeScalars
            where !scalar.properties.isWhitespace && !BuildLists.bulletGlyphs.contains(Character(scalar)) {
                counts[scalar, default: 0] += 1
            }
        }
        return counts
    }

    @Test func structureOnFollowsTheTreeOnAlmostEveryPageAndKeepsEveryCharacter() throws {
        let tree = try PDFReader(structure: .on).read(Self.tagged())
        let layout = try PDFReader(structure: .off).read(Self.untagged())
        let byTree = tree.pages.filter(\.isOrderedByStructure).count
        // Paragraphs and lists that run on to the next page, "£" and Symbol bullets all match;
        // one page where poppler interleaves a heading with the next column's line does not.
        #expect(byTree >= tree.pages.count - 2)
        #expect(tree.audit.warningDetails.filter { $0.code == .structureMismatch }.count == tree.pages.count - byTree)
        #expect(Self.characterCounts(tree) == Self.characterCounts(layout))
    }

    @Test func textThatPopplerEncodedTwiceIsDecodedOnce() {
        /// What poppler-glib makes of UTF-8: each byte read as a PDFDocEncoding character.
        func twice(_ text: String) -> String {
            String(
                String.UnicodeScalarView(
                    text.utf8.map { byte in
                        byte < 0x80 || byte > 0xA0
                            ? Unicode.Scalar(byte) : Unicode.Scalar(StructureReader.pdfDocHighCharacters[Int(byte - 0x80)])!
                    }))
        }
        #expect(twice("£1,142") == "Â£1,142")
        #expect(twice("\u{F0B7}") == "ï‡·")
        for text in ["£1,142", "\u{F0B7}Item", "’tis “quoted” – en — em … ﬁne €5", "naïve café"] {
            #expect(StructureReader.undoingDoubleEncoding(twice(text)) == text)
        }
        // Text that is not twice encoded stays as it is.
        for text in ["plain ASCII", "café", "£5", "’quoted’", "\u{F0B7}"] {
            #expect(StructureReader.undoingDoubleEncoding(text) == text)
        }
    }

    @Test func treeListItemsLoseTheirBulletAndKeepTheirNumberApart() {
        #expect(StructureReader.itemText("\u{F0B7}Please remember") == "Please remember")
        #expect(StructureReader.itemText("• Please remember") == "Please remember")
        #expect(StructureReader.itemText("1.The primary school") == "1. The primary school")
        #expect(StructureReader.itemText("12)Bring a plate") == "12) Bring a plate")
        #expect(StructureReader.itemText("2. Already spaced") == "2. Already spaced")
        #expect(StructureReader.itemText("2026.Not a number") == "2026.Not a number")
        #expect(StructureReader.itemText("- a dash stays") == "- a dash stays")
    }
}
