import ArgumentParser
import Foundation
import GalleyKit

@main
struct Galley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "galley",
        abstract: "Turn PDF-extracted newsletters back into clean, structured text.",
        version: GalleyVersion.current,
        subcommands: [Convert.self, Batch.self, ManifestCommand.self, Verify.self, Worker.self],
        defaultSubcommand: nil
    )
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
