import Foundation

/// The reports `galley verify` writes for CI: JUnit XML (one testcase per input and format) and
/// GitHub Actions annotations (one `::error` line per failing golden or unreadable input).
public enum VerifyReports {
    /// An input verify could not convert, with the reason.
    public struct InputError: Sendable {
        /// The input's path.
        public var input: String
        /// The input's golden key (its path relative to the verify root).
        public var key: String
        /// Why it could not be converted, one line for a person.
        public var message: String

        /// An error for the input at `input`, keyed `key`, with the reason `message`.
        public init(input: String, key: String, message: String) {
            self.input = input
            self.key = key
            self.message = message
        }
    }

    /// JUnit XML: one `<testcase>` per input and golden format, named `KEY (json)`; a differing
    /// or missing golden is a `<failure>` whose message holds the diff, an input that cannot be
    /// converted an `<error>`, a format with no golden (and none required) `<skipped>`.
    public static func junit(
        _ outcomes: [GoldenOutcome], errors: [InputError] = [], formats: [OutputFormat] = GoldenStore.formats
    ) -> String {
        var cases: [String] = []
        var failures = 0, errorCount = 0, skipped = 0
        for outcome in outcomes {
            for format in formats {
                let open = testcaseOpen(key: outcome.key, input: outcome.input, format: format)
                if let mismatch = outcome.mismatches.first(where: { $0.format == format }) {
                    failures += 1
                    let type = mismatch.missing ? "missing" : "mismatch"
                    let text = mismatch.description
                    cases.append(
                        "\(open)\n      <failure type=\"\(type)\" message=\"\(escape(text))\">\(escape(text, attribute: false))</failure>\n    </testcase>"
                    )
                } else if outcome.skipped.contains(format) {
                    skipped += 1
                    cases.append("\(open)\n      <skipped message=\"no golden\"/>\n    </testcase>")
                } else {
                    cases.append("\(open)</testcase>")
                }
            }
        }
        for error in errors {
            for format in formats {
                errorCount += 1
                let open = testcaseOpen(key: error.key, input: error.input, format: format)
                cases.append(
                    "\(open)\n      <error type=\"conversion\" message=\"\(escape(error.message))\">\(escape(error.message, attribute: false))</error>\n    </testcase>"
                )
            }
        }
        let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errorCount)\" skipped=\"\(skipped)\""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="galley verify" \(counts)>
              <testsuite name="galley verify" \(counts)>
            \(cases.map { "    " + $0 }.joined(separator: "\n"))
              </testsuite>
            </testsuites>

            """
    }

    private static func testcaseOpen(key: String, input: String, format: OutputFormat) -> String {
        "<testcase classname=\"galley.verify\" name=\"\(escape("\(key) (\(format.rawValue))"))\" file=\"\(escape(input))\">"
    }

    /// GitHub Actions workflow commands, one line each: `::error file=INPUT,title=…::MESSAGE`,
    /// the message's newlines encoded as `%0A` so the whole diff shows in the annotation.
    public static func githubAnnotations(_ outcomes: [GoldenOutcome], errors: [InputError] = []) -> String {
        var lines: [String] = []
        for outcome in outcomes {
            for mismatch in outcome.mismatches {
                let title =
                    mismatch.missing
                    ? "missing golden \(outcome.key).\(mismatch.format.fileExtension)"
                    : "\(outcome.key): \(mismatch.format.rawValue) differs from its golden (\(mismatch.differences.count) difference(s))"
                lines.append(annotation(file: outcome.input, title: title, message: mismatch.description))
            }
        }
        for error in errors {
            lines.append(annotation(file: error.input, title: "\(error.key): cannot convert", message: error.message))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    static func annotation(file: String, title: String, message: String) -> String {
        "::error file=\(escapeProperty(file)),title=\(escapeProperty(title))::\(escapeData(message))"
    }

    /// Workflow-command message encoding (as @actions/core does).
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Workflow-command property encoding: the data encoding plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// XML text or attribute escaping (`String.markupEscaped`).
    static func escape(_ text: String, attribute: Bool = true) -> String {
        text.markupEscaped(attribute: attribute)
    }
}
