import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An OpenAI/Azure-style chat completions server on 127.0.0.1 with an ephemeral port, for
/// tests: it records every request and answers as the test's behaviour says.
///
/// It speaks just enough HTTP/1.1 for URLSession: one request per connection, a
/// `Content-Length` body, `Connection: close`.
public final class FakeLLMServer: @unchecked Sendable {
    /// One answer.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: String
        /// How long to wait before answering.
        public var delay: Duration

        public init(status: Int = 200, headers: [String: String] = [:], body: String, delay: Duration = .zero) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
        }

        /// A completion whose message content is `content`.
        public static func completion(_ content: String, finishReason: String = "stop", delay: Duration = .zero) -> Response {
            let escaped = String(decoding: try! JSONSerialization.data(withJSONObject: [content], options: [.fragmentsAllowed]), as: UTF8.self).dropFirst().dropLast()
            let body = #"{"id":"chatcmpl-test","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"# + escaped + #"},"finish_reason":""# + finishReason + #""}],"usage":{"prompt_tokens":120,"completion_tokens":40,"total_tokens":160}}"#
            return Response(headers: ["x-request-id": "req-test"], body: body, delay: delay)
        }

        /// No answer at all: the connection is closed, as a crashed proxy would.
        public static let dropped = Response(status: 0, body: "")

        /// An OpenAI-style error.
        public static func error(_ status: Int, code: String, headers: [String: String] = [:]) -> Response {
            Response(status: status, headers: headers, body: #"{"error":{"message":"test","type":"test","code":""# + code + #""}}"#)
        }
    }

    /// A request as the server received it.
    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var headers: [String: String]
        public var body: String
    }

    public typealias Behaviour = @Sendable (_ index: Int, _ request: Request) -> Response

    public let port: Int
    private let listener: Int32
    private let behaviour: Behaviour
    private let lock = NSLock()
    private var received: [Request] = []
    private var stopped = false

    public init(_ behaviour: @escaping Behaviour) throws {
        self.behaviour = behaviour
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EMFILE) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(fd, 128) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        self.port = Int(UInt16(bigEndian: address.sin_port))
        self.listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    /// `http://127.0.0.1:<port>` followed by `path`.
    public func url(_ path: String = "") -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// Every request received so far, in order of arrival.
    public var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            // A thread per connection: a slow answer sleeps, and must not hold up the others.
            let thread = Thread { [self] in handle(client) }
            thread.stackSize = 256 << 10
            thread.start()
        }
    }

    private func handle(_ client: Int32) {
        defer { close(client) }
        guard let request = Self.read(client) else { return }
        lock.lock()
        let index = received.count
        received.append(request)
        lock.unlock()
        let response = behaviour(index, request)
        guard response.status > 0 else { return }
        if response.delay > .zero { Thread.sleep(forTimeInterval: Double(response.delay.components.seconds) + Double(response.delay.components.attoseconds) / 1e18) }
        var head = "HTTP/1.1 \(response.status) \(response.status < 400 ? "OK" : "Error")\r\nContent-Type: application/json\r\nContent-Length: \(response.body.utf8.count)\r\nConnection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        let bytes = Array((head + "\r\n" + response.body).utf8)
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { return }
            sent += written
        }
    }

    private static func read(_ client: Int32) -> Request? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var headerEnd: Int?
        var contentLength = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            data.append(contentsOf: buffer[0..<count])
            if headerEnd == nil, let end = data.indices.dropLast(3).first(where: { data[$0] == 13 && data[$0 + 1] == 10 && data[$0 + 2] == 13 && data[$0 + 3] == 10 }) {
                headerEnd = end + 4
                let head = String(decoding: data[0..<end], as: UTF8.self)
                for line in head.split(separator: "\r\n").dropFirst() where line.lowercased().hasPrefix("content-length:") {
                    contentLength = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) ?? 0
                }
            }
            if let headerEnd, data.count >= headerEnd + contentLength {
                let head = String(decoding: data[0..<(headerEnd - 4)], as: UTF8.self)
                let lines = head.split(separator: "\r\n")
                let requestLine = lines.first?.split(separator: " ") ?? []
                var headers: [String: String] = [:]
                for line in lines.dropFirst() {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                return Request(
                    method: requestLine.first.map(String.init) ?? "", path: requestLine.dropFirst().first.map(String.init) ?? "",
                    headers: headers, body: String(decoding: data[headerEnd..<(headerEnd + contentLength)], as: UTF8.self)
                )
            }
        }
    }
}
