import GalleyTestSupport
import Testing

@testable import GalleyKit

@Suite struct RepairURLsTests {
    /// Runs the stage alone over a raw document.
    func run(_ text: String) throws -> Document {
        try Fixtures.run(RepairURLs(), on: text)
    }

    func repairs(_ document: Document) -> [String] {
        document.audit.repairs.map { "\($0.kind.rawValue): \($0.before) → \($0.after)" }
    }

    // MARK: Across lines

    @Test(arguments: [
        // After a slash: the path goes on.
        (
            "learning. www.example.gov.uk/education-and-children/\nschools-and-colleges/inclusion-service",
            "learning. www.example.gov.uk/education-and-children/schools-and-colleges/inclusion-service",
            "url: www.example.gov.uk/education-and-children/ schools-and-colleges/inclusion-service → www.example.gov.uk/education-and-children/schools-and-colleges/inclusion-service"
        ),
        // After a dot: the domain goes on.
        (
            "relationships. www.examplesafeguarding.\nco.uk/resources/local-guidance/",
            "relationships. www.examplesafeguarding.co.uk/resources/local-guidance/",
            "url: www.examplesafeguarding. co.uk/resources/local-guidance/ → www.examplesafeguarding.co.uk/resources/local-guidance/"
        ),
        // After a dot: a file extension alone on the next line.
        (
            "www.example.org.uk/uploads/2016/08/guide-v2.\npdf",
            "www.example.org.uk/uploads/2016/08/guide-v2.pdf",
            "url: www.example.org.uk/uploads/2016/08/guide-v2. pdf → www.example.org.uk/uploads/2016/08/guide-v2.pdf"
        ),
        // An email cut after a dot of its host, with prose going on after it.
        (
            "register, email transport.team@examplecommunity.\norg.uk or call us.",
            "register, email transport.team@examplecommunity.org.uk or call us.",
            "email: transport.team@examplecommunity. org.uk → transport.team@examplecommunity.org.uk"
        ),
        // An email cut right after its "@".
        (
            "Write to enquiries@\nexample.org today.",
            "Write to enquiries@example.org today.",
            "email: enquiries@ example.org → enquiries@example.org"
        ),
        // An email cut in its local part and again in its host.
        (
            "Volunteer enquiries: neighbourhood-\nvolunteering@westfield-example-\ncouncil.gov.uk",
            "Volunteer enquiries: neighbourhood-volunteering@westfield-example-council.gov.uk",
            "email: neighbourhood- volunteering@westfield-example- council.gov.uk → neighbourhood-volunteering@westfield-example-council.gov.uk"
        ),
        // After a hyphen: the next word is the rest of the slug, prose or not.
        (
            "Read https://www.example.org/what-we-\ndo and tell us what you think.",
            "Read https://www.example.org/what-we-do and tell us what you think.",
            "url: https://www.example.org/what-we- do → https://www.example.org/what-we-do"
        ),
        // Three lines of one address.
        (
            "See https://www.example.org/news/\n2024/05/\nspring-update.html for more.",
            "See https://www.example.org/news/2024/05/spring-update.html for more.",
            "url: https://www.example.org/news/ 2024/05/ spring-update.html → https://www.example.org/news/2024/05/spring-update.html"
        ),
    ])
    func addressesBrokenAcrossLines(text: String, expected: String, repair: String) throws {
        let document = try run(text)
        #expect(Fixtures.blockTexts(document) == [expected])
        #expect(repairs(document) == [repair])
    }

