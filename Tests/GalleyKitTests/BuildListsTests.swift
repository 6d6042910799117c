import GalleyKit
import GalleyTestSupport
import Testing

@Suite struct BuildListsTests {
    /// Each block after BuildLists: "L:item | item" for lists, "P:text" otherwise.
    func lists(_ text: String) throws -> [String] {
        var document = try Fixtures.document(text)
        BuildLists().run(&document, context: Fixtures.context)
        return document.pages.flatMap(\.blocks).map { block in
            block.kind == .list ? "L:" + (block.items ?? []).joined(separator: " | ") : "P:" + block.text
        }
    }

    @Test func loneGlyphsTakeTheNextBlockAsItems() throws {
        let input = "Volunteers will share the work:\n•\n•\n•\n\nWatering the raised beds and the herb\nspiral\nCollecting seeds\nKeeping the shed tidy.\n"
        #expect(try lists(input) == [
            "P:Volunteers will share the work:",
            "L:Watering the raised beds and the herb spiral | Collecting seeds | Keeping the shed tidy.",
        ])
    }

    @Test func oneGlyphMakesOneItemHoweverItWraps() throws {
        #expect(try lists("•\n\nCounty Safeguarding Adults Board\nPolicies and Procedures:\n") == [
            "L:County Safeguarding Adults Board Policies and Procedures:"
        ])
    }

    @Test func lowerCaseItemsSplitAfterASentenceEnd() throws {
        #expect(try lists("• •\n\nconsidered any open\nconcerns?\ninformed all people\nabout the closure?\n") == [
            "L:considered any open concerns? | informed all people about the closure?"
        ])
    }

    @Test func inlineBulletsBecomeAListAndTheirGlyphsGo() throws {
        let input = "So, wherever you are you can find\n• Support from others who understand\n• Free, practical information\n• Links to further support, which\nwe update monthly\nThanks to everyone.\n"
        #expect(try lists(input) == [
            "P:So, wherever you are you can find",
            "L:Support from others who understand | Free, practical information | Links to further support, which we update monthly",
            "P:Thanks to everyone.",
        ])
        var document = try Fixtures.document(input)
        BuildLists().run(&document, context: Fixtures.context)
        let list = document.pages[0].blocks[1]
        #expect(list.text == "Support from others who understand Free, practical information Links to further support, which we update monthly")
        #expect(!list.text.contains(where: BuildLists.bulletGlyphs.contains))
    }

    @Test func numberedItemsKeepTheirNumbers() throws {
        #expect(try lists("The pack can be used:\n1. In team meetings\n2. As part of supervision, in\ngroups or alone\nYou can dip in and out.\n") == [
            "P:The pack can be used:", "L:1. In team meetings | 2. As part of supervision, in groups or alone", "P:You can dip in and out.",
        ])
    }

    @Test(arguments: [
        "Prices rose 5 per cent\n- 3 per cent in the north\nas reported last year.",
        "The meeting ran from 2021. to 2022.\nIt was long.",
        "1. Only one numbered line\nThen prose.",
        "Read the guidance – it is short\nand clear.",
    ])
    func ordinaryTextIsNotAList(input: String) throws {
        #expect(try lists(input).allSatisfy { $0.hasPrefix("P:") })
    }

    @Test func theSeedsBulletColumnsBecomeLists() throws {
        let document = try Fixtures.convert(sample: "001_ff7c0782f6439bae.txt")
        let items = document.pages.flatMap(\.blocks).compactMap(\.items)
        #expect(items.contains(["Support from others who understand", "Free, practical information",
            "FAQs and links to further information or support services."]))
        #expect(items.contains { $0.first == "Support to adults with learning difficulties and mental ill health" })
        #expect(items.contains(["1. In team/unit meetings", "2. As part of a group/individual supervision"]))
    }
}
