import Foundation

/// What `sitegen build` is asked to do.
public struct BuildOptions: Sendable {
    public var contentDirectory: URL
    public var templatesDirectory: URL
    public var outputDirectory: URL
    /// Overrides `baseURL` from `site.yml` when set.
    public var baseURL: String?

    public init(contentDirectory: URL, templatesDirectory: URL, outputDirectory: URL, baseURL: String? = nil) {
        self.contentDirectory = contentDirectory.standardizedFileURL
        self.templatesDirectory = templatesDirectory.standardizedFileURL
        self.outputDirectory = outputDirectory.standardizedFileURL
        self.baseURL = baseURL
    }
}
