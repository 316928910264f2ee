import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What one chat completion returned, and what it took to get it.
public struct ChatCompletion: Sendable, Hashable {
    public var content: String
    public var finishReason: String?
    public var requestID: String?
    public var promptTokens: Int?
    public var completionTokens: Int?
}

/// The record of one request to an endpoint, successful or not, for the audit log.
public struct ChatCompletionAttempts: Sendable, Hashable {
    public var status: Int?
    public var retries: Int
    public var latency: Duration
}

/// Sends chat completion requests to one contracted endpoint over URLSession, non-streaming,
/// with the endpoint's concurrency limit, bounded retries and a deadline per call.
public final class ChatCompletionClient: Sendable {
    public let endpoint: LLMEndpoint
    private let key: String?
    private let session: URLSession
    private let limiter: ConcurrencyLimiter
    private let policy: RetryPolicy
    private let breaker: CircuitBreaker
    private let pacer: RequestPacer?

    /// - Parameters:
    ///   - endpoint: the contracted endpoint.
    ///   - key: the secret read from the endpoint's environment variable; never logged.
    public init(endpoint: LLMEndpoint, key: String?, policy: RetryPolicy? = nil, breakerThreshold: Int = 5, breakerCoolDown: Duration = .seconds(30)) {
        self.endpoint = endpoint
        self.key = key
        let configuration = URLSessionConfiguration.ephemeral
        let seconds = Double(endpoint.timeout.components.seconds) + Double(endpoint.timeout.components.attoseconds) / 1e18
        configuration.timeoutIntervalForRequest = seconds
        configuration.timeoutIntervalForResource = seconds
        configuration.httpMaximumConnectionsPerHost = max(1, endpoint.concurrency)
        configuration.urlCache = nil
        self.session = URLSession(configuration: configuration)
        self.limiter = ConcurrencyLimiter(limit: endpoint.concurrency)
        self.policy = policy ?? RetryPolicy(maximumRetries: endpoint.maximumRetries)
        self.breaker = CircuitBreaker(threshold: breakerThreshold, coolDown: breakerCoolDown)
        self.pacer = endpoint.requestsPerMinute.map { RequestPacer(perMinute: $0) }
    }

    /// Posts `body` (a chat completions request) and returns the first choice.
    ///
    /// - Parameter deadline: the request gives up, without another retry, once this passes.
    /// - Returns: the completion and the attempts it took; on failure the error and attempts.
    public func complete(_ body: [UInt8], deadline: ContinuousClock.Instant) async -> (Result<ChatCompletion, KortomError>, ChatCompletionAttempts) {
        guard await breaker.allowsRequest() else {
            return (.failure(KortomError(.llmUnavailable, "LLM endpoint `\(endpoint.name)` kept failing; no requests are sent to it for a while")), ChatCompletionAttempts(status: nil, retries: 0, latency: .zero))
        }
        await limiter.acquire()
        if let pacer { await pacer.wait() }
        let result = await attempt(body, deadline: deadline)
        await limiter.release()
        switch result.0 {
        case .success: await breaker.recordSuccess()
        case .failure(let error) where error.code == .llmUnavailable: await breaker.recordFailure()
        case .failure: await breaker.recordSuccess()
        }
        return result
    }

