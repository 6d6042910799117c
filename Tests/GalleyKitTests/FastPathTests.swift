import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The speed-ups (issue 5) change how text is walked, never what comes out: each fast path is
/// held here to the plain implementation it replaced, on inputs chosen to hit its edges.
@Suite struct FastPathTests {
    /// Strings that sit on the edges of the ASCII fast paths: combining marks after ASCII, CR LF
    /// inside and at the end of a non-ASCII stretch, emoji sequences, flags, a prepended mark,
    /// Unicode spaces, controls.
    static let edgeStrings = [
        "", " ", "plain ascii line", "  padded  ", "\t tabbed\t", "café", "cafe\u{301} au lait", "e\u{301}",
        "a\u{301}b c\u{327}", "\r\n", "ab\r\ncd", "é\r\nx", "x\u{301}\r\n", "don’t stop", "“quoted” text",
        "👨‍👩‍👧 family", "🇬🇧🇫🇷 flags", "\u{600}1 prepended", "1\u{FE0F}\u{20E3} keycap", "\u{A0}nbsp\u{A0}",
        "\u{2003}em space\u{3000}", "\u{85}next line\u{85}", "tab\u{0B}vt\u{0C}ff", "\u{1C}\u{1F}unit sep",
        "PAGE 8", "Self-harming co-ordinator's 3rd", "ÀÉÎ ßtraße İstanbul", " \u{301}leading mark",
        "trailing mark \u{301}", "Ⅻ roman ½ half ٣ arabic digit", "A\u{301}\u{302}\u{303}Z", "e\u{301}\u{301}.",
    ]

