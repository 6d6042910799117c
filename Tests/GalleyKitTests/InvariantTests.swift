import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// Properties that hold for every input: nothing is lost silently, output is deterministic, and
/// the JSON follows the schema. Checked over the samples and over seeded random dumps.
@Suite struct InvariantTests {
    /// How many random dumps are generated (seeds 1…n); the same ones on every run.
    static let randomSeeds: [UInt64] = Array(1...40)

    static func convert(_ text: String, file: String = "random.txt") throws -> Document {
        var document = try Fixtures.document(text, file: file)
        Pipeline.run(&document, context: Fixtures.context)
        return document
    }

    /// Checks the character accounting of `document` against `input`, naming the leaking stage on failure.
    static func expectAccounted(input: String, document: Document, label: String) throws {
        let json = try JSONValue(parsing: try JSONWriter().write(document))
        let missing = TextAccounting.missing(input: input, accounted: TextAccounting.accountedTexts(json: json))
        guard !missing.isEmpty else { return }
        let culprit =
            try TextAccounting.firstLeakingStage(input: input).map { "first lost in \($0.stage)" }
            ?? "lost between the stages and the JSON"
        Issue.record(
            "\(label): characters neither in the output nor in removed/repairs (\(culprit)): \(TextAccounting.describe(missing))")
    }

    @Test(arguments: Fixtures.sampleNames.filter { $0.hasSuffix(".txt") })
    func everySampleCharacterIsAccountedFor(name: String) throws {
        let input = try String(contentsOf: Fixtures.samples.appendingPathComponent(name), encoding: .utf8)
        try Self.expectAccounted(input: input, document: try Fixtures.convert(sample: name), label: name)
    }

    /// For a PDF the stages' input is the text the PDF reader found; none of it may vanish.
    @Test(arguments: Fixtures.sampleNames.filter { $0.hasSuffix(".pdf") })
    func everyPDFSampleCharacterIsAccountedFor(name: String) throws {
        let path = Fixtures.samples.appendingPathComponent(name).path
        let read = try PDFReader().read(try InputFile.load(path))
        let input = TextAccounting.readerText(read)
        var document = read
        Pipeline.run(&document, context: Fixtures.context)
        let json = try JSONValue(parsing: try JSONWriter().write(document))
        let missing = TextAccounting.missing(input: input, accounted: TextAccounting.accountedTexts(json: json))
        guard !missing.isEmpty else { return }
        let culprit =
            TextAccounting.firstLeakingStage(input: input, document: read).map { "first lost in \($0.stage)" }
            ?? "lost between the stages and the JSON"
        Issue.record(
            "\(name): characters neither in the output nor in removed/repairs (\(culprit)): \(TextAccounting.describe(missing))")
    }

    @Test(arguments: randomSeeds)
    func everyRandomDumpCharacterIsAccountedFor(seed: UInt64) throws {
        let input = SyntheticDumps.dump(seed: seed)
        try Self.expectAccounted(input: input, document: try Self.convert(input), label: "seed \(seed)")
    }

    @Test(arguments: Fixtures.sampleNames)
    func sameSampleSameBytes(name: String) throws {
        for format in OutputFormat.allCases {
            let first = try format.writer.write(try Fixtures.convert(sample: name))
            let second = try format.writer.write(try Fixtures.convert(sample: name))
            #expect(first == second, "\(name) as \(format)")
        }
    }

    @Test(arguments: randomSeeds)
    func randomDumpsAreDeterministicAndValid(seed: UInt64) throws {
        let input = SyntheticDumps.dump(seed: seed)
        #expect(input == SyntheticDumps.dump(seed: seed))
        let first = try JSONWriter().write(try Self.convert(input))
        #expect(first == (try JSONWriter().write(try Self.convert(input))))
        let errors = try SchemaTests.validator.validate(first)
        #expect(errors.isEmpty, "seed \(seed): \(errors.joined(separator: "; "))")
    }

    /// The accounting itself: a dropped character is caught, a recorded one is not.
    @Test func theAccountingCatchesALoss() throws {
        var document = try Fixtures.document("Quiz night\n\nPage 2")
        #expect(
            TextAccounting.missing(input: "Quiz night\n\nPage 2", accounted: TextAccounting.accountedTexts(document: document))
                .isEmpty)
        document.pages[0].blocks.removeLast()
        #expect(
            TextAccounting.missing(input: "Quiz night\n\nPage 2", accounted: TextAccounting.accountedTexts(document: document))
                .map(\.0) == ["2", "P", "a", "e", "g"])
        document.audit.remove(.pageNumber, "Page 2", page: 1)
        #expect(
            TextAccounting.missing(input: "Quiz night\n\nPage 2", accounted: TextAccounting.accountedTexts(document: document))
                .isEmpty)
        // Bullet glyphs are markup: a list may drop them.
        #expect(TextAccounting.missing(input: "• Quiz", accounted: ["Quiz"]).isEmpty)
    }

    /// A stage that drops the last block of every page without a word.
    struct SilentDropper: Stage {
        func run(_ document: inout Document, context: StageContext) {
            for index in document.pages.indices where !document.pages[index].blocks.isEmpty {
                document.pages[index].blocks.removeLast()
            }
        }
    }

    @Test func theLeakingStageIsNamed() throws {
        let input = "Quiz night on Friday\n\nPage 1"
        let read = try Fixtures.document(input)
        let leak = TextAccounting.firstLeakingStage(
            input: input, document: read, stages: [RepairHyphenation(), SilentDropper(), BuildLists()])
        #expect(leak?.stage == "SilentDropper")
        #expect(leak.map { TextAccounting.describe($0.missing) } == "\"1\"×1, \"P\"×1, \"a\"×1, \"e\"×1, \"g\"×1")
        #expect(
            TextAccounting.firstLeakingStage(input: input, document: read, stages: [RepairHyphenation(), BuildLists()]) == nil)
    }

    @Test func randomDumpsLookLikeNewsletters() {
        let dump = SyntheticDumps.dump(seed: 7)
        #expect(dump.split(separator: "\n").count > 5)
        #expect(SyntheticDumps.dump(seed: 8) != dump)
    }
}
