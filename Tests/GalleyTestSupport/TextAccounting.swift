import Foundation
import GalleyKit

/// The "nothing lost silently" invariant: every non-space character of the input ends up in the
/// output text or in the audit (`removed[].text`, `repairs[].before`), counted as a multiset.
package enum TextAccounting {
    /// Bullet glyphs the list stage may consume as markup rather than text.
    package static let bulletGlyphs: Set<Character> = BuildLists.bulletGlyphs

    /// Counts of the non-whitespace scalars in `texts`.
    package static func counts<S: Sequence>(_ texts: S) -> [Unicode.Scalar: Int] where S.Element == String {
        var counts: [Unicode.Scalar: Int] = [:]
        for text in texts {
            for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
                counts[scalar, default: 0] += 1
            }
        }
        return counts
    }

    /// The input's countable characters: whitespace, a byte-order mark and bullet markers left out.
    ///
    /// Only a glyph standing alone as a word ("•", "- item") is a marker a list may consume; a
    /// hyphen or dash inside a word or number still has to be accounted for.
    package static func inputCounts(_ input: String) -> [Unicode.Scalar: Int] {
        let tokens = input.split(whereSeparator: { $0.isWhitespace })
        var counts = counts(tokens.filter { !($0.count == 1 && bulletGlyphs.contains($0.first!)) }.map(String.init))
        counts["\u{FEFF}"] = nil
        return counts
    }

    /// The texts the finished JSON accounts for: title, section headings, block texts and items,
    /// removed texts and repairs' before-texts. Links are copies, so they do not count.
    package static func accountedTexts(json: JSONValue) -> [String] {
        var texts: [String] = []
        if let title = json["title"]?.stringValue { texts.append(title) }
        for section in json["sections"]?.arrayValue ?? [] {
            if let heading = section["heading"]?.stringValue { texts.append(heading) }
            // A numbered box's number stands apart from its heading (schema 1.3).
            if let number = section["number"]?.stringValue { texts.append(number) }
            for block in section["blocks"]?.arrayValue ?? [] {
                if let text = block["text"]?.stringValue { texts.append(text) }
                texts += block["items"]?.arrayValue?.compactMap(\.stringValue) ?? []
            }
        }
        texts += json["removed"]?.arrayValue?.compactMap { $0["text"]?.stringValue } ?? []
        texts += json["repairs"]?.arrayValue?.compactMap { $0["before"]?.stringValue } ?? []
        return texts
    }

    /// The texts a document in mid-pipeline accounts for: its pages' blocks (duplicate pages
    /// included, since their blocks are emptied when recorded), title and audit.
    package static func accountedTexts(document: Document) -> [String] {
        var texts: [String] = document.title.map { [$0] } ?? []
        for block in document.pages.flatMap(\.blocks) {
            if let items = block.items { texts += items } else { texts.append(block.text) }
        }
        texts += document.audit.removed.map(\.text)
        texts += document.audit.repairs.map(\.before)
        return texts
    }

    /// The characters of `input` (with their shortfall) that `accounted` does not cover, sorted.
    package static func missing(input: String, accounted: [String]) -> [(Character, Int)] {
        let available = counts(accounted)
        return inputCounts(input).compactMap { scalar, count in
            let shortfall = count - (available[scalar] ?? 0)
            return shortfall > 0 ? (Character(scalar), shortfall) : nil
        }.sorted { $0.0 < $1.0 }
    }

    /// Runs the pipeline one stage at a time and returns the first stage after which characters
    /// of the input are unaccounted for, with what went missing; nil when every stage keeps the books.
    package static func firstLeakingStage(input: String, file: String = "input.txt") throws -> (
        stage: String, missing: [(Character, Int)]
    )? {
        firstLeakingStage(input: input, document: try RawTextReader().read(InputFile(path: file, bytes: Data(input.utf8))))
    }

    /// The same, from a document fresh from a reader (a PDF's, say) whose text is `input`.
    package static func firstLeakingStage(
        input: String, document start: Document, stages: [any Stage] = Pipeline.stages
    ) -> (stage: String, missing: [(Character, Int)])? {
        var document = start
        let context = Fixtures.context
        var before = missing(input: input, accounted: accountedTexts(document: document))
        for stage in stages {
            stage.run(&document, context: context)
            let after = missing(input: input, accounted: accountedTexts(document: document))
            if after.map({ $0.1 }).reduce(0, +) > before.map({ $0.1 }).reduce(0, +) { return (stage.name, after) }
            before = after
        }
        return nil
    }

    /// The text a reader put into `document`, line by line: the input of the stages.
    package static func readerText(_ document: Document) -> String {
        document.pages.flatMap(\.blocks).flatMap(\.lines).map(\.text).joined(separator: "\n")
    }

    /// A short rendering of missing characters for a failure message: `"x"×2, "—"×1`.
    package static func describe(_ missing: [(Character, Int)]) -> String {
        missing.prefix(20).map { "\"\($0.0)\"×\($0.1)" }.joined(separator: ", ") + (missing.count > 20 ? ", …" : "")
    }
}

extension Array where Element == Repair {
    /// The repairs without where they were made: for tests that check only what changed.
    package var unplaced: [Repair] {
        map { Repair(kind: $0.kind, before: $0.before, after: $0.after, page: $0.page) }
    }
}

extension Block {
    /// The block with its lines' pages taken off: for tests that compare with blocks built by
    /// hand (a page stamps its number on every line it is made with).
    package var unpaged: Block {
        var block = self
        for index in block.lines.indices { block.lines[index].page = nil }
        return block
    }
}

extension Sequence where Element == Block {
    package var unpaged: [Block] { map(\.unpaged) }
}

extension Sequence where Element == Line {
    package var unpaged: [Line] {
        map { line in
            var line = line
            line.page = nil
            return line
        }
    }
}
