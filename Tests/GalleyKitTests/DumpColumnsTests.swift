import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// `pdftotext -layout` dumps: columns side by side on one line are read one after another.
@Suite struct DumpColumnsTests {
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
        // Each row stays one line; only its padding is made one space.
        #expect(
            document.pages[0].blocks[0].lines.map(\.text) == [
                "Useful Contacts", "Helpline 0300 123 4567", "Email help@carers.example.org", "Out of hours 01632 960 712",
            ])
    }

    @Test func aNarrowContactsColumnBesideProseIsAColumn() throws {
        // Few words a line on the right, but prose on the left: a sidebar, not a table.
        let dump = """
            Our befriending scheme pairs each            Useful Contacts
            volunteer with an older neighbour            Helpline
            for a weekly visit or a phone call,          0300 123 4567
            and most pairs stay in touch for             Email:
            years after the first meeting.               help@carers.example.org
            """
        let document = try Fixtures.document(dump)
        #expect(
            Fixtures.blockTexts(document) == [
                "Our befriending scheme pairs each volunteer with an older neighbour for a weekly visit or a phone call, and most pairs stay in touch for years after the first meeting.",
                "Useful Contacts Helpline 0300 123 4567 Email: help@carers.example.org",
            ])
    }

    @Test func wideSpacesInsideAJustifiedLineDoNotMakeAColumn() throws {
        let dump = """
            The committee met in March   and agreed the new budget.
            Members asked about the hall and   the car park lighting.
            Both will be discussed again   at the summer meeting.
            """
        let document = try Fixtures.document(dump)
        #expect(document.pages[0].blocks.count == 1)
        #expect(
            document.pages[0].blocks[0].lines.map(\.text) == [
                "The committee met in March and agreed the new budget.",
                "Members asked about the hall and the car park lighting.",
                "Both will be discussed again at the summer meeting.",
            ])
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

@Suite struct DumpColumnsIndentTests {
    @Test func aListsHangingIndentIsNoColumnEdge() throws {
        let dump = """
            Dates for Your Diary                          Sports News
             • Monday 17 March: Year 5 trip to the        The netball team won their league
               county museum                              match against Brookside on
             • Thursday 20 March: parents' evening,       Wednesday, and the runners all
               3.30pm to 7pm                              finished the county race.
             • Friday 28 March: spring fair in the
               playground
            """
        let document = try Fixtures.document(dump)
        #expect(
            Fixtures.blockTexts(document) == [
                "Dates for Your Diary • Monday 17 March: Year 5 trip to the county museum • Thursday 20 March: parents' evening, 3.30pm to 7pm • Friday 28 March: spring fair in the playground",
                "Sports News The netball team won their league match against Brookside on Wednesday, and the runners all finished the county race.",
            ])
    }
}

@Suite struct DumpColumnsBandTests {
    @Test func linesAboveTheFirstColumnLineKeepTheirPlaces() throws {
        // The running head is set flush right, inside the right column's span: it is still first.
        let dump = """
                                                   Hillside School · Spring Newsletter

            Hillside School
            Newsletter · Spring Term · Issue 4

            A Message from the Head                 Attendance this term is above the
            What a busy and happy half term it      national average, and well done to
            has been for all of our pupils and      Class 6 who reached the top of the
            their teachers this spring.             table in February.
            """
        let document = try Fixtures.document(dump)
        #expect(
            Fixtures.blockTexts(document) == [
                "Hillside School · Spring Newsletter",
                "Hillside School Newsletter · Spring Term · Issue 4",
                "A Message from the Head What a busy and happy half term it has been for all of our pupils and their teachers this spring.",
                "Attendance this term is above the national average, and well done to Class 6 who reached the top of the table in February.",
            ])
    }
}
