import Foundation

/// A failure a user can act on. Stages never throw; readers and writers do.
public enum GalleyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing exists at the input path.
    case fileNotFound(String)
    /// The input path names a folder, not a file.
    case isADirectory(String)
    /// The input has no bytes ("<stdin>" for empty standard input).
    case emptyInput(String)
    /// The file is larger than the `--max-input-size` limit (its size, the limit, in bytes; the
    /// size is -1 when a pipe passed the limit before its size was known).
    case inputTooLarge(String, size: Int, limit: Int)
    /// The input is neither a PDF nor text: it holds NUL bytes or too many control bytes.
    case binaryInput(String)
    /// The input is not a PDF: it starts like one but holds no PDF objects, or a PDF was needed
    /// (for `galley inspect`'s pictures) and it does not start like one.
    case notAPDF(String)
    /// The PDF is encrypted and no password was given.
    case passwordRequired(String)
    /// The PDF is encrypted and the password given does not open it.
    case wrongPassword(String)
    /// poppler could not open the PDF or one of its pages, or it has no pages; `reason` says which.
    case damagedPDF(String, reason: String)
    /// The input could not be read; `reason` is the cause in plain words ("permission denied").
    case unreadable(String, reason: String)
    /// The output at the path could not be written; `reason` is the cause in plain words ("disk full").
    case cannotWrite(String, reason: String)
    /// No hunspell dictionary is installed for the language (`en_GB`).
    case dictionaryMissing(String)
    /// A page asked for (`galley inspect --pages`) that the document does not have.
    case noSuchPage(String, page: Int, pageCount: Int)
    /// A fault in Galley itself, not in the input; the text says what failed.
    case internalError(String)

    /// The message for a person, one line: the path when there is one, what is wrong and, where
    /// there is one, what to do about it.
    public var description: String {
        switch self {
        case .fileNotFound(let path): return "\(path): no such file"
        case .isADirectory(let path): return "\(path): is a directory, not a file"
        case .emptyInput(let path): return "\(path): the input is empty"
        case .inputTooLarge(let path, let size, let limit):
            func bytes(_ count: Int) -> String { count < 1024 ? "\(count) bytes" : WorkerLimits.describe(count) }
            let shown = size < 0 ? "more than \(bytes(limit))" : bytes(size)
            return "\(path): too large (\(shown), over the \(bytes(limit)) limit; raise it with --max-input-size)"
        case .binaryInput(let path): return "\(path): not text and not a PDF (binary data)"
        case .notAPDF(let path): return "\(path): not a PDF file"
        case .passwordRequired(let path): return "\(path): password required (the PDF is encrypted; pass --password)"
        case .wrongPassword(let path): return "\(path): the password does not open this PDF"
        case .damagedPDF(let path, let reason): return "\(path): damaged or truncated PDF (\(reason))"
        case .unreadable(let path, let reason): return "\(path): cannot read (\(reason))"
        case .cannotWrite(let path, let reason): return "\(path): cannot write (\(reason))"
        case .dictionaryMissing(let lang): return "no hunspell dictionary for \(lang) (install hunspell-en-gb / hunspell-en-us: make setup)"
        case .noSuchPage(let path, let page, let count):
            return "\(path): no page \(page) (the document has \(count) page\(count == 1 ? "" : "s"))"
        case .internalError(let what): return "internal error: \(what)"
        }
    }

    /// The process exit status for this error: 66 for input that is not there, 65 for input that
    /// is there but unusable, 77 for a password, 73 for output, 64 for a page that is not there, 70 for Galley's own faults.
    public var exitCode: Int32 {
        switch self {
        case .fileNotFound, .isADirectory: return 66
        case .emptyInput, .inputTooLarge, .binaryInput, .notAPDF, .damagedPDF, .unreadable: return 65
        case .passwordRequired, .wrongPassword: return 77
        case .cannotWrite: return 73
        case .dictionaryMissing: return 69
        case .noSuchPage: return 64
        case .internalError: return 70
        }
    }
}

extension GalleyError {
    /// A system error number in plain words, as a person reads them ("no such file", "disk full").
    package static func reason(errno number: Int32) -> String {
        switch number {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory"
        case ENOTDIR: return "a part of the path is not a folder"
        case ENOSPC: return "disk full"
        case EDQUOT: return "disk quota exceeded"
        case EROFS: return "read-only file system"
        case ENAMETOOLONG: return "file name too long"
        case ELOOP: return "too many symbolic links (a loop)"
        case EMFILE, ENFILE: return "too many open files"
        case EIO: return "input/output error (a disk or device fault)"
        case ENOMEM: return "out of memory"
        case EFBIG: return "file too large for the file system"
        case ETXTBSY, EBUSY: return "file busy"
        case EXDEV: return "the output folder is on another file system"
        default: return String(cString: strerror(number)).lowercased()
        }
    }

    /// Any error from Foundation or the system in plain words: the POSIX cause when one is
    /// known (Foundation wraps it as an underlying error), never "NSCocoaErrorDomain error 256".
    package static func reason(_ error: Error) -> String {
        if let error = error as? GalleyError { return error.description }
        if let error = error as? POSIXError { return reason(errno: error.code.rawValue) }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return reason(errno: Int32(nsError.code)) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? Error { return reason(underlying) }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case CocoaError.fileNoSuchFile.rawValue, CocoaError.fileReadNoSuchFile.rawValue: return "no such file"
            case CocoaError.fileReadNoPermission.rawValue, CocoaError.fileWriteNoPermission.rawValue: return "permission denied"
            case CocoaError.fileWriteOutOfSpace.rawValue: return "disk full"
            case CocoaError.fileWriteVolumeReadOnly.rawValue: return "read-only file system"
            case CocoaError.fileWriteFileExists.rawValue: return "a file of that name is in the way"
            case CocoaError.fileReadTooLarge.rawValue: return "file too large"
            case CocoaError.fileReadCorruptFile.rawValue: return "the file is damaged"
            default: return "the system refused the file operation"
            }
        }
        return "unexpected failure"
    }
}
