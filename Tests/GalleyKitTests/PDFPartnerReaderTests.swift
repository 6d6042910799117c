import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// A long PDF read with its pages shared between two threads (`PartnerReader`) comes out the same
/// as read on one: same pages in the same order, same warnings, same fingerprint.
@Suite struct PDFPartnerReaderTests {
    static let fixtures = Fixtures.root.appendingPathComponent("Tests/GalleyKitTests/Fixtures/pdf")

    /// Runs `executable` with `arguments`, expecting it to succeed.
    static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(executable) \(arguments.joined(separator: " ")) failed")
    }

    static func temporaryPDF(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("galley-partner-\(getpid())-\(name).pdf")
    }

    static func expectSameBothWays(_ url: URL, minimumPages: Int) throws {
        let input = try InputFile.load(url.path)
        let parallel = try PDFReader().read(input)
        let single = try PDFReader(parallelPages: false).read(input)
        #expect(parallel.source.pageCount >= minimumPages)
        #expect(PartnerReader.isUsed(pageCount: parallel.source.pageCount))
        #expect(parallel == single)
    }

    @Test(arguments: [PartnerReader.minimumPages, 25])
    func aGeneratedNewsletterReadsTheSameOnTwoThreads(pages: Int) throws {
        let url = Self.temporaryPDF("newsletter-\(pages)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.run("python3", [Self.fixtures.appendingPathComponent("make_fixtures.py").path, "--long", "\(pages)", url.path])
        try Self.expectSameBothWays(url, minimumPages: pages)
    }

    /// Every sample and fixture PDF that opens without a password, one after another: tagged and
    /// untagged pages, columns, pictures and a scan, an odd number of pages in all.
    @Test func theSamplesJoinedReadTheSameOnTwoThreads() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samples.path)
            .filter { $0.hasSuffix(".pdf") }.sorted().map { Fixtures.samples.appendingPathComponent($0).path }
        let fixtures = ["columns.pdf", "picture.pdf", "scanned.pdf", "tagged.pdf"]
            .map { Self.fixtures.appendingPathComponent($0).path }
        let url = Self.temporaryPDF("samples")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.run("pdfunite", samples + fixtures + [url.path])
        try Self.expectSameBothWays(url, minimumPages: 20)
    }
}
