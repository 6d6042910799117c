import Foundation

/// A folder of reviewed outputs ("goldens"), one per input and format: `DIR/<key>.json` and
/// `DIR/<key>.md`, where the key is the input's path relative to the verify root (its file name
/// when the input was named directly, `sub/issue1.pdf` when found in a folder given to verify). It compares a fresh conversion with them, or rewrites them.
///
/// `galley verify` and the golden tests both go through `verify(input:converter:update:)`, so
/// the command and the test suite can never disagree about what matches.
public struct GoldenStore: Sendable {
    /// The formats a golden set holds, in the order they are checked and written.
    public static let formats: [OutputFormat] = [.json, .markdown]

    /// The folder holding the goldens.
    public let directory: URL

    /// A store of the goldens in `directory`; nothing is read until a golden is asked for.
    public init(directory: URL) {
        self.directory = directory
    }

    /// Where the golden for `input` in `format` lives: the input's file name plus the format's extension.
    public func url(for input: String, format: OutputFormat) -> URL {
        url(forKey: InputFile(path: input, bytes: Data()).displayName, format: format)
    }

    /// Where the golden for the input keyed `key` (a relative path) in `format` lives.
    public func url(forKey key: String, format: OutputFormat) -> URL {
        directory.appendingPathComponent("\(key).\(format.fileExtension)")
    }

    /// Converts `input` and compares every format with its golden, or with `update` rewrites
    /// them all (atomically, each file whole or not at all). Only conversion errors throw.
    ///
    /// - Parameter input: the input file's path.
    /// - Parameter key: the input's path relative to the verify root; nil for its file name.
    /// - Parameter converter: the converter that makes the outputs compared.
    /// - Parameter update: rewrite the goldens instead of comparing.
    /// - Parameter required: the formats checked (or written); a missing golden of any of them
    ///   is a mismatch. Formats not required are not looked at (recorded as skipped).
    public func verify(
        input: String, key: String? = nil, converter: Converter, update: Bool = false,
        required: Set<OutputFormat> = Set(formats)
    ) throws -> GoldenOutcome {
        let key = key ?? InputFile(path: input, bytes: Data()).displayName
        let document = try converter.convert(path: input)
        var outcome = GoldenOutcome(input: input, key: key)
        for format in Self.formats {
            guard required.contains(format) else {
                if !update { outcome.skipped.append(format) }
                continue
            }
            let data = try format.writer.write(document)
            let url = url(forKey: key, format: format)
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

    /// Golden files under the folder whose key is not among `keys` (the checked inputs' keys,
    /// as `url(forKey:format:)` names them): left over from a sample that was renamed or
    /// deleted. Sorted paths; only files ending in a golden format's extension count, hidden
    /// files and folders are skipped.
    public func orphans(keys: [String]) -> [String] {
        let keys = Set(keys)
        let extensions = Self.formats.map { "." + $0.fileExtension }
        guard let walker = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            guard let suffix = extensions.first(where: { relative.hasSuffix($0) }) else { continue }
            var isFolder: ObjCBool = false
            let path = directory.appendingPathComponent(relative).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            if !keys.contains(String(relative.dropLast(suffix.count))) { found.append(path) }
        }
        return found.sorted()
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
    /// The input's path.
    public var input: String
    /// The input's path relative to the verify root, which names its goldens.
    public var key: String
    /// The goldens that are missing or differ, in the order of `GoldenStore.formats`.
    public var mismatches: [GoldenMismatch] = []
    /// Formats not checked because their golden is absent and not required.
    public var skipped: [OutputFormat] = []
    /// Golden files rewritten by an update (unchanged ones are left untouched).
    public var updated: [String] = []

    /// An outcome with nothing found yet for `input`; `key` is nil for the input's file name.
    public init(input: String, key: String? = nil) {
        self.input = input
        self.key = key ?? InputFile(path: input, bytes: Data()).displayName
    }

    /// Whether every golden checked matched.
    public var matches: Bool { mismatches.isEmpty }

    /// The whole outcome for a person: one block per mismatching golden.
    public var report: String {
        mismatches.map(\.description).joined(separator: "\n")
    }
}

/// One golden file that is missing or differs from the fresh output.
public struct GoldenMismatch: Sendable, CustomStringConvertible {
    /// The golden file's path.
    public var golden: String
    /// The format of the golden.
    public var format: OutputFormat
    /// Whether the golden file is absent (then `differences` is empty).
    public var missing: Bool
    /// The differences from the golden: JSON paths for JSON, line numbers for Markdown (one
    /// `bytes` difference when the lines match but the bytes do not).
    public var differences: [JSONDifference]

    /// For a person: the path and how to make a missing golden, or the path, the number of
    /// differences and the first twenty of them.
    public var description: String {
        if missing { return "\(golden): missing golden (run `make golden` or `galley verify --update`)" }
        return "\(golden): \(differences.count) difference(s)\n" + JSONDiff.report(differences)
    }
}
