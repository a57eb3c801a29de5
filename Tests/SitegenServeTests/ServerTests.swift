import Foundation
import SitegenServe
import Testing

/// A real server on an ephemeral loopback port: pages, misses, traversal, live reload, stop.
@Suite(.serialized, .timeLimit(.minutes(1))) struct ServerTests {
    static let eventsPath = "/__sitegen/events"

    /// Starts a server on a copy of `Content/`, runs `body` with its port and project folder, stops it.
    static func withServer(_ body: @Sendable (Int, URL) async throws -> Void) async throws {
        let project = try ServeFixture.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let options = ServeOptions(build: ServeFixture.buildOptions(in: project), host: "127.0.0.1", port: 0)
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let server = Task {
            try await SiteServer(options: options, log: { _ in }).run(stopOnSignals: false) { port in
                portContinuation.yield(port)
            }
        }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        try await body(port, project)
        server.cancel()
        _ = await server.result
    }

    @Test func servesPagesMissesAndRefusesTraversal() async throws {
        try await Self.withServer { port, _ in
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
            #expect(try await client.get("/papers").head.contains("Location: /papers/"))
            for target in ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/papers/..%2f..%2fetc/passwd"] {
                let reply = try await client.get(target)
                #expect(reply.status == 400 || reply.status == 404, "\(target)")
                #expect(!reply.body.contains("root:"))
            }
        }
    }

    @Test func aChangeReloadsOpenPagesAndAnErrorShowsOnThem() async throws {
        try await Self.withServer { port, project in
            let client = HTTPTestClient(port: port)
            let settings = project.appendingPathComponent("Content/site.yml")
            let original = try Data(contentsOf: settings)
            let appendToSettings = { @Sendable (line: String) in
                try (original + Data(line.utf8)).write(to: settings)
            }
            let reload = Task {
                try await client.exchange(Self.eventsPath, until: { $0.contains("event: reload") })
            }
            try await Task.sleep(for: .milliseconds(300))
            try appendToSettings("\n")
            #expect(try await reload.value.contains("event: reload"))

            let failure = Task {
                try await client.exchange(Self.eventsPath, until: { $0.contains("event: build-error") && $0.hasSuffix("\n\n") })
            }
            try await Task.sleep(for: .milliseconds(300))
            try appendToSettings("\ntitle: [broken\n")
            let events = try await failure.value
            #expect(events.contains("event: build-error\ndata: "))
            #expect(events.contains("site.yml"))
            #expect(try await client.get("/").status == 200, "the last good site is still served")
        }
    }
}
