import ArgumentParser
import Foundation
import SitegenBuild

/// `sitegen new author|page NAME`: starter Markdown files.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a starter Markdown file for an author or a free page.",
        discussion: """
        `author` creates Content/authors/<slug>.md: details, links and a bio shown on that \
        author's page. `page` creates Content/pages/<slug>.md: a free page published at <slug>/.

        Exit status: 0 when the file was written, 1 when it exists already or cannot be written.

        Examples:
          sitegen new author "Arthur Mensch"     # Content/authors/arthur-mensch.md
          sitegen new page about                 # Content/pages/about.md
        """
    )

    /// What to create.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case author, page
    }

    @Argument(help: "What to create: author or page.")
    var kind: Kind

    @Argument(help: "The author's name, or the page's title (the file is named after it).")
    var name: String

    @Option(name: .long, help: "Folder with site.yml and profiles/.")
    var content = "Content"

    func run() throws {
        let scaffold = ContentScaffold(contentDirectory: URL(fileURLWithPath: content))
        do {
            let file = switch kind {
            case .author: try scaffold.author(named: name)
            case .page: try scaffold.page(titled: name)
            }
            print("Created \(file.path)")
        } catch {
            Terminal().error(error.description)
            throw ExitCode.failure
        }
    }
}
