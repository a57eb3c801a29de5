@testable import SitegenServe
import Testing

/// Request targets are decoded and split, and every traversal trick is refused.
@Suite struct RequestPathTests {
    @Test(arguments: [
        ("/", RequestPath.segments([], trailingSlash: true)),
        ("/papers/", .segments(["papers"], trailingSlash: true)),
        ("/papers", .segments(["papers"], trailingSlash: false)),
        ("/a%20b.html?x=1#top", .segments(["a b.html"], trailingSlash: false)),
        ("//assets//style.css", .segments(["assets", "style.css"], trailingSlash: false)),
        ("/caf%C3%A9/", .segments(["café"], trailingSlash: true)),
        ("/%252e%252e/x", .segments(["%2e%2e", "x"], trailingSlash: false)),
        ("/.../x", .segments(["...", "x"], trailingSlash: false)),
    ])
    func accepts(target: String, expected: RequestPath) {
        #expect(RequestPath(target: target) == expected)
    }

    @Test(arguments: [
        "/../etc/passwd", "/papers/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/x", "/.%2e/x",
        "/a%2fb", "/..%2F..%2Fetc%2Fpasswd", "/a%5c..%5cb", "/a\\..\\b", "/a%00.html", "/./index.html",
        "/%zz", "index.html", "*", "/..", "/papers/..", "/%2e", "/%00/../x", "/\\..\\x", "/%c0%ae%c0%ae/x",
        "/%u002e%u002e/x", "http://127.0.0.1/../x",
    ])
    func refuses(target: String) {
        #expect(RequestPath(target: target) == .refused)
    }
}
