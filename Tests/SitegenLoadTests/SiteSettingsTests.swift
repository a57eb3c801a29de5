import Foundation
import SitegenLoad
import SitegenModel
import Testing

/// `site.yml`'s page settings: `featured`, `findLinks`, `profileScores`, `feedLimit`, `outputs`;
/// their defaults, and errors and warnings naming the line.
@Suite struct SiteSettingsTests {
    static let page = ContentOverlayTests.page

    func load(_ yaml: String) throws -> Site {
        try TemporaryContent(siteYAML: "captureYear: 2026\n" + yaml, profiles: ["a.txt": Self.page]).load()
    }

    @Test func defaultsSearchEverywhereFeatureNobodyAndHideScores() throws {
        let config = try load("").config
        #expect(config.findLinks == [.arxiv, .semanticScholar, .googleScholar])
        #expect(config.featured.isEmpty && !config.profileScores)
        #expect(config.feedLimit == 20)
    }

    @Test func settingsAreRead() throws {
        let site = try load("featured:\n  - Ann Lee\n  - bob-stone\nfindLinks: [googleScholar, arxiv, googleScholar]\nprofileScores: true\n")
        #expect(site.config.featured == ["Ann Lee", "bob-stone"])
        #expect(site.config.findLinks == [.googleScholar, .arxiv])
        #expect(site.config.profileScores)
        #expect(!site.diagnostics.contains { $0.message.contains("featured") })
        #expect(try load("findLinks: false\n").config.findLinks.isEmpty)
        #expect(try load("findLinks: []\n").config.findLinks.isEmpty)
        #expect(try load("feedLimit: 3\n").config.feedLimit == 3)
    }

    @Test func aFeaturedNameNobodyHasIsAWarningWithItsLine() throws {
        let site = try load("featured:\n  - Ann Lee\n  - Nobody Known\n")
        let warning = try #require(site.diagnostics.first { $0.message.contains("Nobody Known") })
        #expect(warning.line == 4 && warning.file.hasSuffix("site.yml") && warning.severity == .warning)
    }

    @Test(arguments: ["findLinks: [bing]\n", "findLinks: yes please\n", "profileScores: maybe\n", "featured: Ann Lee\n"])
    func wrongValuesAreErrorsWithTheirLine(_ yaml: String) throws {
        #expect(throws: LoadError.self) { try load(yaml) }
        do { _ = try load(yaml) } catch let error as LoadError {
            #expect(error.diagnostic.line == 2 && error.diagnostic.file.hasSuffix("site.yml"), "\(error.diagnostic)")
        }
    }

    /// Every key has a type; a value of another is an error naming its line, the type expected
    /// and what is there (they used to be read as nothing).
    @Test(arguments: [
        ("profiles: 5\n", "expected `profiles` to be a mapping of profile file names to settings", "got the number 5"),
        ("menu: \"x\"\n", "expected `menu` to be a list", "got the text \"x\""),
        ("profiles:\n  a.txt: Ann Lee\n", "expected `a.txt` to be settings such as `owner: Ann Lee`", "got the text \"Ann Lee\""),
        ("menu:\n  - About\n", "expected a menu entry as `- title: About` / `  url: about/`", "got the text \"About\""),
        ("title: [a, b]\n", "expected `title` to be a single text value", "got a list"),
        ("captureYear: soon\n", "expected `captureYear` to be a four-digit year", "got the text \"soon\""),
        ("profileScores: 1\n", "expected `profileScores` to be true or false", "got the number 1"),
        ("feedLimit: 0\n", "expected `feedLimit` to be a whole number of entries, 1 or more", "got the number 0"),
        ("feedLimit: all\n", "expected `feedLimit` to be a whole number of entries, 1 or more", "got the text \"all\""),
        ("featured: {a: b}\n", "expected `featured` to be a list", "got a mapping"),
        ("outputs: feeds\n", "expected `outputs` to be a list", "got the text \"feeds\""),
        ("outputs: [[html]]\n", "expected `outputs` to be a single text value", "got a list"),
    ])
    func aValueOfTheWrongTypeIsAnErrorNamingItsLineAndTheTypeExpected(yaml: String, expected: String, got: String) throws {
        let error = try #require(throws: LoadError.self) { try load(yaml) }
        #expect(error.diagnostic.file.hasSuffix("site.yml") && error.diagnostic.severity == .error)
        #expect(error.diagnostic.line == 2 || error.diagnostic.line == 3, "\(error.diagnostic)")
        #expect(error.diagnostic.message.contains(expected) && error.diagnostic.message.hasSuffix(got), "\(error.diagnostic)")
    }

    /// `outputs:` lists the file families to write, as Hugo's `outputs`; HTML is always written.
    @Test func outputsAreTheFamiliesListedAndHTMLAlways() throws {
        #expect(try load("").config.outputs == Set(OutputFamily.allCases))
        #expect(try load("outputs: [html]\n").config.outputs == [.html])
        #expect(try load("outputs: [feeds, bulk, feeds]\n").config.outputs == [.html, .feeds, .bulk])
        #expect(try load("outputs:\n  - citations\n  - sitemap\n").config.outputs == [.html, .citations, .sitemap])
        #expect(try load("outputs: []\n").config.outputs == [.html])
        #expect(OutputFamily.allCases.map(\.rawValue) == ["html", "feeds", "citations", "bulk", "api", "search", "sitemap", "llms"])
        #expect(Set(OutputFamily.allCases).sorted() == OutputFamily.allCases && Set(OutputFamily.allCases).count == 8)
    }

    @Test func anUnknownOutputIsAnErrorNamingItsLineAndTheFamilies() throws {
        let error = try #require(throws: LoadError.self) { try load("outputs:\n  - html\n  - rss\n") }
        #expect(error.diagnostic.line == 4 && error.diagnostic.file.hasSuffix("site.yml"), "\(error.diagnostic)")
        #expect(error.diagnostic.message == "unknown output `rss` in `outputs`; expected some of: html, feeds, citations, bulk, api, search, sitemap, llms")
    }

    /// `key:` with nothing after it is an empty list or mapping, as YAML writers expect.
    @Test func anEmptyListOrMappingIsNoError() throws {
        let config = try load("menu:\nprofiles:\nfeatured:\n").config
        #expect(config.menu.isEmpty && config.profiles.isEmpty && config.featured.isEmpty)
    }

    /// Canonical links, feeds and the sitemap append paths to `baseURL`: without a scheme they
    /// came out wrong with no warning.
    @Test(arguments: ["example.org/lab", "//example.org/lab/", "ftp://example.org/lab/", "https:///lab/",
                      "https://example.org/lab/?x=1", "https://example.org/my lab/"])
    func aBaseURLThatIsNotAnAbsoluteHTTPURLIsAnError(url: String) throws {
        let error = try #require(throws: LoadError.self) { try load("baseURL: \"\(url)\"\n") }
        #expect(error.diagnostic.line == 2 && error.diagnostic.file.hasSuffix("site.yml"))
        #expect(error.diagnostic.message.hasPrefix("`baseURL`: `\(url)`"))
        #expect(error.diagnostic.message.contains("expected an absolute http(s) URL such as https://example.org/lab/"))
    }

    @Test(arguments: ["", "https://example.org/lab/", "http://localhost:8000", "HTTPS://Example.org"])
    func absoluteHTTPBaseURLsAreRead(url: String) throws {
        #expect(try load("baseURL: \"\(url)\"\n").config.baseURL == url)
    }
}
