import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Dumps and files as people have them, and as an attacker makes them: NUL bytes, one
/// multi-megabyte line, mixed line endings, byte-order marks, UTF-16/UTF-32, inputs over the
/// size limit, file names that are not UTF-8, and documents that lose all their text. Each ends
/// with a conversion or one clear line naming the file and the cause.
@Suite struct HostileInputTests {
    static func read(_ bytes: [UInt8], name: String = "dump.txt") throws -> Document {
        try RawTextReader().read(InputFile(path: name, bytes: Data(bytes)))
    }

    static func lines(_ document: Document) -> [String] {
        document.pages.flatMap { $0.blocks.flatMap { $0.lines.map(\.text) } }
    }

    // MARK: - Bytes

    @Test func nulBytesAreRefusedAsBinary() {
        #expect(throws: GalleyError.binaryInput("dump.txt")) { try Self.read(Array("one\0two\n".utf8)) }
        // A near miss: other control bytes in small numbers are text.
        #expect(throws: Never.self) { try Self.read(Array("one\u{07} two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six twenty-seven twenty-eight twenty-nine thirty\n".utf8)) }
    }

    @Test func mixedLineEndingsAllEndLines() throws {
        let document = try Self.read(Array("alpha\r\nbeta\rgamma\ndelta\r\n\r\nepsilon".utf8))
        #expect(Self.lines(document) == ["alpha", "beta", "gamma", "delta", "epsilon"])
        #expect(document.pages[0].blocks.count == 2)
    }

