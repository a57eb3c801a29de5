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
        ("noextension", nil), ("dir.d/file", nil), ("x.unknown", nil),
    ] as [(String, String?)])
    func typeOf(path: String, expected: String?) {
        #expect(MIMEType.forPath(path) == expected)
    }

    /// Every type of the table reaches `FileMiddleware` as written, charset included.
    @Test func theWholeTableIsHandedOver() {
        for (ext, type) in MIMEType.byExtension {
            #expect(MIMEType.mediaTypes[ext]?.description == type, "\(ext)")
        }
    }
}
