import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// Bad PDFs through the built `galley` binary: each is one clear line on stderr and a distinct
/// exit status, never a crash and never poppler's own syntax messages (poppler-glib logs those at
/// INFO level, which `G_MESSAGES_DEBUG=all` would show; the reader drops them, so every run here
/// sets it). A PDF without a text layer is not an error: exit 0 with a warning.
@Suite struct PDFCommandLineTests {
    typealias Result = CommandLineTests.Result

    static let fixtures = Fixtures.root.appendingPathComponent("Tests/GalleyKitTests/Fixtures/pdf")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// Runs the binary with glib's debug messages switched on, so any poppler chatter would show.
    static func run(_ arguments: [String]) throws -> Result {
        try CommandLineTests.run(arguments, environment: ["G_MESSAGES_DEBUG": "all"])
    }

    /// `bytes` written to a fresh file named `name`; the caller removes its folder.
    static func temporaryFile(_ name: String, _ bytes: Data) throws -> URL {
        let folder = try CommandLineTests.temporaryDirectory()
        let url = folder.appendingPathComponent(name)
        try bytes.write(to: url)
        return url
    }

    static func sampleBytes(_ name: String) throws -> Data {
        try Data(contentsOf: Fixtures.samples.appendingPathComponent(name))
    }

    /// Exactly one line on stderr, "galley: <path>: <message>", nothing on stdout.
    func expectOneLine(_ result: Result, status: Int32, _ message: String) {
        #expect(result.status == status)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "stderr: \(result.stderr)")
        #expect(result.stderr.hasPrefix("galley: "))
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
    }

    @Test func anEncryptedPDFWithoutAPasswordIs77() throws {
        let result = try Self.run(["convert", Self.fixture("encrypted.pdf")])
        expectOneLine(result, status: 77, "password required")
    }

    @Test func theRightPasswordOpensIt() throws {
        let result = try Self.run(["convert", Self.fixture("encrypted.pdf"), "--password", "secret", "--format", "text"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("Members only: the minutes of the annual meeting.\n"))
    }

    @Test func aWrongPasswordIs77Too() throws {
        let result = try Self.run(["convert", Self.fixture("encrypted.pdf"), "--password", "wrong"])
        expectOneLine(result, status: 77, "the password does not open this PDF")
    }

    @Test(arguments: [
        ("truncated.pdf", "damaged or truncated PDF"),
        ("zero-pages.pdf", "damaged or truncated PDF (the PDF has no pages)"),
        ("garbage.pdf", "not a PDF file"),
    ])
    func aBrokenFixtureIsOneLineAnd65(name: String, message: String) throws {
        expectOneLine(try Self.run(["convert", Self.fixture(name)]), status: 65, message)
    }

    @Test(arguments: [("pdf-two-columns.pdf", 0.3), ("pdf-two-columns.pdf", 0.9), ("pdf-running-header.pdf", 0.5)])
    func aSamplePDFCutShortIsOneLineAnd65(sample: String, share: Double) throws {
        // The first bytes of a real newsletter: poppler finds no trailer and reports syntax errors.
        let bytes = try Self.sampleBytes(sample)
        let url = try Self.temporaryFile("cut.pdf", bytes.prefix(Int(Double(bytes.count) * share)))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        expectOneLine(try Self.run(["convert", url.path]), status: 65, "cut.pdf: damaged or truncated PDF")
    }

    @Test func binaryDataThatIsNotAPDFIs65() throws {
        var bytes = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        bytes += Data((0..<200).map { UInt8($0 % 251) })
        let url = try Self.temporaryFile("photo.pdf", bytes)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        expectOneLine(try Self.run(["convert", url.path]), status: 65, "not text and not a PDF")
    }

    @Test func aScannedPDFIsAWarningNotAnError() throws {
        let result = try Self.run(["convert", Self.fixture("scanned.pdf")])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["warnings"] as? [String] == ["no text layer: the PDF looks scanned; OCR is needed"])
        #expect((json["sections"] as? [Any])?.isEmpty == true)
    }

    @Test func aPDFWhosePageContentCannotBeDecodedSaysSoAndDoesNotBlameAScanner() throws {
        // Every compressed stream's data corrupted: the file opens, its page yields nothing.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("columns.pdf")))
        let marker = Data("stream\n".utf8)
        var searchFrom = bytes.startIndex
        while let found = bytes.range(of: marker, in: searchFrom..<bytes.endIndex) {
            bytes.replaceSubrange(found.upperBound..<(found.upperBound + 4), with: Data("XXXX".utf8))
            searchFrom = found.upperBound
        }
        let url = try Self.temporaryFile("unreadable.pdf", bytes)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let result = try Self.run(["convert", url.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("no text and no pictures: the pages are blank or their content could not be read"))
        #expect(!result.stdout.contains("OCR"))
    }

    @Test func aGoodSamplePDFConvertsWithNothingOnStderr() throws {
        let result = try Self.run([
            "convert", Fixtures.samples.appendingPathComponent("pdf-click-here.pdf").path, "--format", "markdown",
        ])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("# Harbour Lights Food Bank\n"))
    }

    @Test func structureChoosesWhetherTheTreeIsRead() throws {
        let tagged = Fixtures.samples.appendingPathComponent("pdf-tagged.pdf").path
        let byTree = try Self.run(["convert", tagged, "--structure", "on"])
        let byLayout = try Self.run(["convert", tagged, "--structure", "off"])
        let byDefault = try Self.run(["convert", tagged])
        #expect(byTree.status == 0 && byLayout.status == 0 && byDefault.status == 0)
        // The tree reads the column break whole; the layout joins it and records the join.
        #expect(!byTree.stdout.contains("\"kind\" : \"join\""))
        #expect(byLayout.stdout.contains("\"kind\" : \"join\""))
        #expect(byDefault.stdout == byLayout.stdout)
        let wrong = try Self.run(["convert", tagged, "--structure", "maybe"])
        #expect(wrong.status == 64)
        #expect(wrong.stdout.isEmpty)
    }
}
