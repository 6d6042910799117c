import Foundation
import GalleyTestSupport
import Testing

/// docs/kubernetes/: the Jobs, volume claims and Dockerfile parse and agree (docs/kubernetes/check.py,
/// also `make kubernetes-check`): an Indexed Job whose completions equal its shard count, with
/// FailIndex on exit 1 and podReplacementPolicy Failed, ReadWriteMany output, a merge Job on the
/// same claim and image, and an image tag that is galley's version.
@Suite struct KubernetesManifestTests {
    @Test func theManifestsParseAndAgree() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixtures.root.appendingPathComponent("docs/kubernetes/check.py").path]
        let err = Pipe(), out = Pipe()
        process.standardError = err
        process.standardOutput = out
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr) (python3-yaml missing? make setup installs it)")
        #expect(stdout.hasPrefix("kubernetes-check: 4 manifests parse"))
    }
}
