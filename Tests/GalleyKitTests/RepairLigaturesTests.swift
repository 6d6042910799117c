import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Ligatures: presentation forms spelled out, a dropped or private-use ligature glyph restored
/// when the lexicon confirms; ordinary words and bullets left alone.
@Suite struct RepairLigaturesTests {
    static func repaired(_ text: String) throws -> (String, [Repair]) {
        let document = try Fixtures.run(RepairLigatures(), on: text)
        return (Fixtures.blockTexts(document).joined(separator: "\n"), document.audit.repairs.unplaced)
    }

    @Test func presentationFormsAreSpelledOut() throws {
        let (text, repairs) = try Self.repaired("Our \u{FB01}rst meeting of o\u{FB03}cers.\n")
        #expect(text == "Our first meeting of officers.")
        #expect(
            repairs == [
                Repair(kind: .ligature, before: "\u{FB01}rst", after: "first", page: 1),
                Repair(kind: .ligature, before: "o\u{FB03}cers.", after: "officers.", page: 1),
            ])
    }

    @Test func aDroppedGlyphIsRestored() throws {
        #expect(try Self.repaired("sent to the na onal survey\n").0 == "sent to the national survey")
        #expect(try Self.repaired("ten cen metres deep\n").0 == "ten centimetres deep")
    }

    @Test func aGlyphLostAtAWordsEdgeIsRestoredWhereTheDocumentShowsItLosesGlyphs() throws {
        // "na onal" shows the font drops its "ti" glyph: then "mber" is "timber".
        let (text, repairs) = try Self.repaired("sent to the na onal survey\noffcuts of untreated mber at least\n")
        #expect(text == "sent to the national survey offcuts of untreated timber at least")
        #expect(repairs.map(\.after) == ["national", "timber"])
        // A run of letters longer than any word is not tried at every place (a fuzzer's input).
        let long = String(repeating: "a", count: 400)
        #expect(try Self.repaired("sent to the na onal survey\n\(long) at least\n").0.hasSuffix("\(long) at least"))
        // Without that evidence an unknown lower-case word is the author's, and is left alone.
        #expect(try Self.repaired("offcuts of untreated mber at least\n").1.isEmpty)
    }

    @Test func aPrivateUseGlyphInsideAWordIsRestored() throws {
        #expect(try Self.repaired("the na\u{E000}onal survey\n").0 == "the national survey")
    }

    @Test(arguments: [
        "Please check the following:", "Ride with Okonjo and friends", "per cent of the total", "\u{F0B7} whether it is listed",
    ])
    func ordinaryTextStays(text: String) throws {
        let (out, repairs) = try Self.repaired(text + "\n")
        #expect(out == text)
        #expect(repairs.isEmpty)
    }

    /// A long document's first pass is read on several threads: the same repairs, recorded in
    /// page order, as reading every line in turn with one memory gives; and the second pass
    /// (a glyph lost at a word's edge) still follows from the first's evidence.
    @Test func aLongDocumentReadOnThreadsGivesTheRepairsOfOneThread() throws {
        let lines = [
            "sent to the na onal survey of the parish", "the committee met in the o ce on Tuesday",
            "our volunteers confirmed the ﬁrst dates", "plain words with nothing lost in them at all",
            "offcuts of untreated mber were stacked", "Smith said the garden was ready for spring",
        ]
        var pages: [String] = []
        for page in 0..<60 {
            var text = ""
            for paragraph in 0..<8 {
                for line in 0..<6 { text += lines[(page + paragraph + line) % lines.count] + "\n" }
                text += "\n"
            }
            pages.append(text)
        }
        let input = pages.joined(separator: "\u{0C}")
        let document = try Fixtures.document(input)
        let lineCount = document.pages.reduce(0) { total, page in total + page.blocks.reduce(0) { $0 + $1.lines.count } }
        #expect(lineCount >= RepairLigatures.linesForThreads)

        let lexicon = Fixtures.lexicon
        let threaded = RepairLigatures.pass(
            document, lexicon: lexicon, printed: RepairLigatures.PrintedWords(document), runs: 4, insertions: false)
        let memory = RememberingLexicon(lexicon)
        let printed = RepairLigatures.PrintedWords(document)
        var oneThread: [RepairLigatures.LineRepair] = []
        for (pageIndex, page) in document.pages.enumerated() where page.duplicateOf == nil {
            for (blockIndex, block) in page.blocks.enumerated() {
                for (lineIndex, line) in block.lines.enumerated() {
                    var repairs: [(before: String, after: String)] = []
                    let text = RepairLigatures.repair(
                        line.text, isWord: memory.isWord, known: printed.contains, insertions: false, repairs: &repairs)
                    guard !repairs.isEmpty else { continue }
                    oneThread.append(.init(page: pageIndex, block: blockIndex, line: lineIndex, text: text, repairs: repairs))
                }
            }
        }
        #expect(!oneThread.isEmpty)
        #expect(threaded.map { [$0.page, $0.block, $0.line] } == oneThread.map { [$0.page, $0.block, $0.line] })
        #expect(threaded.map(\.text) == oneThread.map(\.text))
        #expect(threaded.map { $0.repairs.map(\.after) } == oneThread.map { $0.repairs.map(\.after) })

        // The whole stage: the first pass's repairs in page order, as one thread finds them, then
        // the second pass's ("mber" mended, now that the document shows it loses glyphs).
        let run = try Fixtures.run(RepairLigatures(), on: input)
        let recorded = run.audit.repairs.unplaced
        let first = oneThread.flatMap { found in found.repairs.map { (document.pages[found.page].number, $0.after) } }
        #expect(recorded.prefix(first.count).map { [String($0.page), $0.after] } == first.map { [String($0.0), $0.1] })
        let second = recorded.dropFirst(first.count)
        #expect(!second.isEmpty && second.allSatisfy { $0.after == "timber" })
        #expect(second.map(\.page) == second.map(\.page).sorted())
        // A batch turns threads off: the stage then reads every line in turn, to the same document.
        var context = Fixtures.context
        context.usesThreads = false
        var oneThreadRun = try Fixtures.document(input)
        RepairLigatures().run(&oneThreadRun, context: context)
        #expect(oneThreadRun == run)
        #expect(!Fixtures.blockTexts(run).joined(separator: " ").contains("na onal"))
    }
}

