/// Trimming that hands the text back unchanged when there is nothing to trim.
extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespace() -> String { trimmingWhitespaceScalars() }

    /// `trimmingWhitespace()`, walking the scalars in from both ends.
    func trimmingWhitespaceScalars() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceFast }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhitespaceFast })!
        let end = scalars.index(after: last)
        // Most lines have nothing to trim: hand the text back without rebuilding it.
        if first == scalars.startIndex, end == scalars.endIndex { return String(self) }
        return String(decoding: utf8[first..<end], as: UTF8.self)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespace() -> String {
        // Most lines open and end in an ASCII character that is no space: nothing to trim, seen
        // from two bytes (a byte below 0x80 is a whole scalar) without walking the scalars.
        // Read on the contiguous bytes: `utf8.last` through the view's indices cost ~75
        // instructions a line, and every stage trims every line it reads.
        let plain = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let head = bytes.first, let tail = bytes.last else { return false }
            return head < 0x80 && tail < 0x80 && !head.isASCIIWhitespace && !tail.isASCIIWhitespace
        }
        if plain == true { return self }
        return trimmingWhitespaceScalars()
    }
}

extension String {
    /// The string without the characters of `set` at either end ("(12)" trimming "()" is "12").
    func trimming(characters set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, answered without the Unicode tables for ASCII.
    @inline(__always)
    var isWhitespaceFast: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}
