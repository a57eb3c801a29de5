import Foundation
import SitegenTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Builds killed with SIGKILL at random moments (loading, rendering, writing, swapping) never
/// lose the site: afterwards the output is the whole old site or the whole new one, and the
/// next build succeeds. Two contents alternate (A and B differ in every page's site title), so
/// a mix of old and new pages would show. Once a build has finished there is a spare tree, and
/// the builds that follow update it (incremental builds); a killed one uses the spare up, so
/// the next one writes a new tree: kills land in both kinds.
///
/// Each build after a kill is the following build of that kill: when it is not killed in turn
/// it must succeed, and every `followEvery`-th kill is followed by a build left to finish. The
/// last build finds the site up to date and must still clean up.
/// Delays are `1.1 × duration × u²`, skewed early so the short loading phase is hit too.
@Suite(.offThePool) struct KilledBuildTests {
    /// `SITEGEN_KILLS` overrides, for a longer soak.
    static let kills = Int(ProcessInfo.processInfo.environment["SITEGEN_KILLS"] ?? "") ?? 60
    static let followEvery = 4

    /// Where a build was when it died, judged from what it left.
    enum Phase: String {
        /// No staging tree yet: settings, profiles, merging.
        case loading
        /// A staging tree, the old site in place: rendering and writing.
        case writing
        /// The new site in place: removing the old tree or exiting.
        case swapped
        /// It finished before the kill.
        case finished
    }

    @Test(.timeLimit(.minutes(10))) func killedBuildsLeaveTheOldOrTheNewSite() async throws {
        let root = TrustFixture.scratch("kill")
        defer { try? FileManager.default.removeItem(at: root) }
        let sites = try await TwoSites(in: root, title: "Killed and rebuilt")
        let (contents, manifests, seconds) = (sites.contents, sites.manifests, sites.seconds)
        try #require(manifests[0] != manifests[1] && !manifests[0].isEmpty)
        let output = root.appendingPathComponent("Site")
        #expect(try await SitegenBinary.build(content: contents[0], output: output).status == 0)
        var current = 0
        var phases: [Phase: Int] = [:]
        var incremental = 0
        let spare = root.appendingPathComponent(".Site.spare")
        var generator = SystemRandomNumberGenerator()
        for kill in 0..<Self.kills {
            let next = 1 - current
            if FileManager.default.fileExists(atPath: spare.path) { incremental += 1 }
            let build = try SitegenBinary.startBuild(content: contents[next], output: output)
            let skewed = Double.random(in: 0...1, using: &generator)
            try await Task.sleep(for: .seconds(seconds * 1.1 * skewed * skewed))
            Glibc.kill(build.pid, SIGKILL)
            let outcome = await build.finish()
            let staged = FileManager.default.fileExists(atPath: root.appendingPathComponent(".Site.staging-\(build.pid)").path)
            let manifest = TreeManifest(output)
            let phase: Phase = !outcome.killed ? .finished : manifest == manifests[next] ? .swapped : staged ? .writing : .loading
            phases[phase, default: 0] += 1
            if phase == .finished {
                #expect(outcome.status == 0, "kill \(kill): a build that was not killed failed: \(outcome.errors)")
            }
            let expected = phase == .finished || phase == .swapped ? next : current
            #expect(manifest == manifests[expected],
                    "kill \(kill) (\(phase)): \(manifest.difference(from: manifests[expected]))")
            guard manifest == manifests[expected] else { break }
            current = expected
            if phase != .finished && kill.isMultiple(of: Self.followEvery) {
                // A following build run to its end cleans up and succeeds; it builds the other
                // site, so the one it replaces becomes the spare the next killed build updates.
                current = 1 - current
                let following = try await SitegenBinary.build(content: contents[current], output: output)
                #expect(following.status == 0, "kill \(kill): the next build failed: \(following.errors)")
                #expect(TreeManifest(output) == manifests[current])
            }
        }
        print("\(Self.kills) kills of \(String(format: "%.2f", seconds)) s builds (\(incremental) with a spare): "
            + phases.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))
        #expect(phases[.loading, default: 0] >= Self.kills / 20, "too few kills while loading: \(phases)")
        #expect(phases[.writing, default: 0] >= Self.kills / 10, "too few kills while writing: \(phases)")
        #expect(incremental >= Self.kills / 10 && incremental < Self.kills, "kills of incremental builds: \(incremental)")
        #expect(try await SitegenBinary.build(content: contents[current], output: output).status == 0)
        let litter = TrustFixture.litter(in: root, expected: TwoSites.folders.union(["Site", ".Site.spare", ".Site.inputs"]))
        #expect(litter.isEmpty, "left beside the output: \(litter)")
    }
}
