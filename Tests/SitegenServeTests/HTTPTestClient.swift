import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a loopback socket, so tests can send targets as written
/// (`/../etc/passwd`, which URL libraries would normalise), pick methods and headers, and read
/// event streams or the first bytes of a long body.
struct HTTPTestClient {
    let port: Int

    /// A complete response.
    struct Reply {
        var status: Int
        var head: String
        var bytes: [UInt8]

        var body: String { String(decoding: bytes, as: UTF8.self) }

        /// The value of the header `name` (any case), if the response has it.
        func header(_ name: String) -> String? {
            for line in head.split(separator: "\r\n").dropFirst() {
                guard let colon = line.firstIndex(of: ":"), line[..<colon].lowercased() == name.lowercased() else { continue }
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            return nil
        }
    }

    func get(_ target: String, headers: [String: String] = [:]) async throws -> Reply {
        try await send("GET", target, headers: headers)
    }

    /// Sends `method target` with `headers` and reads until the server closes the connection.
    func send(_ method: String, _ target: String, headers: [String: String] = [:]) async throws -> Reply {
        let received = try await exchange(method, target, headers: headers, until: nil)
        guard let end = Self.headEnd(of: received) else {
            return Reply(status: 0, head: String(decoding: received, as: UTF8.self), bytes: [])
        }
        let head = String(decoding: received[..<(end - 4)], as: UTF8.self)
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Reply(status: status, head: head, bytes: Array(received[end...]))
    }

    /// Sends a GET and reads until the text read so far satisfies `done` (or the peer closes, or
    /// `timeout` passes); returns everything read.
    func exchange(_ target: String, timeout: Duration = .seconds(30),
                  until done: (@Sendable (String) -> Bool)?) async throws -> String {
        var doneWithBytes: (@Sendable ([UInt8]) -> Bool)?
        if let done { doneWithBytes = { done(String(decoding: $0, as: UTF8.self)) } }
        return String(decoding: try await exchange("GET", target, timeout: timeout, until: doneWithBytes), as: UTF8.self)
    }

    /// Opens the reload events stream (as a browser showing `page`, a path such as `/papers/x/`,
    /// does) and returns once the server has subscribed it (its `retry:` line came), with the task
    /// reading it until the text satisfies `done` (or `timeout` passes).
    func openEvents(page: String? = nil, timeout: Duration = .seconds(120),
                    until done: @escaping @Sendable (String) -> Bool) async -> Task<String, any Error> {
        let (subscribed, signal) = AsyncStream<Void>.makeStream()
        let target = "/__sitegen/events" + (page.map { "?page=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } ?? "")
        let reading = Task {
            defer { signal.finish() }
            return try await exchange(target, timeout: timeout) { text in
                if text.contains("retry:") { signal.yield() }
                return done(text)
            }
        }
        var iterator = subscribed.makeAsyncIterator()
        _ = await iterator.next()
        return reading
    }

    /// Sends a request and reads until the bytes read so far satisfy `done`, the peer closes, or
    /// `timeout` passes.
    func exchange(_ method: String, _ target: String, headers: [String: String] = [:], timeout: Duration = .seconds(30),
                  until done: (@Sendable ([UInt8]) -> Bool)?) async throws -> [UInt8] {
        let request = Self.request(method, target, headers: headers)
        return try await offThePool {
            var received: [UInt8] = []
            try blockingExchange(request, timeout: timeout) { part in
                received += part
                return done?(received) ?? false
            }
            return received
        }
    }

    /// Sends a GET and reads, keeping nothing, until `count` bytes have come (or the peer closes,
    /// or `timeout` passes); returns how many came.
    func drain(_ target: String, count: Int, timeout: Duration = .seconds(30)) async throws -> Int {
        let request = Self.request("GET", target, headers: [:])
        return try await offThePool {
            var received = 0
            try blockingExchange(request, timeout: timeout) { part in
                received += part.count
                return received >= count
            }
            return received
        }
    }

    private static func request(_ method: String, _ target: String, headers: [String: String]) -> [UInt8] {
        Array(("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
               + headers.map { "\($0.key): \($0.value)\r\n" }.joined() + "\r\n").utf8)
    }

    /// Runs blocking socket work on a Dispatch thread, so it never holds one of the few threads
    /// the server's tasks run on.
    private func offThePool<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Swift.Result { try work() }) }
        }
    }

    /// The offset just past the blank line ending the response head, if it has arrived.
    static func headEnd(of bytes: [UInt8]) -> Int? {
        let blankLine: [UInt8] = [13, 10, 13, 10]
        guard bytes.count >= 4 else { return nil }
        return (0...(bytes.count - 4)).first { bytes[$0..<($0 + 4)].elementsEqual(blankLine) }.map { $0 + 4 }
    }

    /// Connects, sends `request`, and hands each part received to `receive` until it returns
    /// true, the peer closes, or `timeout` passes.
    private func blockingExchange(_ request: [UInt8], timeout: Duration, receive: (ArraySlice<UInt8>) -> Bool) throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        defer { close(socket) }
        var receiveTimeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &receiveTimeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        _ = request.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count == 0 || (count > 0 && receive(buffer[..<count])) { return }
        }
    }
}
