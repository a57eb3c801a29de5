import ArgumentParser

/// The `sitegen` command line: a thin layer over `SitegenBuild` (async, for `serve`).
@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds a static website from captured researcher-profile pages.",
        discussion: """
        Reads profile pages from Content/profiles/ and settings from Content/site.yml, \
        renders them with the Mustache templates in Templates/, and writes a deployable site to Site/.

        Examples:
          sitegen build
          sitegen build --output public --base-url https://lab.example.org/people/
        """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, InspectCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, InitCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Parses and runs the command line; a first word that is no command is a usage error
    /// naming the nearest command (exit 64), not "unexpected argument" from `build`.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands.map { $0._commandName }
        if let problem = CommandSuggestion.problem(with: arguments, commands: commands) {
            exit(withError: ValidationError(problem))
        }
        await main(arguments)
    }
}
