import CPoppler
import FoundationEssentials

/// Owns one GObject reference (a document, a page, a structure element) and drops it when the
/// owner goes away. Never leaves the PDF reader.
final class GObjectRef {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pointer))
    }
}

/// Owns one reference to a GBytes: an input's bytes for glib, which poppler reads through a
/// memory stream. Immutable, so documents on different threads can share it.
final class GBytesRef: @unchecked Sendable {
    let pointer: OpaquePointer
    /// Whether the bytes are the input's own block (`InputBuffer`), not a copy.
    let isShared: Bool

    init(copying data: Data) {
        pointer = data.withUnsafeBytes { buffer in g_bytes_new(buffer.baseAddress, gsize(buffer.count)) }
        isShared = false
    }

    /// The input's bytes: its own block when Galley read it (the GBytes keeps the block alive,
    /// so a PDF's bytes are held once, not twice), else a copy.
    convenience init(_ input: InputFile) {
        guard let buffer = input.buffer, buffer.count == input.bytes.count else {
            self.init(copying: input.bytes)
            return
        }
        self.init(sharing: buffer)
    }

    private init(sharing buffer: InputBuffer) {
        pointer = g_bytes_new_with_free_func(
            buffer.base, gsize(buffer.count), { Unmanaged<InputBuffer>.fromOpaque($0!).release() },
            Unmanaged.passRetained(buffer).toOpaque())
        isShared = true
    }

    deinit {
        g_bytes_unref(pointer)
    }
}

/// Owns one structure-tree iterator and frees it when the owner goes away.
final class StructureIterator {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        poppler_structure_element_iter_free(pointer)
    }
}

/// A GError copied into Swift values and freed.
struct PopplerFailure: Error {
    var isEncrypted: Bool
    var message: String

    /// Copies and frees `error`; nil when there was none.
    init?(taking error: UnsafeMutablePointer<GError>?) {
        guard let error else { return nil }
        defer { g_error_free(error) }
        isEncrypted =
            error.pointee.domain == poppler_error_quark()
            && error.pointee.code == gint(POPPLER_ERROR_ENCRYPTED.rawValue)
        message = error.pointee.message.map { String(cString: $0) } ?? "unknown poppler error"
    }
}

/// A `g_malloc`'d C string copied into Swift and freed; nil for a null pointer.
func takeGString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
    guard let pointer else { return nil }
    defer { g_free(pointer) }
    return String(cString: pointer)
}
