import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `galley verify` for CI: golden keys relative to the verify root, the JUnit XML and GitHub
/// annotation reports, and the command line that ties them together.
@Suite struct VerifyForCITests {
    /// A fresh folder with two inputs both called issue1.txt, in a/ and b/.
    static func corpus() throws -> URL {
        let root = try CommandLineTests.temporaryDirectory()
        for (folder, sample) in [("a", "synthetic-bullets.txt"), ("b", "synthetic-headings.txt")] {
            let target = root.appendingPathComponent("corpus/\(folder)")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Fixtures.samples.appendingPathComponent(sample), to: target.appendingPathComponent("issue1.txt"))
        }
        FileManager.default.createFile(atPath: root.appendingPathComponent("corpus/notes.md").path, contents: Data("x".utf8))
        return root
    }

    static let converter = Converter(options: ConvertOptions(), lexicon: Fixtures.lexicon)

    // MARK: golden keys

    @Test func aFolderKeysItsInputsByRelativePath() throws {
        let root = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = try VerifyInput.collect([root.appendingPathComponent("corpus").path])
        #expect(inputs.map(\.key) == ["a/issue1.txt", "b/issue1.txt"])  // notes.md is not an input
        let store = GoldenStore(directory: root.appendingPathComponent("golden"))
        #expect(store.url(forKey: inputs[0].key, format: .json).path.hasSuffix("golden/a/issue1.txt.json"))
    }

    @Test func filesNamedDirectlyAreKeyedByFileNameAndMayNotCollide() throws {
        let root = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("corpus/a/issue1.txt").path
        let b = root.appendingPathComponent("corpus/b/issue1.txt").path
        #expect(try VerifyInput.collect([a]).map(\.key) == ["issue1.txt"])
        #expect(throws: VerifyInputError.self) { try VerifyInput.collect([a, b]) }
        // One root for both separates them again.
        #expect(
            try VerifyInput.collect([a, b], root: root.appendingPathComponent("corpus").path).map(\.key) == [
                "a/issue1.txt", "b/issue1.txt",
            ])
        #expect(throws: VerifyInputError.self) { try VerifyInput.collect([a], root: "/nonexistent/elsewhere") }
        // A folder with nothing to verify is a mistake, not a pass.
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(throws: VerifyInputError.noInputs(empty.path)) { try VerifyInput.collect([empty.path]) }
    }

    /// Samples/ is flat but for held-out sets in subfolders (Samples/holdout/…, scored, never
    /// golden-tested), so verifying the folder keys every sample by its file name: the project's
    /// own goldens keep their names.
    @Test func theProjectsGoldensKeepTheirNames() throws {
        let inputs = try VerifyInput.collect([Fixtures.samples.path]).filter { !$0.key.hasPrefix("holdout/") }
        #expect(inputs.map(\.key) == Fixtures.sampleNames)
        for input in inputs {
            let url = GoldenStore(directory: Fixtures.golden).url(forKey: input.key, format: .json)
            #expect(FileManager.default.fileExists(atPath: url.path), "no golden for \(input.key)")
        }
    }

    @Test func twoSameNamedInputsGetTheirOwnGoldens() throws {
        let root = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = GoldenStore(directory: root.appendingPathComponent("golden"))
        let inputs = try VerifyInput.collect([root.appendingPathComponent("corpus").path])
        for input in inputs {
            _ = try store.verify(input: input.path, key: input.key, converter: Self.converter, update: true)
        }
        for input in inputs {
            #expect(try store.verify(input: input.path, key: input.key, converter: Self.converter).matches)
        }
        let a = try Data(contentsOf: store.url(forKey: "a/issue1.txt", format: .markdown))
        let b = try Data(contentsOf: store.url(forKey: "b/issue1.txt", format: .markdown))
        #expect(a != b)
    }

    // MARK: reports

    /// One matching input, one with a changed Markdown golden and a missing JSON golden is
    /// simulated by hand, plus one input that could not be converted.
    static func outcomes() -> ([GoldenOutcome], [VerifyReports.InputError]) {
        let good = GoldenOutcome(input: "corpus/a/issue1.pdf", key: "a/issue1.pdf")
        var bad = GoldenOutcome(input: "corpus/b/issue1.pdf", key: "b/issue1.pdf")
        bad.mismatches = [
            GoldenMismatch(golden: "golden/b/issue1.pdf.json", format: .json, missing: true, differences: []),
            GoldenMismatch(
                golden: "golden/b/issue1.pdf.md", format: .markdown, missing: false,
                differences: [JSONDifference(path: "line 3", expected: .string("A & B <x>"), actual: .string("A, B: \"y\""))]),
        ]
        var noMarkdown = GoldenOutcome(input: "corpus/c.txt", key: "c.txt")
        noMarkdown.skipped = [.markdown]
        let error = VerifyReports.InputError(input: "corpus/d.pdf", key: "d.pdf", message: "corpus/d.pdf: not a PDF file")
        return ([good, bad, noMarkdown], [error])
    }

    @Test func junitHasOneTestcasePerInputAndFormat() throws {
        let (outcomes, errors) = Self.outcomes()
        let xml = VerifyReports.junit(outcomes, errors: errors)
        let document = try XMLDocument(data: Data(xml.utf8))
        let suite = try #require(try document.nodes(forXPath: "/testsuites/testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "tests")?.stringValue == "8")
        #expect(suite.attribute(forName: "failures")?.stringValue == "2")
        #expect(suite.attribute(forName: "errors")?.stringValue == "2")
        #expect(suite.attribute(forName: "skipped")?.stringValue == "1")
        let cases = try document.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
        #expect(
            cases.compactMap { $0.attribute(forName: "name")?.stringValue } == [
                "a/issue1.pdf (json)", "a/issue1.pdf (markdown)", "b/issue1.pdf (json)", "b/issue1.pdf (markdown)",
                "c.txt (json)", "c.txt (markdown)", "d.pdf (json)", "d.pdf (markdown)",
            ])
        #expect(cases.allSatisfy { $0.attribute(forName: "classname")?.stringValue == "galley.verify" })
        #expect(cases[0].children == nil || cases[0].children!.isEmpty)
        let missing = try #require(cases[2].elements(forName: "failure").first)
        #expect(missing.attribute(forName: "type")?.stringValue == "missing")
        let changed = try #require(cases[3].elements(forName: "failure").first)
        // The diff, with its line breaks and special characters, survives in the message.
        let message = try #require(changed.attribute(forName: "message")?.stringValue)
        #expect(message.contains("line 3\n"))
        #expect(message.contains("\"A & B <x>\""))
        #expect(changed.stringValue == message)
        #expect(cases[5].elements(forName: "skipped").count == 1)
        #expect(
            cases[6].elements(forName: "error").first?.attribute(forName: "message")?.stringValue
                == "corpus/d.pdf: not a PDF file")
    }

    @Test func junitOfAllPassingHasNoFailures() throws {
        let xml = VerifyReports.junit([GoldenOutcome(input: "x.txt")])
        let document = try XMLDocument(data: Data(xml.utf8))
        #expect(try document.nodes(forXPath: "//testcase").count == 2)
        #expect(try document.nodes(forXPath: "//failure | //error").isEmpty)
    }

    @Test func githubAnnotationsAreOneLineEachWithEncodedMessages() {
        let (outcomes, errors) = Self.outcomes()
        let lines = VerifyReports.githubAnnotations(outcomes, errors: errors).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines.last == "")  // two mismatches, one error, final newline
        #expect(
            lines[0]
                == "::error file=corpus/b/issue1.pdf,title=missing golden b/issue1.pdf.json::golden/b/issue1.pdf.json: missing golden (run `make golden` or `galley verify --update`)"
        )
        #expect(
            lines[1].hasPrefix(
                "::error file=corpus/b/issue1.pdf,title=b/issue1.pdf%3A markdown differs from its golden (1 difference(s))::golden/b/issue1.pdf.md: 1 difference(s)%0Aline 3%0A"
            ))
        #expect(lines[2] == "::error file=corpus/d.pdf,title=d.pdf%3A cannot convert::corpus/d.pdf: not a PDF file")
        #expect(VerifyReports.escapeData("100% a\r\nb") == "100%25 a%0D%0Ab")
        #expect(VerifyReports.escapeProperty("a,b:c") == "a%2Cb%3Ac")
    }

    // MARK: the command line

    @Test func verifyWritesJUnitAndAnnotationsForAFolder() throws {
        let root = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus").path
        let golden = root.appendingPathComponent("golden").path
        #expect(try CommandLineTests.run(["verify", "--golden", golden, corpus, "--update"]).status == 0)
        try Data("changed\n".utf8).write(to: URL(fileURLWithPath: golden + "/b/issue1.txt.md"))
        let junit = root.appendingPathComponent("verify.xml").path
        let result = try CommandLineTests.run(["verify", "--golden", golden, corpus, "--junit", junit, "--github"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("ok \(corpus)/a/issue1.txt"))
        let annotations = result.stdout.split(separator: "\n").filter { $0.hasPrefix("::error ") }
        #expect(annotations.count == 1)
        #expect(annotations.first?.hasPrefix("::error file=\(corpus)/b/issue1.txt,title=b/issue1.txt%3A markdown") == true)
        let document = try XMLDocument(contentsOf: URL(fileURLWithPath: junit))
        #expect(try document.nodes(forXPath: "//testcase").count == 4)
        #expect(try document.nodes(forXPath: "//testcase[@name='b/issue1.txt (markdown)']/failure").count == 1)
    }

    @Test func sameNamedFilesGivenDirectlyAreAUsageError() throws {
        let root = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandLineTests.run([
            "verify", "--golden", root.path, root.path + "/corpus/a/issue1.txt", root.path + "/corpus/b/issue1.txt",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("would share the golden issue1.txt"))
    }
}

/// The command line's typo answers and format aliases.
@Suite struct CommandLineHintsTests {
    let sample = CommandLineTests.sample

    @Test(arguments: [
        (["conver", "x.txt"], "unknown subcommand 'conver'; did you mean 'convert'?"),
        (["verfiy"], "unknown subcommand 'verfiy'; did you mean 'verify'?"),
        (["bacth"], "unknown subcommand 'bacth'; did you mean 'batch'?"),
        (["xyzzyplugh"], "unknown subcommand 'xyzzyplugh'; see 'galley --help'"),
        (["manifest", "mrege", "out"], "unknown subcommand 'mrege'; did you mean 'merge'?"),
    ])
    func aMistypedSubcommandGetsOneLine(arguments: [String], line: String) throws {
        let result = try CommandLineTests.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "galley: \(line)\n")
    }

    @Test func aMistypedOptionGetsTheNearestName() throws {
        let result = try CommandLineTests.run(["convert", sample, "--fromat", "json"])
        #expect(result.status == 64)
        #expect(result.stderr == "galley: unknown option '--fromat'; did you mean '--format'?\n")
        let verify = try CommandLineTests.run(["verify", "--golden", "G", sample, "--junti", "x.xml"])
        #expect(verify.stderr == "galley: unknown option '--junti'; did you mean '--junit'?\n")
    }

    @Test func theHiddenWorkerIsNotSuggestedButStillRuns() throws {
        #expect(try CommandLineTests.run(["workr"]).stderr == "galley: unknown subcommand 'workr'; see 'galley --help'\n")
        #expect(try CommandLineTests.run(["worker", "--help"]).status == 0)
    }

    @Test func versionNamesGalleyPopplerAndSchema() throws {
        let result = try CommandLineTests.run(["--version"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first == "galley \(GalleyVersion.current)")
        #expect(lines.dropFirst().first?.hasPrefix("poppler ") == true)
        #expect(lines.dropFirst().first?.contains(".") == true)  // a real version such as 22.12.0
        #expect(lines.last == "JSON schema \(GalleyVersion.schema)")
    }

    @Test func mdIsMarkdown() throws {
        let md = try CommandLineTests.run(["convert", sample, "--format", "md"])
        let markdown = try CommandLineTests.run(["convert", sample, "--format", "markdown"])
        #expect(md.status == 0)
        #expect(md.stdout == markdown.stdout)
        #expect(!md.stdout.isEmpty)
        let wrong = try CommandLineTests.run(["convert", sample, "--format", "mdx"])
        #expect(wrong.status == 64)
    }

    @Test func batchTakesMdToo() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let result = try CommandLineTests.run(["batch", sample, "-o", out, "--format", "json,md"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(files.contains("001_ff7c0782f6439bae.txt.md"))
        #expect(files.contains("001_ff7c0782f6439bae.txt.json"))
    }
}
