import GalleyTestSupport
import Testing

@testable import GalleyKit

@Suite struct CollectLinksTests {
    /// Runs the stage alone over a raw document.
    func run(_ text: String) throws -> Document {
        try Fixtures.run(CollectLinks(), on: text)
    }

    func described(_ links: [Link]) -> [String] {
        links.map { "\($0.kind.rawValue) \($0.value) p\($0.page)" + ($0.anchorText.map { " “\($0)”" } ?? "") }
    }

    @Test func linksInReadingOrderOncePerPage() throws {
        let document = try run(
            """
            The number is 0808 808 1677
            Phone:0808 1644572
            Email: online.community@example.org
            Website: www.example.org, or see https://example.org/help/coping-with-grief.
            Services (www.example.org) and lrsb.example.org.uk/building-confidence1
            Write to <team@example.co.uk>.
            \u{0C}Telephone: 0116 305 7130 Email: office@example.gov.uk
            Again: www.example.org
            """)
        #expect(
            described(document.links) == [
                "phone 0808 808 1677 p1",
                "phone 0808 1644572 p1",
                "email online.community@example.org p1",
                "url www.example.org p1",
                "url https://example.org/help/coping-with-grief p1",
                "url lrsb.example.org.uk/building-confidence1 p1",
                "email team@example.co.uk p1",
                "phone 0116 305 7130 p2",
                "email office@example.gov.uk p2",
                "url www.example.org p2",
            ])
        // Links are a copy: the text and the audit stay as they were.
        #expect(document.audit.repairs.isEmpty && document.audit.removed.isEmpty)
    }

    @Test(arguments: [
        ("Call 0116 288 4119.", ["0116 288 4119"]),
        ("From abroad: +44 20 7946 0958 or +44 (0)20 7946 0958", ["+44 20 7946 0958", "+44 (0)20 7946 0958"]),
        ("Mobile 07700 900123, landline (0161) 496 0000", ["07700 900123", "(0161) 496 0000"]),
        ("Childline: 0800 1111", ["0800 1111"]),
        ("Call 999 in an emergency or text 85258.", ["999", "85258"]),
        ("Telephone: 0330-303-6000", ["0330-303-6000"]),
    ])
    func phoneNumbers(text: String, expected: [String]) {
        #expect(CollectLinks.phoneNumbers(in: text).map(\.1) == expected)
    }

    @Test(arguments: [
        "The annual reports for 2020/2021 are online.",
        "Published on 14th May 2021.",
        "08.30 to 10.30: researching the cases; 10.30 to 12.00/13.00 (approx.)",
        "Room 100, County Hall, LE3 8RF.",
        "Call us in 2021 about the 2022 programme.",
        "Reference 12345678901 on the form.",
        "Version 0.5 of the toolkit, 01 June 2021",
        "A1 0116 and 3,000 people; ISBN 978-0-00-000000-0",
    ])
    func notPhoneNumbers(text: String) {
        #expect(CollectLinks.phoneNumbers(in: text).isEmpty)
    }

    // MARK: PDF link annotations

    /// A PDF page: a "CLICK HERE" button, a printed address, and a line under neither annotation.
    func pdfPage(annotations: [LinkAnnotation]) -> Page {
        let button = Block(lines: [Line("CLICK HERE", box: Rect(x: 100, y: 200, width: 80, height: 12))], page: 3)
        let address = Block(lines: [Line("Website: www.example.org", box: Rect(x: 100, y: 300, width: 150, height: 12))], page: 3)
        let other = Block(lines: [Line("Opening hours", box: Rect(x: 100, y: 400, width: 90, height: 12))], page: 3)
        return Page(number: 3, blocks: [button, address, other], linkAnnotations: annotations)
    }

    @Test func anAnnotationGivesItsTargetWithTheWordsUnderIt() {
        let page = pdfPage(annotations: [
            LinkAnnotation(uri: "https://www.example.org/annual-report-2021", box: Rect(x: 98, y: 198, width: 84, height: 16)),
            // Confirms the printed address: no second entry.
            LinkAnnotation(uri: "https://www.example.org/", box: Rect(x: 150, y: 299, width: 100, height: 14)),
            LinkAnnotation(uri: "mailto:help@example.org?subject=Hello", box: Rect(x: 500, y: 500, width: 10, height: 10)),
        ])
        #expect(
            described(CollectLinks.links(on: page)) == [
                "url https://www.example.org/annual-report-2021 p3 “CLICK HERE”",
                "url www.example.org p3",
                "email help@example.org p3",
            ])
    }

    @Test func anAnnotationOverAButtonAPreviousStageRemovedKeepsItsAnchor() {
        // Building the page takes the anchor.
        var page = pdfPage(annotations: [
            LinkAnnotation(uri: "https://www.example.org/report", box: Rect(x: 98, y: 198, width: 84, height: 16))
        ])
        #expect(page.linkAnnotations[0].anchorText == "CLICK HERE")
        // The navigation stage takes the button out of the text.
        page.blocks.removeFirst()
        #expect(
            described(CollectLinks.links(on: page)) == [
                "url https://www.example.org/report p3 “CLICK HERE”",
                "url www.example.org p3",
            ])
    }

    @Test func aLineBarelyTouchedByAnAnnotationIsNotItsAnchor() {
        let page = pdfPage(annotations: [
            LinkAnnotation(uri: "https://www.example.org/x", box: Rect(x: 98, y: 210, width: 84, height: 30))
        ])
        #expect(CollectLinks.links(on: page).first?.anchorText == nil)
    }

    // MARK: The samples

    @Test func theSeedsLinks() throws {
        let document = try Fixtures.convert(sample: "001_ff7c0782f6439bae.txt")
        let phones = document.links.filter { $0.kind == .phone }.map(\.value)
        #expect(phones == ["0808 808 1677", "0808 1644572", "0116 288 4119", "0330 303 6000", "0116 305 7130"])
        let emails = Set(document.links.filter { $0.kind == .email }.map(\.value))
        #expect(
            emails == [
                "online.community@sueryder.org", "leicester@cruse.org.uk", "turningpoint.leicester@NHS.net",
                "Caroline.Gadsby@turning-point.co.uk", "lrspbo@leics.gov.uk",
            ])
        let urls = document.links.filter { $0.kind == .url }.map(\.value)
        #expect(urls.contains("https://www.rutland.gov.uk/my-services/health-and-family/adult-social-care/carers/"))
        #expect(urls.contains("www.uava.org.uk/wp-content/uploads/2016/08/prof-guide-v2.pdf"))
        #expect(urls.contains("https://lrsb.org.uk/building-confidence-in-practice1"))
        #expect(urls.allSatisfy { !$0.hasSuffix(".") && !$0.hasSuffix(",") })
        #expect(Set(document.links.map { "\($0.kind) \($0.value) \($0.page)" }).count == document.links.count)
    }
}
