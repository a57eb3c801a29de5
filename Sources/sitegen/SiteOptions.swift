import ArgumentParser
import Foundation
import SitegenModel
import SitegenWrite

/// The folders and URL every command that builds shares: `--content`, `--templates`,
/// `--output`, `--base-url`.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "Folder with site.yml and profiles/.")
    var content = "Content"

    @Option(name: .long, help: "Folder with the Mustache templates and assets/.")
    var templates = "Templates"

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
                     templatesDirectory: URL(fileURLWithPath: templates),
                     outputDirectory: URL(fileURLWithPath: output),
                     baseURL: baseURL)
    }
}
