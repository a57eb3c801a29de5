import Foundation
import SitegenTestSupport
import Testing

/// `sitegen serve` listens on loopback unless `--host` says otherwise: the listening socket of
/// the running binary, looked up in `/proc/net/tcp`, is bound to 127.0.0.1. A port out of range
/// is a usage error (64); a first build that fails ends it with 1 and the build's error.
@Suite(.offThePool) struct ServeBindingTests {
    @Test(.timeLimit(.minutes(1))) func serveListensOnLoopbackByDefault() async throws {
        let root = TrustFixture.scratch("serve")
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try SitegenBinary.Run(["serve", "--port", "0", "--content", TrustFixture.content.path,
                                            "--templates", TrustFixture.templates.path, "--output", root.appendingPathComponent("Site").path],
                                           mergingOutput: true)
        // "Serving … at http://127.0.0.1:PORT/ (Ctrl-C to stop)"
        var line: String?
        while line == nil && server.process.isRunning {
            try await Task.sleep(for: .milliseconds(20))
            line = server.output.split(separator: "\n").first { $0.hasPrefix("Serving ") && $0.hasSuffix("(Ctrl-C to stop)") }
                .map(String.init)
        }
        let listening = line.map { Self.listeningAddresses(port: Self.port(in: $0)) }
        server.process.terminate()
        let outcome = await server.finish()
        let port = try #require(line.map(Self.port(in:)), "no Serving line in \(outcome.errors)")
        #expect(listening == ["0100007F" + String(format: ":%04X", port)], "\(line ?? ""): \(listening ?? [])")
    }

    /// The port of the `Serving … at http://127.0.0.1:PORT/ (Ctrl-C to stop)` line.
    static func port(in line: String) -> Int {
        Int(line.split(separator: ":").last.map { String($0.prefix { $0.isNumber }) } ?? "") ?? -1
    }

    /// The local addresses (`0100007F:1F90`) of the sockets listening on `port`, from `/proc/net/tcp`.
    static func listeningAddresses(port: Int) -> [String] {
        let suffix = String(format: ":%04X", port)
        var listening: [String] = []
        let table = (try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)) ?? ""
        for row in table.split(separator: "\n").dropFirst() {
            let fields = row.split(separator: " ")
            // fields: sl, local address, remote address, state (0A: listening)
            if fields.count > 3, fields[3] == "0A", fields[1].hasSuffix(suffix) { listening.append(String(fields[1])) }
        }
        return listening
    }

    @Test(.timeLimit(.minutes(1))) func aPortOutOfRangeIsAUsageError() async throws {
        let root = TrustFixture.scratch("serve-port")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        let outcome = try await Self.serve(["--port", "99999", "--output", output.path], content: TrustFixture.content)
        #expect(outcome.status == 64, "\(outcome.errors)")
        #expect(outcome.errors.contains("99999"))
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing was built")
    }

    @Test(.timeLimit(.minutes(1))) func aFailedFirstBuildExitsWithItsError() async throws {
        let root = TrustFixture.scratch("serve-broken")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try TrustFixture.copyContent(to: content)
        let settings = content.appendingPathComponent("site.yml")
        try (Data(contentsOf: settings) + Data("\ntitle: [broken\n".utf8)).write(to: settings)
        let outcome = try await Self.serve(["--port", "0", "--output", root.appendingPathComponent("Site").path], content: content)
        #expect(outcome.status == 1, "\(outcome.errors)")
        #expect(outcome.errors.contains("site.yml:"), "\(outcome.errors)")
        #expect(!outcome.errors.contains("last good site"))
    }

    /// Runs `sitegen serve` with `arguments` over `content` and awaits its exit on its own
    /// (terminated after 30 s: a server that keeps running fails the test).
    static func serve(_ arguments: [String], content: URL) async throws -> SitegenBinary.Outcome {
        let server = try SitegenBinary.Run(["serve", "--content", content.path, "--templates", TrustFixture.templates.path] + arguments)
        let watchdog = Task {
            try await Task.sleep(for: .seconds(30))
            server.process.terminate()
        }
        defer { watchdog.cancel() }
        return await server.finish()
    }
}
