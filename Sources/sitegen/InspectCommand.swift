import ArgumentParser
import Foundation
import SitegenBuild

/// `sitegen inspect`: what the loader read and decided, without building anything.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how the profile pages were read.",
        discussion: """
        For each profile file: its layout, its owner and how the owner was found, how many \
        entries were read, and every warning with file:line. Then every paper merged under a \
        different title (with its similarity), every name written several ways and folded into \
        one, and every field the pages disagree on with the value kept.

        Exit status: 0 when the content could be read, 1 when it could not.

        Examples:
          sitegen inspect
          sitegen inspect --content ~/lab/Content --json > reading.json
        """
    )

    @Option(name: .long, help: "Folder with site.yml and profiles/.")
    var content = "Content"

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        do {
            let inspection = try SiteInspection(contentDirectory: URL(fileURLWithPath: content))
            print(json ? inspection.json : inspection.text, terminator: "")
        } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            throw ExitCode.failure
        }
    }
}
