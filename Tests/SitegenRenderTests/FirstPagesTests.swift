import Foundation
import SitegenModel
@testable import SitegenRender
import SitegenSupport
import Synchronization
import Testing

/// The pages a preview has open (`FirstPages`), built from the site index alone before the render
/// (`renderFirst`), are handed over before any file is written, with the bytes the render writes
/// for them (or, for a page it keeps, the last build wrote).
@Suite struct FirstPagesTests {
    /// What `deliver` was given, and how many files the target had been given by then.
    final class Deliveries: Sendable {
        let received = Mutex<[(pages: [RenderedFile], filesWritten: Int)]>([])
    }

    /// `site` rendered with `open` first, reusing `last`'s pages; the target and the deliveries.
    static func render(_ site: Site, open: Set<String>, reusing last: PageReuseTests.Recorder?)
        throws -> (PageReuseTests.Recorder, [(pages: [RenderedFile], filesWritten: Int)]) {
        let recorder = PageReuseTests.Recorder()
        let records = (last?.records ?? [:]).mapValues { PageReuseTests.Record(inputs: $0.inputs, files: $0.files) }
        recorder.last = records
        let deliveries = Deliveries()
        // The render calls `deliver` on its own thread, before it writes anything: the count is read there.
        nonisolated(unsafe) let target = recorder
        let first = FirstPages(paths: open) { pages in
            deliveries.received.withLock { $0.append((pages, target.files.count)) }
        }
        let renderer = try SiteRenderer(templatesDirectory: templatesDirectory)
        let index = SiteRenderer.index(of: site, caches: nil)
        renderer.renderFirst(first, index: index)
        try renderer.render(site, index: index, to: recorder, environment: "test", lastBuild: records.mapValues(\.inputs))
        return (recorder, deliveries.received.withLock { $0 })
    }

    @Test func openPagesComeFirstWithTheBytesWrittenLater() throws {
        let site = SiteFixture.site()
        let edited = PageReuseTests.withPaper("mistral-7b", in: site) { $0.title = "Mistral 7B, edited" }
        let open: Set = ["papers/mistral-7b/index.html", "authors/arthur-mensch/index.html", "papers/flamingo/index.html",
                         "papers/no-such-paper/index.html"]
        let first = try PageReuseTests.render(site)
        let (render, deliveries) = try Self.render(edited, open: open, reusing: first)
        let delivery = try #require(deliveries.first)
        #expect(deliveries.count == 1)
        #expect(delivery.filesWritten == 0, "before any file")
        #expect(Set(delivery.pages.map(\.path)) == ["papers/mistral-7b/index.html", "authors/arthur-mensch/index.html",
                                                    "papers/flamingo/index.html"], "every open page there is, changed or not")
        for page in delivery.pages {
            #expect(page.contents == (render.files[page.path] ?? first.files[page.path]), "\(page.path)")
        }
        #expect(String(decoding: delivery.pages[0].contents, as: UTF8.self).contains("Mistral 7B, edited"))
        #expect(render.files == (try PageReuseTests.render(edited, reusing: first)).files, "the render is otherwise the same")
    }

    /// With no last build, every open page is built first.
    @Test func withoutALastBuildEveryOpenPageComesFirst() throws {
        let (render, deliveries) = try Self.render(SiteFixture.site(), open: ["index.html", "papers/flamingo/index.html"], reusing: nil)
        #expect(deliveries.first.map { Set($0.pages.map(\.path)) } == ["index.html", "papers/flamingo/index.html"])
        #expect(deliveries.first?.pages.allSatisfy { render.files[$0.path] == $0.contents } == true)
    }
}
