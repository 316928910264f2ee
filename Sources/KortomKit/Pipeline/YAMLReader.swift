import Yams

/// Walks YAML nodes, collecting diagnostics instead of stopping at the first problem.
struct YAMLReader {
    var diagnostics: [PipelineDiagnostic] = []

    mutating func error(_ path: String, _ line: Int?, _ message: String) {
        diagnostics.append(PipelineDiagnostic(.error, path: path, line: line, message))
    }

    mutating func warning(_ path: String, _ line: Int?, _ message: String) {
        diagnostics.append(PipelineDiagnostic(.warning, path: path, line: line, message))
    }

    /// A mapping's entries by key; unknown keys are errors. An empty value counts as an empty mapping.
    /// - Parameter allowed: the keys the mapping may hold, or nil for any.
    mutating func mapping(_ node: Node, path: String, allowed: [String]?) -> [String: Node]? {
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" { return [:] }
        guard case .mapping(let mapping) = node else {
            error(path, node.mark?.line, "must be a mapping of keys to values")
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else {
                error(path, keyNode.mark?.line, "keys must be text")
                continue
            }
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            if let allowed, !allowed.contains(key) {
                let known = allowed.isEmpty ? "this entry takes no settings" : "known: \(allowed.joined(separator: ", "))"
                error(keyPath, keyNode.mark?.line, "unknown key\(Self.suggestion(key, allowed)); \(known)")
                continue
            }
            result[key] = value
        }
        return result
    }

    mutating func sequence(_ node: Node, path: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error(path, node.mark?.line, "must be a list")
            return nil
        }
        return Array(sequence)
    }

    /// A list entry of the form `- kind: settings`.
    mutating func singleKey(_ node: Node, path: String, allowed: [String]) -> (String, Node)? {
        if case .scalar(let scalar) = node, allowed.contains(scalar.string) {
            return (scalar.string, Node(""))
        }
        guard case .mapping(let mapping) = node, mapping.count == 1, let (keyNode, value) = mapping.first, let key = keyNode.string else {
            error(path, node.mark?.line, "must be one of \(allowed.joined(separator: ", ")), written as `- name: {settings}`")
            return nil
        }
        guard allowed.contains(key) else {
            error("\(path).\(key)", keyNode.mark?.line, "unknown entry\(Self.suggestion(key, allowed)); known: \(allowed.joined(separator: ", "))")
            return nil
        }
        return (key, value)
    }

    mutating func string(_ node: Node, path: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error(path, node.mark?.line, "must be text")
            return nil
        }
        return scalar.string
    }

    mutating func int(_ node: Node, path: String, expected: String = "a whole number") -> Int? {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            error(path, node.mark?.line, "must be \(expected)")
            return nil
        }
        return value
    }

    /// ` (did you mean `x`?)` for a key within two edits of a known one.
    static func suggestion(_ key: String, _ candidates: [String]) -> String {
        let best = candidates.map { ($0, editDistance(key.lowercased(), $0)) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= 2 || best.0.hasPrefix(key.lowercased().prefix(5)) else { return "" }
        return " (did you mean `\(best.0)`?)"
    }

    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        var previous = Array(0...right.count)
        for (i, a) in left.enumerated() {
            var current = [i + 1]
            for (j, b) in right.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a == b ? 0 : 1)))
            }
            previous = current
        }
        return previous[right.count]
    }
}
