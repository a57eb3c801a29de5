import Foundation
@testable import SitegenServe
import SitegenWrite
import Testing

/// The reload script goes into HTML as it is served, before `</body>`, and never into built files.
@Suite struct ReloadScriptTests {
    static func inject(_ html: String) -> String {
        String(decoding: ReloadScript.inject(into: Array(html.utf8)), as: UTF8.self)
    }

    @Test func goesBeforeTheLastClosingBody() {
        let html = "<html><body><p>&lt;/body&gt; in text</p><!-- </body> --></BODY></html>"
        #expect(Self.inject(html) == "<html><body><p>&lt;/body&gt; in text</p><!-- </body> -->" + ReloadScript.tag + "</BODY></html>")
    }

    @Test func isAppendedWhenThereIsNoBody() {
        #expect(Self.inject("<p>fragment") == "<p>fragment" + ReloadScript.tag)
    }

    @Test func listensToTheEventsEndpointAndShowsErrorsAsText() {
        #expect(ReloadScript.tag.contains("new EventSource(\"/__sitegen/events\")"))
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
