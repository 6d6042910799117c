import Foundation
import GalleyKit

/// A JSON Schema (2020-12) validator for the keywords Galley's schema uses: `type` (a name or a
/// list), `properties`, `required`, `additionalProperties`, `items`, `enum`, `const`, `minimum`,
/// `maximum`, `pattern`, `minLength`, `$ref` to `#/$defs/…`, `oneOf`, `anyOf`. Annotation keywords
/// (`description`, `title`, `$schema`, `$id`, `$defs`) are ignored; any other keyword is reported as
/// unsupported, so the schema cannot quietly outgrow the validator.
package struct SchemaValidator: Sendable {
    package let schema: JSONValue

    static let annotations: Set<String> = ["description", "title", "$schema", "$id", "$defs", "$comment"]
    static let supported: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "minimum",
        "maximum", "pattern", "minLength", "minItems", "maxItems", "$ref", "oneOf", "anyOf",
    ]

    package init(schema: JSONValue) {
        self.schema = schema
    }

    /// The validator for Schema/galley.schema.json.
    package static func galley() throws -> SchemaValidator {
        SchemaValidator(schema: try JSONValue(parsing: Data(contentsOf: Fixtures.schema)))
    }

    /// Every violation in `instance`, as "path: message"; empty when it is valid.
    package func validate(_ instance: JSONValue) -> [String] {
        var errors: [String] = []
        check(instance, against: schema, path: "", errors: &errors)
        return errors
    }

    /// Parses and validates JSON bytes.
    package func validate(_ data: Data) throws -> [String] {
        validate(try JSONValue(parsing: data))
    }

    private func check(_ value: JSONValue, against schema: JSONValue, path: String, errors: inout [String]) {
        guard let keywords = schema.objectValue else {
            if schema == .bool(false) { errors.append("\(location(path)): no value is allowed here") }
            return
        }
        func fail(_ message: String) { errors.append("\(location(path)): \(message)") }
        for key in keywords.keys where !Self.annotations.contains(key) && !Self.supported.contains(key) {
            fail("schema keyword \(key) is not supported by SchemaValidator")
        }
        if let reference = keywords["$ref"]?.stringValue {
            if let target = resolve(reference) {
                check(value, against: target, path: path, errors: &errors)
            } else {
                fail("unresolvable $ref \(reference)")
            }
        }
        if let type = keywords["type"] {
            let names = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            let actual = value.typeName
            if !names.contains(where: { $0 == actual || ($0 == "number" && actual == "integer") }) {
                fail("expected \(names.joined(separator: " or ")), found \(actual)")
                return
            }
        }
        if let constant = keywords["const"], value != constant {
            fail("expected \(constant.compactText), found \(value.compactText)")
        }
        if let options = keywords["enum"]?.arrayValue, !options.contains(value) {
            fail("\(value.compactText) is not one of \(options.map(\.compactText).joined(separator: ", "))")
        }
        if case .number(let number) = value {
            if case .number(let minimum)? = keywords["minimum"], number < minimum {
                fail("\(value.compactText) is below the minimum \(JSONValue.number(minimum).compactText)")
            }
            if case .number(let maximum)? = keywords["maximum"], number > maximum {
                fail("\(value.compactText) is above the maximum \(JSONValue.number(maximum).compactText)")
            }
        }
        if case .string(let string) = value {
            if case .number(let minimum)? = keywords["minLength"], Double(string.count) < minimum {
                fail("string shorter than \(Int(minimum))")
            }
            if let pattern = keywords["pattern"]?.stringValue {
                if let regex = try? NSRegularExpression(pattern: pattern) {
                    let range = NSRange(string.startIndex..., in: string)
                    if regex.firstMatch(in: string, range: range) == nil {
                        fail("\(value.compactText) does not match \(pattern)")
                    }
                } else {
                    fail("invalid pattern \(pattern)")
                }
            }
        }
        if case .object(let members) = value {
            let properties = keywords["properties"]?.objectValue ?? [:]
            for name in keywords["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where members[name] == nil {
                fail("missing required property \(name)")
            }
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                let memberPath = path.isEmpty ? name : "\(path).\(name)"
                if let propertySchema = properties[name] {
                    check(member, against: propertySchema, path: memberPath, errors: &errors)
                } else if let additional = keywords["additionalProperties"] {
                    if additional == .bool(false) {
                        fail("unexpected property \(name)")
                    } else {
                        check(member, against: additional, path: memberPath, errors: &errors)
                    }
                }
            }
        }
        if case .array(let elements) = value {
            if case .number(let minimum)? = keywords["minItems"], Double(elements.count) < minimum {
                fail("has \(elements.count) items, fewer than \(Int(minimum))")
            }
            if case .number(let maximum)? = keywords["maxItems"], Double(elements.count) > maximum {
                fail("has \(elements.count) items, more than \(Int(maximum))")
            }
        }
        if case .array(let elements) = value, let itemSchema = keywords["items"] {
            for (index, element) in elements.enumerated() {
                check(element, against: itemSchema, path: "\(path)[\(index)]", errors: &errors)
            }
        }
        if let branches = keywords["oneOf"]?.arrayValue {
            let passing = branches.filter { branch in
                var branchErrors: [String] = []
                check(value, against: branch, path: path, errors: &branchErrors)
                return branchErrors.isEmpty
            }.count
            if passing != 1 { fail("matches \(passing) of the oneOf alternatives, not exactly one") }
        }
        if let branches = keywords["anyOf"]?.arrayValue {
            let anyPasses = branches.contains { branch in
                var branchErrors: [String] = []
                check(value, against: branch, path: path, errors: &branchErrors)
                return branchErrors.isEmpty
            }
            if !anyPasses { fail("matches none of the anyOf alternatives") }
        }
    }

    /// The schema `#/$defs/name` points at.
    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = schema
        for part in reference.dropFirst(2).split(separator: "/") {
            node = node?[String(part).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")]
        }
        return node
    }

    private func location(_ path: String) -> String { path.isEmpty ? "(root)" : path }
}
