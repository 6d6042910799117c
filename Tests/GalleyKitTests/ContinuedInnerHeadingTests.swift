import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A continued article in a dump whose page sets paragraphs without blank lines (a hand-placed
/// or word-processor PDF): the continuation and the next article share one block, and only the
/// continuation moves back to the first part; the article after it, from its inner heading on,
/// stays where it was printed. Near miss: a block with no inner heading moves whole.
@Suite struct ContinuedInnerHeadingTests {
    static let pageOne = """
        Chairman's Report
        It has been a busy spring for the association, and the county council has promised
        a decision on the new crossing before the summer holidays begin in July.
        Continued on page 2

        Library Opening Hours
        From June the library will open on Saturday afternoons as well as mornings, thanks
        to a group of volunteers trained by the county library service this spring.
        \u{0C}Chairman's Report (continued from page 1)
        Finally, a word about the annual general meeting. Only twenty-four members came last
        year, which is not enough to give the committee a proper mandate for its work.

        """

    static func texts(_ rest: String) throws -> [String] {
        let document = try Fixtures.run(JoinContinuedArticles(), on: pageOne + rest)
        return Fixtures.blockTexts(document)
    }

    @Test func theNextArticleInTheContinuationsBlockStaysInPlace() throws {
        let texts = try Self.texts(
            "Speedwatch Volunteers Needed\nThe community speedwatch group needs at least four more volunteers to keep running\nits sessions on Moor Road, always with three volunteers at a time.\n"
        )
        let joined = texts.joined(separator: "\n")
        let finally = try #require(joined.range(of: "Finally, a word"))
        let library = try #require(joined.range(of: "Library Opening Hours"))
        let speedwatch = try #require(joined.range(of: "Speedwatch Volunteers Needed"))
        #expect(finally.lowerBound < library.lowerBound)
        #expect(library.lowerBound < speedwatch.lowerBound)
    }

    @Test func aContinuationWithoutAnInnerHeadingMovesWhole() throws {
        let texts = try Self.texts(
            "The meeting will be short, there will be cake, and the guest speaker is the ranger\nfrom the country park, who has promised photographs of the otters this time.\n"
        )
        let joined = texts.joined(separator: "\n")
        let otters = try #require(joined.range(of: "photographs of the otters"))
        let library = try #require(joined.range(of: "Library Opening Hours"))
        #expect(otters.lowerBound < library.lowerBound)
    }
}
