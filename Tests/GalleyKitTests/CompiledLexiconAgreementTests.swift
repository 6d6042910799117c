import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// The compiled lexicon must answer exactly as hunspell does on the installed dictionaries: on
/// every word of every sample, their case variants, hyphenated pairs, possessives, ordinals,
/// numbers and trailing full stops, the pieces the stages try when they split a glued word, and
/// a sample of the expansion itself with one-letter mutations as negatives.
@Suite(.serialized) struct CompiledLexiconAgreementTests {
    /// Disagreements known and accepted, with the reason. Empty: none are known.
    static let knownDifferences: [String: Set<String>] = ["en_GB": [], "en_US": []]

    @Test(arguments: ["en_GB", "en_US"])
    func agreesWithHunspell(language: String) throws {
        let compiled = try CompiledLexicon(language: language, cacheDirectory: Self.cacheDirectory)
        let hunspell = try HunspellLexicon(language: language)
        let words = try Self.sampleWords() + Self.spellTimeCases() + Self.expansionSample(compiled)
        var disagreements: [String] = []
        var checked = Set<String>()
        for word in words where checked.insert(word).inserted {
            let expected = hunspell.isWord(word)
            if compiled.isWord(word) != expected, !(Self.knownDifferences[language] ?? []).contains(word) {
                disagreements.append("\(word) (hunspell: \(expected))")
            }
        }
        #expect(checked.count > 20_000)
        #expect(disagreements.isEmpty, "\(disagreements.count) of \(checked.count): \(disagreements.prefix(60))")
    }

    static let cacheDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("galley-tests-cache")

    /// Word-like tokens of every text sample and of the text read from every PDF sample, with
    /// their case variants, possessives, trailing full stops, neighbours joined by a hyphen, and
    /// every two-piece split of each (what `twoWordSplits` asks).
    static func sampleWords() throws -> [String] {
        var texts: [String] = []
        for name in Fixtures.sampleNames {
            let path = Fixtures.samples.appendingPathComponent(name).path
            if name.hasSuffix(".pdf") {
                let document = try PDFReader(password: nil).read(InputFile.load(path))
                texts.append(Fixtures.blockTexts(document).joined(separator: "\n"))
            } else {
                texts.append(try String(contentsOfFile: path, encoding: .utf8))
            }
        }
        var words: [String] = []
        for text in texts {
            let tokens = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || "'’-.".contains($0)) }).map(String.init)
            for (index, token) in tokens.enumerated() where token.contains(where: \.isLetter) || token.contains(where: \.isNumber)
            {
                let bare = token.trimmingCharacters(in: CharacterSet(charactersIn: ".-'’"))
                words += [
                    token, bare, bare.lowercased(), bare.uppercased(), bare.capitalized, bare + "'s", bare + ".", bare + "...",
                ]
                if index + 1 < tokens.count { words.append(bare + "-" + tokens[index + 1]) }
                let characters = Array(bare)
                if characters.count >= 4, characters.count <= 24 {
                    for cut in 2...(characters.count - 2) {
                        words += [String(characters[..<cut]), String(characters[cut...])]
                    }
                }
            }
        }
        return words
    }

    /// Ordinals (right and wrong), numbers with separators, break patterns and odd inputs.
    static func spellTimeCases() -> [String] {
        var words: [String] = []
        for number in [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 14, 20, 21, 22, 23, 101, 102, 111, 112, 113, 121, 1000, 1001, 2011] {
            for suffix in ["st", "nd", "rd", "th", "ST", "Th", "TH"] { words.append("\(number)\(suffix)") }
        }
        words += [
            "1,000", "1.5", "1-2", "1--2", "1,,000", ",1", "1,", "1.", "-1", "12:30", "3.14.15", "1e5", "½",
            "-", "--", "-self", "self-", "self--harm", "self-harm-ing", "well-being-ness", "a-b-c-d-e-f-g-h-i-j-k",
            "", " ", ".", "...", " word", "word ", "e.g.", "E.G.", "i.e", "etc.", "Mr.", "MR.", "a.m.", "A.M.",
            "O'Neill", "O'NEILL", "o'neill", "D'ARCY", "don't", "DON'T", "Don't", "don’t", "DON’T", "it’s",
            "NASA", "Nasa", "nasa", "OpenOffice", "OPENOFFICE", "Openoffice", "iPhone", "IPHONE", "Iphone",
            "McDonald", "MCDONALD", "Mcdonald", "mcdonald", "USA", "usa", "Usa", "UK's", "UK'S", "Uk's",
            "café", "CAFÉ", "Café", "naïve", "NAÏVE", "résumé", "RÉSUMÉ", "straße", "STRASSE", "İstanbul",
            "co-operate", "CO-OPERATE", "Co-Operate", "x-ray", "X-RAY", "X-Ray", "e-mail", "E-Mail", "EMAIL",
        ]
        return words
    }

    /// A few thousand forms of the expansion, spread evenly, each also with one letter changed,
    /// removed and doubled (mostly negatives), and in capitals.
    static func expansionSample(_ lexicon: CompiledLexicon) -> [String] {
        let forms = lexicon.forms.sorted()
        let step = max(1, forms.count / 3000)
        var words: [String] = []
        for index in stride(from: 0, to: forms.count, by: step) {
            let form = forms[index]
            var characters = Array(form)
            words += [form, form.uppercased(), form.capitalized]
            guard characters.count > 1 else { continue }
            let middle = characters.count / 2
            words.append(String(characters[..<middle] + characters[(middle + 1)...]))
            words.append(String(characters[...middle] + characters[middle...]))
            characters[middle] = characters[middle] == "e" ? "a" : "e"
            words.append(String(characters))
        }
        return words
    }
}
