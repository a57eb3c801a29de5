import Hummingbird
import Logging
import SitegenBuild

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

    /// Takes the address, builds once, then serves and watches until a signal (or, with
    /// `stopOnSignals` false, until the calling task is cancelled). `onListening` gets the bound
    /// port. Throws `ServeError` when the address cannot be had (before building), and the
    /// `BuildError` of a first build that fails.
    public func run(stopOnSignals: Bool = true, onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try options.validate()
        let address = try ListenAddress(options)
        let broadcaster = ReloadBroadcaster()
        let rebuilder = RebuildService(options: options.build, broadcaster: broadcaster, log: log, verbose: options.verbose)
        let summary: BuildSummary
        do {
            summary = try await rebuilder.build()
        } catch {
            rebuilder.stopWatching()
            throw error
        }
        rebuilder.report(summary)
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .warning
        let app = Application(
            router: PreviewRouter.make(output: options.build.outputDirectory, broadcaster: broadcaster, openPages: rebuilder.openPages),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: nil),
            services: [rebuilder],
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? options.port) },
            logger: logger
        )
        address.release()
        try await app.runService(gracefulShutdownSignals: stopOnSignals ? [.sigint, .sigterm] : [])
    }
}
