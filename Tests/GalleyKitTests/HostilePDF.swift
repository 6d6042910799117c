import Foundation

/// Small PDFs built in code that attack the PDF library rather than Galley: one that makes
/// poppler work for ever, one whose font program inflates to far more memory than a worker
/// may have. Both are a few kilobytes, so the tests write them on the fly.
enum HostilePDF {
    /// A page drawing form 1, each form drawing the next twice, `depth` deep: 2^depth draws of
    /// the last form's line. poppler has no budget for this (pdftotext hangs on it too). The
    /// line is a path, not text: text would pile up in poppler's text output until memory, not
    /// time, ran out first (RSS stays flat on this one).
    static func formLoop(depth: Int = 40) -> Data {
        var objects: [Data] = [
            Data("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Data(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /X 6 0 R >> /Font << /F 5 0 R >> >> >>"
                    .utf8),
            stream(Data("BT /F 12 Tf 72 700 Td (A page that never ends) Tj ET /X Do".utf8)),
            Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".utf8),
        ]
        for level in 0..<depth {
            let number = 6 + level
            let last = level == depth - 1
            let body = last ? "0 0 m 10 10 l S" : "/X Do /X Do"
            let resources =
                last
                ? "/Resources << /Font << /F 5 0 R >> >>"
                : "/Resources << /XObject << /X \(number + 1) 0 R >> /Font << /F 5 0 R >> >>"
            objects.append(
                stream(Data(body.utf8), dictionary: "/Type /XObject /Subtype /Form /BBox [0 0 612 792] \(resources)"))
        }
        return document(objects)
    }

    /// A one-page PDF whose Type 1 font program is `inflatedMegabytes` of zeros, deflated twice
    /// (the once-deflated stream is itself a short pattern repeated, so it deflates again to a
    /// few kilobytes). poppler reads the whole program to find the font's encoding.
    static func fontBomb(inflatedMegabytes: Int = 512) -> Data {
        let size = inflatedMegabytes << 20
        let program = Deflate.zlib(Deflate.zeros(count: size), adler: Deflate.adler32(zeros: size))
        let twice = Deflate.zlib([UInt8](program))
        let objects: [Data] = [
            Data("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Data(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F 5 0 R >> >> >>"
                    .utf8),
            stream(Data("BT /F 12 Tf 72 700 Td (A font too big to hold) Tj ET".utf8)),
            Data(
                "<< /Type /Font /Subtype /Type1 /BaseFont /Bomb /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R >>".utf8),
            Data(
                "<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile 7 0 R >>"
                    .utf8),
            stream(
                twice,
                dictionary: "/Filter [/FlateDecode /FlateDecode] /Length1 \(size) /Length2 0 /Length3 0"),
        ]
        return document(objects)
    }

    static func stream(_ data: Data, dictionary: String = "") -> Data {
        var out = Data("<< /Length \(data.count) \(dictionary) >>\nstream\n".utf8)
        out.append(data)
        out.append(Data("\nendstream".utf8))
        return out
    }

    /// Numbers the objects from 1, with a cross-reference table and a trailer.
    static func document(_ objects: [Data]) -> Data {
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.count)
            out.append(Data("\(index + 1) 0 obj\n".utf8))
            out.append(object)
            out.append(Data("\nendobj\n".utf8))
        }
        let xref = out.count
        out.append(Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8))
        for offset in offsets {
            let digits = String(offset)
            out.append(Data((String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n").utf8))
        }
        out.append(Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8))
        return out
    }
}

/// Just enough DEFLATE (RFC 1951, fixed Huffman codes) to build a decompression bomb: runs of
/// zeros written directly, and repeats at short distances found greedily.
enum Deflate {
    /// Raw DEFLATE for `count` zero bytes: one literal, then copies of 258 at distance 1.
    static func zeros(count: Int) -> [UInt8] {
        var bits = BitWriter()
        bits.header()
        var left = count
        if left > 0 {
            bits.literal(0)
            left -= 1
        }
        while left >= 258 {
            bits.copy258(distance: 1)
            left -= 258
        }
        for _ in 0..<left { bits.literal(0) }
        bits.symbol(256)
        return bits.finish()
    }

    /// Raw DEFLATE for any bytes: copies of 258 at a distance of at most 32 where the bytes
    /// repeat, literals elsewhere. Small only for data that repeats with a short period.
    static func raw(_ data: [UInt8]) -> [UInt8] {
        var bits = BitWriter()
        bits.header()
        var index = 0
        var lastDistance = 1
        func repeats(at index: Int, distance: Int) -> Bool {
            guard distance <= index, index + 258 <= data.count else { return false }
            return data.withUnsafeBufferPointer { bytes in
                for k in 0..<258 where bytes[index + k] != bytes[index + k - distance] { return false }
                return true
            }
        }
        while index < data.count {
            if let distance = ([lastDistance] + Array(1...32)).first(where: { repeats(at: index, distance: $0) }) {
                bits.copy258(distance: distance)
                lastDistance = distance
                index += 258
            } else {
                bits.literal(data[index])
                index += 1
            }
        }
        bits.symbol(256)
        return bits.finish()
    }

    /// The zlib wrapping (RFC 1950) of `data` deflated.
    static func zlib(_ data: [UInt8]) -> Data {
        zlib(raw(data), adler: adler32(data))
    }

    /// The zlib wrapping of raw DEFLATE output whose inflated bytes have checksum `adler`.
    static func zlib(_ raw: [UInt8], adler: UInt32) -> Data {
        var out = Data([0x78, 0x01])
        out.append(contentsOf: raw)
        out.append(contentsOf: [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: adler >> $0) })
        return out
    }

    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    /// Adler-32 of `count` zero bytes: a stays 1, b adds 1 per byte.
    static func adler32(zeros count: Int) -> UInt32 {
        UInt32(count % 65521) << 16 | 1
    }

    struct BitWriter {
        var bytes: [UInt8] = []
        var buffer: UInt64 = 0
        var count = 0

        /// `length` bits of `value`, least significant first.
        mutating func put(_ value: UInt32, _ length: Int) {
            buffer |= UInt64(value) << UInt64(count)
            count += length
            while count >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                count -= 8
            }
        }

        /// A Huffman code, most significant bit first.
        mutating func code(_ value: UInt32, _ length: Int) {
            var reversed: UInt32 = 0
            for bit in 0..<length where value & (1 << UInt32(bit)) != 0 { reversed |= 1 << UInt32(length - 1 - bit) }
            put(reversed, length)
        }

        /// A final block with fixed Huffman codes.
        mutating func header() {
            put(1, 1)
            put(1, 2)
        }

        /// A literal/length symbol in the fixed code.
        mutating func symbol(_ symbol: Int) {
            switch symbol {
            case 0...143: code(UInt32(0x30 + symbol), 8)
            case 144...255: code(UInt32(0x190 + symbol - 144), 9)
            case 256...279: code(UInt32(symbol - 256), 7)
            default: code(UInt32(0xC0 + symbol - 280), 8)
            }
        }

        mutating func literal(_ byte: UInt8) { symbol(Int(byte)) }

        /// Copy 258 bytes (length symbol 285) from `distance` (1…32) back.
        mutating func copy258(distance: Int) {
            symbol(285)
            /// Distance codes 0–9: their first distance and extra bits.
            let bases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25], extra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3]
            let code = bases.lastIndex { $0 <= distance }!
            self.code(UInt32(code), 5)
            if extra[code] > 0 { put(UInt32(distance - bases[code]), extra[code]) }
        }

        mutating func finish() -> [UInt8] {
            if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
            buffer = 0
            count = 0
            return bytes
        }
    }
}
