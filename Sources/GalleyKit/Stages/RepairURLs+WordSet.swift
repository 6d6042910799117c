extension RepairURLs {
    /// A set of short byte strings (the lower-cased ASCII prose words of a document), asked only
    /// whether it holds a word. `ByteWordCounter` counts too, and its entry is written on every
    /// repeat: here a repeat (most of a document's words) is a read, and the hash is the caller's,
    /// worked out while it lower-cases the word.
    struct ByteWordSet {
        private var storage: [UInt8] = []
        /// Where each word is in `storage`, and its hash.
        private var entries: [(start: Int, count: Int, hash: Int)] = []
        /// Index into `entries` plus one; 0 is an empty slot. The size is a power of two, at
        /// least twice the entries.
        private var slots = [Int32](repeating: 0, count: 1024)

        /// The number of words held.
        var count: Int { entries.count }

        /// The hash of no bytes: `mix` takes it on, a byte at a time.
        @inline(__always)
        static var emptyHash: UInt64 { 0xcbf2_9ce4_8422_2325 }

        /// `hash` taken on by `byte` (FNV-1a).
        @inline(__always)
        static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
            (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }

        static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var hash = emptyHash
            for byte in word { hash = mix(hash, byte) }
            return hash
        }

        /// Adds `word`.
        mutating func add(_ word: UnsafeBufferPointer<UInt8>) {
            add(word, hash: Self.hash(word))
        }

        /// Adds `word`, whose `hash(_:)` is `hash`.
        mutating func add(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) {
            let folded = Self.fold(hash)
            let slot = find(word, hash: folded)
            guard slot >= 0 else { return }
            entries.append((storage.count, word.count, folded))
            storage.append(contentsOf: word)
            slots[slot] = Int32(entries.count)
            if 2 * entries.count > slots.count { grow() }
        }

        /// Whether `word` was added.
        func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
            find(word, hash: Self.fold(Self.hash(word))) < 0
        }

        /// Calls `body` with each word, in the order first added.
        func forEach(_ body: (ArraySlice<UInt8>) -> Void) {
            for entry in entries { body(storage[entry.start..<(entry.start + entry.count)]) }
        }

        @inline(__always)
        private static func fold(_ hash: UInt64) -> Int {
            Int(truncatingIfNeeded: hash ^ (hash >> 32))
        }

        /// The empty slot `word` would take, or -1 when it is held.
        private func find(_ word: UnsafeBufferPointer<UInt8>, hash: Int) -> Int {
            slots.withUnsafeBufferPointer { slots in
                entries.withUnsafeBufferPointer { entries in
                    storage.withUnsafeBufferPointer { storage in
                        let mask = slots.count - 1
                        var slot = hash & mask
                        while slots[slot] != 0 {
                            let entry = entries[Int(slots[slot]) - 1]
                            if entry.hash == hash, entry.count == word.count {
                                var same = true
                                for offset in 0..<word.count where storage[entry.start + offset] != word[offset] {
                                    same = false
                                    break
                                }
                                if same { return -1 }
                            }
                            slot = (slot + 1) & mask
                        }
                        return slot
                    }
                }
            }
        }

        private mutating func grow() {
            var slots = [Int32](repeating: 0, count: self.slots.count * 2)
            let mask = slots.count - 1
            for (index, entry) in entries.enumerated() {
                var slot = entry.hash & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index + 1)
            }
            self.slots = slots
        }
    }
}