    @Test(arguments: [
        // A sentence after an address that ends the previous one.
        "Book a place at www.example.org.uk.\nInfo sessions run monthly.",
        "Book a place at www.example.org.uk.\nFor more details, call us.",
        "Read it at www.example.org.uk.\ne.g. the new form.",
        "Read it at www.example.org.uk.\nco-ordinated by the hub.",
        // Prose after a slash.
        "See https://www.example.org/members/training/\nand ask your manager.",
        // A capital after a hyphen-ended address starts a sentence.
        "See https://www.example.org/my-\nThe form is short.",
        // A second address on the next line is its own.
        "www.example.org/\nwww.example.org/professionals/",
        // A sentence, then an email.
        "Contact us today.\ninfo@example.org",
        "Write to help@example.org.\nOur office is open daily.",
        // Not an address at all.
        "Parents and/\nor carers are welcome.",
    ])
    func linesThatDoNotContinueAnAddress(text: String) throws {
        let document = try run(text)
        #expect(document.pages[0].blocks[0].lines.map(\.text) == text.split(separator: "\n").map(String.init))
        #expect(document.audit.repairs.isEmpty)
    }

    // MARK: Across blocks

    @Test func aLonePathFragmentBlockContinuesTheDanglingAddressBeforeIt() throws {
        let document = try run(
            """
            Information for carers from the county
            council – https://www.example.gov.uk/my-

            Safeguarding
            Adult Review

            services/health-and-family/adult-care/carers/

            Do you know what support is available?
            """)
        #expect(
            Fixtures.blockTexts(document) == [
                "Information for carers from the county council – https://www.example.gov.uk/my-services/health-and-family/adult-care/carers/",
                "Safeguarding Adult Review",
                "Do you know what support is available?",
            ])
        #expect(
            repairs(document) == [
                "url: https://www.example.gov.uk/my- services/health-and-family/adult-care/carers/ → https://www.example.gov.uk/my-services/health-and-family/adult-care/carers/"
            ])
    }

    @Test func aPathFragmentWithNoDanglingAddressOnItsPageStays() throws {
        let text = """
            Visit www.example.gov.uk for details.

            services/health-and-family/adult-care/carers/
            \u{0C}Council – https://www.example.gov.uk/my-
            """
        let document = try run(text)
        #expect(
            Fixtures.blockTexts(document) == [
                "Visit www.example.gov.uk for details.", "services/health-and-family/adult-care/carers/",
                "Council – https://www.example.gov.uk/my-",
            ])
        #expect(document.audit.repairs.isEmpty)
    }

    @Test(arguments: [
        "and/or", "2020/2021", "Services/Health-and-Family/", "www.example.org/about/", "example.org.uk/news/x",
        "see services/health-and-care/",
    ])
    func blocksThatAreNotPathFragments(text: String) {
        #expect(!RepairURLs.isPathFragment(Block(lines: [Line(text)], page: 1)))
    }

    // MARK: Slugs

    @Test(arguments: [
        ("https://www.example.org.uk/what-wedo/campaign/about", "https://www.example.org.uk/what-we-do/campaign/about"),
        ("www.nhs.example/baby/washing-and-bathing-yourbaby/", "www.nhs.example/baby/washing-and-bathing-your-baby/"),
        (
            "https://www.example.gov.uk/adult-socialcare-and-health/looking-after-someone",
            "https://www.example.gov.uk/adult-social-care-and-health/looking-after-someone"
        ),
        (
            "https://www.example.co.uk/resolvingprofessional-disagreements2/?hilite=%27escalation%27",
            "https://www.example.co.uk/resolving-professional-disagreements2/?hilite=%27escalation%27"
        ),
        (
            "https://healthfor.example.co.uk/services/bumpsto-babies-antenatal-sessions/",
            "https://healthfor.example.co.uk/services/bumps-to-babies-antenatal-sessions/"
        ),
        // Sentence punctuation after the last slug word.
        ("www.example.org/find-a-carehome.", "www.example.org/find-a-care-home."),
        // Never the host, the #fragment or the query; never a segment that is not a hyphenated slug.
        ("https://iconcope.example.org/", "https://iconcope.example.org/"),
        (
            "www.example.com/hubs/keeping-kids-safe/bath-time#collapse-bathtime",
            "www.example.com/hubs/keeping-kids-safe/bath-time#collapse-bathtime"
        ),
        (
            "https://www.example.gov.uk/search?topic=social-socialcare",
            "https://www.example.gov.uk/search?topic=social-socialcare"
        ),
        ("https://www.example.gov.uk/socialcare/carers", "https://www.example.gov.uk/socialcare/carers"),
        // Real words, codes and clipped words stay.
        ("www.example.org/who-we-are/modern-slavery", "www.example.org/who-we-are/modern-slavery"),
        ("www.example.org/healthforunder5s-leicester/about-crus", "www.example.org/healthforunder5s-leicester/about-crus"),
        // Two ways to split is a guess: "not-here" or "no-there".
        ("www.example.org/page-nothere", "www.example.org/page-nothere"),
    ])
    func slugHyphens(address: String, expected: String) {
        #expect(RepairURLs.restoreSlugHyphens(in: address, proseWords: .none, lexicon: Fixtures.lexicon) == expected)
    }

    @Test func aSlugWordTheTextUsesIsTheAuthorsSpelling() throws {
        let document = try run(
            """
            Health and wellbeing support: https://www.example.gov.uk/health-and-wellbeing/adult-socialcare
            """)
        #expect(
            repairs(document) == [
                "url: https://www.example.gov.uk/health-and-wellbeing/adult-socialcare → https://www.example.gov.uk/health-and-wellbeing/adult-social-care"
            ])
    }

    @Test(arguments: [
        ("www.example.org", true), ("https://x.example/a", true), ("name@example.org", true), ("example.org", true),
        ("and/or", true), ("self-harming", false), ("MultiAgency", false), ("e.g", true), ("end.", false),
    ])
    func addressLikeTokens(token: String, expected: Bool) {
        #expect(RepairURLs.isAddressLike(token) == expected)
    }

    // MARK: The samples

    @Test func theBrokenURLsSample() throws {
        let document = try Fixtures.convert(sample: "synthetic-broken-urls.txt")
        let afters = document.audit.repairs.filter { $0.kind == .url || $0.kind == .email }.map(\.after)
        #expect(
            afters == [
                "www.greenfield-parish.gov.uk/community/warm-spaces-this-winter",
                "www.westshire.gov.uk/residents/help-with-the-cost-of-living/",
                "www.westshire.gov.uk/media/leaflets/energy-advice-v3.pdf",
                "transport.team@greenfieldcommunity.org.uk",
                "https://www.westshire.gov.uk/care-services/carers/support-for-carers/",
                "https://www.westshire.gov.uk/adult-social-care/choosing-a-care-home",
                "https://www.westshire-carers.org.uk/what-we-do/",
            ])
        let text = Fixtures.blockTexts(document).joined(separator: "\n")
        #expect(!text.contains("\nservices/carers/"))
        #expect(text.contains("#section-bathtime"))
        #expect(text.contains("?topic=socialcare"))
    }

    @Test func theSeedsAddressRepairs() throws {
        let document = try Fixtures.convert(sample: "001_ff7c0782f6439bae.txt")
        let afters = Set(document.audit.repairs.filter { $0.kind == .url || $0.kind == .email }.map(\.after))
        #expect(
            afters == [
                "www.leicestershire.gov.uk/education-and-children/schools-colleges-and-academies/inclusion-service",
                "www.nhs.uk/conditions/baby/caring-for-a-newborn/washing-and-bathing-your-baby/",
                "https://healthforunder5s.co.uk/leicestershire/services/specialist-support/bumps-to-babies-antenatal-sessions/",
                "https://www.autism.org.uk/what-we-do/campaign/not-enough/about-the-autism-act",
                "https://www.leicestershire.gov.uk/adult-social-care-and-health/looking-after-someone",
                "https://www.llradultsafeguarding.co.uk/resolving-professional-disagreements2/?hilite=%27escalation%27",
                "https://www.rutland.gov.uk/my-services/health-and-family/adult-social-care/carers/",
                "www.llradultsafeguarding.co.uk/resources/local-guidance-and-templates/",
                "www.uava.org.uk/wp-content/uploads/2016/08/prof-guide-v2.pdf",
            ])
    }
}
