import Foundation
import SitegenTestSupport
import Testing

/// Usage errors from the command line: a misspelled command names the right one, a base URL
/// that is not an absolute http(s) URL is refused before anything is built (exit 64, as every
/// usage error).
@Suite(.offThePool) struct CommandLineTests {
    @Test(arguments: [("biuld", "build"), ("buidl", "build"), ("serv", "serve"), ("chekc", "check"), ("inspec", "inspect"), ("inti", "init")])
    func aMisspelledCommandSuggestsTheRightOne(typed: String, meant: String) async throws {
        let (status, output) = try await SitegenBinary.run([typed])
        #expect(status == 64)
        #expect(output.contains("unknown command '\(typed)'; did you mean '\(meant)'?"), "\(output)")
    }

    @Test func aWordFarFromEveryCommandListsThem() async throws {
        let (status, output) = try await SitegenBinary.run(["publish"])
        #expect(status == 64)
        #expect(output.contains("unknown command 'publish'; the commands are build, inspect, serve, check, new, init"), "\(output)")
    }

    /// Limited in time: a `serve` that accepted the URL would serve until stopped.
    @Test(.timeLimit(.minutes(1)), arguments: [["build"], ["serve", "--port", "0"], ["check"]])
    func aBaseURLWithoutSchemeIsAUsageError(command: [String]) async throws {
        let root = TrustFixture.scratch("base-url")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        let (status, text) = try await SitegenBinary.run(command + ["--base-url", "example.org/lab", "--output", output.path])
        #expect(status == 64, "\(text)")
        #expect(text.contains("--base-url: `example.org/lab` has no scheme (did you mean https://example.org/lab?); expected an absolute http(s) URL such as https://example.org/lab/"), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// A part that is not `i/N` with `0 ≤ i < N` is refused before anything is built.
    @Test(arguments: ["3/3", "-1/2", "1/0", "two/4", "1"])
    func aShardOutsideItsCountIsAUsageError(shard: String) async throws {
        let root = TrustFixture.scratch("shard")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        let (status, text) = try await SitegenBinary.run(["build", "--shard", shard, "--output", output.path])
        #expect(status == 64, "\(text)")
        #expect(text.contains("--shard <i/N>"), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
