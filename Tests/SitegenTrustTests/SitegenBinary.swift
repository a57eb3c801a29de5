import Foundation

/// The `sitegen` executable SwiftPM built beside this test bundle, run as a child process the
/// way CI and users run it.
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

    /// A running `sitegen build` of `content` into `output`, quiet, with extra `environment`.
    final class Build {
        let process = Process()
        private let errorFile: URL

        init(content: URL, output: URL, environment: [String: String] = [:], directory: URL? = nil) throws {
            errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-stderr-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
            process.executableURL = SitegenBinary.url
            process.arguments = ["build", "--quiet", "--content", content.path,
                                 "--templates", TrustFixture.templates.path, "--output", output.path]
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: errorFile)
            try process.run()
        }

        var pid: Int32 { process.processIdentifier }

        /// Waits for the end and returns how it went (stderr read from a file, so a killed or
        /// chatty build never blocks on a full pipe).
        func finish() -> Outcome {
            process.waitUntilExit()
            defer { try? FileManager.default.removeItem(at: errorFile) }
            let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            return Outcome(status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal,
                           errors: errors)
        }
    }

    /// Runs one build to its end.
    static func build(content: URL, output: URL, environment: [String: String] = [:],
                      directory: URL? = nil) throws -> Outcome {
        try Build(content: content, output: output, environment: environment, directory: directory).finish()
    }

    /// What `sitegen arguments…` printed (standard output and error together) and its exit
    /// status; `asUser` runs it as another user through `setpriv` (for permission tests as root),
    /// `directory` in another working folder.
    static func run(_ arguments: [String], asUser user: String? = nil, directory: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.currentDirectoryURL = directory
        let output = Pipe()
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(user)", "--regid=nogroup", "--clear-groups", "--", url.path] + arguments
        } else {
            process.executableURL = url
            process.arguments = arguments
        }
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
