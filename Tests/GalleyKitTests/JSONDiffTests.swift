import Foundation
import GalleyKit
import Testing

@Suite struct JSONDiffTests {
    func json(_ text: String) throws -> JSONValue { try JSONValue(parsing: Data(text.utf8)) }

    @Test func parsesEveryKindOfValue() throws {
        let value = try json(#"{"a": [1, 2.5, true, null, "x\n"], "b": {"c": false}}"#)
        #expect(
            value
                == .object([
                    "a": .array([.number(1), .number(2.5), .bool(true), .null, .string("x\n")]),
                    "b": .object(["c": .bool(false)]),
                ]))
        #expect(value["a"]?.arrayValue?[0].typeName == "integer")
        #expect(value["a"]?.arrayValue?[1].typeName == "number")
        #expect(value["a"]?.arrayValue?[2].typeName == "boolean")
        #expect(throws: (any Error).self) { try json("{not json") }
    }

    @Test func equalValuesHaveNoDifferences() throws {
        // Key order and spacing are not differences.
        #expect(JSONDiff.diff(try json(#"{"a":1,"b":[1,2]}"#), try json(#"{ "b" : [1, 2], "a" : 1 }"#)).isEmpty)
    }

    @Test func reportsThePathOfAChangedLeaf() throws {
        let expected = try json(#"{"sections":[{"blocks":[{"text":"a"}]},{"blocks":[{"text":"b"},{"text":"c"}]}]}"#)
        let actual = try json(#"{"sections":[{"blocks":[{"text":"a"}]},{"blocks":[{"text":"b"},{"text":"C"}]}]}"#)
        #expect(
            JSONDiff.diff(expected, actual)
                == [JSONDifference(path: "sections[1].blocks[1].text", expected: .string("c"), actual: .string("C"))])
    }

    @Test func missingAndExtraKeys() throws {
        let differences = JSONDiff.diff(try json(#"{"a":1,"b":2}"#), try json(#"{"a":1,"c":3}"#))
        #expect(
            differences == [
                JSONDifference(path: "b", expected: .number(2), actual: nil),
                JSONDifference(path: "c", expected: nil, actual: .number(3)),
            ])
    }

    @Test func anInsertedElementIsOneDifferenceNotAShift() throws {
        let expected = try json(#"["one","two","three","four"]"#)
        let actual = try json(#"["one","new","two","three","four"]"#)
        #expect(JSONDiff.diff(expected, actual) == [JSONDifference(path: "[+1]", expected: nil, actual: .string("new"))])
        // And a dropped one is reported at its expected index.
        #expect(JSONDiff.diff(actual, expected) == [JSONDifference(path: "[1]", expected: .string("new"), actual: nil)])
    }

    @Test func aTypeChangeIsReportedWhole() throws {
        #expect(
            JSONDiff.diff(try json(#"{"title":null}"#), try json(#"{"title":"Spring issue"}"#))
                == [JSONDifference(path: "title", expected: .null, actual: .string("Spring issue"))])
    }

    @Test func longStringsShowAFewWordsAroundTheFirstDifference() {
        let before =
            "Volunteers meet every month at the library to plan local events and support families in need of advice and help."
        let after = before.replacingOccurrences(of: "local events", with: "locale vents")
        let difference = JSONDifference(path: "sections[0].blocks[2].text", expected: .string(before), actual: .string(after))
        #expect(
            difference.description == """
                sections[0].blocks[2].text
                  expected: …"the library to plan local events and support families"…
                  actual:   …"the library to plan locale vents and support families"…
                """)
    }

    @Test func shortStringsAreShownWhole() {
        let difference = JSONDifference(path: "title", expected: .string("Spring"), actual: nil)
        #expect(difference.description == "title\n  expected: \"Spring\"\n  actual:   (missing)")
    }

    @Test func reportIsLimited() {
        let differences = (0..<30).map { JSONDifference(path: "[\($0)]", expected: .number(Double($0)), actual: .null) }
        let report = JSONDiff.report(differences, limit: 3)
        #expect(report.hasSuffix("… and 27 more difference(s)"))
        #expect(report.components(separatedBy: "\n").count == 3 * 3 + 1)
    }
}
