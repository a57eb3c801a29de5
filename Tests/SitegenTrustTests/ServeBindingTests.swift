import Foundation
import Testing

/// `sitegen serve` listens on loopback unless `--host` says otherwise: the listening socket of
/// the running binary, looked up in `/proc/net/tcp`, is bound to 127.0.0.1.
@Suite struct ServeBindingTests {
    @Test(.timeLimit(.minutes(1))) func serveListensOnLoopbackByDefault() throws {
        let root = TrustFixture.scratch("serve")
        defer { try? FileManager.default.removeItem(at: root) }
        let server = Process()
        server.executableURL = SitegenBinary.url
        server.arguments = ["serve", "--port", "0", "--content", TrustFixture.content.path,
                            "--templates", TrustFixture.templates.path, "--output", root.appendingPathComponent("Site").path]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        // "Serving … at http://127.0.0.1:PORT/ (Ctrl-C to stop)"
        var line = ""
        while !line.contains("\n"), case let data = output.fileHandleForReading.availableData, !data.isEmpty {
            line += String(decoding: data, as: UTF8.self)
        }
        let digits = line.split(separator: ":").last.map { String($0.prefix { $0.isNumber }) } ?? ""
        let port = try #require(Int(digits), "no port in \(line)")
        let suffix = String(format: ":%04X", port)
        var listening: [String] = []
        for row in try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8).split(separator: "\n").dropFirst() {
            let fields = row.split(separator: " ")
            // fields: sl, local address, remote address, state (0A: listening)
            if fields.count > 3, fields[3] == "0A", fields[1].hasSuffix(suffix) { listening.append(String(fields[1])) }
        }
        #expect(listening == ["0100007F" + suffix], "\(line): \(listening)")
    }
}
