import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Pull quotes: a quotation repeating the article's words goes with its attribution; the
/// article's own sentence stays, and a quotation that repeats nothing is kept.
@Suite struct RemovePullQuotesTests {
    static func removed(_ document: Document) -> [String] {
        document.audit.removed.filter { $0.kind == .pullQuote }.map(\.text)
    }

    @Test func aQuoteRepeatingTheArticleGoesWithItsAttribution() throws {
        let text = """
            A Word from the Chair
            Our volunteers kept the doors open all winter. A library that is open six
            days a week is worth a great deal, and we mean to keep it so.

            “A library that is open six
            days a week is worth a
            great deal”
            — from the Chair’s letter

            Digital Help Sessions
            Every Tuesday morning volunteers help people with their phones.
            """
        let document = try Fixtures.run(RemovePullQuotes(), on: text)
        #expect(
            Self.removed(document) == [
                "“A library that is open six days a week is worth a great deal” — from the Chair’s letter"
            ])
        #expect(
            Fixtures.blockTexts(document) == [
                "A Word from the Chair Our volunteers kept the doors open all winter. A library that is open six days a week is worth a great deal, and we mean to keep it so.",
                "Digital Help Sessions Every Tuesday morning volunteers help people with their phones.",
            ])
    }

    @Test func aQuotationThatRepeatsNothingStays() throws {
        let text = """
            Choir News
            The concert ended with an old blessing that the choir sang unaccompanied:

            “May the tide be kind and the harbour lights burn bright”
            — traditional

            Rehearsals begin again in September.
            """
        let document = try Fixtures.run(RemovePullQuotes(), on: text)
        #expect(Self.removed(document).isEmpty)
        #expect(Fixtures.blockTexts(document) == Fixtures.blockTexts(try Fixtures.document(text)))
    }

    @Test func aQuoteThatASentenceRunsOnFromStays() throws {
        // The closing mark ends a line, but the sentence goes on below: reported speech, not a pull quote.
        let text = """
            Every new rider is paired with an experienced member for the first rides.

            “Every new rider is paired with an experienced member”
            said the club secretary at the meeting.
            """
        let document = try Fixtures.run(RemovePullQuotes(), on: text)
        #expect(Self.removed(document).isEmpty)
    }

    @Test func anAttributionSetAsABlockOfItsOwnGoesToo() {
        func block(_ texts: [String], y: Double, size: Double = 10) -> Block {
            Block(
                lines: texts.enumerated().map {
                    Line(
                        $0.element, box: Rect(x: 60, y: y + Double($0.offset) * 14, width: 200, height: size),
                        font: FontInfo(name: "Serif", size: size))
                }, page: 1)
        }
        var document = Document(
            source: SourceInfo(file: "test.pdf", format: .pdf, sha256: "", pageCount: 1),
            pages: [
                Page(
                    number: 1,
                    blocks: [
                        block(["The climb to the trig point has undone many a front-", "runner over the years."], y: 100),
                        block(["“The climb to the trig point has", "undone many a front-runner”"], y: 150, size: 14),
                        block(["— from the race report"], y: 185, size: 8),
                        block(["Track sessions run on Tuesdays."], y: 210),
                    ], size: Rect(x: 0, y: 0, width: 595, height: 842))
            ])
        RemovePullQuotes().run(&document, context: Fixtures.context)
        #expect(Self.removed(document) == ["“The climb to the trig point has undone many a front-runner” — from the race report"])
        #expect(
            Fixtures.blockTexts(document) == [
                "The climb to the trig point has undone many a front- runner over the years.", "Track sessions run on Tuesdays.",
            ])
    }
}
