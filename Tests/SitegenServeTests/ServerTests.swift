import Foundation
@testable import SitegenServe
import SitegenTestSupport
import Testing

/// A real server on an ephemeral loopback port: pages, misses, traversal, live reload, and no
/// watching left once it stops.
@Suite(.serialized, .timeLimit(.minutes(1)), .offThePool) struct ServerTests {
    @Test func servesPagesMissesAndRefusesTraversal() async throws {
        try await ServeFixture.withServer { port, _, _ in
            let client = HTTPTestClient(port: port)
            let home = try await client.get("/")
            #expect(home.status == 200)
            #expect(home.head.contains("Content-Type: text/html; charset=utf-8"))
            #expect(home.body.contains("data-sitegen-serve"))
            let css = try await client.get("/assets/style.css")
            #expect(css.status == 200 && css.head.contains("text/css") && !css.body.contains("data-sitegen-serve"))
            let miss = try await client.get("/no/such/page.html")
            #expect(miss.status == 404)
            #expect(miss.body.contains("Page not found"), "the site's own 404.html")
            #expect(miss.body.contains("<base href=\"/\">"), "links of the 404 page resolve from the root")
            #expect(try await client.get("/papers").header("Location") == "/papers/")
            #expect(try await client.get("//papers?x=1").header("Location") == "/papers/", "never `//papers/`, another host")
            #expect(try await client.get("/assets/").status == 404, "a folder without index.html")
            #expect(try await client.send("POST", "/").status == 405)
            for target in ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/papers/..%2f..%2fetc/passwd"] {
                let reply = try await client.get(target)
                #expect(reply.status == 400 || reply.status == 404, "\(target)")
                #expect(!reply.body.contains("root:"))
            }
        }
    }

    @Test func aChangeReloadsOpenPagesAndAnErrorShowsOnThem() async throws {
        try await ServeFixture.withServer { port, project, _ in
            let client = HTTPTestClient(port: port)
            let settings = project.appendingPathComponent("Content/site.yml")
            let original = try Data(contentsOf: settings)
            let appendToSettings = { @Sendable (line: String) in
                try (original + Data(line.utf8)).write(to: settings)
            }
            let reload = await client.openEvents(until: { $0.contains("event: reload") })
            try appendToSettings("\n")
            #expect(try await reload.value.contains("event: reload"))

            let failure = await client.openEvents(until: { $0.contains(/event: build-error\n(data: .*\n)+\n/) })
            try appendToSettings("\ntitle: [broken\n")
            let events = try await failure.value
            #expect(events.contains("event: build-error\ndata: "))
            #expect(events.contains("site.yml"))
            #expect(try await client.get("/").status == 200, "the last good site is still served")
        }
    }

    /// A browser's events stream names the page it shows: a rebuild builds that page first and
    /// tells the browser to reload then, once (not again when the rest of the site is written);
    /// the page shows the edit.
    @Test func anOpenPageIsBuiltFirstAndReloadedOnce() async throws {
        try await ServeFixture.withServer(verbose: true) { port, project, log in
            let client = HTTPTestClient(port: port)
            let note = project.appendingPathComponent("Content/papers/mistral-7b.md")
            // Read until a later, failed rebuild: every reload of the first rebuild came by then.
            let events = await client.openEvents(page: "/papers/mistral-7b/", until: { $0.contains("event: build-error") })
            try (Data(contentsOf: note) + Data("\nAn edit shown first.\n".utf8)).write(to: note)
            #expect(try await log.waitFor("open pages: 1 shown after"))
            #expect(try await client.get("/papers/mistral-7b/").body.contains("An edit shown first."))
            #expect(try await log.waitFor(" profiles → ", count: 2), "the rebuild ended")
            let settings = project.appendingPathComponent("Content/site.yml")
            try (Data(contentsOf: settings) + Data("\ntitle: [broken\n".utf8)).write(to: settings)
            let received = try await events.value
            #expect(received.components(separatedBy: "event: reload").count == 2, "one reload: \(received)")
        }
    }

    /// A browser showing a page the site does not have (a removed paper) is reloaded once the
    /// whole site is written, not before: early, it would see the last build's tree.
    @Test func aMissingOpenPageIsReloadedWithTheWholeSite() async throws {
        try await ServeFixture.withServer(verbose: true) { port, project, log in
            let client = HTTPTestClient(port: port)
            let note = project.appendingPathComponent("Content/papers/mistral-7b.md")
            let reload = await client.openEvents(page: "/papers/no-such-paper/", until: { $0.contains("event: reload") })
            try (Data(contentsOf: note) + Data("\nAnother edit.\n".utf8)).write(to: note)
            let received = try await reload.value
            #expect(received.contains("event: reload"), "events: \(received)\nserver: \(log.text)")
            let logged = log.text
            #expect(logged.components(separatedBy: " profiles → ").count == 3, "the rebuild was over (its summary logged) before the reload")
            #expect(!logged.contains("open pages:"))
        }
    }

    /// The folders are watched from before the first build: an edit made after that build read
    /// the content (during a long first build, or before the server's watching task runs) is
    /// built once the service runs.
    @Test func anEditBeforeTheServiceRunsIsBuilt() async throws {
        let project = try ServeFixture.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let log = ServerLog()
        let broadcaster = ReloadBroadcaster()
        let rebuilder = RebuildService(options: ServeFixture.buildOptions(in: project), broadcaster: broadcaster, log: log.append)
        rebuilder.report(try await rebuilder.build())
        let note = project.appendingPathComponent("Content/papers/mistral-7b.md")
        try (Data(contentsOf: note) + Data("\nWritten before the service runs.\n".utf8)).write(to: note)
        let events = await broadcaster.subscribe()
        let watching = Task { try await rebuilder.run() }
        let timeout = Task {
            try await Task.sleep(for: .seconds(120))
            await broadcaster.publish(.buildFailed("no rebuild within 120 s"))
        }
        defer { watching.cancel(); timeout.cancel() }
        var iterator = events.makeAsyncIterator()
        #expect(await iterator.next() == .reload)
        let page = try String(contentsOf: project.appendingPathComponent("Site/papers/mistral-7b/index.html"), encoding: .utf8)
        #expect(page.contains("Written before the service runs."))
    }

    /// A file saved with the same bytes rebuilds nothing (the site is up to date) and reloads no
    /// page: the next real edit is the one reload.
    @Test func aFileSavedUnchangedReloadsNothing() async throws {
        try await ServeFixture.withServer { port, project, log in
            let client = HTTPTestClient(port: port)
            let note = project.appendingPathComponent("Content/papers/mistral-7b.md")
            let events = await client.openEvents(until: { $0.contains("event: reload") })
            try Data(contentsOf: note).write(to: note)
            #expect(try await log.waitFor("up to date"))
            try (Data(contentsOf: note) + Data("\nA real edit.\n".utf8)).write(to: note)
            let received = try await events.value
            #expect(received.components(separatedBy: "event: reload").count == 2, "one reload: \(received)")
            #expect(log.text.components(separatedBy: " profiles → ").count == 3, "the real edit was built: \(log.text)")
        }
    }

    #if canImport(Glibc)
    @Test func aStoppedServerWatchesNothing() async throws {
        let project = try ServeFixture.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let content = project.appendingPathComponent("Content")
        let (server, start) = await ServeFixture.start(ServeOptions(build: ServeFixture.buildOptions(in: project), port: 0))
        guard case .listening = start else { throw ServeFixture.ServerDidNotStart(log: "") }
        #expect(try await InotifyProbe.waitUntil(content, isWatched: true))
        server.cancel()
        _ = await server.result
        #expect(try await InotifyProbe.waitUntil(content, isWatched: false), "the watching thread outlived the server")
    }
    #endif
}
