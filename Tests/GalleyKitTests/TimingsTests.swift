import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// `--timings` reports every step that ran, in order, and changes nothing in the output.
@Suite struct TimingsTests {
    @Test(arguments: ["synthetic-interleaved.txt", "pdf-two-columns.pdf"])
    func everyStepIsTimedInOrder(sample: String) throws {
        let timings = Timings()
        let path = Fixtures.samples.appendingPathComponent(sample).path
        let converter = Converter(options: ConvertOptions(), lexicon: Fixtures.lexicon)
        let timed = try converter.convert(path: path, timings: timings)
        let names = timings.recorded.map(\.name)
        #expect(names == ["load", "read", "wait for dictionary"] + Pipeline.stages.map(\.name))
        #expect(timings.recorded.allSatisfy { $0.elapsed >= .zero })
        let untimed = try converter.convert(path: path)
        #expect(try JSONWriter().write(timed) == JSONWriter().write(untimed))
    }

    @Test func reportHasOneLinePerStepAndATotal() {
        let timings = Timings()
        timings.record("first", .milliseconds(2))
        timings.record("second step", .microseconds(1500))
        let lines = timings.report.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("first ") && lines[0].hasSuffix("2.00 ms"))
        #expect(lines[1].hasPrefix("second step") && lines[1].hasSuffix("1.50 ms"))
        #expect(lines[2].hasPrefix("total") && lines[2].hasSuffix("3.50 ms"))
    }

    @Test func commandLinePrintsTimingsToStandardError() throws {
        let sample = Fixtures.samples.appendingPathComponent("synthetic-interleaved.txt").path
        let plain = try CommandLineTests.run(["convert", sample])
        let timed = try CommandLineTests.run(["convert", sample, "--timings"])
        #expect(timed.status == 0)
        #expect(timed.stdout == plain.stdout)
        let steps = timed.stderr.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(steps.contains("RepairHyphenation") && steps.last == "total")
        #expect(plain.stderr.isEmpty)
    }
}
