import Foundation

/// One of N deterministic slices of a batch's inputs, so that the same command can run as
/// shard K of an array job on K machines without any coordination.
///
/// An input belongs to shard K when the bucket of its relative path (UTF-8, `/` separators)
/// modulo N is K − 1. The bucket is the 64-bit FNV-1a hash, mixed by MurmurHash3's 64-bit
/// finaliser: both are fixed by their definitions, unlike Swift's `Hasher`, which is seeded per
/// process, so every node and every run agrees on the split.
package struct Shard: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// 1-based: the first shard is 1/N, as people count and as `--shard` takes it.
    package let index: Int
    package let count: Int

    package init(index: Int, count: Int) throws {
        guard count >= 1, (1...count).contains(index) else {
            throw BatchError.badShard("\(index)/\(count)")
        }
        self.index = index
        self.count = count
    }

    /// Parses "K/N" with 1 ≤ K ≤ N.
    package init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0].trimmingWhitespace()), let count = Int(parts[1].trimmingWhitespace())
        else {
            throw BatchError.badShard(text)
        }
        try self.init(index: index, count: count)
    }

    /// The whole batch: every input belongs to 1/1.
    package static let whole = try! Shard(index: 1, count: 1)

    package var description: String { "\(index)/\(count)" }

    /// Whether the input with this relative path falls in this shard.
    package func contains(_ relativePath: String) -> Bool {
        count == 1 || Int(Self.bucket(relativePath) % UInt64(count)) == index - 1
    }

    /// The name of this shard's manifest: `manifest.jsonl` for a whole batch, else `manifest-K-of-N.jsonl`.
    package var manifestName: String {
        count == 1 ? "manifest.jsonl" : "manifest-\(index)-of-\(count).jsonl"
    }

    /// The shard counts of the manifests already in `folder`, sorted: N for each
    /// `manifest-K-of-N.jsonl`, 1 for `manifest.jsonl`. A run split another way would take
    /// different inputs per shard and convert the folder's inputs again.
    package static func countsInUse(in folder: String) -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var counts = Set<Int>()
        for name in names {
            if name == "manifest.jsonl" { counts.insert(1) }
            guard name.hasPrefix("manifest-"), name.hasSuffix(".jsonl") else { continue }
            let parts = name.dropFirst("manifest-".count).dropLast(".jsonl".count).split(separator: "-")
            if parts.count == 3, parts[1] == "of", let index = Int(parts[0]), let count = Int(parts[2]),
                (1...max(count, 1)).contains(index)
            {
                counts.insert(count)
            }
        }
        return counts.sorted()
    }

    /// The shard bucket of a relative path: FNV-1a, then mixed. FNV-1a's low bit is only the
    /// parity of the bytes' low bits, so modulo 2, 4 or 8 it alone splits names like
    /// `issue-12.pdf` unevenly; the finaliser spreads every input bit over the low bits.
    package static func bucket(_ relativePath: String) -> UInt64 {
        var hash = fnv1a(relativePath)
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return hash
    }

    /// FNV-1a, 64-bit, over the UTF-8 bytes of `text`.
    package static func fnv1a(_ text: String) -> UInt64 {
        /// The 64-bit FNV offset basis and prime, from the FNV specification.
        let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var hash = offsetBasis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }
}
