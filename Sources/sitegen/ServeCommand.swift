import ArgumentParser
import Foundation
import SitegenServe
import SitegenBuild

/// `sitegen serve`: build, preview on a local web server, rebuild and reload on every change.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally, and rebuild on every change.",
        discussion: """
        Builds like `sitegen build`, serves the output folder at http://127.0.0.1:8080/, and \
        rebuilds when anything under the content or templates folder changes (a burst of saves \
        makes one rebuild). Open pages reload themselves after a rebuild. A failed rebuild is \
        printed here and shown over the open pages, while the last good site is still served. \
        A rebuild that finds another `sitegen build` writing the output waits for it, then runs.

        Only files under the output folder are served; the reload script is added to pages as \
        they are sent and is never written into the built site. Files are streamed, with \
        byte ranges, ETag and Last-Modified; browsers revalidate every file (Cache-Control: \
        no-cache), so an unchanged one costs a 304. Listens on loopback only unless --host \
        says otherwise. Ctrl-C (SIGINT) or SIGTERM stops it.

        Exit status: 0 when stopped by a signal; 1 when it could not start: the port is in use \
        (said before building, with a free port to try) or the first build failed; 64 for a \
        port out of range.

        Examples:
          sitegen serve
          sitegen serve --port 4000 --output /tmp/site
          sitegen serve --host 0.0.0.0 --base-url http://192.0.2.10:8080/
        """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on, 0 to 65535 (0 picks a free one).")
    var port = 8080

    @Flag(name: .shortAndLong, help: "After each build, print how long each step took and the peak memory.")
    var verbose = false

    var options: ServeOptions {
        ServeOptions(build: site.buildOptions, host: host, port: port, verbose: verbose)
    }

    func validate() throws {
        do {
            try options.validate()
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        let terminal = Terminal()
        let options = options
        let server = SiteServer(options: options) { line in terminal.diagnostic(line) }
        do {
            try await server.run { port in
                // Written at once, not through `print`'s buffer: scripts wait for this line on a pipe.
                let line = "Serving \(options.build.outputDirectory.path) at http://\(options.address(port: port))/ (Ctrl-C to stop)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch let error as BuildError {
            terminal.diagnostic(error.description)
            terminal.error("sitegen: serve stopped: the first build failed")
            throw ExitCode.failure
        } catch {
            terminal.error(terminal.styled("error", .error) + ": \(error)")
            throw ExitCode.failure
        }
    }
}
