import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The writers' and the batch's speed-ups (issue 5) held to the plain answers they replaced:
/// block text written line by line, section pages without a `Set`, the output buffer's growth,
/// SHA-256 straight from the input's bytes, the atomic file write and the manifest's
/// background flushes.
@Suite struct WriterFastPathTests {
    /// Lines on the edges of trimming and escaping: Unicode spaces, controls, lines that trim
    /// to nothing, quotes and backslashes at the ends of a line.
    static let edgeLines: [[String]] = [
        [], [""], ["   "], [" only "], ["  first ", "   ", "second", "\tthird\u{A0}"],
        ["\u{85}next line\u{85}", "\u{2003}em\u{3000}"], ["tab\u{0B}vt\u{0C}ff", "\u{1C}\u{1F}unit"],
        ["\"quoted\"", "back\\", "\\", "\""], ["\r\n", "a\r", "\nb"], ["café ", " e\u{301}", "😀 \u{2028}"],
        ["", "x", "", "y", ""], [String(repeating: "long line ", count: 500), "tail"],
    ]

    @Test(arguments: edgeLines)
    func blockTextIsWrittenAsBlockTextReads(lines: [String]) throws {
        var document = Document(
            source: SourceInfo(file: "edge.txt", format: .text, sha256: "00", pageCount: 1), pages: [])
        document.sections = [
            Section(id: "s1", heading: nil, level: 1, blocks: [Block(lines: lines.map { Line($0) }, page: 1)])
        ]
        let json = try JSONWriter().write(document)
        #expect(json == (try JSONWriter().encoderOutput(document)))
    }

    @Test(arguments: [[], [1], [1, 1, 1], [1, 2, 3], [3, 1, 2, 1], [5, 4, 4, 2, 9, 2], [2, 2, 1, 1]])
    func sectionPagesWithoutASet(pages: [Int]) {
        let section = Section(
            id: "s1", heading: nil, level: 1, blocks: pages.map { Block(lines: [Line("x")], page: $0) })
        #expect(JSONWriter.pages(of: section) == section.pages)
    }

    @Test func aDocumentLargerThanItsEstimateStillComesOutWhole() throws {
        var document = try Fixtures.convert(sample: Fixtures.sampleNames[0])
        // Escapes lengthen strings beyond what the estimate allows for.
        let controls = String(repeating: "\u{01}\"\\", count: 4000)
        for index in 0..<50 { document.audit.warn(.invalidEncoding, "\(index) \(controls)", page: index) }
        #expect(try JSONWriter().write(document) == JSONWriter().encoderOutput(document))
    }

    @Test func theBufferGrowsWithoutLosingBytes() {
        var buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for size in [0, 1, 63, 64, 65, 1000, 5, 70_000, 3] {
            let chunk = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ size) }
            chunk.withUnsafeBufferPointer { buffer.append($0) }
            expected += chunk
            buffer.append(UInt8(size & 0xFF))
            expected.append(UInt8(size & 0xFF))
        }
        buffer.append("static text")
        expected += Array("static text".utf8)
        buffer.append("dynamic é")
        expected += Array("dynamic é".utf8)
        #expect(buffer.count == expected.count)
        #expect(buffer.data() == Data(expected))
    }

    // MARK: - SHA-256

    /// Every length around the padding edges (55/56/64 bytes) and a multi-block input.
    @Test func sha256MatchesThePlainImplementation() {
        var bytes: [UInt8] = []
        for length in 0...300 {
            #expect(SHA256.digest(Data(bytes)) == Self.plainSHA256(bytes), "length \(length)")
            bytes.append(UInt8(truncatingIfNeeded: length &* 167 &+ 13))
        }
        let large = (0..<1_000_003).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        #expect(SHA256.digest(Data(large)) == Self.plainSHA256(large))
        // A slice of a larger Data starts at a non-zero index.
        let sliced = Data(large)[1000..<2000]
        #expect(SHA256.digest(sliced) == Self.plainSHA256(Array(large[1000..<2000])))
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// FIPS 180-4 as written: the padded message in one array, the schedule per block.
    static func plainSHA256(_ input: [UInt8]) -> [UInt8] {
        let k = SHA256.k  // the known answer for "abc" in the test above checks the constants themselves
        func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var message = input + [0x80]
        while message.count % 64 != 56 { message.append(0) }
        let bits = UInt64(input.count) * 8
        message += (0..<8).map { UInt8(truncatingIfNeeded: bits >> (56 - 8 * UInt64($0))) }
        for chunk in stride(from: 0, to: message.count, by: 64) {
            var w = (0..<16).map { i in
                (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(message[chunk + 4 * i + $1]) }
            }
            for i in 16..<64 {
                let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w.append(w[i - 16] &+ s0 &+ w[i - 7] &+ s1)
            }
            var v = h
            for i in 0..<64 {
                let t1 =
                    v[7] &+ (rotr(v[4], 6) ^ rotr(v[4], 11) ^ rotr(v[4], 25)) &+ ((v[4] & v[5]) ^ (~v[4] & v[6])) &+ k[i] &+ w[i]
                let t2 = (rotr(v[0], 2) ^ rotr(v[0], 13) ^ rotr(v[0], 22)) &+ ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]))
                v = [t1 &+ t2, v[0], v[1], v[2], v[3] &+ t1, v[4], v[5], v[6]]
            }
            h = zip(h, v).map { $0 &+ $1 }
        }
        return h.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
    }

    // MARK: - Files

    @Test func anAtomicWriteReplacesWholeAndLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A folder that does not exist yet is made.
        let path = folder.appendingPathComponent("deeper/out.json").path
        try AtomicFile.write(Data("first".utf8), to: path)
        try AtomicFile.write(Data(), to: path + ".empty")
        try AtomicFile.write(Data(repeating: 7, count: 3_000_000), to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(repeating: 7, count: 3_000_000))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".empty")).isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("deeper").path)
        #expect(names.sorted() == ["out.json", "out.json.empty"])
    }

    @Test func anAtomicWriteThatCannotHappenSaysWhyAndLeavesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        // A folder is in the way of the rename: the bytes were written and flushed, the rename fails.
        let blocked = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inside"), withIntermediateDirectories: true)
        for path in [file.appendingPathComponent("under-a-file.json").path, blocked.path] {
            #expect(throws: GalleyError.self) { try AtomicFile.write(Data("y".utf8), to: path) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a-file", "taken"])
    }

    @Test func manifestLinesFlushedInTheBackgroundAreAllThere() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-log-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("manifest.jsonl").path
        let log = try ManifestLog(path: path)
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    for index in 0..<50 {
                        try? log.append(ManifestEntry(input: "w\(worker)/\(index)", sha256: "", outputs: [], status: .converted))
                    }
                }
            }
        }
        try log.flush()
        log.release()
        log.release()  // a second release does nothing
        let manifest = Manifest.read(path)
        #expect(manifest.entries.count == 200)
        #expect(manifest.unreadableLines == 0)
        // The lock went with the release: the manifest can be opened again. A process another
        // test spawns at this moment holds a copy of every descriptor (and so the lock) between
        // its fork and its exec, which closes them: a refusal is asked again for a while.
        var again: ManifestLog?
        for _ in 0..<200 where again == nil {
            do { again = try ManifestLog(path: path) } catch BatchError.manifestBusy(_) { try await Task.sleep(for: .milliseconds(10)) }
        }
        #expect(again != nil)
        again?.release()
    }
}
