extension String {
    /// The text safe in XML or HTML content and, with `attribute`, in a double-quoted attribute:
    /// `& < > " '` as references; characters XML 1.0 cannot hold become U+FFFD (a mark where
    /// something was, not nothing); in an attribute, line breaks and tabs become character
    /// references so that a parser keeps them. One escaper for the JUnit report, the SVG
    /// pictures and the batch report.
    package func markupEscaped(attribute: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&#39;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && !(0xFFFE...0xFFFF).contains(value)
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
