import CPoppler
import Foundation

/// Reads a PDF through poppler-glib into pages of blocks of lines with geometry and fonts.
public struct PDFReader: Sendable {
    public var password: String?

    public init(password: String? = nil) {
        self.password = password
    }

    public func read(_ input: InputFile) throws -> Document {
        throw GalleyError.unreadable(input.path, reason: "PDF input is not implemented yet")
    }
}
