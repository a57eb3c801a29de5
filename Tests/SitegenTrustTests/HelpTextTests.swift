import Foundation
import SitegenTestSupport
import Testing

/// `--help` as users read it: every command's text is wrapped prose, with no stray line-continuation
/// backslash from the source leaking into it.
@Suite(.offThePool) struct HelpTextTests {
    @Test(arguments: ["build", "inspect", "serve", "check", "new"])
    func helpReadsAsProse(command: String) async throws {
        let (status, text) = try await SitegenBinary.run([command, "--help"])
        #expect(status == 0)
        #expect(text.contains("USAGE: sitegen \(command)"))
        #expect(!text.contains("\\\n") && !text.hasSuffix("\\"), "\(command) --help shows a backslash at a line end")
    }
}
