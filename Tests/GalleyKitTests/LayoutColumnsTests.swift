import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// `pdftotext -layout` dumps: columns side by side on one line are read one after another.
@Suite struct LayoutColumnsTests {
    @Test func twoColumnsUnderAMastheadAreReadColumnByColumn() throws {
        let dump = """
            Meadow Lane Allotment Society
            Newsletter | Autumn 2025

            Plot Inspections                        soil before the frosts arrive.
            Inspections will take place in          Seed Swap
            October. Please clear paths and         Bring spare seeds to the hut on
            cover any bare ground with a            the first Sunday of the month
            green manure to protect the             and take home something new.
            """
        let document = try Fixtures.document(dump)
        #expect(
            Fixtures.blockTexts(document) == [
                "Meadow Lane Allotment Society Newsletter | Autumn 2025",
                "Plot Inspections Inspections will take place in October. Please clear paths and cover any bare ground with a green manure to protect the",
                "soil before the frosts arrive. Seed Swap Bring spare seeds to the hut on the first Sunday of the month and take home something new.",
            ])
    }

    @Test func aColumnLeftEmptyAfterASentenceEndsItsParagraph() throws {
        // The left column has nothing on the third line: a break after "autumn.", none after "the".
        let dump = """
            The hall roof was repaired in the        Our new treasurer takes over in
            autumn.                                  January and will be at the door
                                                     after the service each week to
            Lunch Club                               answer questions about giving.
            Lunches resume in the                    Thank you to everyone who helped
                                                     count the harvest collection.
            new year with soup and cake.             We raised more than last year.
            """
        let document = try Fixtures.document(dump)
        #expect(
            Fixtures.blockTexts(document) == [
                "The hall roof was repaired in the autumn.",
                "Lunch Club Lunches resume in the new year with soup and cake.",
                "Our new treasurer takes over in January and will be at the door after the service each week to answer questions about giving. Thank you to everyone who helped count the harvest collection. We raised more than last year.",
            ])
    }

    @Test func threeColumnsAndAFullWidthFooterKeepTheirPlaces() throws {
        let dump = """
            Welcome back to the new term     Sports day moves to the top      The library bus visits on
            at Hillside, where the new       field this year, with races      Thursdays from ten until
            classroom is finally ready.      for every age group.             noon in the main car park.
            Hillside School, Station Road, Northtown · Telephone 01632 960 100 · www.hillside.example.org
            """
        let document = try Fixtures.document(dump)
        #expect(
            Fixtures.blockTexts(document) == [
                "Welcome back to the new term at Hillside, where the new classroom is finally ready.",
                "Sports day moves to the top field this year, with races for every age group.",
                "The library bus visits on Thursdays from ten until noon in the main car park.",
                "Hillside School, Station Road, Northtown · Telephone 01632 960 100 · www.hillside.example.org",
            ])
    }

    @Test func aTableOfLabelsAndNumbersIsNotSplitIntoColumns() throws {
        let dump = """
            Useful Contacts
            Helpline                 0300 123 4567
            Email                    help@carers.example.org
            Out of hours             01632 960 712
            """
        let document = try Fixtures.document(dump)
        #expect(document.pages[0].blocks[0].lines.map(\.text) == dump.split(separator: "\n").map(String.init))
    }

    @Test func wideSpacesInsideAJustifiedLineDoNotMakeAColumn() throws {
        let dump = """
            The committee met in March   and agreed the new budget.
            Members asked about the hall and   the car park lighting.
            Both will be discussed again   at the summer meeting.
            """
        let document = try Fixtures.document(dump)
        #expect(document.pages[0].blocks.count == 1)
        #expect(document.pages[0].blocks[0].lines.map(\.text) == dump.split(separator: "\n").map(String.init))
    }

    @Test func aDumpWithFormFeedsHasNoPageBreakResidue() throws {
        // A centred line starting with one space is a page break only in a dump that lost its form feeds.
        let withFeeds = try Fixtures.document("Parish News\n Spring Bulletin\nbody text here\n\u{0C}Second page\n")
        #expect(withFeeds.pages.count == 2)
        #expect(withFeeds.pages[0].blocks.map(\.text) == ["Parish News Spring Bulletin body text here"])
        let withoutFeeds = try Fixtures.document("Parish News\n Spring Bulletin\nbody text here\n")
        #expect(withoutFeeds.pages.count == 2)
    }
}
