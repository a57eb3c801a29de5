import ArgumentParser
import Foundation
import SitegenServe
import SitegenWrite

/// `sitegen serve`: build, preview on a local web server, rebuild and reload on every change.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally, and rebuild on every change.",
        discussion: """
        Builds like `sitegen build`, serves the output folder at http://127.0.0.1:8080/, and \
        rebuilds when anything under the content or templates folder changes (a burst of saves \
        makes one rebuild). Open pages reload themselves after a rebuild. A failed rebuild is \
        printed here and shown over the open pages, while the last good site is still served.

        Only files under the output folder are served; the reload script is added to pages as \
        they are sent and is never written into the built site. Listens on loopback only unless \
        --host says otherwise. Ctrl-C (SIGINT) or SIGTERM stops it.

        Exit status: 0 when stopped by a signal, 1 when the server could not start (port in use).

        Examples:
          sitegen serve
          sitegen serve --port 4000 --output /tmp/site
          sitegen serve --host 0.0.0.0 --base-url http://192.0.2.10:8080/
        """
    )

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    var port = 8080

    func run() throws {
        let build = site.buildOptions
        let host = host
        let server = SiteServer(options: ServeOptions(build: build, host: host, port: port)) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        do {
            try server.runUntilStopped { port in
                let line = "Serving \(build.outputDirectory.path) at http://\(host):\(port)/ (Ctrl-C to stop)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("sitegen: serve failed: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
