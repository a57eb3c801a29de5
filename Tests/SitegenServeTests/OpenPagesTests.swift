@testable import SitegenServe
import Testing

/// A browser's events stream names the page it shows (`location.pathname`); the server maps it to
/// the output file a rebuild builds first, and never to one outside the site or hidden.
@Suite struct OpenPagesTests {
    @Test(arguments: [
        ("/", "index.html"),
        ("/papers/mistral-7b/", "papers/mistral-7b/index.html"),
        ("/papers/caf%C3%A9/", "papers/café/index.html"),
        ("/404.html", "404.html"),
        ("//authors//x/", "authors/x/index.html"),
    ])
    func aPageIsItsFolderIndexOrItsFile(location: String, path: String) {
        #expect(OpenPages.outputPath(showingAt: location) == path)
    }

    @Test(arguments: ["/../etc/passwd", "/.sitegen-output", "/papers/.hidden/", "papers/x/", "/%2e%2e/x"])
    func aPathOutsideTheSiteNamesNoPage(location: String) {
        #expect(OpenPages.outputPath(showingAt: location) == nil)
    }

    /// The pages open are those of the streams still open.
    @Test func theOpenPagesAreThoseOfTheOpenStreams() async {
        let broadcaster = ReloadBroadcaster()
        let streams = [await broadcaster.subscribe(showing: "papers/x/index.html"), await broadcaster.subscribe(showing: "index.html"),
                       await broadcaster.subscribe()]
        #expect(await broadcaster.openPages == ["papers/x/index.html", "index.html"])
        withExtendedLifetime(streams) {}
    }
}
