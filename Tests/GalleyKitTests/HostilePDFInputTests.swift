import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// PDFs broken as files get broken: cut short, bytes flipped, a page tree that declares a
/// billion pages, objects nested thousands deep. Each reads or fails with a GalleyError, in
/// bounded time, in this process (a crash here would take the test run with it).
@Suite struct HostilePDFInputTests {
    /// Generous for a loaded, shared test machine: a damaged PDF is refused in milliseconds.
    static let timeLimit: Duration = .seconds(20)

    static let sample = try! Data(contentsOf: Fixtures.samples.appendingPathComponent("pdf-two-columns.pdf"))

    /// Reads `bytes` as a PDF; the outcome must be a document or a GalleyError, in time.
    static func expectReadsOrRefuses(_ bytes: Data, _ label: String) {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            do {
                _ = try PDFReader(parallelPages: false).read(InputFile(path: "\(label).pdf", bytes: bytes))
            } catch is GalleyError {
            } catch {
                Issue.record("\(label): \(error) is not a GalleyError")
            }
        }
        #expect(elapsed < timeLimit, "\(label) took \(elapsed)")
    }

    @Test(arguments: [0.1, 0.25, 0.5, 0.75, 0.9, 0.99])
    func aPDFCutShort(share: Double) {
        let bytes = Self.sample.prefix(Int(Double(Self.sample.count) * share))
        Self.expectReadsOrRefuses(Data(bytes), "cut-\(share)")
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func aPDFWithBytesFlipped(seed: UInt64) {
        var generator = SplitMix(seed: seed)
        var bytes = [UInt8](Self.sample)
        for _ in 0..<32 {
            let index = Int(generator.next() % UInt64(bytes.count))
            bytes[index] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
        }
        Self.expectReadsOrRefuses(Data(bytes), "flipped-\(seed)")
    }

    @Test func aPageTreeDeclaringABillionPages() {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        ]
        Self.expectReadsOrRefuses(Self.pdf(objects), "billion-pages")
    }

    @Test func objectsNestedThousandsDeep() {
        let depth = 20_000
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R /Deep \(nested) >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Deep \(nested) >> >>",
        ]
        Self.expectReadsOrRefuses(Self.pdf(objects), "deep")
    }

    @Test func aPageTreeThatContainsItself() {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        ]
        Self.expectReadsOrRefuses(Self.pdf(objects), "self-tree")
    }

    /// A PDF of the given object bodies (numbered from 1), with a correct cross-reference table.
    static func pdf(_ objects: [String]) -> Data {
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }
}

/// A small deterministic generator, so that a flipped-bytes case reproduces.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
