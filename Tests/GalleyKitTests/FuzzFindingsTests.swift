import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Inputs `make fuzz` found (Tests/GalleyKitTests/Fixtures/fuzz/), each converted again here so
/// the fix stays: each must convert, or fail with a GalleyError, well within its bound.
@Suite struct FuzzFindingsTests {
    static let folder = Fixtures.root.appendingPathComponent("Tests/GalleyKitTests/Fixtures/fuzz")

    /// Generous for a loaded debug build; the fixed conversions take a fraction of it.
    static let timeLimit: Duration = .seconds(30)

    @Test func everyFindingConvertsInTime() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(!names.isEmpty)
        let converter = Converter(options: ConvertOptions(parallelPages: false), lexicon: Fixtures.lexicon)
        for name in names {
            let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            let elapsed = ContinuousClock().measure {
                do {
                    let document = try converter.convert(InputFile(path: name, bytes: bytes))
                    _ = try OutputFormat.json.writer.write(document)
                } catch is GalleyError {
                } catch {
                    Issue.record("\(name): \(error)")
                }
            }
            #expect(elapsed < Self.timeLimit, "\(name) took \(elapsed)")
        }
    }

    /// raw-timeout-long-run.txt: a 90-letter run of one letter inside a word. RepairLigatures
    /// asks the lexicon about the word with ligature letters at every place; the compound walk
    /// built every prefix of each candidate (quadratic per look-up), now only prefixes as long as
    /// a compound part can be. The answers are unchanged.
    @Test func longNonWordsAreLookedUpInLinearTime() {
        // Below the 528 bytes past which the lexicon refuses a word outright, as hunspell does.
        let run = "rai" + String(repeating: "o", count: 500) + "sed"
        var accepted = 0
        let elapsed = ContinuousClock().measure {
            for cut in 0..<run.count {
                let candidate = String(run.prefix(cut)) + "ffi" + String(run.dropFirst(cut))
                if Fixtures.lexicon.isWord(candidate) { accepted += 1 }
            }
        }
        #expect(accepted == 0)
        // Measured on a loaded machine (debug build): 203 look-ups of 409 letters took 3.5 s
        // before the fix and 0.55 s after; these 509 look-ups of 509 letters take 1.2 s after.
        #expect(elapsed < .seconds(8), "\(elapsed)")
        // A near miss: the compound rules still accept a long ordinal, and refuse a broken one.
        #expect(Fixtures.lexicon.isWord("1111111111111111111111111111111111111111111th"))
        #expect(!Fixtures.lexicon.isWord("1111111111111111111111111111111111111111111xx"))
    }
}
