import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Every failure is one line naming the file and the cause in plain words: no Foundation
/// error text ("NSCocoaErrorDomain error 256") reaches a user.
@Suite struct ErrorTextTests {
    @Test(arguments: [
        (ENOENT, "no such file"), (EACCES, "permission denied"), (EISDIR, "is a directory"),
        (ENOSPC, "disk full"), (EROFS, "read-only file system"), (ENOTDIR, "a part of the path is not a folder"),
    ])
    func systemErrorsInPlainWords(number: Int32, words: String) {
        #expect(GalleyError.reason(errno: number) == words)
        #expect(GalleyError.reason(POSIXError(POSIXErrorCode(rawValue: number)!)) == words)
    }

    @Test func foundationErrorsGiveTheirUnderlyingCause() {
        let wrapped = NSError(
            domain: NSCocoaErrorDomain, code: CocoaError.fileReadUnknown.rawValue,
            userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        #expect(GalleyError.reason(wrapped) == "disk full")
        #expect(GalleyError.reason(CocoaError(.fileReadNoPermission)) == "permission denied")
        // A near miss: an unknown Cocoa error still says nothing of domains or codes.
        let bare = GalleyError.reason(NSError(domain: NSCocoaErrorDomain, code: 256))
        #expect(!bare.contains("NSCocoaErrorDomain") && !bare.contains("256"))
    }

    @Test func aOneCharacterRelativePathSplitsWithoutFoundation() throws {
        #expect(try AtomicFile.split("a") == ("", "a"))
        #expect(try AtomicFile.split("/a") == ("/", "a"))
        #expect(try AtomicFile.split("out/b.json") == ("out", "b.json"))
        #expect(throws: GalleyError.self) { try AtomicFile.split("out/") }
    }

    @Test func aOneCharacterOutputNameIsWrittenWhereItIsNamed() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["convert", CommandLineTests.sample, "-o", "b"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("b").path))
    }

    /// The CLI's one line for each common failure: name, cause, sysexits status.
    @Test func commandLineFailuresAreOneLineInPlainWords() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("file").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let cases: [([String], Int32, String)] = [
            (["convert", folder.appendingPathComponent("missing.txt").path], 66, "missing.txt: no such file"),
            (["convert", folder.path], 66, "is a directory"),
            (["convert", CommandLineTests.sample, "-o", file + "/out.json"], 73, "cannot write (a part of the path is not a folder)"),
            (["convert", CommandLineTests.sample, "-o", folder.path + "/"], 73, "cannot write (is a directory)"),
        ]
        for (arguments, status, words) in cases {
            let run = try CommandLineTests.run(arguments)
            #expect(run.status == status, "\(arguments)")
            #expect(run.stderr.contains(words), "\(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
            #expect(!run.stderr.contains("Domain") && !run.stderr.contains("Error Domain"), "\(run.stderr)")
        }
    }
}

/// `galley verify`: a missing golden of any checked format fails; goldens without an input
/// are listed, and deleted with --prune.
@Suite struct VerifyGoldenSetTests {
    @Test func aMissingMarkdownGoldenFails() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let golden = folder.appendingPathComponent("golden")
        let update = try CommandLineTests.run(["verify", "--golden", golden.path, CommandLineTests.sample, "--update"])
        #expect(update.status == 0, "\(update.stderr)")
        let name = URL(fileURLWithPath: CommandLineTests.sample).lastPathComponent
        #expect(try CommandLineTests.run(["verify", "--golden", golden.path, CommandLineTests.sample]).status == 0)
        try FileManager.default.removeItem(at: golden.appendingPathComponent(name + ".md"))
        let missing = try CommandLineTests.run(["verify", "--golden", golden.path, CommandLineTests.sample])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("\(name).md: missing golden"))
        // A near miss: checking JSON only, the missing Markdown golden is not asked for.
        let jsonOnly = try CommandLineTests.run([
            "verify", "--golden", golden.path, CommandLineTests.sample, "--goldens", "json",
        ])
        #expect(jsonOnly.status == 0, "\(jsonOnly.stdout)")
    }

    @Test func goldensWithoutAnInputAreListedAndPruned() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let golden = folder.appendingPathComponent("golden")
        _ = try CommandLineTests.run(["verify", "--golden", golden.path, CommandLineTests.sample, "--update"])
        let orphan = golden.appendingPathComponent("gone.pdf.json")
        try Data("{}".utf8).write(to: orphan)
        try Data("notes".utf8).write(to: golden.appendingPathComponent("README"))
        let listed = try CommandLineTests.run(["verify", "--golden", golden.path, CommandLineTests.sample])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("orphan \(orphan.path) (no input given for it)"))
        #expect(!listed.stdout.contains("README"))
        #expect(FileManager.default.fileExists(atPath: orphan.path))
        let pruned = try CommandLineTests.run(["verify", "--golden", golden.path, CommandLineTests.sample, "--prune"])
        #expect(pruned.stdout.contains("pruned \(orphan.path)"))
        #expect(!FileManager.default.fileExists(atPath: orphan.path))
        #expect(FileManager.default.fileExists(atPath: golden.appendingPathComponent("README").path))
    }
}
