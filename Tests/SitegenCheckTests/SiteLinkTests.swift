@testable import SitegenCheck
import Testing

/// How an `href` written on a page resolves to a site path.
@Suite struct SiteLinkTests {
    @Test(arguments: [
        ("a.html", "index.html", SiteLink.local(path: "a.html", fragment: nil)),
        ("../../authors/x/index.html", "papers/p/index.html", .local(path: "authors/x/index.html", fragment: nil)),
        ("../", "papers/index.html", .local(path: "", fragment: nil)),
        ("./", "papers/p/index.html", .local(path: "papers/p/", fragment: nil)),
        ("#x", "a/b.html", .local(path: "a/b.html", fragment: "x")),
        ("", "a/b.html", .local(path: "a/b.html", fragment: nil)),
        ("/assets/s.css", "a/b/index.html", .local(path: "assets/s.css", fragment: nil)),
        ("a%20b.html?x=1#f%20g", "index.html", .local(path: "a b.html", fragment: "f g")),
        ("x//y.html", "index.html", .local(path: "x/y.html", fragment: nil)),
        ("https://example.org/", "index.html", .external),
        ("mailto:a@example.org", "index.html", .external),
        ("data:image/png;base64,AAAA", "index.html", .external),
        ("//cdn.example.org/x.js", "index.html", .external),
        ("../../..", "a/index.html", .outsideSite),
    ])
    func resolves(reference: String, page: String, expected: SiteLink) {
        #expect(SiteLink(reference, on: page) == expected)
    }
}