    private func attempt(_ body: [UInt8], deadline: ContinuousClock.Instant) async -> (Result<ChatCompletion, KortomError>, ChatCompletionAttempts) {
        let start = ContinuousClock.now
        var retries = 0
        var lastStatus: Int?
        while true {
            let outcome: RetryPolicy.Outcome
            let failure: KortomError
            do {
                let (data, response) = try await session.data(for: request(body))
                let http = response as? HTTPURLResponse
                let status = http?.statusCode ?? 0
                lastStatus = status
                let headers = Self.headers(http)
                let bytes = [UInt8](data)
                if (200..<300).contains(status) {
                    let parsed = Self.parse(bytes, headers: headers)
                    return (parsed, ChatCompletionAttempts(status: status, retries: retries, latency: start.duration(to: .now)))
                }
                let errorCode = Self.errorCode(bytes)
                outcome = .status(status, headers: headers, errorCode: errorCode)
                let reason = errorCode.map { " (\($0))" } ?? ""
                failure = RetryPolicy.isRetryable(status: status, errorCode: errorCode)
                    ? KortomError(.llmUnavailable, "LLM endpoint `\(endpoint.name)` answered HTTP \(status)\(reason) after \(retries + 1) attempts")
                    : KortomError(.llmRefused, "LLM endpoint `\(endpoint.name)` refused the request: HTTP \(status)\(reason)")
            } catch {
                outcome = .transportError
                failure = KortomError(.llmUnavailable, "LLM endpoint `\(endpoint.name)` could not be reached after \(retries + 1) attempts: \(Self.describe(error))")
            }
            guard let wait = policy.delay(after: outcome, retriesSoFar: retries, random: Double.random(in: 0..<1)),
                  ContinuousClock.now + wait < deadline
            else {
                return (.failure(failure), ChatCompletionAttempts(status: lastStatus, retries: retries, latency: start.duration(to: .now)))
            }
            try? await Task.sleep(for: wait)
            if Task.isCancelled {
                return (.failure(failure), ChatCompletionAttempts(status: lastStatus, retries: retries, latency: start.duration(to: .now)))
            }
            retries += 1
        }
    }

    private func request(_ body: [UInt8]) -> URLRequest {
        var request = URLRequest(url: endpoint.completionsURL)
        request.httpMethod = "POST"
        request.httpBody = Data(body)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let key {
            switch endpoint.flavour {
            case .openAI: request.setValue("Bearer " + key, forHTTPHeaderField: "Authorization")
            case .azure: request.setValue(key, forHTTPHeaderField: "api-key")
            }
        }
        return request
    }

    private static func headers(_ response: HTTPURLResponse?) -> [String: String] {
        var headers: [String: String] = [:]
        for (key, value) in response?.allHeaderFields ?? [:] {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        return headers
    }

    /// The first choice's content, finish reason and usage; a content filter is a refusal.
    static func parse(_ bytes: [UInt8], headers: [String: String]) -> Result<ChatCompletion, KortomError> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let choices = object["choices"] as? [[String: Any]], let first = choices.first
        else {
            return .failure(KortomError(.llmInvalidOutput, "the LLM answer is not a chat completion"))
        }
        let finishReason = first["finish_reason"] as? String
        if finishReason == "content_filter" {
            return .failure(KortomError(.llmRefused, "the LLM endpoint's content filter stopped the answer"))
        }
        guard let message = first["message"] as? [String: Any], let content = message["content"] as? String else {
            return .failure(KortomError(.llmInvalidOutput, "the LLM answer holds no message content"))
        }
        let usage = object["usage"] as? [String: Any]
        let requestID = headers["x-request-id"] ?? headers["apim-request-id"] ?? (object["id"] as? String)
        return .success(ChatCompletion(content: content, finishReason: finishReason, requestID: requestID, promptTokens: usage?["prompt_tokens"] as? Int, completionTokens: usage?["completion_tokens"] as? Int))
    }

    /// `error.code` (or `error.type`) of an OpenAI-style error body.
    static func errorCode(_ bytes: [UInt8]) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any], let error = object["error"] as? [String: Any] else { return nil }
        if let code = error["code"] as? String { return code }
        if let innerError = error["innererror"] as? [String: Any], let code = innerError["code"] as? String { return code == "ResponsibleAIPolicyViolation" ? "content_filter" : code }
        return error["type"] as? String
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? URLError {
            switch error.code {
            case .timedOut: return "timed out"
            case .cannotConnectToHost: return "connection refused"
            case .cannotFindHost: return "host not found"
            case .networkConnectionLost: return "connection lost"
            default: return "network error \(error.code.rawValue)"
            }
        }
        return "network error"
    }
}
