/// One place where two JSON values differ.
public struct JSONDifference: Equatable, Sendable, CustomStringConvertible {
    /// Where, as `sections[3].blocks[0].text`; empty for the root.
    public var path: String
    /// The expected value, nil when the actual side has something the expected side lacks.
    public var expected: JSONValue?
    /// The actual value, nil when it is missing.
    public var actual: JSONValue?

    /// A difference at `path`; nil for a side that has nothing there.
    public init(path: String, expected: JSONValue?, actual: JSONValue?) {
        self.path = path
        self.expected = expected
        self.actual = actual
    }

    /// Three lines: the path, then expected and actual; long strings shortened to a few words
    /// either side of their first difference.
    public var description: String {
        let (expectedText, actualText) = JSONDiff.render(expected, actual)
        return "\(path.isEmpty ? "(root)" : path)\n  expected: \(expectedText)\n  actual:   \(actualText)"
    }
}

/// Structural comparison of two JSON values: objects by key, arrays aligned on their common
/// elements so one inserted block reports one difference rather than shifting every later one.
public enum JSONDiff {
    /// Strings longer than this are shown as an excerpt around their first difference.
    static let longString = 80
    /// Words of context shown either side of the first difference in a long string.
    static let contextWords = 4
    /// Arrays longer than this (on both sides) are compared index by index, not aligned: the
    /// alignment costs time proportional to the product of the lengths.
    static let alignmentLimit = 2_000

    /// Every difference between `expected` and `actual`, in document order.
    public static func diff(_ expected: JSONValue, _ actual: JSONValue, path: String = "") -> [JSONDifference] {
        var differences: [JSONDifference] = []
        compare(expected, actual, path: path, into: &differences)
        return differences
    }

    /// A report of the differences for a person, at most `limit` of them.
    public static func report(_ differences: [JSONDifference], limit: Int = 20) -> String {
        var lines = differences.prefix(limit).map(\.description)
        if differences.count > limit { lines.append("… and \(differences.count - limit) more difference(s)") }
        return lines.joined(separator: "\n")
    }

    private static func compare(
        _ expected: JSONValue, _ actual: JSONValue, path: String, into differences: inout [JSONDifference]
    ) {
        if expected == actual { return }
        switch (expected, actual) {
        case (.object(let left), .object(let right)):
            for key in Set(left.keys).union(right.keys).sorted() {
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                switch (left[key], right[key]) {
                case (let l?, let r?): compare(l, r, path: childPath, into: &differences)
                case (let l, let r): differences.append(JSONDifference(path: childPath, expected: l, actual: r))
                }
            }
        case (.array(let left), .array(let right)):
            compareArrays(left, right, path: path, into: &differences)
        default:
            differences.append(JSONDifference(path: path, expected: expected, actual: actual))
        }
    }

    private static func compareArrays(
        _ left: [JSONValue], _ right: [JSONValue], path: String, into differences: inout [JSONDifference]
    ) {
        let pairs: [(Int, Int)] =
            left.count == right.count || left.count * right.count > alignmentLimit * alignmentLimit
            ? [] : commonElements(left, right)
        // Walk the gaps between aligned pairs: pair elements positionally inside each gap and
        // compare them; the surplus on either side is missing or extra.
        var i = 0, j = 0
        for (nextI, nextJ) in pairs + [(left.count, right.count)] {
            while i < nextI, j < nextJ {
                compare(left[i], right[j], path: "\(path)[\(i)]", into: &differences)
                i += 1
                j += 1
            }
            while i < nextI {
                differences.append(JSONDifference(path: "\(path)[\(i)]", expected: left[i], actual: nil))
                i += 1
            }
            while j < nextJ {
                differences.append(JSONDifference(path: "\(path)[+\(j)]", expected: nil, actual: right[j]))
                j += 1
            }
            i = nextI + 1
            j = nextJ + 1
        }
    }

    /// The index pairs of a longest common subsequence of equal elements.
    private static func commonElements(_ left: [JSONValue], _ right: [JSONValue]) -> [(Int, Int)] {
        let n = left.count, m = right.count
        if n == 0 || m == 0 { return [] }
        var lengths = [Int](repeating: 0, count: (n + 1) * (m + 1))
        for a in stride(from: n - 1, through: 0, by: -1) {
            for b in stride(from: m - 1, through: 0, by: -1) {
                lengths[a * (m + 1) + b] =
                    left[a] == right[b]
                    ? lengths[(a + 1) * (m + 1) + b + 1] + 1
                    : max(lengths[(a + 1) * (m + 1) + b], lengths[a * (m + 1) + b + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var a = 0, b = 0
        while a < n, b < m {
            if left[a] == right[b] {
                pairs.append((a, b))
                a += 1
                b += 1
            } else if lengths[(a + 1) * (m + 1) + b] >= lengths[a * (m + 1) + b + 1] {
                a += 1
            } else {
                b += 1
            }
        }
        return pairs
    }

    /// Both sides as short text: a long string pair is cut to a few words around the first
    /// character where they differ, with "…" marking what was left out.
    static func render(_ expected: JSONValue?, _ actual: JSONValue?) -> (String, String) {
        guard case .string(let left)? = expected, case .string(let right)? = actual,
            left.count > longString || right.count > longString
        else {
            return (expected.map(shortened) ?? "(missing)", actual.map(shortened) ?? "(missing)")
        }
        let l = Array(left), r = Array(right)
        var first = 0
        while first < l.count, first < r.count, l[first] == r[first] { first += 1 }
        // Back up over `contextWords` words before the difference.
        var start = first
        var words = 0
        while start > 0 {
            if l[start - 1] == " " {
                words += 1
                if words > contextWords { break }
            }
            start -= 1
        }
        return (excerpt(l, from: start, difference: first), excerpt(r, from: start, difference: first))
    }

    /// The characters from `start` to `contextWords` words past `difference`, quoted.
    private static func excerpt(_ characters: [Character], from start: Int, difference: Int) -> String {
        var end = min(difference, characters.count)
        var words = 0
        while end < characters.count {
            if characters[end] == " " {
                words += 1
                if words > contextWords { break }
            }
            end += 1
        }
        let body = JSONValue.quoted(String(characters[start..<end]))
        return (start > 0 ? "…" : "") + body + (end < characters.count ? "…" : "")
    }

    /// A value's compact text, cut short when it is long (a whole missing section, say).
    private static func shortened(_ value: JSONValue) -> String {
        let text = value.compactText
        let limit = longString * 3
        return text.count > limit ? String(text.prefix(limit)) + "…" : text
    }
}
