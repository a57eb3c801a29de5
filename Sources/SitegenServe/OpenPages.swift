import Foundation
import Synchronization
import SitegenRender

/// The pages open in browsers that a rebuild built first (`FirstPages`): served in place of their
/// files on disk until that rebuild has written the whole tree, which holds the same bytes. Also
/// says which file a browser's address shows (`ReloadBroadcaster` knows the open ones).
final class OpenPages: Sendable {
    /// A page built first: its bytes and when they were handed over (its `Last-Modified`).
    struct Fresh: Sendable {
        let contents: [UInt8]
        let built: Date
    }

    /// The pages held, and whether the running rebuild handed its first pages over.
    private let state = Mutex<(fresh: [String: Fresh], delivered: Bool)>(([:], false))

    /// The output path of the page a browser shows at `location` (its `location.pathname`): a
    /// folder's `index.html`; nil for a path that cannot name a file of the site.
    static func outputPath(showingAt location: String) -> String? {
        guard case .segments(let segments, let trailingSlash) = RequestPath(target: location),
              !segments.contains(where: { $0.hasPrefix(".") }) else { return nil }
        return (trailingSlash || segments.isEmpty ? segments + ["index.html"] : segments).joined(separator: "/")
    }

    /// Serves `pages`, the first pages of the running rebuild (paths relative to the output), in
    /// place of the files on disk.
    func hold(_ pages: [RenderedFile]) {
        let now = Date()
        state.withLock { state in
            for page in pages { state.fresh[page.path] = Fresh(contents: page.contents, built: now) }
            state.delivered = true
        }
    }

    /// Lets go of every page held, when the rebuild has ended (the output on disk has them now, or
    /// the rebuild failed); whether it had handed its first pages over.
    func release() -> Bool {
        state.withLock { state in
            defer { state = ([:], false) }
            return state.delivered
        }
    }

    /// The page held for `path` (relative to the output), if any.
    func page(at path: String) -> Fresh? {
        state.withLock { $0.fresh[path] }
    }
}
