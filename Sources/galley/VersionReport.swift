import CPoppler
import GalleyKit

/// What `galley --version` prints: Galley's version, the poppler library it runs with (asked
/// at run time, so a packaged binary reports the library actually loaded) and the JSON schema.
enum VersionReport {
    static var popplerVersion: String {
        guard let version = poppler_get_version() else { return "unknown" }
        return String(cString: version)
    }

    static var text: String {
        "galley \(GalleyVersion.current)\npoppler \(popplerVersion)\nJSON schema \(GalleyVersion.schema)"
    }
}
