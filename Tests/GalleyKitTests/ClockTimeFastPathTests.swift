import Foundation
import Testing

@testable import GalleyKit

/// `TextShape.containsClockTime` finds a clock time by hand instead of compiling the `clockTime`
/// regular expression (issue 11: the first compile cost every process ~10 M instructions, 4% of a
/// 53 KB dump's conversion). The regular expression stays the reference: the hand matcher must
/// give its answer on edge strings, on many strings made of the pattern's own pieces (ASCII and
/// not), and on every line of the text samples.
@Suite struct ClockTimeFastPathTests {
    static func regex(_ text: String) -> Bool {
        text.range(of: TextShape.clockTime, options: .regularExpression) != nil
    }

    static let edges = [
        "", "7", "10am", "10 am", "10a.m.", "10 a.m.", "7.30pm", "7.30 pm", "7:30", "19:30", "19:30pm", "123pm",
        "1234", "12:345", "x10am", "_10am", "10amx", "10am_", "10 amx", "10\tam", "10\u{0B}am", "10\u{0C}pm",
        "10\u{1C}am", "10  am", "10.3pm", "10.300pm", "10:30:15", "10.30", ".10:30", "a10:30", "10:3", "1:05 pm.",
        "9pm-11pm", "9-11pm", "Sat 3 May, 7.30pm", "room 101", "v1.10", "pm 10", "1o:30", "2 p.m. sharp", "2 P.M.",
        "12:00PM", "10:00_", "(7pm)", "7p.m", "7pm.", "07:00", "0:00", "99:99", "3am3", "3 a m", "Line\r 10am",
        "10\r\nam", "Sat 3 May – 7.30pm", "Sat 3 May – quiz", "é10am", "é 10am", "10amé", "10am\u{301}", "\u{301}10am",
        "x\u{301}10am", "–\u{301}10am", "10\u{A0}am", "10\u{2003}pm", "\u{663}\u{660}pm", "1\u{663}:30", "10:3\u{663}",
        "10:30\u{200D}", "10:30\u{AD}", "\u{AD}10:30", "a\u{AD}10:30", "10 ａm", "10am\u{203F}", "\u{203F}10am",
        "10am\u{903}", "10pm\u{FE0F}", "10:30\u{85}", "10\u{85}am", "10\u{2028}am",
    ]

    @Test(arguments: edges)
    func agreesOnEdges(_ text: String) {
        #expect(TextShape.containsClockTime(text) == Self.regex(text), "\(text.debugDescription)")
    }

    /// Strings made of the pattern's own pieces and their neighbours (digits, separators, the
    /// meridiem letters, word and space characters of every class, combining marks, format
    /// characters and digits of other scripts), from a fixed seed.
    @Test(arguments: [false, true])
    func agreesOnGeneratedStrings(nonASCII: Bool) {
        var alphabet = [
            "1", "12", "7", "123", ".30", ":45", ":5", ".", ":", " ", "  ", "am", "pm", "a.m", "p.m.", "a", "p", "m", "M",
            "PM", "_", "x", "\t", "\u{0B}", "\u{0C}", "\n", "\r", "\u{1C}", "-", "/", "(", "0",
        ]
        if nonASCII {
            alphabet += [
                "é", "\u{301}", "\u{200D}", "\u{200C}", "\u{AD}", "\u{2060}", "\u{A0}", "\u{2003}", "\u{85}", "\u{663}",
                "\u{FF11}", "–", "’", "ａ", "\u{203F}", "\u{903}", "\u{FE0F}", "日", "\u{1F600}",
            ]
        }
        var random = Xorshift(seed: nonASCII ? 0xD1B5_4A32_D192_ED03 : 0x9E37_79B9_7F4A_7C15)
        func next() -> Int { random.next() }
        var matched = 0
        for _ in 0..<20_000 {
            let text = (0..<(1 + next() % 8)).map { _ in alphabet[next() % alphabet.count] }.joined()
            let reference = Self.regex(text)
            if reference { matched += 1 }
            #expect(TextShape.containsClockTime(text) == reference, "\(text.debugDescription)")
        }
        // The strings exercise both answers, not just "no".
        #expect(matched > 500)
    }

    @Test func agreesOnSampleLines() throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples")
        let files = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        var lines = 0, nonASCII = 0
        for file in files {
            let text = try String(contentsOf: samples.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let line = String(line)
                lines += 1
                if line.utf8.contains(where: { $0 >= 0x80 }) { nonASCII += 1 }
                #expect(TextShape.containsClockTime(line) == Self.regex(line), "\(file): \(line.debugDescription)")
            }
        }
        #expect(lines > 1_000)
        #expect(nonASCII > 100)
    }
}
