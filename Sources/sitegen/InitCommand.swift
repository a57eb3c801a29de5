import ArgumentParser
import Foundation
import SitegenBuild

/// `sitegen init [DIR] [--templates]`: a new site that builds with the binary alone, and the
/// built-in theme written out to restyle.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new site, or write the built-in theme out to restyle it.",
        discussion: """
        Writes Content/ (site.yml, an example profile page, an about page) and a .gitignore into \
        DIR, which is created if needed. The site builds as it is: sitegen carries its default \
        theme. With --templates, the theme is also written into DIR/Templates/ (in a folder that \
        already holds Content/, only the theme is written); every file there takes the place of \
        the built-in file of the same path, so you may keep only those you change.

        Nothing is ever overwritten: when a file to write exists, nothing is written.

        Exit status: 0 when the files were written, 1 when one exists or cannot be written.

        Examples:
          sitegen init my-lab                  # a new site in my-lab/
          sitegen init --templates             # the theme into ./Templates/, to restyle
        """
    )

    @Argument(help: "The folder to start the site in.")
    var directory = "."

    @Flag(name: .long, help: "Also write the built-in theme into Templates/.")
    var templates = false

    func run() throws {
        let root = URL(fileURLWithPath: directory)
        let year = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date()).year ?? 2026
        let scaffold = ProjectScaffold(root: root, year: year)
        let hasContent = (try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("Content").path)) != nil
        // In a site that has its content, `--templates` writes the theme alone.
        let startsSite = !(hasContent && templates)
        do {
            var written: [String] = []
            if startsSite { written += try scaffold.writeContent() }
            if templates { written += try scaffold.writeTheme() }
            print(Self.summary(of: written, in: directory, startedSite: startsSite))
        } catch {
            Terminal().error(error.description)
            throw ExitCode.failure
        }
    }

    /// What was written and what to do next.
    private static func summary(of written: [String], in directory: String, startedSite: Bool) -> String {
        let theme = written.filter { $0.hasPrefix(ProjectScaffold.templatesFolder + "/") }
        var lines: [String] = []
        if startedSite {
            lines.append("Started a site in \(directory): \(written.filter { !theme.contains($0) }.joined(separator: ", ")).")
        }
        if !theme.isEmpty {
            lines.append("Wrote the built-in theme into \(directory == "." ? "" : directory + "/")\(ProjectScaffold.templatesFolder)/ (\(theme.count) files): "
                         + "edit them to restyle; delete those you keep as they are.")
        }
        if startedSite {
            lines.append("Next:")
            if directory != "." { lines.append("  cd \(directory)") }
            lines.append("  sitegen serve     # preview at http://127.0.0.1:8080/, rebuilt as you edit")
            lines.append("  sitegen build     # the site, into Site/")
            if theme.isEmpty { lines.append("The built-in theme is used; `sitegen init --templates` writes it out to restyle.") }
        }
        return lines.joined(separator: "\n")
    }
}
