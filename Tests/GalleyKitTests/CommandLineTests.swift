import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// End-to-end: the built `galley` binary run as a user would, checking stdout, stderr and exit status.
@Suite struct CommandLineTests {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder holding the build products (the test bundle sits beside the `galley` binary).
    static let productsDirectory: URL = {
        #if os(macOS)
            if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
                return bundle.bundleURL.deletingLastPathComponent()
            }
        #endif
        return Bundle.main.bundleURL
    }()

    static let galley = productsDirectory.appendingPathComponent("galley")
    static let sample = Fixtures.samples.appendingPathComponent("001_ff7c0782f6439bae.txt").path

    /// Runs the binary; `environment` adds variables to the test's own.
    static func run(
        _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = galley
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read before waiting, so a large output cannot fill the pipe and stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh empty folder, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("galley-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A user error: the status, and one line on stderr starting "galley: ", nothing on stdout.
    func expectUserError(_ result: Result, status: Int32, mentioning text: String) {
        #expect(result.status == status)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("galley: "))
        #expect(result.stderr.contains(text))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "stderr: \(result.stderr)")
    }

    @Test func theBinaryWasBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.galley.path), "no galley at \(Self.galley.path)")
    }

    @Test func missingFileIs66() throws {
        expectUserError(try Self.run(["convert", "/nonexistent/issue.txt"]), status: 66, mentioning: "no such file")
    }

    @Test func aDirectoryIs66() throws {
        let folder = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        expectUserError(try Self.run(["convert", folder.path]), status: 66, mentioning: "is a directory")
    }

    @Test(arguments: [
        ("empty.txt", Data(), 65 as Int32, "empty"),
        ("blank.txt", Data(" \n\n\t\n".utf8), 65, "empty"),
        ("photo.bin", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x01, 0x02]), 65, "binary"),
    ])
    func unusableInputIs65(name: String, bytes: Data, status: Int32, text: String) throws {
        let folder = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: bytes)
        expectUserError(try Self.run(["convert", path]), status: status, mentioning: text)
    }

    @Test func invalidUTF8ConvertsWithAWarning() throws {
        var bytes = Data("Quiz night at the caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Data(" on Friday.\n".utf8))
        let result = try Self.run(["convert", "-"], stdin: bytes)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let json = try JSONValue(parsing: Data(result.stdout.utf8))
        #expect(json["warnings"]?.arrayValue?.count == 1)
        #expect(json["source"]?["file"] == .string("-"))
    }

    @Test func standardInputIsRead() throws {
        let result = try Self.run(["convert", "-", "--format", "text"], stdin: Data("Quiz night on Friday.\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "Quiz night on Friday.\n")
    }

    @Test func outputFileIsWritten() throws {
        let folder = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("issue.json")
        let result = try Self.run(["convert", Self.sample, "-o", output.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        let errors = try SchemaTests.validator.validate(try Data(contentsOf: output))
        #expect(errors.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["issue.json"])
    }

    @Test func aFailedConversionLeavesNoOutputFile() throws {
        let folder = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt")
        FileManager.default.createFile(atPath: empty.path, contents: Data())
        let result = try Self.run(["convert", empty.path, "-o", folder.appendingPathComponent("out.json").path])
        expectUserError(result, status: 65, mentioning: "empty")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["empty.txt"])
    }

    @Test func anUnknownFlagIsAUsageError() throws {
        // One line, not the whole usage (issue 15); no name is near enough to suggest.
        let result = try Self.run(["convert", Self.sample, "--colour"])
        expectUserError(result, status: 64, mentioning: "unknown option '--colour'; see 'galley convert --help'")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test(arguments: [("markdown", "\n\n"), ("text", "\n\n"), ("json", "\"schemaVersion\" : \"\(GalleyVersion.schema)\"")])
    func everyFormatIsWritten(format: String, marker: String) throws {
        let result = try Self.run(["convert", Self.sample, "--format", format])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains(marker))
        #expect(result.stdout.hasSuffix("\n"))
        if format != "json" { #expect(!result.stdout.contains("\"sections\"")) }
    }

    @Test func verifyRoundTrip() throws {
        let folder = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // No goldens yet: a failure that says how to make them.
        var result = try Self.run(["verify", "--golden", folder.path, Self.sample])
        #expect(result.status == 1)
        #expect(result.stdout.contains("missing golden"))
        // --update writes them; then everything matches.
        result = try Self.run(["verify", "--golden", folder.path, Self.sample, "--update"])
        #expect(result.status == 0)
        let json = folder.appendingPathComponent("001_ff7c0782f6439bae.txt.json")
        #expect(FileManager.default.fileExists(atPath: json.path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("001_ff7c0782f6439bae.txt.md").path))
        result = try Self.run(["verify", "--golden", folder.path, Self.sample])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("1 of 1 match\n"))
        // A changed golden is reported by JSON path.
        var golden = try JSONValue(parsing: Data(contentsOf: json)).objectValue!
        golden["title"] = .string("Edited by hand")
        try Data(JSONValue.object(golden).compactText.utf8).write(to: json)
        result = try Self.run(["verify", "--golden", folder.path, Self.sample])
        #expect(result.status == 1)
        #expect(result.stdout.contains("title\n  expected: \"Edited by hand\""))
        result = try Self.run(["verify", "--golden", folder.path, Self.sample, "--format", "json"])
        #expect(result.status == 1)
        let report = try JSONValue(parsing: Data(result.stdout.utf8))
        #expect(report["results"]?.arrayValue?.first?["status"] == .string("mismatch"))
        // A missing input gets its own exit status and one line on stderr.
        result = try Self.run(["verify", "--golden", folder.path, "/nonexistent/issue.txt"])
        #expect(result.status == 66)
        #expect(result.stderr == "galley: /nonexistent/issue.txt: no such file\n")
    }
}
