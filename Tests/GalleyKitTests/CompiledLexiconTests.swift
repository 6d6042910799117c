import Foundation
import Testing

@testable import GalleyKit

/// The affix rules and the cache of the compiled lexicon, on a tiny dictionary written here and
/// held to hunspell's own answers on the same files.
@Suite struct CompiledLexiconTests {
    static let affix = """
        SET UTF-8
        NEEDAFFIX N
        FORBIDDENWORD X
        KEEPCASE K
        ONLYINCOMPOUND O
        COMPOUNDMIN 1
        ICONV 1
        ICONV ’ '
        COMPOUNDRULE 1
        COMPOUNDRULE D*E
        PFX U Y 1
        PFX U 0 un .
        PFX R N 2
        PFX R 0 re [^e]
        PFX R 0 re- e
        SFX S Y 3
        SFX S y ies [^aeiou]y
        SFX S 0 s [aeiou]y
        SFX S 0 s [^y]
        SFX G Y 2
        SFX G e ing e
        SFX G 0 ing [^e]
        SFX P Y 1
        SFX P 0 's .
        """
    static let dictionary = """
        12
        happy/U
        try/S
        play/SURG
        make/G
        fix/NS
        bad/X
        NASA/K
        edit/R
        1/D
        2/D
        th/EO
        Mary/P
        """

    static let expectations: [(String, Bool)] = [
        // strip and condition
        ("tries", true), ("trys", false), ("plays", true), ("playies", false), ("making", true), ("makeing", false),
        ("playing", true), ("reedit", false), ("re-edit", true), ("replay", true),
        // cross products: U and S both allow it, R does not
        ("unplays", true), ("unplaying", true), ("replays", false), ("unhappy", true), ("UNHAPPY", true), ("Unhappy", true),
        // NEEDAFFIX: the stem alone is no word
        ("fix", false), ("fixs", true),
        // FORBIDDENWORD
        ("bad", false), ("Bad", false), ("BAD", false),
        // KEEPCASE: only as written
        ("NASA", true), ("Nasa", false), ("nasa", false),
        // COMPOUNDRULE with an ONLYINCOMPOUND part
        ("1th", true), ("12th", true), ("212th", true), ("th", false), ("12", true), ("1st", false),
        // case, possessives, trailing full stop, word breaks, input conversion
        ("Happy", true), ("HAPPY", true), ("hAppy", false), ("Mary's", true), ("MARY'S", true), ("mary", false),
        ("Mary’s", true), ("happy.", true), ("happy-try", true), ("happy-trys", false), ("-happy", true), ("happy-", true),
    ]

    @Test func affixRulesAnswerAsWritten() throws {
        let (compiled, _) = try Self.lexicons(affix: Self.affix, dictionary: Self.dictionary)
        for (word, expected) in Self.expectations {
            #expect(compiled.isWord(word) == expected, "\(word)")
        }
    }

    @Test func affixRulesAgreeWithHunspell() throws {
        let (compiled, hunspell) = try Self.lexicons(affix: Self.affix, dictionary: Self.dictionary)
        for (word, _) in Self.expectations {
            #expect(compiled.isWord(word) == hunspell.isWord(word), "\(word)")
        }
    }

    @Test(arguments: [
        ("FLAG long", "PFX Aa Y 1\nPFX Aa 0 re .\nSFX Bb Y 1\nSFX Bb 0 ed [^e]", "cook/AaBb\nwalk/Bb"),
        ("FLAG num", "PFX 101 Y 1\nPFX 101 0 re .\nSFX 7 Y 1\nSFX 7 0 ed [^e]", "cook/101,7\nwalk/7"),
        ("FLAG UTF-8", "PFX Ü Y 1\nPFX Ü 0 re .\nSFX ß Y 1\nSFX ß 0 ed [^e]", "cook/Üß\nwalk/ß"),
        ("", "PFX A Y 1\nPFX A 0 re .\nSFX B Y 1\nSFX B 0 ed [^e]", "cook/AB\nwalk/B"),
    ])
    func flagTypes(flagLine: String, rules: String, stems: String) throws {
        let (compiled, hunspell) = try Self.lexicons(affix: "SET UTF-8\n\(flagLine)\n\(rules)", dictionary: "2\n\(stems)")
        for word in ["cook", "recook", "cooked", "recooked", "walk", "walked", "rewalk", "rewalked", "cooks"] {
            #expect(compiled.isWord(word) == hunspell.isWord(word), "\(flagLine): \(word)")
        }
        #expect(compiled.isWord("recooked"))
        #expect(!compiled.isWord("rewalk"))
    }

    @Test func continuationClassesAllowASecondSuffix() throws {
        let affix = "SET UTF-8\nSFX A Y 1\nSFX A 0 ful/B .\nSFX B Y 1\nSFX B 0 ness .\n"
        let (compiled, hunspell) = try Self.lexicons(affix: affix, dictionary: "1\nhope/A")
        for word in ["hope", "hopeful", "hopefulness", "hopeness"] {
            #expect(compiled.isWord(word) == hunspell.isWord(word), "\(word)")
        }
        #expect(compiled.isWord("hopefulness"))
    }

