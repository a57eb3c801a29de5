import Foundation
import ServiceLifecycle
import SitegenBuild
import SitegenOutput
import SitegenRender

/// Builds the site: once before the server listens, then after each burst of changes to the
/// content and templates folders, telling open pages to reload (as soon as the pages open in
/// browsers are built, `OpenPages`), or showing them the error while the last good site stays
/// served. The folders are watched from when it is made, before the first build: an edit made
/// while that build runs makes a rebuild after it. A build that finds the output locked by
/// another `sitegen build` says so and waits for it, then runs.
struct RebuildService: Service {
    let options: BuildOptions
    let broadcaster: ReloadBroadcaster
    /// The open pages a rebuild builds first, and serves before the rest of the site is written.
    var openPages = OpenPages()
    let log: @Sendable (String) -> Void
    /// Logs each build's step timings and peak memory too.
    var verbose = false
    /// How long the folders must be quiet before a rebuild starts: an editor's save takes a few
    /// milliseconds (webpack's watcher waits 20 ms); a longer burst costs one more rebuild.
    static let quietPeriod: Duration = .milliseconds(50)
    /// How often a build waiting for another one's lock tries again.
    var lockRetry: Duration = .milliseconds(200)
    /// The site the last build loaded, for the next one (`SiteBuilder.build(keeping:)`).
    private let loaded = LoadedSite()
    /// The bursts of changes to the content and templates folders since this service was made.
    private let changes: AsyncStream<Void>

    init(options: BuildOptions, broadcaster: ReloadBroadcaster, log: @escaping @Sendable (String) -> Void, verbose: Bool = false) {
        (self.options, self.broadcaster, self.log, self.verbose) = (options, broadcaster, log, verbose)
        changes = ChangeSources.bursts(watching: [options.contentDirectory] + [options.templatesDirectory].compactMap { $0 },
                                       quietPeriod: Self.quietPeriod)
    }

    /// Ends the watching of a service that will not run (the first build failed): the stream
    /// ends as its reader is cancelled, and with it the watching thread.
    func stopWatching() {
        let changes = changes
        Task { for await _ in changes {} }.cancel()
    }

    /// Watches until the server shuts down.
    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await watch() }
        } catch is CancellationError {
            return
        }
    }

    /// One rebuild per burst of changes; a burst during a rebuild makes one more after it. The
    /// watching ends with the loop (the stream is terminated when this task is cancelled or leaves).
    private func watch() async throws {
        for await _ in changes {
            try await rebuild()
        }
    }

    /// Rebuilds and tells open pages the outcome: a reload unless the first pages were reloaded
    /// already, or the site was up to date (a file saved unchanged) and no error
    /// is shown that a reload would clear. Throws only `CancellationError`.
    private func rebuild() async throws {
        do {
            let first = firstPages(await broadcaster.openPages)
            defer { _ = openPages.release() }
            let summary = try await build(first: first)
            report(summary)
            if summary.upToDate, await !broadcaster.showsFailure { return }
            if !openPages.release() { await broadcaster.publish(.reload) }
        } catch let error as BuildError {
            log(error.description)
            log("sitegen: rebuild failed; still serving the last good site")
            await broadcaster.publish(.buildFailed(error.description))
        }
    }

    /// The open pages at `paths`, which the build hands to `openPages` before any other page and
    /// then tells the browsers to reload; nil when no page is open. When an open page is no page
    /// of the site now (a removed paper, a mistyped address), the browsers wait for the whole site:
    /// reloaded at once, that page would show the last build's tree.
    private func firstPages(_ paths: Set<String>) -> FirstPages? {
        guard !paths.isEmpty else { return nil }
        let (openPages, broadcaster, log, verbose, start) = (openPages, broadcaster, log, verbose, ContinuousClock.now)
        return FirstPages(paths: paths) { pages in
            guard pages.count == paths.count else { return }
            openPages.hold(pages)
            if verbose {
                let seconds = (ContinuousClock.now - start) / .milliseconds(1) / 1000
                log("open pages: \(pages.count) shown after \(String(format: "%.2f", seconds)) s")
            }
            Task { await broadcaster.publish(.reload) }
        }
    }

    /// Builds on a Dispatch thread, off Swift's cooperative pool, with the site the last build
    /// loaded, `first` built before the other pages. While another build holds the output's lock,
    /// says so once and tries again every `lockRetry` (until cancelled).
    func build(first: FirstPages? = nil) async throws -> BuildSummary {
        var waiting = false
        while true {
            let options = options
            let result = await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(returning: Result { () throws(BuildError) in
                        try SiteBuilder(options: options).build(keeping: loaded, first: first)
                    })
                }
            }
            switch result {
            case .success(let summary):
                return summary
            case .failure(.output(.busy(let output, let holder))):
                if !waiting {
                    log("sitegen: another sitegen build\(holder.map { " (pid \($0))" } ?? "") is writing \(output); "
                        + "waiting for it to finish")
                    waiting = true
                }
                try await Task.sleep(for: lockRetry)
            case .failure(let error):
                throw error
            }
        }
    }

    /// Logs a finished build's warnings and summary (with `verbose`, its step timings and peak memory).
    func report(_ summary: BuildSummary) {
        for diagnostic in summary.diagnostics { log(diagnostic.description) }
        log(summary.description)
        guard verbose else { return }
        if !summary.phases.isEmpty { log("time: \(summary.timings)") }
        if let peakMemory = summary.peakMemory { log("peak memory: \(peakMemory)") }
    }
}
