import Foundation

/// SHA-256 (FIPS 180-4), enough to fingerprint inputs without pulling in a crypto package.
package enum SHA256 {
    /// The round constants (FIPS 180-4, 4.2.2): the first 32 bits of the fractional parts of the
    /// cube roots of the first 64 primes.
    static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The digest of `data` as 64 lower-case hex digits.
    package static func hex(_ data: Data) -> String {
        hex(digest: digest(data))
    }

    /// A 32-byte digest as 64 lower-case hex digits.
    package static func hex(digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The 32-byte digest of `data`.
    ///
    /// Whole 64-byte blocks are compressed straight from the input's bytes; only the last
    /// partial block and the padding (a 0x80 byte, zeros, the bit length) are copied, into one
    /// or two blocks of their own.
    package static func digest(_ data: Data) -> [UInt8] {
        var state = State()
        data.withUnsafeBytes { bytes in
            let whole = bytes.count / 64 * 64
            state.compress(UnsafeRawBufferPointer(rebasing: bytes[..<whole]))
            // The tail: what is left of the input, 0x80, zeros, then the length in bits.
            var tail = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[whole...]))
            tail.append(0x80)
            while tail.count % 64 != 56 { tail.append(0) }
            let bitLength = UInt64(bytes.count) &* 8
            for shift in stride(from: 56, through: 0, by: -8) {
                tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
            }
            tail.withUnsafeBytes { state.compress($0) }
        }
        return state.bytes
    }

    /// A digest fed piece by piece, for input read in chunks: memory stays at one partial
    /// block however long the input. Feeding the same bytes in any split gives `digest(_:)`.
    package struct Hasher: Sendable {
        private var state = State()
        /// Bytes fed that do not yet fill a 64-byte block.
        private var pending: [UInt8] = []
        /// Bytes fed so far.
        package private(set) var count: UInt64 = 0

        package init() {
            pending.reserveCapacity(64)
        }

        /// Feeds `bytes`: whole blocks are compressed straight from them, the rest kept.
        package mutating func update(_ bytes: UnsafeRawBufferPointer) {
            count &+= UInt64(bytes.count)
            var rest = bytes[...]
            if !pending.isEmpty {
                let taken = min(64 - pending.count, rest.count)
                pending.append(contentsOf: rest.prefix(taken))
                rest = rest.dropFirst(taken)
                guard pending.count == 64 else { return }
                pending.withUnsafeBytes { state.compress($0) }
                pending.removeAll(keepingCapacity: true)
            }
            let whole = rest.count / 64 * 64
            state.compress(UnsafeRawBufferPointer(rebasing: rest.prefix(whole)))
            pending.append(contentsOf: rest.dropFirst(whole))
        }

        /// Feeds the bytes of `data`.
        package mutating func update(_ data: Data) {
            data.withUnsafeBytes { update($0) }
        }

        /// The digest of everything fed: the pending bytes, 0x80, zeros, then the length in bits.
        package func finalize() -> [UInt8] {
            var state = state
            var tail = pending
            tail.append(0x80)
            while tail.count % 64 != 56 { tail.append(0) }
            let bitLength = count &* 8
            for shift in stride(from: 56, through: 0, by: -8) {
                tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
            }
            tail.withUnsafeBytes { state.compress($0) }
            return state.bytes
        }
    }

    /// The eight working words, updated one 64-byte block at a time.
    private struct State: Sendable {
        var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
        )
        /// The message schedule, reused from block to block.
        var w = [UInt32](repeating: 0, count: 64)

        /// Compresses `blocks`, a whole number of 64-byte blocks.
        mutating func compress(_ blocks: UnsafeRawBufferPointer) {
            // Raw buffers in the compression loop: bounds checks on every word cost a third of the time.
            w.withUnsafeMutableBufferPointer { schedule in
                k.withUnsafeBufferPointer { constants in
                    // Plain pointers held in registers: through the buffers the loops reloaded
                    // their base address from memory at every word.
                    let w = schedule.baseAddress!, k = constants.baseAddress!
                    for block in stride(from: 0, to: blocks.count, by: 64) {
                        for i in 0..<16 {
                            w[i] = UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: block + i * 4, as: UInt32.self))
                        }
                        for i in 16..<64 {
                            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                        }
                        var (a, b, c, d, e, f, g, hh) = h
                        // Eight rounds a turn, the words renamed instead of moved: each round
                        // changes only the word that becomes the new `e` and the one that becomes
                        // the new `a`, and after eight rounds every word is back in its place.
                        for i in stride(from: 0, to: 64, by: 8) {
                            Self.round(a, b, c, &d, e, f, g, &hh, k[i] &+ w[i])
                            Self.round(hh, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
                            Self.round(g, hh, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
                            Self.round(f, g, hh, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
                            Self.round(e, f, g, &hh, a, b, c, &d, k[i + 4] &+ w[i + 4])
                            Self.round(d, e, f, &g, hh, a, b, &c, k[i + 5] &+ w[i + 5])
                            Self.round(c, d, e, &f, g, hh, a, &b, k[i + 6] &+ w[i + 6])
                            Self.round(b, c, d, &e, f, g, hh, &a, k[i + 7] &+ w[i + 7])
                        }
                        h = (
                            h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh
                        )
                    }
                }
            }
        }

        /// One round (FIPS 180-4, 6.2.2 step 3) on words named by their role: `d` becomes the
        /// new `e` and `h` the new `a`; the other six keep their values and shift roles.
        /// `ch` and `maj` are written with one operation fewer than the standard's forms.
        @inline(__always)
        private static func round(
            _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
            _ h: inout UInt32, _ kw: UInt32
        ) {
            let t1 = h &+ (SHA256.rotr(e, 6) ^ SHA256.rotr(e, 11) ^ SHA256.rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
            let t2 = (SHA256.rotr(a, 2) ^ SHA256.rotr(a, 13) ^ SHA256.rotr(a, 22)) &+ ((a & b) ^ (c & (a ^ b)))
            d = d &+ t1
            h = t1 &+ t2
        }

        /// The digest: the eight words, big-endian.
        var bytes: [UInt8] {
            [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7].flatMap { word in
                (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * $0)) }
            }
        }
    }

    /// A right rotation by `n` (1 to 31): masking shifts, which compile to one rotate instruction
    /// (the checked shifts test `n` for overshifting at every use, in the innermost loop).
    @inline(__always) fileprivate static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
}
