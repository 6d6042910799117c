import Foundation

/// A folder of reviewed outputs ("goldens"), one per input and format: `DIR/<input file name>.json`
/// and `DIR/<input file name>.md`. It compares a fresh conversion with them, or rewrites them.
///
/// `galley verify` and the golden tests both go through `verify(input:converter:update:)`, so
/// the command and the test suite can never disagree about what matches.
public struct GoldenStore: Sendable {
    /// The formats a golden set holds, in the order they are checked and written.
    public static let formats: [OutputFormat] = [.json, .markdown]

    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Where the golden for `input` in `format` lives: the input's file name plus the format's extension.
    public func url(for input: String, format: OutputFormat) -> URL {
        directory.appendingPathComponent("\(InputFile(path: input, bytes: Data()).displayName).\(format.fileExtension)")
    }

    /// Converts `input` and compares every format with its golden, or with `update` rewrites
    /// them all (atomically, each file whole or not at all). Only conversion errors throw.
    ///
    /// - Parameter required: the formats checked (or written); a missing golden of any of them
    ///   is a mismatch. Formats not required are left alone.
    public func verify(
        input: String, converter: Converter, update: Bool = false, required: Set<OutputFormat> = Set(formats)
    ) throws -> GoldenOutcome {
        let document = try converter.convert(path: input)
        var outcome = GoldenOutcome(input: input)
        for format in Self.formats where required.contains(format) {
            let data = try format.writer.write(document)
            let url = url(for: input, format: format)
            if update {
                let old = try? Data(contentsOf: url)
                if old != data {
                    try AtomicFile.write(data, to: url.path)
                    outcome.updated.append(url.path)
                }
                continue
            }
            guard let golden = try? Data(contentsOf: url) else {
                outcome.mismatches.append(GoldenMismatch(golden: url.path, format: format, missing: true, differences: []))
                continue
            }
            if golden == data { continue }
            let differences = Self.differences(golden: golden, actual: data, format: format)
            if differences.isEmpty, format == .json { continue }  // same structure, other spacing
            outcome.mismatches.append(
                GoldenMismatch(golden: url.path, format: format, missing: false, differences: differences))
        }
        return outcome
    }

    /// Golden files in the folder whose input is not among `inputs` (matched by file name, as
    /// `url(for:format:)` names them): left over from a sample that was renamed or deleted.
    /// Sorted paths; only files ending in a golden format's extension count.
    public func orphans(inputs: [String]) -> [String] {
        let names = Set(inputs.map { InputFile(path: $0, bytes: Data()).displayName })
        let extensions = Self.formats.map { "." + $0.fileExtension }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { file in
            guard !file.hasPrefix("."), let suffix = extensions.first(where: { file.hasSuffix($0) }) else { return false }
            return !names.contains(String(file.dropLast(suffix.count)))
        }
        .sorted().map { directory.appendingPathComponent($0).path }
    }

    /// The structural differences for JSON; for other formats, the differing lines (`line 12`),
    /// aligned so an inserted paragraph is one difference.
    static func differences(golden: Data, actual: Data, format: OutputFormat) -> [JSONDifference] {
        if format == .json {
            do {
                let expected = try JSONValue(parsing: golden)
                return JSONDiff.diff(expected, try JSONValue(parsing: actual))
            } catch {
                return [
                    JSONDifference(path: "", expected: .string("valid JSON"), actual: .string("golden is not JSON: \(error)"))
                ]
            }
        }
        func lines(_ data: Data) -> JSONValue {
            .array(
                String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map {
                    .string(String($0))
                })
        }
        // Number lines from 1 as editors do: `lines[28]` becomes `line 29`, an extra line `line +29`.
        let differences = JSONDiff.diff(lines(golden), lines(actual)).map { difference in
            var difference = difference
            let inner = difference.path.dropFirst().dropLast()
            let extra = inner.hasPrefix("+")
            if let index = Int(inner.drop(while: { $0 == "+" })) { difference.path = "line \(extra ? "+" : "")\(index + 1)" }
            return difference
        }
        return differences.isEmpty
            ? [JSONDifference(path: "bytes", expected: .string("golden bytes"), actual: .string("different bytes, same lines"))]
            : differences
    }
}

/// What checking one input against its goldens found.
public struct GoldenOutcome: Sendable {
    public var input: String
    public var mismatches: [GoldenMismatch] = []
    /// Golden files rewritten by an update (unchanged ones are left untouched).
    public var updated: [String] = []

    public init(input: String) {
        self.input = input
    }

    public var matches: Bool { mismatches.isEmpty }

    /// The whole outcome for a person: one block per mismatching golden.
    public var report: String {
        mismatches.map(\.description).joined(separator: "\n")
    }
}

/// One golden file that is missing or differs from the fresh output.
public struct GoldenMismatch: Sendable, CustomStringConvertible {
    public var golden: String
    public var format: OutputFormat
    public var missing: Bool
    public var differences: [JSONDifference]

    public var description: String {
        if missing { return "\(golden): missing golden (run `make golden` or `galley verify --update`)" }
        return "\(golden): \(differences.count) difference(s)\n" + JSONDiff.report(differences)
    }
}
