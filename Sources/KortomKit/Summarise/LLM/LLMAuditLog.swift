import Foundation

/// One JSON line per LLM request: when, for which call, to which endpoint and model, a hash of
/// the prompt, the input size, token usage, latency, status, retries and outcome. Never the
/// text of the prompt or the answer.
public actor LLMAuditLog {
    public let path: String
    private var handle: FileHandle?

    public init(path: String) {
        self.path = path
    }

    /// One request's record.
    public struct Record: Sendable {
        public var callID: String
        public var endpoint: String
        public var model: String
        public var promptVersion: String
        public var promptHash: String
        public var inputBytes: Int
        public var attempts: ChatCompletionAttempts
        public var completion: ChatCompletion?
        /// `ok`, or the error code (`llm_unavailable`, `llm_refused`, `llm_invalid_output`).
        public var outcome: String
    }

    public func append(_ record: Record) throws(KortomError) {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("schema", "kortom.llm-audit/1")
        writer.field("time", ISO8601DateFormatter().string(from: Date()))
        writer.field("call_id", record.callID)
        writer.field("endpoint", record.endpoint)
        writer.field("model", record.model)
        writer.field("prompt_version", record.promptVersion)
        writer.field("prompt_hash", record.promptHash)
        writer.field("input_bytes", record.inputBytes)
        writer.field("prompt_tokens", record.completion?.promptTokens)
        writer.field("completion_tokens", record.completion?.completionTokens)
        writer.field("request_id", record.completion?.requestID)
        let milliseconds = Int(record.attempts.latency.components.seconds * 1000) + Int(record.attempts.latency.components.attoseconds / 1_000_000_000_000_000)
        writer.field("latency_ms", milliseconds)
        writer.field("status", record.attempts.status)
        writer.field("retries", record.attempts.retries)
        writer.field("outcome", record.outcome)
        writer.endObject()
        do {
            if handle == nil {
                let directory = (path as NSString).deletingLastPathComponent
                if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
                if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
                handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                try handle?.seekToEnd()
            }
            try handle?.write(contentsOf: Data(writer.bytes + [0x0A]))
        } catch {
            throw KortomError(.outputFailed, "\(path): the LLM audit log cannot be written")
        }
    }
}
