import Foundation
@testable import SitegenServe
import SitegenBuild
import Testing

/// The reload script goes into HTML as it is served, before the last `</body>`, however the page
/// arrives in parts, and never into built files.
@Suite struct ReloadScriptTests {
    /// `html` through an injector, handed over in parts of `partLength` bytes.
    static func inject(_ html: String, partLength: Int = .max) -> String {
        var injector = ReloadScriptInjector()
        let bytes = Array(html.utf8)
        var sent: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: max(partLength, 1)) {
            sent += injector.pass(bytes[start..<min(start + partLength, bytes.count)])
        }
        return String(decoding: sent + injector.finish(), as: UTF8.self)
    }

    static let page = "<html><body><p>&lt;/body&gt; in text</p><!-- </body> --></BODY></html>"

    @Test(arguments: [1, 2, 3, 5, 6, 7, 64, .max])
    func goesBeforeTheLastClosingBody(partLength: Int) {
        #expect(Self.inject(Self.page, partLength: partLength)
                == "<html><body><p>&lt;/body&gt; in text</p><!-- </body> -->" + ReloadScript.tag + "</BODY></html>")
    }

    @Test(arguments: [1, 4, .max])
    func isAppendedWhenThereIsNoBody(partLength: Int) {
        #expect(Self.inject("<p>fragment", partLength: partLength) == "<p>fragment" + ReloadScript.tag)
        #expect(Self.inject("<p>ends with </bod", partLength: partLength) == "<p>ends with </bod" + ReloadScript.tag)
        #expect(Self.inject("", partLength: partLength) == ReloadScript.tag)
    }

    /// Only `</body` itself, in any case of its letters, is the place: not a byte that equals a
    /// letter or `<` once 0x20 is set.
    @Test func matchesLettersCaseInsensitivelyAndNothingElse() {
        #expect(Self.inject("a</BoDy>b") == "a" + ReloadScript.tag + "</BoDy>b")
        #expect(Self.inject("a\u{1C}/body>b") == "a\u{1C}/body>b" + ReloadScript.tag)
    }

    /// A page is passed on as it comes, but for what follows its last `</body`.
    @Test func holdsBackOnlyFromTheLastClosingBody() {
        var injector = ReloadScriptInjector()
        #expect(injector.pass(Array("<body>text".utf8)) == Array("<body>text".utf8))
        #expect(injector.pass(Array("more</bo".utf8)) == Array("more".utf8))
        #expect(injector.pass(Array("dy>\n</html>".utf8)).isEmpty)
        #expect(injector.finish() == ReloadScriptInjector.tag + Array("</body>\n</html>".utf8))
    }

    @Test func listensToTheEventsEndpointNamingItsPageAndShowsErrorsAsText() {
        #expect(ReloadScript.tag.contains("new EventSource(\"/__sitegen/events?page=\" + encodeURIComponent(location.pathname))"))
        #expect(ReloadScript.tag.contains("overlay.textContent ="))
        #expect(!ReloadScript.tag.contains("innerHTML"))
    }

    @Test func isNeverWrittenByABuild() throws {
        let project = try ServeFixture.scratchProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let options = ServeFixture.buildOptions(in: project)
        _ = try SiteBuilder(options: options).build()
        let files = ServeFixture.files(under: options.outputDirectory)
        #expect(files.count > 100)
        for file in files {
            let text = String(decoding: FileManager.default.contents(atPath: file) ?? Data(), as: UTF8.self)
            #expect(!text.contains("__sitegen") && !text.contains("data-sitegen-serve"), "\(file) carries the reload script")
        }
    }
}
