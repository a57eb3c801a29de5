import ArgumentParser
import Foundation
import SitegenModel
import SitegenBuild

/// The folders and URL every command that builds shares: `--content`, `--templates`,
/// `--output`, `--base-url`.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "Folder with site.yml and profiles/.")
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp(
        "Folder of Mustache templates and assets/ that take the place of the built-in theme's files of the same path.",
        discussion: "Default: Templates, when there is one; `sitegen init --templates` writes the built-in theme there."))
    var templates: String?

    @Option(name: .long, help: "Where the site is written (replaced as a whole).")
    var output = "Site"

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at (overrides site.yml).")
    var baseURL: String?

    /// A base URL that is not an absolute http(s) URL is a usage error (exit 64), before anything is built.
    func validate() throws {
        if let baseURL, let problem = BaseURL.problem(with: baseURL) {
            throw ValidationError("--base-url: \(problem)")
        }
    }

    /// The same, as the build stage takes them.
    var buildOptions: BuildOptions {
        BuildOptions(contentDirectory: URL(fileURLWithPath: content),
                     templatesDirectory: templatesDirectory,
                     outputDirectory: URL(fileURLWithPath: output),
                     baseURL: baseURL)
    }

    /// `--templates`, or `Templates` when it is there (even as a broken link, so the build names it);
    /// nil: the built-in theme alone.
    private var templatesDirectory: URL? {
        if let templates { return URL(fileURLWithPath: templates) }
        let fallback = "Templates"
        return (try? FileManager.default.attributesOfItem(atPath: fallback)) != nil ? URL(fileURLWithPath: fallback) : nil
    }
}
