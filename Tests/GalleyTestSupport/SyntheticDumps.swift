/// A small deterministic pseudo-random generator (SplitMix64), so generated inputs are the same
/// on every run and every machine.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random newsletter-like pdftotext dumps for property tests: pages with running headers and
/// page labels, headings, wrapped paragraphs with line-end hyphens, bullet lists, addresses broken
/// across lines, buttons and odd characters. The organisations and words are invented.
package enum SyntheticDumps {
    static let words = [
        "the", "community", "trust", "volunteers", "meet", "every", "month", "to", "plan", "local", "events",
        "and", "support", "families", "in", "need", "of", "advice", "our", "garden", "project", "has", "grown",
        "since", "spring", "residents", "can", "book", "a", "place", "at", "library", "with", "help", "from",
        "partners", "across", "district", "wellbeing", "service", "offers", "free", "sessions", "for", "carers",
        "young", "people", "older", "neighbours", "café", "résumé", "workshop", "funding", "applications",
        "close", "on", "Friday", "12", "2024", "£50", "30%", "well-being", "co-ordinator", "don’t", "it’s",
    ]
    static let headings = [
        "Dates for your diary", "News from the allotments", "Volunteer of the month", "Useful contacts",
        "Funding round open", "A word from the chair", "Training opportunities", "Community café",
    ]
    static let bullets = ["•", "◦", "▪", "●", "-", "*"]
    static let organisations = ["Northbridge Community Trust", "Eastvale Residents Forum", "Millbrook Family Hub"]
    static let domains = ["northbridge-trust.org.uk", "eastvale-forum.example.org", "millbrookhub.example.com"]

    /// One dump for `seed`: the same seed always gives the same text.
    package static func dump(seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed)
        let organisation = organisations.randomElement(using: &random)!
        let domain = domains.randomElement(using: &random)!
        let pageCount = Int.random(in: 1...5, using: &random)
        let formFeeds = Bool.random(using: &random)
        var pages: [String] = []
        for number in 1...pageCount {
            var blocks: [String] = []
            if pageCount > 2 { blocks.append("\(organisation) Newsletter") }
            for _ in 0..<Int.random(in: 2...6, using: &random) {
                switch Int.random(in: 0..<10, using: &random) {
                case 0, 1:
                    blocks.append(headings.randomElement(using: &random)!)
                case 2:
                    let bullet = bullets.randomElement(using: &random)!
                    blocks.append(
                        (0..<Int.random(in: 2...5, using: &random)).map { _ in
                            "\(bullet) " + sentence(words: Int.random(in: 2...7, using: &random), using: &random)
                        }.joined(separator: "\n"))
                case 3:
                    let path = ["events", "volunteering/apply-now", "about-us/annual-report-2023"].randomElement(using: &random)!
                    blocks.append(
                        "Find out more at www.\(domain)/\n\(path) or email hello@\(domain)\nor call 0161 496 0\(Int.random(in: 100...999, using: &random))"
                    )
                case 4:
                    blocks.append(["CLICK HERE", "READ MORE", "Contents", "Back to top"].randomElement(using: &random)!)
                default:
                    blocks.append(paragraph(using: &random))
                }
            }
            blocks.append(["Page \(number)", "\(number)", "\(number) of \(pageCount)"].randomElement(using: &random)!)
            var text = blocks.joined(separator: "\n\n")
            if number > 1 { text = formFeeds ? "\u{0C}" + text : " " + text }
            pages.append(text)
        }
        return pages.joined(separator: "\n") + "\n"
    }

    static func sentence(words count: Int, using random: inout SeededGenerator) -> String {
        var chosen = (0..<count).map { _ in words.randomElement(using: &random)! }
        chosen[0] = chosen[0].prefix(1).uppercased() + chosen[0].dropFirst()
        return chosen.joined(separator: " ")
    }

    /// A paragraph wrapped at about 60 columns; now and then a long word is split with a hyphen.
    static func paragraph(using random: inout SeededGenerator) -> String {
        let text = (0..<Int.random(in: 1...4, using: &random)).map { _ in
            sentence(words: Int.random(in: 5...16, using: &random), using: &random) + [".", ".", "!", "?", ":"].randomElement(
                using: &random)!
        }.joined(separator: " ")
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.count + word.count > 60 {
                if word.count > 7, Int.random(in: 0..<3, using: &random) == 0 {
                    let cut = word.index(word.startIndex, offsetBy: word.count / 2)
                    lines.append(line + " " + word[..<cut] + "-")
                    line = String(word[cut...])
                    continue
                }
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
