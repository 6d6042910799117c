import Foundation

/// The on-disk form of a compiled lexicon: an open-addressing hash table of surface forms that is
/// used straight from the mapped file, so opening costs a few system calls and no parsing.
///
///     header (64 bytes)  magic "GALLEYLX", format version, source key, file length,
///                        slot count, records length, rules length, form count
///     slots              slot count × UInt32: 0 = empty, else 1 + offset of a record
///     records            per form: attributes (1 byte), UTF-8 length (UInt16), UTF-8 bytes
///     rules              spell-time rules (ICONV, BREAK, COMPOUNDRULE and its stems)
///     trailer            "LXEND\0\0\0"
///
/// Integers are little-endian. The reader checks magic, version, source key, every length against
/// the file's size, and the trailer; a record that points outside the file is never read.
enum CompiledLexiconFile {
    /// Bump when the layout or the meaning of any bit changes: old files are then rebuilt.
    static let formatVersion: UInt32 = 1
    static let magic = Array("GALLEYLX".utf8)
    static let trailer = Array("LXEND\0\0\0".utf8)
    static let headerLength = 64

    enum FileError: Error, Equatable {
        case corrupt(String)
        case stale
    }

    // MARK: Writing

    static func encode(forms: FormTableBuilder, rules: SpellingRules, sourceKey: UInt64) -> [UInt8] {
        let rulesBytes = encode(rules)
        var file: [UInt8] = []
        let length = headerLength + forms.slots.count * 4 + forms.records.count + rulesBytes.count + trailer.count
        file.reserveCapacity(length)
        file += magic
        appendInteger(formatVersion, to: &file)
        appendInteger(UInt32(0), to: &file)
        appendInteger(sourceKey, to: &file)
        appendInteger(UInt64(length), to: &file)
        appendInteger(UInt64(forms.slots.count), to: &file)
        appendInteger(UInt64(forms.records.count), to: &file)
        appendInteger(UInt64(rulesBytes.count), to: &file)
        appendInteger(UInt64(forms.count), to: &file)
        forms.slots.withUnsafeBytes { slots in
            if UInt32(1).littleEndian == 1 {
                file.append(contentsOf: slots)
            } else {
                for slot in forms.slots { appendInteger(slot, to: &file) }
            }
        }
        file += forms.records
        file += rulesBytes
        file += trailer
        return file
    }

    private static func encode(_ rules: SpellingRules) -> [UInt8] {
        var out: [UInt8] = []
        func bytes(_ value: [UInt8]) {
            appendInteger(UInt32(value.count), to: &out)
            out += value
        }
        appendInteger(UInt32(rules.inputConversions.count), to: &out)
        for conversion in rules.inputConversions {
            bytes(conversion.from)
            bytes(conversion.to)
        }
        appendInteger(UInt32(rules.breakPatterns.count), to: &out)
        for pattern in rules.breakPatterns { bytes(Array(pattern.utf8)) }
        appendInteger(UInt32(rules.compoundMinimum), to: &out)
        appendInteger(UInt32(rules.compoundRules.count), to: &out)
        for rule in rules.compoundRules {
            appendInteger(UInt32(rule.count), to: &out)
            for element in rule {
                appendInteger(element.flag, to: &out)
                out.append(element.repeats.rawValue)
            }
        }
        appendInteger(UInt32(rules.compoundParts.count), to: &out)
        for (word, flags) in rules.compoundParts.sorted(by: { $0.key < $1.key }) {
            bytes(Array(word.utf8))
            appendInteger(UInt32(flags.count), to: &out)
            for flag in flags.sorted() { appendInteger(flag, to: &out) }
        }
        return out
    }

    private static func appendInteger<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// FNV-1a, 64 bits: short keys, no allocation, good enough spread for a power-of-two table.
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    // MARK: Reading

