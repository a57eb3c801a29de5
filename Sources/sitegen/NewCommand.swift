import ArgumentParser
import Foundation
import SitegenWrite

/// `sitegen new author|page`: starter Markdown files.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a starter Markdown file for an author or a free page.",
        discussion: """
        Exit status: 0 when the file was written, 1 when it exists already or cannot be written.

        Examples:
          sitegen new author "Arthur Mensch"     # Content/authors/arthur-mensch.md
          sitegen new page about                 # Content/pages/about.md
        """,
        subcommands: [Author.self, Page.self]
    )

    /// `sitegen new author "Name"`.
    struct Author: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create Content/authors/<slug>.md: details, links and a bio shown on that author's page.")

        @Argument(help: "The author's name as the site shows it.")
        var name: String

        @Option(name: .long, help: "Folder with site.yml and profiles/.")
        var content = "Content"

        func run() throws {
            try NewCommand.report { () throws(BuildError) -> URL in try ContentScaffold(contentDirectory: URL(fileURLWithPath: content)).author(named: name) }
        }
    }

    /// `sitegen new page about`.
    struct Page: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create Content/pages/<slug>.md: a free page published at <slug>/.")

        @Argument(help: "The page's title (its file name is made from it).")
        var title: String

        @Option(name: .long, help: "Folder with site.yml and profiles/.")
        var content = "Content"

        func run() throws {
            try NewCommand.report { () throws(BuildError) -> URL in try ContentScaffold(contentDirectory: URL(fileURLWithPath: content)).page(titled: title) }
        }
    }

    /// Runs `write`, printing the new file's path or the error.
    static func report(_ write: () throws(BuildError) -> URL) throws {
        do {
            print("Created \(try write().path)")
        } catch {
            Terminal().error(error.description)
            throw ExitCode.failure
        }
    }
}
