import ArgumentParser
import Foundation
import GalleyKit

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check conversions against reviewed goldens (for CI), or rewrite the goldens.",
        discussion: """
            Converts each input and compares the result with DIR/<key>.json and DIR/<key>.md
            (--goldens chooses the formats; a missing golden of a checked format fails), reporting
            each difference by its JSON path. A folder stands for every .pdf and .txt below it.
            The key is the input's path relative to its root: the folder given (so
            corpus/2024/issue1.pdf, found in corpus, is 2024/issue1.pdf), or for a file named
            directly its own folder (its file name); --root sets one root for all. Goldens in DIR
            whose key matches no input are listed as orphans (--prune deletes them). Exit status
            0 when all match, 1 when any golden differs or is missing, 65/66 when an input cannot
            be read.

            Examples:
              galley verify --golden Golden Samples
              galley verify --golden Golden Samples/*.txt --update   # then review `git diff Golden`
              galley verify --golden Golden issue.pdf --format json  # machine-readable report
              galley verify --golden Golden Samples --junit verify.xml --github   # in CI
              galley verify --golden Golden Samples --prune  # also delete goldens of removed samples
            """
    )

    /// How the report is printed.
    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "The folder holding the goldens.")
    var golden: String

    @Argument(help: "The inputs to convert and check: files, or folders (searched for .pdf and .txt).")
    var inputs: [String]

    @Option(help: "The folder golden keys are relative to (default: each folder given, or each file's own folder).")
    var root: String?

    @Option(help: "Also write the results as JUnit XML to this file (one testcase per input and format).")
    var junit: String?

    @Flag(help: "Also print GitHub Actions annotations (::error lines) for each failing golden.")
    var github = false

    @Flag(help: "Rewrite the goldens from this build instead of comparing (each file atomically).")
    var update = false

    @Option(help: "Report format: text (for people) or json (for tools).")
    var format: ReportFormat = .text

    @Option(help: "Golden formats to check (or write), comma-separated: json, markdown.")
    var goldens: String = GoldenStore.formats.map(\.rawValue).joined(separator: ",")

    @Flag(help: "Delete goldens whose input was not given (they are listed either way).")
    var prune = false

    @Option(help: "Dictionary language for word decisions (a hunspell dictionary name).")
    var lang: String = "en_GB"

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one INPUT to verify.") }
        _ = try goldenFormats()
        if github, format == .json { throw ValidationError("--github prints to standard output: use it with --format text") }
    }

    func goldenFormats() throws -> Set<OutputFormat> {
        var formats: Set<OutputFormat> = []
        for name in goldens.split(separator: ",").map({ $0.trimmingWhitespace() }) where !name.isEmpty {
            guard let format = OutputFormat(rawValue: name), GoldenStore.formats.contains(format) else {
                throw ValidationError("--goldens \(name): expected json or markdown")
            }
            formats.insert(format)
        }
        guard !formats.isEmpty else { throw ValidationError("--goldens: name at least one format") }
        return formats
    }

    func run() throws {
        let converter: Converter
        do {
            converter = try Converter(options: ConvertOptions(language: lang))
        } catch {
            fail(error)
        }
        let store = GoldenStore(directory: URL(fileURLWithPath: golden))
        let collected: [VerifyInput]
        do {
            collected = try VerifyInput.collect(inputs, root: root)
        } catch {
            FileHandle.standardError.write(Data("galley: \(error)\n".utf8))
            throw ExitCode.validationFailure
        }
        var outcomes: [GoldenOutcome] = []
        var failures: [(String, GalleyError)] = []
        var inputErrors: [VerifyReports.InputError] = []
        for input in collected {
            do {
                outcomes.append(
                    try store.verify(
                        input: input.path, key: input.key, converter: converter, update: update,
                        required: try goldenFormats()))
            } catch {
                let error = error as? GalleyError ?? .unreadable(input.path, reason: GalleyError.reason(error))
                failures.append((input.path, error))
                inputErrors.append(VerifyReports.InputError(input: input.path, key: input.key, message: error.description))
            }
        }
        let orphans = store.orphans(keys: collected.map(\.key))
        var pruned: [String] = []
        if prune {
            for path in orphans {
                do {
                    try FileManager.default.removeItem(atPath: path)
                    pruned.append(path)
                } catch {
                    failures.append((path, .cannotWrite(path, reason: GalleyError.reason(error))))
                }
            }
        }
        var report = format == .json ? jsonReport(outcomes, failures, orphans: orphans, pruned: pruned) : textReport(outcomes, failures)
        if format == .text {
            for path in orphans { report += (pruned.contains(path) ? "pruned " : "orphan ") + "\(path) (no input given for it)\n" }
        }
        FileHandle.standardOutput.write(Data(report.utf8))
        if github {
            FileHandle.standardOutput.write(Data(VerifyReports.githubAnnotations(outcomes, errors: inputErrors).utf8))
        }
        if let junit {
            do {
                try AtomicFile.write(
                    Data(VerifyReports.junit(outcomes, errors: inputErrors).utf8), to: URL(fileURLWithPath: junit).path)
            } catch {
                fail(error)
            }
        }
        for (_, error) in failures {
            FileHandle.standardError.write(Data("galley: \(error.description)\n".utf8))
        }
        // An input that cannot be read outranks a difference: its exit status says why.
        if let worst = failures.map(\.1.exitCode).max() { throw ExitCode(worst) }
        if outcomes.contains(where: { !$0.matches }) { throw ExitCode(1) }
    }

    private func textReport(_ outcomes: [GoldenOutcome], _ failures: [(String, GalleyError)]) -> String {
        var lines: [String] = []
        for outcome in outcomes {
            if update {
                lines.append(
                    outcome.updated.isEmpty ? "unchanged \(outcome.input)" : "updated \(outcome.updated.joined(separator: ", "))")
            } else if outcome.matches {
                lines.append("ok \(outcome.input)")
            } else {
                lines.append("FAIL \(outcome.input)")
                lines.append(outcome.report)
            }
        }
        for (input, _) in failures { lines.append("ERROR \(input)") }
        let failed = outcomes.filter { !$0.matches }.count + failures.count
        if !update { lines.append("\(outcomes.count + failures.count - failed) of \(outcomes.count + failures.count) match") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func jsonReport(
        _ outcomes: [GoldenOutcome], _ failures: [(String, GalleyError)], orphans: [String], pruned: [String]
    ) -> String {
        func value(_ json: JSONValue?) -> Any { json.map { Self.foundationValue($0) } ?? NSNull() }
        var entries: [[String: Any]] = outcomes.map { outcome in
            [
                "input": outcome.input,
                "key": outcome.key,
                "status": update ? "updated" : (outcome.matches ? "match" : "mismatch"),
                "updated": outcome.updated,
                "mismatches": outcome.mismatches.map { mismatch in
                    [
                        "golden": mismatch.golden, "format": mismatch.format.rawValue, "missing": mismatch.missing,
                        "differences": mismatch.differences.map {
                            ["path": $0.path, "expected": value($0.expected), "actual": value($0.actual)] as [String: Any]
                        },
                    ] as [String: Any]
                },
            ]
        }
        entries += failures.map { ["input": $0.0, "status": "error", "error": $0.1.description] }
        let data =
            (try? JSONSerialization.data(
                withJSONObject: ["results": entries, "orphans": orphans, "pruned": pruned] as [String: Any], options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func foundationValue(_ json: JSONValue) -> Any {
        switch json {
        case .null: return NSNull()
        case .bool(let value): return value
        case .number(let value): return value.rounded() == value ? Int(value) as Any : value as Any
        case .string(let value): return value
        case .array(let values): return values.map(foundationValue)
        case .object(let members): return members.mapValues(foundationValue)
        }
    }
}