    /// Checks the header, lengths and trailer of `file` and returns its table and rules.
    static func decode(_ file: UnsafeRawBufferPointer, sourceKey: UInt64) throws -> (table: FormTable, rules: SpellingRules) {
        guard file.count >= headerLength + trailer.count else { throw FileError.corrupt("shorter than its header") }
        guard file.prefix(magic.count).elementsEqual(magic) else { throw FileError.corrupt("not a compiled lexicon") }
        var reader = ByteReader(file, at: magic.count)
        guard try reader.integer(UInt32.self) == formatVersion else { throw FileError.stale }
        _ = try reader.integer(UInt32.self)
        guard try reader.integer(UInt64.self) == sourceKey else { throw FileError.stale }
        let length = try reader.integer(UInt64.self)
        let slotCount = try reader.integer(UInt64.self)
        let recordsLength = try reader.integer(UInt64.self)
        let rulesLength = try reader.integer(UInt64.self)
        guard length == UInt64(file.count) else { throw FileError.corrupt("length \(file.count), header says \(length)") }
        guard slotCount >= 16, slotCount.nonzeroBitCount == 1, slotCount < UInt64(file.count) / 4,
            recordsLength < UInt64(UInt32.max), rulesLength < UInt64(file.count),
            UInt64(headerLength) + slotCount * 4 + recordsLength + rulesLength + UInt64(trailer.count) == length
        else { throw FileError.corrupt("section lengths do not add up") }
        guard file.suffix(trailer.count).elementsEqual(trailer) else { throw FileError.corrupt("no trailer") }

        let slotsStart = headerLength
        let recordsStart = slotsStart + Int(slotCount) * 4
        let rulesStart = recordsStart + Int(recordsLength)
        let table = FormTable(
            slots: UnsafeRawBufferPointer(rebasing: file[slotsStart..<recordsStart]),
            records: UnsafeRawBufferPointer(rebasing: file[recordsStart..<rulesStart]))
        let rules = try decodeRules(UnsafeRawBufferPointer(rebasing: file[rulesStart..<(rulesStart + Int(rulesLength))]))
        return (table, rules)
    }

    private static func decodeRules(_ bytes: UnsafeRawBufferPointer) throws -> SpellingRules {
        var reader = ByteReader(bytes, at: 0)
        var rules = SpellingRules()
        for _ in 0..<(try reader.count()) {
            rules.inputConversions.append(SpellingRules.Conversion(from: try reader.data(), to: try reader.data()))
        }
        for _ in 0..<(try reader.count()) { rules.breakPatterns.append(String(decoding: try reader.data(), as: UTF8.self)) }
        rules.compoundMinimum = Int(try reader.integer(UInt32.self))
        for _ in 0..<(try reader.count()) {
            var rule: [AffixFile.CompoundRuleElement] = []
            for _ in 0..<(try reader.count()) {
                let flag = try reader.integer(UInt32.self)
                guard let repeats = AffixFile.CompoundRuleElement.Repeat(rawValue: try reader.integer(UInt8.self)) else {
                    throw FileError.corrupt("compound rule")
                }
                rule.append(AffixFile.CompoundRuleElement(flag: flag, repeats: repeats))
            }
            rules.compoundRules.append(rule)
        }
        var parts: [String: Set<UInt32>] = [:]
        for _ in 0..<(try reader.count()) {
            let word = String(decoding: try reader.data(), as: UTF8.self)
            var flags: Set<UInt32> = []
            for _ in 0..<(try reader.count()) { flags.insert(try reader.integer(UInt32.self)) }
            parts[word] = flags
        }
        // Set once, so that its longest part is measured once.
        rules.compoundParts = parts
        guard reader.offset == bytes.count else { throw FileError.corrupt("rules section") }
        return rules
    }

    /// Bounds-checked little-endian reads.
    private struct ByteReader {
        let bytes: UnsafeRawBufferPointer
        var offset: Int

        init(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
            self.bytes = bytes
            self.offset = offset
        }

        mutating func integer<T: FixedWidthInteger>(_: T.Type) throws -> T {
            let size = MemoryLayout<T>.size
            guard offset + size <= bytes.count else { throw FileError.corrupt("truncated") }
            defer { offset += size }
            return T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
        }

