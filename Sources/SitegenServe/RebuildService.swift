import Foundation
import ServiceLifecycle
import SitegenWrite

/// Watches the content and templates folders and rebuilds the site after each burst of changes,
/// telling open pages to reload, or showing them the error while the last good site stays served.
struct RebuildService: Service {
    let options: BuildOptions
    let broadcaster: ReloadBroadcaster
    let log: @Sendable (String) -> Void
    /// How long the folders must be quiet before a rebuild starts.
    var quietPeriod: Duration = .milliseconds(150)
    /// How often pending file events are read.
    var tick: Duration = .milliseconds(20)

    /// Watches until the server shuts down.
    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await watch() }
        } catch is CancellationError {
            return
        }
    }

    private func watch() async throws {
        let changes = ChangeSources.watching([options.contentDirectory, options.templatesDirectory])
        var debouncer = Debouncer<ContinuousClock.Instant>(quietPeriod: quietPeriod)
        while true {
            if changes.hasChanges() { debouncer.noteChange(at: .now) }
            if debouncer.shouldFire(at: .now) { await rebuild() }
            try await Task.sleep(for: tick)
        }
    }

    /// Builds on a Dispatch thread, off Swift's cooperative pool, and reports the outcome.
    func rebuild() async {
        let options = options
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result { () throws(BuildError) in try SiteBuilder(options: options).build() })
            }
        }
        switch result {
        case .success(let summary):
            for diagnostic in summary.diagnostics { log(diagnostic.description) }
            log(summary.description)
            await broadcaster.publish(.reload)
        case .failure(let error):
            log(error.description)
            log("sitegen: rebuild failed; still serving the last good site")
            await broadcaster.publish(.buildFailed(error.description))
        }
    }
}
