import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// An input Galley reads itself lives in one block of its own, which its `Data` is a view of and
/// which a PDF's reader hands to poppler as it is: a PDF's bytes are held once, not twice.
@Suite struct InputBufferTests {
    static let pdf = Fixtures.samples.appendingPathComponent("pdf-two-columns.pdf").path

    @Test func aLoadedInputKeepsItsBlockAndAPDFSharesIt() throws {
        let input = try InputFile.load(Self.pdf)
        let buffer = try #require(input.buffer)
        #expect(buffer.count == input.bytes.count)
        #expect(input.bytes == (try Data(contentsOf: URL(fileURLWithPath: Self.pdf))))
        #expect(Data(bytes: buffer.base, count: buffer.count) == input.bytes)
        #expect(GBytesRef(input).isShared)
        // Bytes given as `Data` have no block of Galley's: poppler gets a copy.
        #expect(!GBytesRef(InputFile(path: Self.pdf, bytes: input.bytes)).isShared)
    }

    @Test func bytesSetAfterReadingDropTheBlock() throws {
        var input = try InputFile.load(Self.pdf)
        input.bytes = Data("%PDF-1.4\n".utf8)
        #expect(input.buffer == nil)
        #expect(!GBytesRef(input).isShared)
    }

    @Test func aPDFReadThroughItsBlockConvertsAsACopyDoes() throws {
        let shared = try InputFile.load(Self.pdf)
        let copied = InputFile(path: Self.pdf, bytes: try Data(contentsOf: URL(fileURLWithPath: Self.pdf)))
        let converter = try Converter()
        #expect(try JSONWriter().write(converter.convert(shared)) == JSONWriter().write(converter.convert(copied)))
    }

    /// The glib bytes keep the block alive after the input and its `Data` are gone.
    @Test func theBlockOutlivesItsInput() throws {
        var bytes: GBytesRef?
        var count = 0
        do {
            let input = try InputFile.load(Self.pdf)
            bytes = GBytesRef(input)
            count = input.bytes.count
        }
        let document = try PDFReader().open(InputFile(path: Self.pdf, bytes: Data(count: count)), bytes: try #require(bytes))
        let content = try #require(PDFReader.content(ofPage: 0, in: document))
        #expect(content.glyphs.contains { !$0.isWhitespace })
    }

    /// Input of unknown size (a pipe) grows its block past the first megabyte, and a pipe that
    /// runs past the limit is refused as soon as it does.
    @Test func aPipeGrowsItsBlockAndIsRefusedPastTheLimit() throws {
        let payload = Data((0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        for (limit, fits) in [(4 << 20, true), (2 << 20, false)] {
            var ends: [Int32] = [0, 0]
            #expect(pipe(&ends) == 0)
            let (readEnd, writeEnd) = (ends[0], ends[1])
            let writer = Thread {
                payload.withUnsafeBytes { raw in
                    var offset = 0
                    while offset < raw.count {
                        let written = write(writeEnd, raw.baseAddress! + offset, raw.count - offset)
                        if written <= 0 { break }
                        offset += written
                    }
                }
                close(writeEnd)
            }
            writer.start()
            defer { close(readEnd) }
            if fits {
                let buffer = try InputFile.readBuffer(descriptor: readEnd, name: "pipe", size: nil, maxSize: limit)
                #expect(buffer.count == payload.count)
                #expect(buffer.data == payload)
            } else {
                #expect(throws: GalleyError.inputTooLarge("pipe", size: -1, limit: limit)) {
                    try InputFile.readBuffer(descriptor: readEnd, name: "pipe", size: nil, maxSize: limit)
                }
                // The rest is read away, so that the writer ends at the pipe's end, not on a
                // pipe closed under it.
                var sink = [UInt8](repeating: 0, count: 1 << 16)
                while read(readEnd, &sink, sink.count) > 0 {}
            }
        }
    }
}
