import ArgumentParser
import Foundation
import GalleyKit

struct ManifestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manifest",
        abstract: "Work with the manifests that galley batch writes.",
        subcommands: [Merge.self]
    )

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Join the manifests of a sharded batch and report missing and failed inputs.",
            discussion: """
                Reads manifest.jsonl and manifest-K-of-N.jsonl in each OUT_DIR (or manifest files named \
                directly). When an input appears in several, the one read last wins. Missing inputs are \
                those the shards' headers declare (or that --inputs re-walks) with no entry at all.

                Examples:
                  galley manifest merge out/ -o out/merged.jsonl
                  galley manifest merge node1/out node2/out --inputs archive/

                Exit status: 0 every input converted; 1 a shard's manifest missing, or some input \
                missing or failed; 64 usage error.
                """
        )

        @Argument(help: "Output folders of the shards, or manifest files.")
        var manifests: [String]

        @Option(name: .shortAndLong, help: "Write the merged manifest here.")
        var output: String?

        @Option(parsing: .upToNextOption, help: "Re-walk these inputs (as given to galley batch) for the declared input set.")
        var inputs: [String] = []

        func run() throws {
            let report: ManifestMerge.Report
            do {
                let declared = inputs.isEmpty ? nil : try InputDiscovery.discover(inputs).map(\.relativePath)
                report = try ManifestMerge.merge(manifests, declaredInputs: declared)
            } catch let error as BatchError {
                usageFailure(error.description)
            } catch {
                fail(error)
            }
            if let output {
                do { try AtomicFile.write(try report.manifest.encoded(), to: output) } catch {
                    fail(error)
                }
            }
            let entries = report.manifest.sortedEntries
            var lines = [
                "merged \(report.files.count) manifest(s): \(report.manifest.header?.inputCount ?? entries.count) inputs, "
                    + "\(entries.filter { $0.status != .failed }.count) converted, \(report.failed.count) failed, "
                    + "\(report.missing.count) missing"
            ]
            if report.inconsistentHeaders { lines.append("warning: the shards declare different input sets") }
            lines += report.missingShards.map { "missing shard \($0): no manifest found" }
            lines += report.missing.map { "missing \($0)" }
            lines += report.failed.map { "failed \($0.failureLine)" }
            print(lines.joined(separator: "\n"))
            if !report.isComplete { throw ExitCode(1) }
        }
    }
}