    @Test func anUnsupportedDirectiveIsRefused() throws {
        #expect(throws: AffixFile.AffixFileError.unsupported("COMPOUNDFLAG")) {
            try AffixFile(text: "SET UTF-8\nCOMPOUNDFLAG Z\n")
        }
        #expect(throws: AffixFile.AffixFileError.unsupported("AF")) { try AffixFile(text: "AF 1\nAF AB\n") }
    }

    // MARK: The cache

    @Test func aSecondOpenMapsTheCacheFile() throws {
        let (directory, aff, dic) = try Self.write(affix: Self.affix, dictionary: Self.dictionary)
        let first = try CompiledLexicon(language: "xx", affixPath: aff, dictionaryPath: dic, cacheDirectory: directory)
        let second = try CompiledLexicon(language: "xx", affixPath: aff, dictionaryPath: dic, cacheDirectory: directory)
        #expect(first.wasBuilt && !second.wasBuilt)
        #expect(first.cacheFile == second.cacheFile && first.cacheFile != nil)
        #expect(second.isWord("tries") && !second.isWord("trys"))
    }

    @Test func aChangedDictionaryRebuildsTheCache() throws {
        let (directory, aff, dic) = try Self.write(affix: Self.affix, dictionary: Self.dictionary)
        let old = try CompiledLexicon(language: "xx", affixPath: aff, dictionaryPath: dic, cacheDirectory: directory)
        #expect(!old.isWord("gloop"))
        try (Self.dictionary.replacingOccurrences(of: "12\n", with: "13\n") + "\ngloop/S").write(
            toFile: dic, atomically: false, encoding: .utf8)
        let new = try CompiledLexicon(language: "xx", affixPath: aff, dictionaryPath: dic, cacheDirectory: directory)
        #expect(new.wasBuilt && new.cacheFile != old.cacheFile)
        #expect(new.isWord("gloops"))
        // The stale file is gone.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".lexicon") }.count == 1)
    }

    @Test(arguments: ["truncated", "garbage", "empty", "wrong version"])
    func aDamagedCacheFileIsRebuilt(damage: String) throws {
        let (directory, aff, dic) = try Self.write(affix: Self.affix, dictionary: Self.dictionary)
        let built = try CompiledLexicon(language: "xx", affixPath: aff, dictionaryPath: dic, cacheDirectory: directory)
        let file = try #require(built.cacheFile)
        var bytes = try Data(contentsOf: file)
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count - 100)
        case "garbage": bytes.replaceSubrange(64..<128, with: Data(repeating: 0xFF, count: 64))
        case "empty": bytes = Data()
        default: bytes[8] &+= 1
        }
        try bytes.write(to: file)
        let reopened = try CompiledLexicon(language: "xx", affixPath: aff, dictionaryPath: dic, cacheDirectory: directory)
        #expect(reopened.wasBuilt || damage == "garbage")
        #expect(reopened.isWord("tries") && !reopened.isWord("trys") || damage == "garbage")
        if damage != "garbage" {
            // The rebuilt file is whole again.
            #expect(try !CompiledLexicon(language: "xx", affixPath: aff, dictionaryPath: dic, cacheDirectory: directory).wasBuilt)
        }
    }

    @Test func anUnwritableCacheFolderStillGivesALexicon() throws {
        let (directory, aff, dic) = try Self.write(affix: Self.affix, dictionary: Self.dictionary)
        // A folder inside a plain file can never be made, even by root.
        let blocker = directory.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let lexicon = try CompiledLexicon(
            language: "xx", affixPath: aff, dictionaryPath: dic, cacheDirectory: blocker.appendingPathComponent("cache"))
        #expect(lexicon.wasBuilt && lexicon.cacheFile == nil)
        #expect(lexicon.isWord("unhappy") && !lexicon.isWord("bad"))
    }

    @Test func theCacheFolderFollowsTheEnvironment() {
        let name = CompiledLexicon.cacheFileName(language: "en_GB", sourceKey: 0xAB)
        #expect(name == "en_GB-v\(CompiledLexiconFile.formatVersion)-00000000000000ab.lexicon")
    }

    // MARK: Helpers

    static func write(affix: String, dictionary: String) throws -> (directory: URL, aff: String, dic: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("galley-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let aff = directory.appendingPathComponent("xx.aff").path, dic = directory.appendingPathComponent("xx.dic").path
        try (affix + "\n").write(toFile: aff, atomically: false, encoding: .utf8)
        try (dictionary + "\n").write(toFile: dic, atomically: false, encoding: .utf8)
        return (directory, aff, dic)
    }

    static func lexicons(affix: String, dictionary: String) throws -> (CompiledLexicon, HunspellLexicon) {
        let (directory, aff, dic) = try write(affix: affix, dictionary: dictionary)
        return (
            try CompiledLexicon(language: "xx", affixPath: aff, dictionaryPath: dic, cacheDirectory: directory),
            try HunspellLexicon(language: "xx", affixPath: aff, dictionaryPath: dic)
        )
    }
}
