import Foundation

/// A writer's whole output, grown in place in one `malloc` block and handed to `Data` without a
/// copy. A large block grows by `realloc`, which remaps its pages rather than copying them, and
/// pages reserved but never written cost no memory, so a generous first estimate is free.
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        guard let block = malloc(self.capacity) else { fatalError("ByteBuffer: out of memory") }
        base = block.assumingMemoryBound(to: UInt8.self)
    }

    deinit {
        free(base)
    }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// The UTF-8 of `text`, copied in one go.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    private mutating func grow(toHold extra: Int) {
        capacity = max(count + extra, capacity * 2)
        guard let block = realloc(base, capacity) else { fatalError("ByteBuffer: out of memory") }
        base = block.assumingMemoryBound(to: UInt8.self)
    }

    /// Hands the bytes written so far to `body` and empties the buffer, keeping its block.
    mutating func drain(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        guard count > 0 else { return }
        try body(UnsafeRawBufferPointer(start: base, count: count))
        count = 0
    }

    /// The bytes written, as `Data` that takes over the block (and frees it).
    consuming func data() -> Data {
        let data = Data(bytesNoCopy: base, count: count, deallocator: .free)
        discard self
        return data
    }
}

extension ByteBuffer {
    private static let hexDigits: StaticString = "0123456789abcdef"

    /// The body of a JSON string as `JSONEncoder` escapes it: quote, backslash and controls
    /// below U+0020 (\b \t \n \f \r by name, the rest as \u00xx); everything else, slashes
    /// included, as is. Runs with nothing to escape (nearly every string is one) are copied whole.
    mutating func appendJSONEscaped(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices where Self.needsJSONEscape(utf8[index]) {
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendJSONEscape(utf8[index])
                runStart = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }

    /// `value` as a JSON string, quoted and escaped as `JSONEncoder` writes it.
    mutating func appendJSONString(_ value: String) {
        append(UInt8(ascii: "\""))
        appendJSONEscaped(value)
        append(UInt8(ascii: "\""))
    }

    @inline(__always)
    static func needsJSONEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func appendJSONEscape(_ byte: UInt8) {
        append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
        case 0x08: append(UInt8(ascii: "b"))
        case 0x09: append(UInt8(ascii: "t"))
        case 0x0A: append(UInt8(ascii: "n"))
        case 0x0C: append(UInt8(ascii: "f"))
        case 0x0D: append(UInt8(ascii: "r"))
        default:
            append("u00")
            Self.hexDigits.withUTF8Buffer { hex in
                append(hex[Int(byte >> 4)])
                append(hex[Int(byte & 0x0F)])
            }
        }
    }
}
