import Foundation
import SitegenRender

/// What `sitegen build` is asked to do.
public struct BuildOptions: Sendable {
    public var contentDirectory: URL
    /// Templates that take the place of the built-in theme's of the same path; nil: the built-in theme alone.
    public var templatesDirectory: URL?
    public var outputDirectory: URL
    /// Overrides `baseURL` from `site.yml` when set.
    public var baseURL: String?
    /// Builds even when the output is up to date, writing every file into an empty tree and
    /// keeping no spare (the way out when the output was edited by hand).
    public var force: Bool
    /// Keeps the replaced site beside the output as the spare the next build updates; false
    /// deletes it (rebuilds then write every file that is not a kept page's).
    public var keepsSpare: Bool
    /// The part of the site to write (`--shard i/N`); `.whole` by default.
    public var shard: Shard

    public init(contentDirectory: URL, templatesDirectory: URL?, outputDirectory: URL, baseURL: String? = nil,
                force: Bool = false, keepsSpare: Bool = true, shard: Shard = .whole) {
        self.contentDirectory = contentDirectory.standardizedFileURL
        self.templatesDirectory = templatesDirectory?.standardizedFileURL
        self.outputDirectory = outputDirectory.standardizedFileURL
        self.baseURL = baseURL
        self.force = force
        self.keepsSpare = keepsSpare
        self.shard = shard
    }
}
