import Foundation
import SitegenTestSupport
import Testing

/// Two builds of the same output at once: the one that comes second refuses with a message
/// naming the first, and the output is one whole site, never a mix.
@Suite(.offThePool) struct ConcurrentBuildTests {
    @Test(.timeLimit(.minutes(2))) func secondBuildRefusesWhileTheFirstWrites() async throws {
        let root = TrustFixture.scratch("concurrent")
        defer { try? FileManager.default.removeItem(at: root) }
        let sites = try await TwoSites(in: root, title: "Built at the same time")
        let (contents, good) = (sites.contents, sites.manifests)
        let output = root.appendingPathComponent("Site")
        let lock = root.appendingPathComponent(".Site.lock")

        // Started while the first one holds the lock, and keeps it: the first is stopped
        // (SIGSTOP) until the second has answered, however fast a build is.
        var held: SitegenBinary.Run?
        for _ in 0..<10 where held == nil {
            held = try Self.startHoldingTheLock(content: contents[0], output: output, lock: lock)
        }
        let first = try #require(held, "the first build never stayed long enough to be held")
        let second = try await SitegenBinary.build(content: contents[1], output: output)
        kill(first.pid, SIGCONT)
        let firstOutcome = await first.finish()
        #expect(firstOutcome.status == 0, "\(firstOutcome.errors)")
        #expect(second.status == 1)
        #expect(second.errors.hasPrefix("\(output.path): error: another sitegen build (pid \(first.pid)) is writing this output"), "\(second.errors)")
        #expect(second.errors.components(separatedBy: "error:").count == 2, "one `error:` per message: \(second.errors)")
        #expect(TreeManifest(output) == good[0])

        // Started together: each either builds or refuses, and the result is one whole site.
        for round in 0..<3 {
            let builds = try contents.map { try SitegenBinary.startBuild(content: $0, output: output) }
            var outcomes: [SitegenBinary.Outcome] = []
            for build in builds { outcomes.append(await build.finish()) }
            #expect(outcomes.contains { $0.status == 0 }, "round \(round): neither built")
            for outcome in outcomes where outcome.status != 0 {
                #expect(outcome.errors.contains("is writing this output"), "round \(round): \(outcome.errors)")
            }
            let manifest = TreeManifest(output)
            #expect(manifest == good[0] || manifest == good[1], "round \(round): \(manifest.difference(from: good[0]))")
        }
        #expect(TrustFixture.litter(in: root, expected: TwoSites.folders.union(["Site", ".Site.spare", ".Site.inputs"])).isEmpty)
    }

    /// A build of `content` into `output`, stopped (SIGSTOP) while it holds the lock: the pid in
    /// `lock` is its own and the file cannot be locked. Nil, with the output removed, when the
    /// build finished before it could be held (a busy machine can be that slow to look).
    static func startHoldingTheLock(content: URL, output: URL, lock: URL) throws -> SitegenBinary.Run? {
        let build = try SitegenBinary.startBuild(content: content, output: output)
        while build.process.isRunning {
            guard (try? String(contentsOf: lock, encoding: .utf8)) == "\(build.pid)\n" else {
                usleep(200)
                continue
            }
            kill(build.pid, SIGSTOP)
            let file = open(lock.path, O_RDONLY)
            defer { close(file) }
            if file >= 0 && flock(file, LOCK_EX | LOCK_NB) != 0 { return build }
            kill(build.pid, SIGCONT)
            break
        }
        build.process.waitUntilExit()
        let parent = output.deletingLastPathComponent()
        for name in [output.lastPathComponent, ".\(output.lastPathComponent).spare", ".\(output.lastPathComponent).inputs"] {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
        return nil
    }
}
