import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

@Suite struct WriterTests {
    /// A small finished document: a title, an untitled front section, a heading with a list and an address box.
    static func document() -> Document {
        var document = Document(
            source: SourceInfo(file: "spring.txt", format: .text, sha256: String(repeating: "0", count: 64), pageCount: 1),
            pages: [])
        document.title = "Millbrook Family Hub"
        document.sections = [
            Section(
                id: "s1", heading: nil, level: 1,
                blocks: [Block(lines: [Line("Welcome to the"), Line("spring issue.")], page: 1)]),
            Section(
                id: "s2", heading: "Dates for your diary", level: 1,
                blocks: [
                    Block(lines: [], kind: .list, items: ["Litter pick, 3 May", "Quiz night"], page: 1),
                    Block(
                        lines: [Line("Email info@millbrookhub.example.com or see www.millbrookhub.example.com/events.")],
                        kind: .contact, page: 1),
                ]),
            Section(
                id: "s3", heading: "Training", level: 2,
                blocks: [Block(lines: [Line("See https://example.org/a_b (free).")], page: 1)]),
        ]
        return document
    }

    static func markdown(_ document: Document) throws -> String {
        String(decoding: try MarkdownWriter().write(document), as: UTF8.self)
    }

    @Test func markdownOfASmallDocument() throws {
        #expect(
            try Self.markdown(Self.document()) == """
                # Millbrook Family Hub

                Welcome to the spring issue.

                ## Dates for your diary

                - Litter pick, 3 May
                - Quiz night

                Email [info@millbrookhub.example.com](mailto:info@millbrookhub.example.com) or see [www.millbrookhub.example.com/events](https://www.millbrookhub.example.com/events).

                ### Training

                See <https://example.org/a_b> (free).

                """)
    }

    @Test func plainTextOfASmallDocument() throws {
        #expect(
            String(decoding: try PlainTextWriter().write(Self.document()), as: UTF8.self) == """
                Millbrook Family Hub

                Welcome to the spring issue.

                Dates for your diary

                • Litter pick, 3 May
                • Quiz night

                Email info@millbrookhub.example.com or see www.millbrookhub.example.com/events.

                Training

                See https://example.org/a_b (free).

                """)
    }

    /// Paragraph text beside the Markdown that reads back as the same text.
    @Test(arguments: [
        ("1. Not a list but a sentence", "1\\. Not a list but a sentence"),
        ("2024) was a good year", "2024\\) was a good year"),
        ("# not a heading", "\\# not a heading"),
        ("- not a bullet", "\\- not a bullet"),
        ("+ not a bullet", "\\+ not a bullet"),
        ("---", "\\---"),
        ("> not a quote", "\\> not a quote"),
        ("*stars* and `ticks` and [brackets]", "\\*stars\\* and \\`ticks\\` and \\[brackets\\]"),
        ("_emphasis_ but snake_case stays", "\\_emphasis\\_ but snake_case stays"),
        ("a <tag> & &amp; back\\slash", "a \\<tag\\> & \\&amp; back\\\\slash"),
        ("Wow![link]", "Wow\\!\\[link\\]"),
    ])
    func markdownEscapesMarkup(text: String, expected: String) {
        #expect(MarkdownWriter.line(text) == expected)
    }

    /// Text that must come through unchanged: no escape, no link.
    @Test(arguments: [
        "3.5 miles from the centre", "-5 degrees overnight", "e.g. the café", "Costs £50 (30% off)!",
        "Call 0161 496 0123", "Meet @ the hall", "co-ordinator and well-being", "1.5m grant",
    ])
    func plainProseIsLeftAlone(text: String) {
        #expect(MarkdownWriter.line(text) == text)
    }

    @Test(arguments: [
        ("https://example.org/path", "<https://example.org/path>"),
        ("(www.example.org)", "([www.example.org](https://www.example.org))"),
        ("hello@example.org.", "[hello@example.org](mailto:hello@example.org)."),
        ("www.example.org/a_(b)", "[www.example.org/a\\_(b)](<https://www.example.org/a_(b)>)"),
    ])
    func addressesBecomeLinks(word: String, expected: String) {
        #expect(MarkdownWriter.inline(word) == expected)
    }

    @Test(arguments: ["www.", "user@localhost", "@handle", "a@b@c.org", "http://"])
    func notAddresses(word: String) {
        #expect(!MarkdownWriter.inline(word).contains("]("))
        #expect(!MarkdownWriter.inline(word).hasPrefix("<"))
    }

    @Test func numberedItemsMakeAnOrderedList() throws {
        var document = Self.document()
        document.sections[1].blocks = [
            Block(lines: [], kind: .list, items: ["1. In team meetings", "2) As part of *supervision*"], page: 1),
            Block(lines: [], kind: .list, items: ["1. Numbered", "Not numbered"], page: 1),
        ]
        let markdown = try Self.markdown(document)
        #expect(markdown.contains("1. In team meetings\n2. As part of \\*supervision\\*\n\n"))
        #expect(markdown.contains("- 1\\. Numbered\n- Not numbered\n\n"))
    }

    @Test func headingLevelsStopAtSix() throws {
        var document = Self.document()
        document.title = nil
        document.sections = [Section(id: "s1", heading: "Deep", level: 9, blocks: [])]
        #expect(try Self.markdown(document) == "###### Deep\n")
    }

    @Test func aTitleTakenFromTheFirstHeadingIsWrittenOnce() throws {
        var document = Self.document()
        document.sections[0].heading = "Millbrook Family Hub"
        #expect(try Self.markdown(document).components(separatedBy: "Millbrook Family Hub\n").count == 2)
        #expect(
            String(decoding: try PlainTextWriter().write(document), as: UTF8.self).components(
                separatedBy: "Millbrook Family Hub\n"
            ).count == 2)
    }

    @Test func jsonIsStableAndEndsWithANewline() throws {
        let data = try JSONWriter().write(Self.document())
        #expect(data == (try JSONWriter().write(Self.document())))
        #expect(data.last == 0x0A)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"heading\" : null"))  // the untitled section says so explicitly
        #expect(text.contains("https://example.org/a_b"))  // slashes are not escaped
    }

    /// A document whose one section holds a table of three rows, one cell with a pipe in it.
    static func tableDocument() -> Document {
        var document = document()
        let rows = [["Date", "Time", "Event"], ["Tue 7 July", "10am", "Reading | launch"], ["Fri 17 July", "2pm"]]
        document.sections = [
            Section(
                id: "s1", heading: "Dates", level: 1,
                blocks: [
                    Block(
                        lines: [Line("Date Time Event")], kind: .table,
                        items: rows.map { $0.joined(separator: " ") }, rows: rows, page: 1)
                ])
        ]
        return document
    }

    @Test func aTableIsWrittenAsRowsInEveryFormat() throws {
        let json = String(decoding: try JSONWriter().write(Self.tableDocument()), as: UTF8.self)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let block = ((parsed?["sections"] as? [[String: Any]])?.first?["blocks"] as? [[String: Any]])?.first
        #expect(block?["kind"] as? String == "table")
        #expect(block?["rows"] as? [[String]] == [["Date", "Time", "Event"], ["Tue 7 July", "10am", "Reading | launch"], ["Fri 17 July", "2pm"]])
        #expect(block?["items"] as? [String] == ["Date Time Event", "Tue 7 July 10am Reading | launch", "Fri 17 July 2pm"])
        #expect(block?["text"] == nil)
        #expect(
            try Self.markdown(Self.tableDocument()).contains(
                """
                | Date | Time | Event |
                | --- | --- | --- |
                | Tue 7 July | 10am | Reading \\| launch |
                | Fri 17 July | 2pm |  |
                """))
        #expect(
            String(decoding: try PlainTextWriter().write(Self.tableDocument()), as: UTF8.self).contains(
                "Date\tTime\tEvent\nTue 7 July\t10am\tReading | launch\nFri 17 July\t2pm\n"))
    }
}
