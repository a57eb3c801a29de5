import Foundation
import SitegenTestSupport
import Testing

/// `sitegen init` through the binary, from a folder with no templates anywhere near: the site it
/// starts builds and checks clean with the theme built into the binary.
@Suite(.offThePool) struct InitCommandTests {
    @Test func theBinaryAloneStartsBuildsAndRestylesASite() async throws {
        let root = TrustFixture.scratch("init")
        defer { try? FileManager.default.removeItem(at: root) }
        let (started, said) = try await SitegenBinary.run(["init", "lab"], directory: root)
        #expect(started == 0, "\(said)")
        #expect(said.contains("Started a site in lab: .gitignore, Content/site.yml, Content/profiles/ada-example.txt, Content/pages/about.md."))
        #expect(said.contains("  cd lab\n  sitegen serve"))
        let lab = root.appendingPathComponent("lab")
        let (built, buildSaid) = try await SitegenBinary.run(["build"], directory: lab)
        #expect(built == 0, "\(buildSaid)")
        #expect(buildSaid.contains("0 warnings"), "\(buildSaid)")
        let (checked, checkSaid) = try await SitegenBinary.run(["check"], directory: lab)
        #expect(checked == 0, "\(checkSaid)")
        let home = try String(contentsOf: lab.appendingPathComponent("Site/index.html"), encoding: .utf8)
        #expect(home.contains("Ada Example"))

        let (again, againSaid) = try await SitegenBinary.run(["init", "lab"], directory: root)
        #expect(again == 1)
        #expect(againSaid.contains("lab/.gitignore: error: already exists; nothing written"), "\(againSaid)")

        let (themed, themeSaid) = try await SitegenBinary.run(["init", "--templates"], directory: lab)
        #expect(themed == 0, "\(themeSaid)")
        #expect(themeSaid.hasPrefix("Wrote the built-in theme into Templates/"), "\(themeSaid)")
        #expect(FileManager.default.fileExists(atPath: lab.appendingPathComponent("Templates/partials/byline.mustache").path))
        #expect(!themeSaid.contains("Started a site"))
    }
}
