import Foundation
import GalleyKit
import GalleyTestSupport
import Testing

/// Every sample converted and compared with its reviewed output in Golden/ (JSON and Markdown),
/// through the same `GoldenStore.verify` that `galley verify` uses.
///
/// `make golden` (GALLEY_UPDATE_GOLDEN=1) rewrites the goldens and fails on purpose, so that
/// nobody mistakes a rewrite for a pass: read `git diff Golden` before committing.
/// GALLEY_GOLDEN_DIR points the suite at another folder (used to check the machinery itself).
@Suite struct GoldenTests {
    static let environment = ProcessInfo.processInfo.environment
    static let isUpdating = environment["GALLEY_UPDATE_GOLDEN"] == "1"
    static let store = GoldenStore(
        directory: environment["GALLEY_GOLDEN_DIR"].map { URL(fileURLWithPath: $0) } ?? Fixtures.golden)

    @Test(arguments: Fixtures.sampleNames)
    func sampleMatchesGolden(name: String) throws {
        let input = Fixtures.samples.appendingPathComponent(name).path
        let converter = Converter(options: ConvertOptions(), lexicon: Fixtures.lexicon)
        if Self.isUpdating {
            let outcome = try Self.store.verify(input: input, converter: converter, update: true)
            let changed =
                outcome.updated.isEmpty
                ? "unchanged"
                : "rewrote \(outcome.updated.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", "))"
            Issue.record(
                "goldens updated for \(name) (\(changed)); review `git diff Golden` and run the tests again without GALLEY_UPDATE_GOLDEN"
            )
            return
        }
        let outcome = try Self.store.verify(input: input, converter: converter, required: Set(GoldenStore.formats))
        for mismatch in outcome.mismatches {
            Issue.record(
                Comment(
                    rawValue: mismatch.description
                        + (mismatch.missing ? "" : "\nIf the change is intended, run `make golden` and review `git diff Golden`.")
                ))
        }
    }
}
