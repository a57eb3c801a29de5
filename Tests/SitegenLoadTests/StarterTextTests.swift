import Foundation
import SitegenLoad
import SitegenModel
import Testing

/// Text `sitegen new` writes as a placeholder and nobody replaced is a warning naming its line; an
/// author's bio of nothing else is left out of the page.
@Suite struct StarterTextTests {
    static func load(_ files: [String: String]) throws -> (site: Site, warnings: [String]) {
        let site = try TemporaryContent(profiles: ["a.txt": ContentOverlayTests.page], files: files).load()
        return (site, site.diagnostics.filter { !$0.message.hasPrefix("no owner") }.map(\.description))
    }

    @Test func aBioThatIsStillTheStarterIsLeftOutWithAWarning() throws {
        // Written for another spelling than the author's: any name is the starter's.
        let file = "---\naffiliation: Example University\n---\n\n\(StarterText.authorBio(for: "A. Lee"))\n"
        let loaded = try Self.load(["authors/ann-lee.md": file])
        let ann = try #require(loaded.site.authors.first { $0.id == "ann-lee" })
        #expect(ann.details?.bio == nil && ann.details?.affiliation == "Example University")
        #expect(loaded.warnings == ["Content/authors/ann-lee.md:5: warning: the bio is still the starter text of `sitegen new author`; "
                                    + "left out of the page until you write one"])
    }

    @Test func aStarterLineInAWrittenBioIsAWarningAndTheBioStays() throws {
        let bio = "Ann works on sparse things.\n\(StarterText.authorBio(for: "Ann Lee"))\n"
        let loaded = try Self.load(["authors/ann-lee.md": "---\ngithub: annlee\n---\n" + bio])
        #expect(loaded.site.authors.first { $0.id == "ann-lee" }?.details?.bio == bio)
        #expect(loaded.warnings == ["Content/authors/ann-lee.md:5: warning: still the starter text of `sitegen new author`; replace or delete this line"])
    }

    @Test func aFileWithoutFrontMatterCountsLinesFromTheTop() throws {
        let loaded = try Self.load(["authors/ann-lee.md": "  \(StarterText.authorBio(for: "Ann Lee"))  \n"])
        #expect(loaded.site.authors.first { $0.id == "ann-lee" }?.details?.bio == nil)
        #expect(loaded.warnings.count == 1 && loaded.warnings[0].hasPrefix("Content/authors/ann-lee.md:1: warning: the bio is still"))
    }

    @Test(arguments: ["A few sentences about sparse models.", "Ann wrote a few sentences about Bob, in Markdown.",
                      "A few sentences about Ann Lee, in Markdown. And more."])
    func textThatOnlyResemblesTheStarterIsABio(_ bio: String) throws {
        let loaded = try Self.load(["authors/ann-lee.md": "---\ngithub: annlee\n---\n\(bio)\n"])
        #expect(loaded.site.authors.first { $0.id == "ann-lee" }?.details?.bio == bio + "\n")
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test func aPageStillHoldingTheStarterIsAWarningAndIsPublished() throws {
        let page = "---\ntitle: About\n---\n\(StarterText.pageBody)\n\n    menu:\n"
        let loaded = try Self.load(["pages/about.md": page])
        #expect(loaded.site.pages.map(\.id) == ["about"])
        #expect(loaded.warnings == ["Content/pages/about.md:4: warning: still the starter text of `sitegen new page`; write the page"])
    }
}
