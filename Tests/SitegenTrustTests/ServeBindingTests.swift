import Foundation
import Testing

/// `sitegen serve` listens on loopback unless `--host` says otherwise: the listening socket of
/// the running binary, looked up in `/proc/net/tcp`, is bound to 127.0.0.1. A port out of range
/// is a usage error (64); a first build that fails ends it with 1 and the build's error.
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

    @Test(.timeLimit(.minutes(1))) func aPortOutOfRangeIsAUsageError() throws {
        let root = TrustFixture.scratch("serve-port")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        let outcome = try Self.serve(["--port", "99999", "--output", output.path], content: TrustFixture.content)
        #expect(outcome.status == 64, "\(outcome.errors)")
        #expect(outcome.errors.contains("99999"))
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing was built")
    }

    @Test(.timeLimit(.minutes(1))) func aFailedFirstBuildExitsWithItsError() throws {
        let root = TrustFixture.scratch("serve-broken")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try TrustFixture.copyContent(to: content)
        let settings = content.appendingPathComponent("site.yml")
        try (Data(contentsOf: settings) + Data("\ntitle: [broken\n".utf8)).write(to: settings)
        let outcome = try Self.serve(["--port", "0", "--output", root.appendingPathComponent("Site").path], content: content)
        #expect(outcome.status == 1, "\(outcome.errors)")
        #expect(outcome.errors.contains("site.yml:"), "\(outcome.errors)")
        #expect(!outcome.errors.contains("last good site"))
    }

    /// Runs `sitegen serve` with `arguments` over `content` and waits for it to exit on its own
    /// (terminated after 30 s: a server that keeps running fails the test).
    static func serve(_ arguments: [String], content: URL) throws -> SitegenBinary.Outcome {
        let server = Process()
        server.executableURL = SitegenBinary.url
        server.arguments = ["serve", "--content", content.path, "--templates", TrustFixture.templates.path] + arguments
        let errors = Pipe()
        server.standardOutput = FileHandle.nullDevice
        server.standardError = errors
        try server.run()
        let watchdog = DispatchWorkItem { server.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: watchdog)
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        server.waitUntilExit()
        watchdog.cancel()
        return SitegenBinary.Outcome(status: server.terminationStatus, killed: server.terminationReason == .uncaughtSignal,
                                     errors: text)
    }
}
