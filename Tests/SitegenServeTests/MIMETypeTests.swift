@testable import SitegenServe
import Testing

/// The content types the preview sends.
@Suite struct MIMETypeTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("assets/style.css", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"), ("api/papers.json", "application/json"),
        ("favicon.svg", "image/svg+xml"), ("a.PNG", "image/png"), ("b.jpg", "image/jpeg"), ("c.jpeg", "image/jpeg"),
        ("feed.xml", "application/xml"), ("robots.txt", "text/plain; charset=utf-8"), ("favicon.ico", "image/x-icon"),
        ("f.woff2", "font/woff2"), ("paper.bib", "application/x-bibtex; charset=utf-8"),
        ("paper.ris", "application/x-research-info-systems"), ("paper.pdf", "application/pdf"),
        ("noextension", "application/octet-stream"), ("dir.d/file", "application/octet-stream"),
        ("x.unknown", "application/octet-stream"),
    ])
    func typeOf(path: String, expected: String) {
        #expect(MIMEType.forPath(path) == expected)
    }
}
