import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SitegenServe
import SitegenTestSupport
import Testing

/// A server that cannot serve says why and stops before listening: a first build that fails, a
/// port out of range, a port another program holds (said before any build, with the address).
@Suite(.timeLimit(.minutes(1)), .offThePool) struct StartupTests {
    @Test func aFirstBuildThatFailsStopsTheServer() async throws {
        let project = try ServeFixture.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let settings = project.appendingPathComponent("Content/site.yml")
        try (Data(contentsOf: settings) + Data("\ntitle: [broken\n".utf8)).write(to: settings)
        let log = ServerLog()
        let (server, start) = await ServeFixture.start(ServeOptions(build: ServeFixture.buildOptions(in: project), port: 0), log: log)
        server.cancel()
        guard case .failed(let error) = start else {
            Issue.record("served although the first build failed")
            return
        }
        #expect("\(error)".contains("site.yml"), "the build's own error: \(error)")
        #expect(!log.text.contains("last good site"), "there is none")
    }

    /// `--verbose` logs each build's step timings and peak memory, as `sitegen build --verbose` prints them; silence otherwise.
    @Test(arguments: [true, false])
    func verboseLogsTheStepsOfEachBuild(verbose: Bool) async throws {
        let project = try ServeFixture.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let log = ServerLog()
        let (server, start) = await ServeFixture.start(ServeOptions(build: ServeFixture.buildOptions(in: project), port: 0, verbose: verbose), log: log)
        server.cancel()
        guard case .listening = start else {
            Issue.record("did not start: \(log.text)")
            return
        }
        let lines = log.text.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("time: inputs ") && $0.contains(" · load ") && $0.contains(" · pages ") } == verbose, "\(log.text)")
        #expect(lines.contains { $0.hasPrefix("peak memory: ") && $0.contains("GiB, reached during ") } == verbose)
    }

    @Test(arguments: [-1, 65_536, 99_999])
    func aPortOutOfRangeIsRefused(port: Int) async throws {
        let project = try ServeFixture.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let (server, start) = await ServeFixture.start(ServeOptions(build: ServeFixture.buildOptions(in: project), port: port))
        server.cancel()
        guard case .failed(let error) = start else {
            Issue.record("listened although port \(port) does not exist")
            return
        }
        #expect("\(error)".contains("\(port)") && "\(error)".contains("0 to 65535"), "\(error)")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Site").path), "nothing was built")
    }

    @Test func aTakenPortIsReportedWithItsAddressBeforeAnyBuild() async throws {
        let project = try ServeFixture.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let (listener, port) = try Self.listeningSocket()
        defer { close(listener) }
        let (server, start) = await ServeFixture.start(ServeOptions(build: ServeFixture.buildOptions(in: project), port: port))
        server.cancel()
        guard case .failed(let error) = start else {
            Issue.record("listened on a port another socket holds")
            return
        }
        #expect("\(error)".contains("127.0.0.1:\(port) is in use"), "\(error)")
        #expect("\(error)".contains("--port"), "it says what to do: \(error)")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Site").path), "nothing was built")
    }

    @Test func addressesAreWrittenAsURLsWriteThem() {
        let build = ServeFixture.buildOptions(in: ServeFixture.repository)
        #expect(ServeOptions(build: build, host: "127.0.0.1").address(port: 8080) == "127.0.0.1:8080")
        #expect(ServeOptions(build: build, host: "::1").address(port: 8080) == "[::1]:8080")
    }

    /// A socket listening on a free loopback port, and that port.
    static func listeningSocket() throws -> (Int32, Int) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && listen(descriptor, 1) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard descriptor >= 0, bound else { throw POSIXError(.EADDRINUSE) }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }
}
