import Foundation

/// SHA-256 (FIPS 180-4), enough to fingerprint inputs without pulling in a crypto package.
package enum SHA256 {
    /// The round constants (FIPS 180-4, 4.2.2): the first 32 bits of the fractional parts of the
    /// cube roots of the first 64 primes. `State.compress` has them written into its rounds; the
    /// tests' plain implementation reads them here, and the known answers check both.
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

        /// Compresses `blocks`, a whole number of 64-byte blocks.
        ///
        /// The 64 rounds are written out with their constants (`k`) in place: no loop counter, no
        /// constant loaded from memory, the working words in registers; the schedule lives on the
        /// stack. 2,900 instructions a block where the rolled loop took 3,600.
        mutating func compress(_ blocks: UnsafeRawBufferPointer) {
            guard !blocks.isEmpty else { return }
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                // A plain pointer held in a register: no bounds check on any word.
                let w = schedule.baseAddress!
                for block in stride(from: 0, to: blocks.count, by: 64) {
                    for i in 0..<16 {
                        w[i] = UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: block + i * 4, as: UInt32.self))
                    }
                    for i in 16..<64 {
                        w[i] = w[i - 16] &+ Self.sigma0(w[i - 15]) &+ w[i - 7] &+ Self.sigma1(w[i - 2])
                    }
                    var (a, b, c, d, e, f, g, h) = self.h
                    // `b ^ c` of the coming round: each round's `a ^ b` is the next one's.
                    var bc = b ^ c
                    // The words renamed instead of moved: each round changes only the word that
                    // becomes the new `e` and the one that becomes the new `a`, and after eight
                    // rounds every word is back in its place.
                    Self.round(a, b, c, &d, e, f, g, &h, 0x428a2f98 &+ w[0], &bc)
                    Self.round(h, a, b, &c, d, e, f, &g, 0x71374491 &+ w[1], &bc)
                    Self.round(g, h, a, &b, c, d, e, &f, 0xb5c0fbcf &+ w[2], &bc)
                    Self.round(f, g, h, &a, b, c, d, &e, 0xe9b5dba5 &+ w[3], &bc)
                    Self.round(e, f, g, &h, a, b, c, &d, 0x3956c25b &+ w[4], &bc)
                    Self.round(d, e, f, &g, h, a, b, &c, 0x59f111f1 &+ w[5], &bc)
                    Self.round(c, d, e, &f, g, h, a, &b, 0x923f82a4 &+ w[6], &bc)
                    Self.round(b, c, d, &e, f, g, h, &a, 0xab1c5ed5 &+ w[7], &bc)
                    Self.round(a, b, c, &d, e, f, g, &h, 0xd807aa98 &+ w[8], &bc)
                    Self.round(h, a, b, &c, d, e, f, &g, 0x12835b01 &+ w[9], &bc)
                    Self.round(g, h, a, &b, c, d, e, &f, 0x243185be &+ w[10], &bc)
                    Self.round(f, g, h, &a, b, c, d, &e, 0x550c7dc3 &+ w[11], &bc)
                    Self.round(e, f, g, &h, a, b, c, &d, 0x72be5d74 &+ w[12], &bc)
                    Self.round(d, e, f, &g, h, a, b, &c, 0x80deb1fe &+ w[13], &bc)
                    Self.round(c, d, e, &f, g, h, a, &b, 0x9bdc06a7 &+ w[14], &bc)
                    Self.round(b, c, d, &e, f, g, h, &a, 0xc19bf174 &+ w[15], &bc)
                    Self.round(a, b, c, &d, e, f, g, &h, 0xe49b69c1 &+ w[16], &bc)
                    Self.round(h, a, b, &c, d, e, f, &g, 0xefbe4786 &+ w[17], &bc)
                    Self.round(g, h, a, &b, c, d, e, &f, 0x0fc19dc6 &+ w[18], &bc)
                    Self.round(f, g, h, &a, b, c, d, &e, 0x240ca1cc &+ w[19], &bc)
                    Self.round(e, f, g, &h, a, b, c, &d, 0x2de92c6f &+ w[20], &bc)
                    Self.round(d, e, f, &g, h, a, b, &c, 0x4a7484aa &+ w[21], &bc)
                    Self.round(c, d, e, &f, g, h, a, &b, 0x5cb0a9dc &+ w[22], &bc)
                    Self.round(b, c, d, &e, f, g, h, &a, 0x76f988da &+ w[23], &bc)
                    Self.round(a, b, c, &d, e, f, g, &h, 0x983e5152 &+ w[24], &bc)
                    Self.round(h, a, b, &c, d, e, f, &g, 0xa831c66d &+ w[25], &bc)
                    Self.round(g, h, a, &b, c, d, e, &f, 0xb00327c8 &+ w[26], &bc)
                    Self.round(f, g, h, &a, b, c, d, &e, 0xbf597fc7 &+ w[27], &bc)
                    Self.round(e, f, g, &h, a, b, c, &d, 0xc6e00bf3 &+ w[28], &bc)
                    Self.round(d, e, f, &g, h, a, b, &c, 0xd5a79147 &+ w[29], &bc)
                    Self.round(c, d, e, &f, g, h, a, &b, 0x06ca6351 &+ w[30], &bc)
                    Self.round(b, c, d, &e, f, g, h, &a, 0x14292967 &+ w[31], &bc)
                    Self.round(a, b, c, &d, e, f, g, &h, 0x27b70a85 &+ w[32], &bc)
                    Self.round(h, a, b, &c, d, e, f, &g, 0x2e1b2138 &+ w[33], &bc)
                    Self.round(g, h, a, &b, c, d, e, &f, 0x4d2c6dfc &+ w[34], &bc)
                    Self.round(f, g, h, &a, b, c, d, &e, 0x53380d13 &+ w[35], &bc)
                    Self.round(e, f, g, &h, a, b, c, &d, 0x650a7354 &+ w[36], &bc)
                    Self.round(d, e, f, &g, h, a, b, &c, 0x766a0abb &+ w[37], &bc)
                    Self.round(c, d, e, &f, g, h, a, &b, 0x81c2c92e &+ w[38], &bc)
                    Self.round(b, c, d, &e, f, g, h, &a, 0x92722c85 &+ w[39], &bc)
                    Self.round(a, b, c, &d, e, f, g, &h, 0xa2bfe8a1 &+ w[40], &bc)
                    Self.round(h, a, b, &c, d, e, f, &g, 0xa81a664b &+ w[41], &bc)
                    Self.round(g, h, a, &b, c, d, e, &f, 0xc24b8b70 &+ w[42], &bc)
                    Self.round(f, g, h, &a, b, c, d, &e, 0xc76c51a3 &+ w[43], &bc)
                    Self.round(e, f, g, &h, a, b, c, &d, 0xd192e819 &+ w[44], &bc)
                    Self.round(d, e, f, &g, h, a, b, &c, 0xd6990624 &+ w[45], &bc)
                    Self.round(c, d, e, &f, g, h, a, &b, 0xf40e3585 &+ w[46], &bc)
                    Self.round(b, c, d, &e, f, g, h, &a, 0x106aa070 &+ w[47], &bc)
                    Self.round(a, b, c, &d, e, f, g, &h, 0x19a4c116 &+ w[48], &bc)
                    Self.round(h, a, b, &c, d, e, f, &g, 0x1e376c08 &+ w[49], &bc)
                    Self.round(g, h, a, &b, c, d, e, &f, 0x2748774c &+ w[50], &bc)
                    Self.round(f, g, h, &a, b, c, d, &e, 0x34b0bcb5 &+ w[51], &bc)
                    Self.round(e, f, g, &h, a, b, c, &d, 0x391c0cb3 &+ w[52], &bc)
                    Self.round(d, e, f, &g, h, a, b, &c, 0x4ed8aa4a &+ w[53], &bc)
                    Self.round(c, d, e, &f, g, h, a, &b, 0x5b9cca4f &+ w[54], &bc)
                    Self.round(b, c, d, &e, f, g, h, &a, 0x682e6ff3 &+ w[55], &bc)
                    Self.round(a, b, c, &d, e, f, g, &h, 0x748f82ee &+ w[56], &bc)
                    Self.round(h, a, b, &c, d, e, f, &g, 0x78a5636f &+ w[57], &bc)
                    Self.round(g, h, a, &b, c, d, e, &f, 0x84c87814 &+ w[58], &bc)
                    Self.round(f, g, h, &a, b, c, d, &e, 0x8cc70208 &+ w[59], &bc)
                    Self.round(e, f, g, &h, a, b, c, &d, 0x90befffa &+ w[60], &bc)
                    Self.round(d, e, f, &g, h, a, b, &c, 0xa4506ceb &+ w[61], &bc)
                    Self.round(c, d, e, &f, g, h, a, &b, 0xbef9a3f7 &+ w[62], &bc)
                    Self.round(b, c, d, &e, f, g, h, &a, 0xc67178f2 &+ w[63], &bc)
                    self.h = (
                        self.h.0 &+ a, self.h.1 &+ b, self.h.2 &+ c, self.h.3 &+ d,
                        self.h.4 &+ e, self.h.5 &+ f, self.h.6 &+ g, self.h.7 &+ h
                    )
                }
            }
        }

        /// σ0 (FIPS 180-4, 4.1.2): rotations by 7 and 18 as one by 11 inside one by 7.
        @inline(__always)
        private static func sigma0(_ x: UInt32) -> UInt32 { SHA256.rotr(SHA256.rotr(x, 11) ^ x, 7) ^ (x &>> 3) }

        /// σ1: rotations by 17 and 19 as one by 2 inside one by 17.
        @inline(__always)
        private static func sigma1(_ x: UInt32) -> UInt32 { SHA256.rotr(SHA256.rotr(x, 2) ^ x, 17) ^ (x &>> 10) }

        /// One round (FIPS 180-4, 6.2.2 step 3) on words named by their role: `d` becomes the
        /// new `e` and `h` the new `a`; the other six keep their values and shift roles.
        /// Σ0 and Σ1 nest their three rotations (two instructions fewer each); `ch` is written
        /// with one operation fewer than the standard's form, and `maj` as `(a ^ b) & (b ^ c) ^ b`
        /// with `b ^ c` carried in `bc` from the round before.
        @inline(__always)
        private static func round(
            _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
            _ h: inout UInt32, _ kw: UInt32, _ bc: inout UInt32
        ) {
            let sum1 = SHA256.rotr(SHA256.rotr(SHA256.rotr(e, 14) ^ e, 5) ^ e, 6)
            let t1 = h &+ sum1 &+ (g ^ (e & (f ^ g))) &+ kw
            let sum0 = SHA256.rotr(SHA256.rotr(SHA256.rotr(a, 9) ^ a, 11) ^ a, 2)
            let ab = a ^ b
            let t2 = sum0 &+ ((ab & bc) ^ b)
            bc = ab
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