        /// A count of items that follow, each at least one byte: more than the bytes left is corrupt.
        mutating func count() throws -> Int {
            let count = Int(try integer(UInt32.self))
            guard count <= bytes.count - offset else { throw FileError.corrupt("count beyond the end") }
            return count
        }

        mutating func data() throws -> [UInt8] {
            let count = try count()
            defer { offset += count }
            return Array(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
        }
    }
}

/// The hash table of a compiled lexicon as it is built: the same slots and records as the file,
/// growing as forms are added, so the expansion never holds a second copy of every form.
struct FormTableBuilder {
    private(set) var slots: [UInt32]
    private(set) var records: [UInt8] = []
    private(set) var count = 0

    /// A table sized for about `expectedForms` forms (it grows past that if need be).
    init(expectedForms: Int = 0) {
        var slotCount = 1 << 10
        while slotCount < expectedForms * 2 { slotCount *= 2 }
        slots = [UInt32](repeating: 0, count: slotCount)
        records.reserveCapacity(expectedForms * 12)
    }

    /// Adds `form` (UTF-8) if it is new, then lets `update` change its attributes, telling it
    /// whether the form is new.
    mutating func update(_ form: [UInt8], _ update: (_ attributes: inout FormAttributes, _ isNew: Bool) -> Void) {
        let mask = slots.count - 1
        var slot = Int(CompiledLexiconFile.hash(form) & UInt64(mask))
        while slots[slot] != 0 {
            let offset = Int(slots[slot]) - 1
            if recordMatches(offset, form) {
                var attributes = FormAttributes(rawValue: records[offset])
                update(&attributes, false)
                records[offset] = attributes.rawValue
                return
            }
            slot = (slot + 1) & mask
        }
        guard form.count <= Int(UInt16.max) else { return }
        var attributes: FormAttributes = []
        update(&attributes, true)
        slots[slot] = UInt32(records.count + 1)
        records.append(attributes.rawValue)
        records.append(UInt8(form.count & 0xFF))
        records.append(UInt8(form.count >> 8))
        records += form
        count += 1
        // At most half the slots are used, so a probe for a missing word ends quickly.
        if count * 2 > slots.count { grow() }
    }

    private func recordMatches(_ offset: Int, _ form: [UInt8]) -> Bool {
        let length = Int(records[offset + 1]) | Int(records[offset + 2]) << 8
        guard length == form.count else { return false }
        return records[(offset + 3)..<(offset + 3 + length)].elementsEqual(form)
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        var offset = 0
        while offset < records.count {
            let length = Int(records[offset + 1]) | Int(records[offset + 2]) << 8
            var slot = Int(CompiledLexiconFile.hash(records[(offset + 3)..<(offset + 3 + length)]) & UInt64(mask))
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(offset + 1)
            offset += 3 + length
        }
    }
}

/// The hash table of a compiled lexicon, read in place from its bytes.
struct FormTable: FormLookup {
    let slots: UnsafeRawBufferPointer
    let records: UnsafeRawBufferPointer

    func attributes(of word: String) -> FormAttributes {
        var word = word
        return word.withUTF8 { attributes(ofUTF8: UnsafeRawBufferPointer($0)) }
    }

    func attributes(ofUTF8 word: UnsafeRawBufferPointer) -> FormAttributes {
        let slotCount = slots.count / 4
        let mask = slotCount - 1
        var slot = Int(CompiledLexiconFile.hash(word) & UInt64(mask))
        for _ in 0..<slotCount {
            let reference = Int(UInt32(littleEndian: slots.loadUnaligned(fromByteOffset: slot * 4, as: UInt32.self)))
            if reference == 0 { return [] }
            let offset = reference - 1
            guard offset + 3 <= records.count else { return [] }
            let length = Int(UInt16(littleEndian: records.loadUnaligned(fromByteOffset: offset + 1, as: UInt16.self)))
            guard offset + 3 + length <= records.count else { return [] }
            if length == word.count,
                length == 0 || memcmp(records.baseAddress! + offset + 3, word.baseAddress!, length) == 0
            {
                return FormAttributes(rawValue: records[offset])
            }
            slot = (slot + 1) & mask
        }
        return []
    }
}
