import ArgumentParser
import Foundation
import SitegenCheck
import SitegenModel

/// `sitegen check`: finds broken links, missing metadata, orphans and bad sitemaps or feeds in a built site.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a built site for broken links, missing metadata and orphan pages.",
        discussion: """
        Reads every HTML page of the output folder and checks that internal links (href, src) \
        and #anchors resolve to a file and an id of the site; that every page has a non-empty \
        <title> and <meta name="description">; that every page but 404.html can be reached by \
        links from index.html; that sitemap.xml, if present, lists every page once and nothing \
        else; and that every other .xml file (feeds) is well-formed. Paper pages \
        (papers/<slug>/index.html, and any page with a citation_ meta tag) must carry a \
        citation_title meta tag when any page of the site has a citation_ tag. \
        --require-citation-tags reports every paper page Google Scholar would drop, and why: it \
        also needs a citation_author and citation_publication_date (or citation_date) as a full \
        date or a year (2023/10/10 or 2023). A paper whose byline or date nobody printed has \
        none, so this is not checked by default.

        Problems are printed as `page: problem`, one per line, sorted; a summary goes to \
        standard error.

        Exit status: 0 when the site has no problem, 1 when it has any, 2 when the output \
        folder cannot be read.

        Examples:
          sitegen check
          sitegen build --output /tmp/site && sitegen check --output /tmp/site
          sitegen check --base-url https://example.org/lab/ --require-citation-tags
        """
    )

    @Option(name: .long, help: "The built site to check.")
    var output = "Site"

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at, to read sitemap.xml (found from the site when omitted).")
    var baseURL: String?

    @Flag(name: .customLong("require-citation-tags"), help: "Report paper pages Google Scholar would drop: no citation_title, citation_author, or publication date as a full date or year.")
    var requireCitationTags = false

    func validate() throws {
        if let baseURL, let problem = BaseURL.problem(with: baseURL) {
            throw ValidationError("--base-url: \(problem)")
        }
    }

    func run() throws {
        let checker = SiteChecker(output: URL(fileURLWithPath: output),
                                  options: .init(requireCitationTags: requireCitationTags, baseURL: baseURL))
        let report: CheckReport
        do {
            report = try checker.check()
        } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            throw ExitCode(2)
        }
        print(report.findings.map(\.description).joined(separator: "\n"), terminator: report.passed ? "" : "\n")
        FileHandle.standardError.write(Data("\(report.description)\n".utf8))
        if !report.passed { throw ExitCode.failure }
    }
}
