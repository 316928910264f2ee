import Foundation

/// A contracted LLM service as a pipeline declares it.
///
/// The key is never part of the definition: only the name of the environment variable that
/// holds it.
public struct LLMEndpoint: Sendable, Hashable {
    /// The wire format the endpoint speaks.
    public enum Flavour: String, Sendable, Hashable, CaseIterable {
        /// `POST {url}/chat/completions` with `Authorization: Bearer`: OpenAI, vLLM, Ollama's
        /// `/v1`, the llama.cpp server, Azure's v1 surface.
        case openAI = "openai"
        /// `POST {url}/openai/deployments/{deployment}/chat/completions?api-version=...` with
        /// the `api-key` header.
        case azure
    }

    public var name: String
    public var flavour: Flavour
    public var url: URL
    /// The model, sent in the request (OpenAI) and written into provenance.
    public var model: String
    /// The Azure deployment.
    public var deployment: String?
    /// The Azure API version.
    public var apiVersion: String?
    /// The name of the environment variable holding the key; nil for endpoints without one
    /// (a local Ollama).
    public var keyVariable: String?
    /// The contract the organisation has for this service.
    public var contract: String
    public var timeout: Duration
    /// Requests in flight to this endpoint at most.
    public var concurrency: Int
    /// Retries of one request after the first attempt.
    public var maximumRetries: Int
    /// Requests started per minute at most; nil for no limit.
    public var requestsPerMinute: Int?

    public init(name: String, flavour: Flavour, url: URL, model: String, deployment: String? = nil, apiVersion: String? = nil, keyVariable: String?, contract: String, timeout: Duration = .seconds(60), concurrency: Int = 4, maximumRetries: Int = 3, requestsPerMinute: Int? = nil) {
        self.name = name
        self.flavour = flavour
        self.url = url
        self.model = model
        self.deployment = deployment
        self.apiVersion = apiVersion
        self.keyVariable = keyVariable
        self.contract = contract
        self.timeout = timeout
        self.concurrency = concurrency
        self.maximumRetries = maximumRetries
        self.requestsPerMinute = requestsPerMinute
    }

    /// The chat completions address for this endpoint.
    public var completionsURL: URL {
        let base = url.absoluteString.hasSuffix("/") ? String(url.absoluteString.dropLast()) : url.absoluteString
        switch flavour {
        case .openAI:
            return URL(string: base + "/chat/completions")!
        case .azure:
            let deployment = (deployment ?? model).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? model
            return URL(string: base + "/openai/deployments/" + deployment + "/chat/completions?api-version=" + (apiVersion ?? "2024-10-21"))!
        }
    }

    /// Whether `url` may be used: `https`, or plain `http` to this machine only.
    public static func isAllowedURL(_ url: URL) -> Bool {
        guard let scheme = url.scheme?.lowercased(), url.host != nil else { return false }
        if scheme == "https" { return true }
        guard scheme == "http", let host = url.host?.lowercased() else { return false }
        return host == "localhost" || host == "127.0.0.1" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
