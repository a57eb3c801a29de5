import Foundation

/// The `sitegen` executable SwiftPM built beside this test bundle, run as a child process the
/// way CI and users run it. Runs are awaited, never waited for: a test blocked on a child would
/// hold one of the few threads every other suite's tasks (the servers') run on.
enum SitegenBinary {
    /// `<bin>/sitegen`, next to the running test bundle (`<bin>/sitegenPackageTests.xctest`).
    static let url = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("sitegen")

    /// What a finished run reported.
    struct Outcome {
        var status: Int32
        var killed: Bool
        var errors: String
    }

    /// A running `sitegen arguments…` whose standard error (and, with `mergingOutput`, standard
    /// output) goes to a file, so a killed or chatty run never blocks on a full pipe.
    final class Run: Sendable {
        let process: Process
        let outputFile: URL
        private let exit: AsyncStream<Void>

        /// `asUser` runs it as another user through `setpriv` (for permission tests as root).
        init(_ arguments: [String], environment: [String: String] = [:], directory: URL? = nil,
             mergingOutput: Bool = false, asUser user: String? = nil) throws {
            let process = Process()
            outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-output-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
            if let user {
                process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
                process.arguments = ["--reuid=\(user)", "--regid=nogroup", "--clear-groups", "--", SitegenBinary.url.path] + arguments
            } else {
                process.executableURL = SitegenBinary.url
                process.arguments = arguments
            }
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.currentDirectoryURL = directory
            let output = try FileHandle(forWritingTo: outputFile)
            process.standardOutput = mergingOutput ? output : FileHandle.nullDevice
            process.standardError = output
            let (exit, exited) = AsyncStream<Void>.makeStream()
            process.terminationHandler = { _ in exited.finish() }
            self.exit = exit
            self.process = process
            try process.run()
        }

        var pid: Int32 { process.processIdentifier }

        /// What it has written so far.
        var output: String { (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "" }

        /// Awaits the end and returns how it went.
        func finish() async -> Outcome {
            for await _ in exit {}
            defer { try? FileManager.default.removeItem(at: outputFile) }
            return Outcome(status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal, errors: output)
        }
    }

    /// A running `sitegen build` of `content` into `output`, quiet, with extra `environment`.
    static func startBuild(content: URL, output: URL, environment: [String: String] = [:], directory: URL? = nil) throws -> Run {
        try Run(["build", "--quiet", "--content", content.path, "--templates", TrustFixture.templates.path, "--output", output.path],
                environment: environment, directory: directory)
    }

    /// Runs one build to its end.
    static func build(content: URL, output: URL, environment: [String: String] = [:],
                      directory: URL? = nil) async throws -> Outcome {
        try await startBuild(content: content, output: output, environment: environment, directory: directory).finish()
    }

    /// What `sitegen arguments…` printed (standard output and error together) and its exit
    /// status; `asUser` runs it as another user through `setpriv` (for permission tests as root),
    /// `directory` in another working folder.
    static func run(_ arguments: [String], asUser user: String? = nil, directory: URL? = nil) async throws -> (status: Int32, output: String) {
        let outcome = try await Run(arguments, directory: directory, mergingOutput: true, asUser: user).finish()
        return (outcome.status, outcome.errors)
    }
}
