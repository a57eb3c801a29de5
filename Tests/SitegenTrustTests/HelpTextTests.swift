import Foundation
import Testing

/// `--help` as users read it: every command's text is wrapped prose, with no stray line-continuation
/// backslash from the source leaking into it.
@Suite struct HelpTextTests {
    @Test(arguments: ["build", "inspect", "serve", "check", "new"])
    func helpReadsAsProse(command: String) throws {
        let process = Process()
        let output = Pipe()
        process.executableURL = SitegenBinary.url
        process.arguments = [command, "--help"]
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("USAGE: sitegen \(command)"))
        #expect(!text.contains("\\\n") && !text.hasSuffix("\\"), "\(command) --help shows a backslash at a line end")
    }
}
