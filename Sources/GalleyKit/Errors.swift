/// A failure a user can act on. Stages never throw; readers and writers do.
public enum GalleyError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(String)
    case isADirectory(String)
    case emptyInput(String)
    case binaryInput(String)
    case notAPDF(String)
    case passwordRequired(String)
    case wrongPassword(String)
    case damagedPDF(String, reason: String)
    case unreadable(String, reason: String)
    case cannotWrite(String, reason: String)
    case dictionaryMissing(String)
    case internalError(String)

    public var description: String {
        switch self {
        case .fileNotFound(let path): return "\(path): no such file"
        case .isADirectory(let path): return "\(path): is a directory, not a file"
        case .emptyInput(let path): return "\(path): the input is empty"
        case .binaryInput(let path): return "\(path): not text and not a PDF (binary data)"
        case .notAPDF(let path): return "\(path): not a PDF file"
        case .passwordRequired(let path): return "\(path): password required (the PDF is encrypted; pass --password)"
        case .wrongPassword(let path): return "\(path): the password does not open this PDF"
        case .damagedPDF(let path, let reason): return "\(path): damaged or truncated PDF (\(reason))"
        case .unreadable(let path, let reason): return "\(path): cannot read (\(reason))"
        case .cannotWrite(let path, let reason): return "\(path): cannot write (\(reason))"
        case .dictionaryMissing(let lang): return "no hunspell dictionary for \(lang) (install hunspell-en-gb / hunspell-en-us: make setup)"
        case .internalError(let what): return "internal error: \(what)"
        }
    }

    /// The process exit status for this error: 66 for input that is not there, 65 for input that
    /// is there but unusable, 77 for a password, 73 for output, 70 for Galley's own faults.
    public var exitCode: Int32 {
        switch self {
        case .fileNotFound, .isADirectory: return 66
        case .emptyInput, .binaryInput, .notAPDF, .damagedPDF, .unreadable: return 65
        case .passwordRequired, .wrongPassword: return 77
        case .cannotWrite: return 73
        case .dictionaryMissing: return 69
        case .internalError: return 70
        }
    }
}
