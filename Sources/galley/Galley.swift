import ArgumentParser
// Imported for its link line alone: jemalloc becomes the process's allocator (Package.swift).
import CJemalloc
import Foundation
import GalleyKit

@main
struct Galley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "galley",
        abstract: "Turn PDF-extracted newsletters back into clean, structured text.",
        version: VersionReport.text,
        subcommands: [Convert.self, Inspect.self, Batch.self, ManifestCommand.self, Verify.self, Worker.self],
        defaultSubcommand: nil
    )

    /// ArgumentParser's own entry point, except that a mistyped subcommand or option gets one
    /// line naming the nearest valid name (exit 64) instead of the whole usage.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let line = UsageHints.unknownSubcommand(in: arguments) { usageError(line) }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if let line = UsageHints.unknownOption(in: arguments, message: message(for: error)) { usageError(line) }
            exit(withError: error)
        }
    }

    private static func usageError(_ line: String) -> Never {
        FileHandle.standardError.write(Data("galley: \(line)\n".utf8))
        Foundation.exit(ExitCode.validationFailure.rawValue)
    }
}

/// Prints one line to standard error and exits with the error's status.
func fail(_ error: Error) -> Never {
    let (message, code): (String, Int32)
    switch error {
    case let error as GalleyError: (message, code) = (error.description, error.exitCode)
    default: (message, code) = (GalleyError.reason(error), 70)
    }
    FileHandle.standardError.write(Data("galley: \(message)\n".utf8))
    exit(code)
}
