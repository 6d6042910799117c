import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Drop caps: a large letter beside a paragraph's first lines joins the first word; a large
/// numeral, a one-letter heading above its text, or a letter beside nothing stays.
@Suite struct JoinDropCapsTests {
    static let prose = ["and this year promises to be", "busier than ever before, with", "more events than we have held"]

    /// A 36 pt cap at (60, 100) spanning three 12 pt lines, the paragraph's lines indented beside it.
    static func cap(_ letter: String, x: Double = 60, y: Double = 100, size: Double = 36) -> Block {
        Block(
            lines: [
                Line(
                    letter, box: Rect(x: x, y: y, width: 26, height: size),
                    font: FontInfo(name: "Times-Bold", size: size, isBold: true))
            ],
            page: 1)
    }

    static func paragraph(_ first: String, x: Double = 90, y: Double = 102) -> Block {
        GlyphPages.block([first] + prose, x: x, y: y)
    }

    static let filler = GlyphPages.block(Array(repeating: "the body text of another article runs on", count: 8), x: 60, y: 300)

    @Test func aCapBeforeItsParagraphJoinsTheFirstWord() {
        let document = GlyphPages.run(JoinDropCaps(), [Self.cap("S"), Self.paragraph("ummer has always been busy"), Self.filler])
        #expect(GlyphPages.texts(document).first?.hasPrefix("Summer has always been busy and") == true)
        #expect(document.pages[0].blocks.count == 2)
        #expect(document.audit.repairs.unplaced == [Repair(kind: .dropCap, before: "S ummer", after: "Summer", page: 1)])
    }

    @Test func aCapReadAfterItsParagraphStillJoins() {
        // A hand-set cap sits on the second line's baseline and comes after the text in poppler's order.
        let document = GlyphPages.run(
            JoinDropCaps(), [Self.paragraph("elcome back to the club", y: 88), Self.cap("W"), Self.filler])
        #expect(GlyphPages.texts(document).first?.hasPrefix("Welcome back") == true)
        #expect(document.pages[0].blocks.count == 2)
    }

    @Test func aCapBeforeAWholeWordKeepsItsSpace() {
        // "A" + "new": "Anew" is a word too, but "A" beside "fine" gives no word: a space.
        let document = GlyphPages.run(JoinDropCaps(), [Self.cap("A"), Self.paragraph("fine morning for the walk"), Self.filler])
        #expect(GlyphPages.texts(document).first?.hasPrefix("A fine morning") == true)
    }

    @Test func aLargeNumeralIsNotACap() {
        let blocks = [Self.cap("3"), Self.paragraph("Spring cleaning of the hall"), Self.filler]
        #expect(GlyphPages.texts(GlyphPages.run(JoinDropCaps(), blocks)) == GlyphPages.texts(GlyphPages.document(blocks)))
    }

    @Test func aLetterBesideNothingStays() {
        // The paragraph starts under the letter, not beside it: a one-letter heading.
        let blocks = [Self.cap("Q"), Self.paragraph("uestions and answers", x: 60, y: 150), Self.filler]
        #expect(GlyphPages.run(JoinDropCaps(), blocks).pages[0].blocks.count == 3)
    }

    @Test func aLoneCapitalInADumpJoinsAWordItCompletes() throws {
        let joined = try Fixtures.run(JoinDropCaps(), on: "Letter from the Chair\n\nS\n\nummer has always been busy.\n")
        #expect(Fixtures.blockTexts(joined) == ["Letter from the Chair", "Summer has always been busy."])
        // "B" + "or" makes no word: left alone.
        let kept = try Fixtures.run(JoinDropCaps(), on: "Plan\n\nB\n\nor else the rest.\n")
        #expect(Fixtures.blockTexts(kept) == ["Plan", "B", "or else the rest."])
    }

    @Test func aCapSetIntoALineOfADumpJoinsItsWord() throws {
        let document = try Fixtures.run(
            JoinDropCaps(),
            on: "fter eighteen months of coffee mornings,\nthe appeal has reached its tarA\nget of sixty pounds.\n")
        #expect(
            Fixtures.blockTexts(document) == [
                "After eighteen months of coffee mornings, the appeal has reached its target of sixty pounds."
            ])
        // A paragraph opening with a word keeps a capital glued in its lines.
        let kept = try Fixtures.run(JoinDropCaps(), on: "after the meeting we bought an iPhoneX\nfor the office.\n")
        #expect(Fixtures.blockTexts(kept) == ["after the meeting we bought an iPhoneX for the office."])
    }
}
