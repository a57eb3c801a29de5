@testable import SitegenServe
import Testing

/// The preview's 404 page gets `<base href="/">` so its root-relative links work at any depth.
@Suite struct RootBaseTests {
    static func inject(_ html: String) -> String {
        String(decoding: RootBase.inject(into: Array(html.utf8)), as: UTF8.self)
    }

    @Test func baseGoesRightAfterHead() {
        #expect(Self.inject("<html><HEAD><title>x</title></HEAD></html>") == "<html><HEAD><base href=\"/\"><title>x</title></HEAD></html>")
    }

    @Test func pageWithoutHeadIsUnchanged() {
        #expect(Self.inject("<p>Not found</p>") == "<p>Not found</p>")
        #expect(Self.inject("") == "")
    }
}
