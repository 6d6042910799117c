import ArgumentParser
import GalleyKit

/// Output format names on the command line: the canonical names, plus `md` for Markdown (the
/// file extension people type). Batch's comma-separated list goes through the same parser.
extension OutputFormat {
    public init?(argument: String) {
        if argument == "md" {
            self = .markdown
        } else {
            self.init(rawValue: argument)
        }
    }
}
