import Foundation
import SitegenServe
import SitegenBuild
import SitegenTestSupport

/// The repository's paths, scratch copies of its content, and servers started on them.
enum ServeFixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("Templates")

    /// A scratch folder holding a copy of `Content/`; the site is to be written to `Site/` in it.
    static func scratchProject() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Content"), to: folder.appendingPathComponent("Content"))
        return folder
    }

    static func buildOptions(in project: URL) -> BuildOptions {
        BuildOptions(contentDirectory: project.appendingPathComponent("Content"), templatesDirectory: templates,
                     outputDirectory: project.appendingPathComponent("Site"))
    }

    /// Every regular file below `root`, as full paths.
    static func files(under root: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if enumerator?.fileAttributes?[.type] as? FileAttributeType != .typeDirectory { paths.append(root.path + "/" + path) }
        }
        return paths
    }

    /// How a server's start ended: listening on a port, or stopped with an error.
    enum Start {
        case listening(Int)
        case failed(any Error)
    }

    /// Starts a server on a copy of `Content/` (port 0), runs `body` with its port, project folder
    /// and log (`verbose`: with each build's step timings), then stops it.
    static func withServer(verbose: Bool = false, _ body: @Sendable (Int, URL, ServerLog) async throws -> Void) async throws {
        let project = try scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let log = ServerLog()
        let options = ServeOptions(build: buildOptions(in: project), host: "127.0.0.1", port: 0, verbose: verbose)
        let (server, start) = await self.start(options, log: log)
        guard case .listening(let port) = start else { throw ServerDidNotStart(log: log.text) }
        try await body(port, project, log)
        server.cancel()
        _ = await server.result
    }

    /// Runs a server and waits for its start to end; the caller cancels the task returned.
    static func start(_ options: ServeOptions, log: ServerLog = ServerLog()) async -> (Task<Void, any Error>, Start) {
        let (starts, continuation) = AsyncStream<Start>.makeStream()
        let server = Task(executorPreference: OffThePool.executor) {
            do {
                try await SiteServer(options: options, log: log.append).run(stopOnSignals: false) { port in
                    continuation.yield(.listening(port))
                }
            } catch {
                continuation.yield(.failed(error))
                throw error
            }
        }
        var iterator = starts.makeAsyncIterator()
        return (server, await iterator.next() ?? .failed(CancellationError()))
    }

    struct ServerDidNotStart: Error {
        let log: String
    }
}
