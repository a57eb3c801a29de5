import Hummingbird
import Logging
import SitegenWrite

/// `sitegen serve`: builds the site, serves the output folder over HTTP with live reload, and
/// rebuilds when the content or templates change, until SIGINT or SIGTERM.
public struct SiteServer: Sendable {
    public let options: ServeOptions
    /// Where progress and build errors are written (the terminal, in the command).
    public let log: @Sendable (String) -> Void

    public init(options: ServeOptions, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.log = log
    }

    /// Builds once, then serves and watches until a signal (or, with `stopOnSignals` false, until
    /// the calling task is cancelled). `onListening` gets the bound port.
    public func run(stopOnSignals: Bool = true, onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let broadcaster = ReloadBroadcaster()
        let rebuilder = RebuildService(options: options.build, broadcaster: broadcaster, log: log)
        await rebuilder.rebuild()
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .warning
        let app = Application(
            responder: SiteResponder(files: SiteFileResolver(root: options.build.outputDirectory), broadcaster: broadcaster),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: nil),
            services: [rebuilder],
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? options.port) },
            logger: logger
        )
        try await app.runService(gracefulShutdownSignals: stopOnSignals ? [.sigint, .sigterm] : [])
    }
}