    @Test func aTenMegabyteLineIsCutAtSpacesWithoutLosingACharacter() throws {
        let words = ["garden", "meeting", "newsletter", "community", "über", "café"]
        var text = ""
        var index = 0
        while text.utf8.count < 10_000_000 {
            text += words[index % words.count] + " "
            index += 1
        }
        text += "end"
        let document = try Self.read(Array(text.utf8))
        let lines = Self.lines(document)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.utf8.count <= RawTextReader.maximumLineBytes })
        // Cut only at spaces: the lines joined by one space are the input.
        #expect(lines.joined(separator: " ") == text)
        #expect(document.audit.warnings.contains { $0.contains("were cut at spaces") })
    }

    @Test func aMegabyteLineConvertsThroughEveryStageWithoutLosingAWord() throws {
        var text = ""
        var index = 0
        while text.utf8.count < 1_000_000 {
            text += "word\(index) "
            index += 1
        }
        let converter = Converter(options: ConvertOptions(), lexicon: Fixtures.lexicon)
        let document = try converter.convert(InputFile(path: "line.txt", bytes: Data(text.utf8)))
        let output = String(decoding: try OutputFormat.text.writer.write(document), as: UTF8.self)
        let words = output.split(whereSeparator: \.isWhitespace)
        #expect(words.count == index)
        #expect(words.last == "word\(index - 1)")
    }

    @Test func aLongRunWithoutSpacesIsCutAtCharacterBoundaries() throws {
        let text = String(repeating: "é", count: RawTextReader.maximumLineBytes * 3)
        let lines = Self.lines(try Self.read(Array(text.utf8)))
        #expect(lines.count >= 3)
        #expect(lines.joined() == text)
        // A near miss: a line at the limit is kept whole, with no warning.
        let atLimit = String(repeating: "a", count: RawTextReader.maximumLineBytes)
        let kept = try Self.read(Array(atLimit.utf8))
        #expect(Self.lines(kept) == [atLimit])
        #expect(kept.audit.warnings.isEmpty)
    }

    // MARK: - Byte-order marks

    static let sentence = "Grüße from the café — newsletter №1.\nSecond line."

    @Test func aUTF8ByteOrderMarkIsDropped() throws {
        let document = try Self.read([0xEF, 0xBB, 0xBF] + Array(Self.sentence.utf8))
        #expect(Self.lines(document) == Self.sentence.split(separator: "\n").map(String.init))
        #expect(document.audit.warnings.isEmpty)
    }

    @Test(arguments: [
        ([0xFF, 0xFE] as [UInt8], String.Encoding.utf16LittleEndian),
        ([0xFE, 0xFF], .utf16BigEndian),
        ([0xFF, 0xFE, 0x00, 0x00], .utf32LittleEndian),
        ([0x00, 0x00, 0xFE, 0xFF], .utf32BigEndian),
    ])
    func unicodeDumpsWithAByteOrderMarkAreDecoded(bom: [UInt8], encoding: String.Encoding) throws {
        let body = Array(Self.sentence.data(using: encoding)!)
        let document = try Self.read(bom + body)
        #expect(Self.lines(document) == Self.sentence.split(separator: "\n").map(String.init))
        #expect(document.audit.warnings.isEmpty)
    }

    @Test func utf16WithoutAByteOrderMarkIsStillRefused() {
        // Without the mark there is no telling UTF-16 from binary: its NUL bytes say binary.
        let body = Array("Plain text".data(using: .utf16LittleEndian)!)
        #expect(throws: GalleyError.binaryInput("dump.txt")) { try Self.read(body) }
    }

    @Test func brokenUTF16IsDecodedWithAWarning() throws {
        // A lone high surrogate and an odd trailing byte.
        let document = try Self.read([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43])
        #expect(document.audit.warnings.contains { $0.contains("not valid UTF-16LE: 2") })
        #expect(Self.lines(document) == ["A\u{FFFD}B\u{FFFD}"])
    }

    @Test func utf16WithANulCharacterIsBinary() {
        #expect(throws: GalleyError.binaryInput("dump.txt")) { try Self.read([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00]) }
    }

    // MARK: - Size limit

    @Test func anInputOverTheLimitIsRefusedFromItsSize() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.txt").path
        try Data(repeating: 0x61, count: 3000).write(to: URL(fileURLWithPath: path))
        #expect(throws: GalleyError.inputTooLarge(path, size: 3000, limit: 2048)) {
            try InputFile.load(path, maxSize: 2048)
        }
        #expect(GalleyError.inputTooLarge("big.txt", size: 3000, limit: 2048).exitCode == 65)
        #expect(
            GalleyError.inputTooLarge("big.txt", size: 3 << 20, limit: 2 << 20).description
                == "big.txt: too large (3M, over the 2M limit; raise it with --max-input-size)")
        // A near miss: exactly at the limit is read.
        #expect(try InputFile.load(path, maxSize: 3000).bytes.count == 3000)
    }

    @Test func convertRefusesAnOversizeInputInOneLine() throws {
        let run = try CommandLineTests.run(["convert", CommandLineTests.sample, "--max-input-size", "1K"])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("galley: \(CommandLineTests.sample): too large ("))
        #expect(run.stderr.split(separator: "\n").count == 1)
        let bad = try CommandLineTests.run(["convert", CommandLineTests.sample, "--max-input-size", "lots"])
        #expect(bad.status == 64)
    }

    @Test func standardInputOverTheLimitIsRefused() throws {
        let run = try CommandLineTests.run(
            ["convert", "-", "--max-input-size", "100"], stdin: Data(repeating: 0x61, count: 5000))
        #expect(run.status == 65)
        #expect(run.stderr == "galley: <stdin>: too large (more than 100 bytes, over the 100 bytes limit; raise it with --max-input-size)\n")
    }

    @Test func aBatchRecordsAnOversizeInputAsFailedAndConvertsTheRest() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data("A short newsletter paragraph that converts.\n".utf8).write(to: inputs.appendingPathComponent("small.txt"))
        try Data(repeating: 0x61, count: 8192).write(to: inputs.appendingPathComponent("large.txt"))
        let run = try CommandLineTests.run(["batch", inputs.path, "-o", out.path, "--max-input-size", "4K", "--jobs", "1"])
        #expect(run.status == 1)
        let manifest = Manifest.read(out.appendingPathComponent("manifest.jsonl").path)
        let large = manifest.entries["large.txt"]
        #expect(large?.status == .failed)
        #expect(large?.reason == "error: large.txt: too large (8K, over the 4K limit; raise it with --max-input-size)")
        #expect(manifest.entries["small.txt"]?.status == .converted)
    }

    // MARK: - File names

    @Test func aFileNameThatIsNotUTF8IsConvertedAndRecordedEscaped() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        // "caf\xE9.txt": Latin-1 é, invalid as UTF-8.
        let name = Array(inputs.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8)
        let descriptor = (name + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            }
        }
        #expect(descriptor >= 0)
        let text = Array("A paragraph in a file with a Latin-1 name.\n".utf8)
        _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let run = try CommandLineTests.run(["batch", inputs.path, "-o", out.path, "--jobs", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let manifest = Manifest.read(out.appendingPathComponent("manifest.jsonl").path)
        #expect(manifest.entries["caf\\xE9.txt"]?.status == .converted)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("caf\\xE9.txt.json").path))
    }

    @Test func escapedNamesEscapeOnlyWhatIsNotUTF8() {
        #expect(InputDiscovery.escapedName(Array("café.txt".utf8)) == nil)
        #expect(InputDiscovery.escapedName([0x61, 0xE9, 0x62]) == "a\\xE9b")
        #expect(InputDiscovery.escapedName([0xC3, 0xA9, 0xFF]) == "é\\xFF")
    }

    // MARK: - Everything removed

    @Test func aDumpOfPageNumbersOnlyConvertsWithTheWarning() throws {
        let converter = Converter(options: ConvertOptions(), lexicon: Fixtures.lexicon)
        let document = try converter.convert(InputFile(path: "numbers.txt", bytes: Data("1\n\u{0C}2\n\u{0C}3\n\u{0C}4\n".utf8)))
        #expect(document.audit.warnings.contains(Document.allTextRemovedWarning))
        #expect(!document.audit.removed.isEmpty)
    }

    @Test func aDocumentThatLosesAllItsTextIsWarned() throws {
        var document = Document(
            source: SourceInfo(file: "x.txt", format: .text, sha256: "", pageCount: 1),
            pages: [Page(number: 1, blocks: [])])
        document.audit.remove(.header, "Page 1", page: 1)
        document.warnIfAllTextRemoved()
        #expect(document.audit.warnings == [Document.allTextRemovedWarning])
        // A near miss: text left, no warning.
        var kept = try Self.read(Array("Still here.\n".utf8))
        kept.audit.remove(.header, "Page 1", page: 1)
        kept.warnIfAllTextRemoved()
        #expect(kept.audit.warnings.isEmpty)
    }
}
