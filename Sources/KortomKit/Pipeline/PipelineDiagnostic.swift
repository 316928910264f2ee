/// A problem (or a remark) about a pipeline definition, with where it is.
public struct PipelineDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// The key path, for example `stages[0].redact.detectors[2]`.
    public var path: String
    /// The line in the file, when known.
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, path: String, line: Int?, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        let location = line.map { "line \($0), " } ?? ""
        return "\(severity.rawValue): \(location)\(path.isEmpty ? "(top level)" : path): \(message)"
    }
}
