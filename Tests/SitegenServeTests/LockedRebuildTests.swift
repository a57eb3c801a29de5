import Foundation
@testable import SitegenBuild
import SitegenOutput
import SitegenTestSupport
import Testing

/// A rebuild that finds the output locked by another `sitegen build` waits for it, says so, and
/// then runs: the edit made meanwhile reaches the preview.
@Suite(.timeLimit(.minutes(1)), .offThePool) struct LockedRebuildTests {
    @Test func aRebuildWaitsForTheLockAndRuns() async throws {
        try await ServeFixture.withServer { port, project, log in
            let client = HTTPTestClient(port: port)
            let output = project.appendingPathComponent("Site")
            let lock = try BuildLock(output: output)
            let reload = await client.openEvents(until: { $0.contains("event: reload") })
            let settings = project.appendingPathComponent("Content/site.yml")
            let retitled = try String(contentsOf: settings, encoding: .utf8)
                .replacingOccurrences(of: "title: Mistral & friends", with: "title: Locked & waiting")
            try Data(retitled.utf8).write(to: settings)
            #expect(try await log.waitFor("another sitegen build (pid \(getpid())) is writing \(output.path); waiting for it to finish"),
                    "the terminal says it waits: \(log.text)")
            try await Task.sleep(for: .milliseconds(500))
            #expect(try await client.get("/").body.contains("Mistral &amp; friends"), "nothing is built while the lock is held")
            lock.release()
            let events = try await reload.value
            #expect(events.contains("event: reload") && !events.contains("build-error"), "\(events)")
            #expect(try await client.get("/").body.contains("Locked &amp; waiting"))
        }
    }
}
