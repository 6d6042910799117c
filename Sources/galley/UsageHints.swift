import ArgumentParser
import Foundation

/// One-line answers to mistyped command lines: the nearest valid subcommand or option name,
/// found by edit distance among the names the command definitions declare.
enum UsageHints {
    /// A suggestion is offered only when at most this share of the typed name must change:
    /// beyond it the nearest name is a guess, not a typo.
    static let maximumEditShare = 0.5

    /// "unknown subcommand 'conver'; did you mean 'convert'?" when the argument after the
    /// subcommands already named ("galley", "galley manifest") is not an option and names none of
    /// the next level's subcommands; nil otherwise. Hidden subcommands are accepted, not suggested.
    static func unknownSubcommand(in arguments: [String]) -> String? {
        let path = commandPath(for: arguments)
        let parent = path.last?.configuration ?? Galley.configuration
        guard !parent.subcommands.isEmpty, parent.defaultSubcommand == nil, arguments.count > path.count else {
            return nil
        }
        let word = arguments[path.count]
        guard !word.hasPrefix("-") else { return nil }
        // "help" is ArgumentParser's own subcommand of the root (galley help convert).
        let known =
            parent.subcommands.map { (name: $0._commandName, shown: $0.configuration.shouldDisplay) }
            + (path.isEmpty ? [(name: "help", shown: true)] : [])
        if known.contains(where: { $0.name == word }) { return nil }
        let hint = nearest(to: word, among: known.filter(\.shown).map(\.name))
        let command = (["galley"] + path.map { $0._commandName }).joined(separator: " ")
        return "unknown subcommand '\(word)'; " + (hint.map { "did you mean '\($0)'?" } ?? "see '\(command) --help'")
    }

    /// "unknown option '--fromat'; did you mean '--format'?" when ArgumentParser's error
    /// `message` is about an unknown option; nil for every other error.
    static func unknownOption(in arguments: [String], message: String) -> String? {
        guard message.hasPrefix("Unknown option '"),
            let name = message.dropFirst("Unknown option '".count).split(separator: "'").first.map(String.init)
        else { return nil }
        let commands = commandPath(for: arguments)
        let path = (["galley"] + commands.map { $0._commandName }).joined(separator: " ")
        let hint = name.hasPrefix("--") ? nearest(to: name, among: optionNames(of: commands.last)) : nil
        return "unknown option '\(name)'; " + (hint.map { "did you mean '\($0)'?" } ?? "see '\(path) --help'")
    }

    /// The subcommands the arguments start with, outermost first ("manifest", "merge").
    static func commandPath(for arguments: [String]) -> [ParsableCommand.Type] {
        var path: [ParsableCommand.Type] = []
        var choices = Galley.configuration.subcommands
        for argument in arguments {
            guard let next = choices.first(where: { $0._commandName == argument }) else { break }
            path.append(next)
            choices = next.configuration.subcommands
        }
        return path
    }

    /// The long option names a command declares, read off its help (which lists every option).
    static func optionNames(of command: ParsableCommand.Type?) -> [String] {
        let help = command.map { Galley.helpMessage(for: $0) } ?? Galley.helpMessage()
        var names: [String] = []
        for word in help.split(whereSeparator: { " ,\n=<[]()".contains($0) }) where word.hasPrefix("--") {
            let name = String(word.prefix { $0.isLetter || $0.isNumber || $0 == "-" })
            if name.count > 2, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The candidate closest to `word`, when it is close enough to be a typo.
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let limit = max(1, Int(Double(word.count) * maximumEditShare))
        return best.1 <= limit ? best.0 : nil
    }

    /// Levenshtein distance, counting an adjacent swap as one edit ("cnovert").
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