    /// Every Unicode scalar of the Basic Multilingual Plane, and every 97th above it, before a
    /// space: `TextShape.byteWords` either declines (nil) or splits as `words` does by characters,
    /// and it declines only where a scalar can be prepended to the space (U+0600–U+0FFF, above
    /// U+FFFF), so the punctuation of prose keeps the byte path.
    @Test func byteWordsAgreeAfterEveryScalar() {
        var declinedInTheMiddle: [UInt32] = []
        for value in Array(UInt32(0x80)...UInt32(0xFFFF)) + Array(stride(from: UInt32(0x10000), through: 0x10FFFF, by: 97)) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + " b\tc"
            let byCharacters = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let byBytes = TextShape.byteWords(text) else {
                if (0x1000...0xFFFF).contains(value) { declinedInTheMiddle.append(value) }
                continue
            }
            if byBytes != byCharacters { Issue.record("U+\(String(value, radix: 16)): \(byBytes) != \(byCharacters)") }
        }
        #expect(declinedInTheMiddle.isEmpty)
        #expect(TextShape.byteWords("don’t stop – now…") == ["don’t", "stop", "–", "now…"])
        #expect(TextShape.byteWords("\u{600} x") == nil)
    }

    @Test(arguments: edgeStrings)
    func characterWalkMatchesTheStandardLibrary(text: String) {
        var walked: [Character] = []
        text.forEachCharacter { unit in
            switch unit {
            case .ascii(let byte): walked.append(Character(Unicode.Scalar(byte)))
            case .character(let character): walked.append(character)
            }
        }
        #expect(walked == Array(text))
    }

    @Test(arguments: edgeStrings)
    func trimmingMatchesTheScalarDefinition(text: String) {
        let scalars = text.unicodeScalars
        var expected = ""
        if let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        {
            expected = String(String.UnicodeScalarView(scalars[first...last]))
        }
        #expect(text.trimmingWhitespace() == expected)
        #expect(text.trimmingWhitespace().unicodeScalars.elementsEqual(expected.unicodeScalars))
        #expect(Substring(text).trimmingWhitespace() == expected)
    }

    @Test func trimmingShowsItsWork() {
        #expect("  Safeguarding news \n".trimmingWhitespace() == "Safeguarding news")
        #expect("\u{A0}Contents\u{2003}".trimmingWhitespace() == "Contents")
        #expect("no change".trimmingWhitespace() == "no change")
        #expect(" \t\n ".trimmingWhitespace() == "")
    }

    /// DropDuplicatePages' key before the fast path: letters and digits lower-cased, other runs one space.
    static func referenceKey(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isLetter || character.isNumber {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(contentsOf: character.lowercased())
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    @Test(arguments: edgeStrings)
    func duplicateKeyMatchesTheCharacterDefinition(text: String) {
        #expect(DropDuplicatePages.normalise(text) == Self.referenceKey(text))
    }

    @Test func duplicateKeyShowsItsWork() {
        #expect(DropDuplicatePages.normalise("Call 0800 123 456 — FREE!") == "call 0800 123 456 free")
        #expect(DropDuplicatePages.normalise("  --  ") == "")
        #expect(DropDuplicatePages.normalise("Café’s MENU") == "café s menu")
    }

    /// DocumentVocabulary's words before the fast path.
    static func referenceWords(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        func flush() {
            var word = String(current.drop(while: { $0 == "-" }))
            while word.hasSuffix("-") { word.removeLast() }
            if !word.isEmpty { result.append(word.lowercased()) }
            current = ""
        }
        for character in text {
            if character.isLetter || (character == "-" && !current.isEmpty) || character == "'" || character == "’" {
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    @Test(arguments: edgeStrings + ["-lead trail- mid-word", "--", "it's they’re o'clock-"])
    func vocabularyWordsMatchTheCharacterDefinition(text: String) {
        #expect(DocumentVocabulary.words(in: text) == Self.referenceWords(text))
    }

    @Test func blockTextJoinsTrimmedNonEmptyLines() {
        let block = Block(lines: [Line("  first "), Line("   "), Line("second"), Line("\tthird\u{A0}")], page: 1)
        #expect(block.text == "first second third")
        #expect(Block(lines: [Line(" only ")], page: 1).text == "only")
        #expect(Block(lines: [], page: 1).text == "")
    }

    /// The byte order a batch sorts paths by, with one `memcmp`: the order of comparing the UTF-8
    /// views byte by byte, on ASCII, accents composed and decomposed, other scripts, prefixes,
    /// empty strings and substrings.
    @Test func utf8PrecedesIsTheOrderOfTheUTF8Views() {
        let texts = [
            "", "a", "ab", "abc", "b", "B", "a b", "a/b", "a\u{0}", "é", "e\u{301}", "ê", "日本", "日", "🎉", "Z",
            String(repeating: "z", count: 40), String(repeating: "z", count: 39) + "y", "issue010.pdf", "issue0100.pdf",
        ]
        for left in texts {
            for right in texts {
                #expect(left.utf8Precedes(right) == left.utf8.lexicographicallyPrecedes(right.utf8), "\(left) \(right)")
                let sub = left.dropFirst()
                #expect(sub.utf8Precedes(right) == sub.utf8.lexicographicallyPrecedes(right.utf8), "\(sub) \(right)")
            }
        }
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // FIPS 180-4's two-block message and a million "a"s (15,625 blocks, the padding in a
        // block of its own): every round of the eight-round turns, many times over.
        #expect(
            SHA256.hex(
                Data(
                    ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                        + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8))
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        #expect(
            SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: Fixtures.sampleNames)
    func jsonWriterMatchesJSONEncoderOnSamples(name: String) throws {
        let document = try Fixtures.convert(sample: name)
        #expect(try JSONWriter().write(document) == JSONWriter().encoderOutput(document))
    }

    @Test func jsonWriterMatchesJSONEncoderOnAwkwardStrings() throws {
        var control = ""
        for value in 0..<0x20 { control.unicodeScalars.append(Unicode.Scalar(value)!) }
        let awkward = control + "\"quoted\" back\\slash /path/ \u{7F} é 😀 \u{2028} \u{FEFF}"
        var document = Document(
            source: SourceInfo(file: "odd \"name\".txt", format: .text, sha256: "00", pageCount: 2),
            pages: [Page(number: 1, blocks: []), Page(number: 2, blocks: [], duplicateOf: 1)])
        document.sections = [
            Section(id: "s1", heading: nil, level: 1, blocks: [Block(lines: [Line(awkward)], page: 1)]),
            Section(
                id: "s2", heading: awkward, level: 2,
                blocks: [Block(lines: [Line("x")], kind: .list, items: ["a", awkward, ""], page: 2)]),
        ]
        document.links = [
            Link(kind: .url, value: "https://example.org/a?b=c", page: 1, anchorText: "CLICK HERE"),
            Link(kind: .phone, value: "0123 456", page: 2),
        ]
        document.audit.remove(.navigation, awkward, page: 1)
        document.audit.repair(.join, before: "a ‖ b", after: awkward, page: 2)
        document.audit.warn(.pageUnreadable, awkward, page: 2)
        #expect(try JSONWriter().write(document) == JSONWriter().encoderOutput(document))
        document.title = awkward
        document.sections = []
        #expect(try JSONWriter().write(document) == JSONWriter().encoderOutput(document))
    }
}
