/// Galley's own version, written into every output's `generator`.
public enum GalleyVersion {
    /// The version of this build, as `major.minor.patch`.
    public static let current = "0.1.0"
    /// The JSON schema version this build writes; see Schema/galley.schema.json.
    public static let schema = "1.3"
}
