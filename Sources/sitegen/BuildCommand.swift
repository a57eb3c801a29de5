import ArgumentParser
import Foundation
import SitegenWrite

/// `sitegen build`: content + templates → output directory.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site.",
        discussion: """
        Lines that cannot be read are reported as `file:line: warning: …` and skipped; \
        the rest builds. The output directory is replaced only when the whole build succeeds, \
        and only if sitegen created it (or it is empty).

        Exit status: 0 on success (even with warnings), 1 when the site could not be built.

        Examples:
          sitegen build
          sitegen build --content ~/lab/Content --output /tmp/site
          sitegen build --base-url https://example.org/~me/
        """
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        let options = site.buildOptions
        do {
            let summary = try SiteBuilder(options: options).build()
            for diagnostic in summary.diagnostics { printError(diagnostic.description) }
            print(summary.description)
        } catch {
            printError(error.description)
            printError("sitegen: build failed; \(site.output) was left as it was")
            throw ExitCode.failure
        }
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
