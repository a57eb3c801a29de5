import Foundation
import SitegenModel
import Testing
@testable import SitegenRender

/// Author pages: charts, highlighted bylines, co-author graph, stats source.
@Suite("Author pages")
struct AuthorPageTests {
    let files: [String: String]

    init() throws {
        files = try renderSite(SiteFixture.site()).files
    }

    @Test func columnChartDrawsOneBarPerYearScaledToTheLargest() {
        let svg = SVGChart.columns([("2021", 3), ("2022", 0), ("2023", 6)].map { SVGChart.Bar(label: $0.0, value: $0.1, title: "\($0.0): \($0.1)") })
        let bars = svg.matches(of: #/<rect class="chart-bar" x="(\d+)" y="(\d+)" width="28" height="(\d+)"/#)
            .map { [Int($0.output.1)!, Int($0.output.2)!, Int($0.output.3)!] }
        #expect(bars == [[0, 76, 60], [34, 136, 0], [68, 16, 120]])
        #expect(svg.contains("<title>2022: 0</title>"))
        #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 96 154" width="96" height="154" aria-hidden="true">"#))
    }

    @Test func rowChartEscapesLabelsAndScalesLengths() {
        let svg = SVGChart.rows([SVGChart.Bar(label: "cs.CL", value: 4, title: "A <b> & C"), SVGChart.Bar(label: "x<y", value: 1, title: "t")])
        #expect(svg.contains(#"width="260" height="16""#) && svg.contains(#"width="65" height="16""#))
        #expect(svg.contains("<title>A &lt;b&gt; &amp; C</title>") && svg.contains(">x&lt;y</text>"))
    }

    @Test func authorPageChartsHaveTextTables() throws {
        let html = try #require(files["authors/arthur-mensch/index.html"])
        #expect(html.contains("<figcaption>Papers per year</figcaption>"))
        #expect(html.contains("<tr><th scope=\"row\">2022</th><td>1</td></tr>\n<tr><th scope=\"row\">2023</th><td>1</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">Computation and Language</th><td>1</td></tr>"))
        #expect(html.contains(">cs.CV</text>"))
    }

    @Test func theOwnerIsHighlightedNotLinkedInBylines() throws {
        let html = try #require(files["authors/arthur-mensch/index.html"])
        #expect(html.contains(#"<a href="../../authors/albert-q-jiang/index.html">Albert Q. Jiang</a>, <strong class="self">Arthur Mensch</strong>, "#))
        #expect(html.contains(#"et al., including <strong class="self">Arthur Mensch</strong>"#))
        #expect(!html.contains(#"href="../../authors/arthur-mensch/index.html">Arthur Mensch</a>"#))
        let other = try #require(files["authors/gael-varoquaux/index.html"])
        #expect(other.contains(#"<a href="../../authors/arthur-mensch/index.html">Arthur Mensch</a>"#))
        #expect(other.contains(#"<strong class="self">Gaël Varoquaux</strong>"#))
    }

    @Test func papersAreGroupedByYear() throws {
        let html = try #require(files["authors/arthur-mensch/index.html"])
        let headings = html.matches(of: #/<h3 class="year-heading" id="([a-z0-9]+)">/#).map { String($0.output.1) }
        #expect(headings == ["y2023", "y2022", "undated"])
    }

    @Test func longBylinesAreCutInListsButNotOnThePaperPage() throws {
        var site = SiteFixture.site()
        site.papers[0].authors = (1...9).map { "Person \($0)" } + [SiteFixture.owner, "Person 10"]
        let files = try renderSite(site).files
        let author = try #require(files["authors/arthur-mensch/index.html"])
        #expect(author.contains(#"Person 8 <span class="more-authors">+3 more authors</span>, including <strong class="self">Arthur Mensch</strong>"#))
        let paper = try #require(files["papers/mistral-7b/index.html"])
        #expect(paper.contains("Person 9, <a href=\"../../authors/arthur-mensch/index.html\">Arthur Mensch</a>, Person 10</p>"))
        #expect(!paper.contains("more authors"))
    }

    /// The graph's numbers are C's `%.1f`, made without `printf`: the same text for halves that
    /// are exact (0.25 → 0.2, 0.75 → 0.8), values just under or over a half (0.15 is 0.1499…),
    /// negatives and a spread of coordinates.
    @Test func graphNumbersAreWhatPrintfWrites() {
        func printf(_ value: Double) -> String {
            withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
                _ = withVaList([value]) { vsnprintf(buffer.baseAddress, buffer.count, "%.1f", $0) }
                return String(cString: buffer.baseAddress!)
            }
        }
        var values: [Double] = [0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.75, 1.05, 2.675, 9.95, 479.95, -0.04, -0.05, 1e6 + 0.05]
        values += (0..<4_000).map { Double($0) / 20 } + (0..<4_000).map { Double($0) * 0.123_456_7 - 7 }
        for value in values {
            #expect(CoAuthorGraph.format(value) == printf(value), "\(value)")
        }
    }

    @Test func ownersGetStatsWithTheirSourceAndACoAuthorGraph() throws {
        let html = try #require(files["authors/arthur-mensch/index.html"])
        #expect(html.contains("As the profile site showed them when captured in 2026"))
        let graph = try #require(html.firstMatch(of: #/<svg[^>]*class="chart-svg graph".*?</svg>/#)).output
        #expect(graph.matches(of: #/<circle /#).count == 5)
        #expect(graph.matches(of: #/class="graph-spoke"/#).count == 4)
        #expect(graph.matches(of: #/class="graph-chord"/#).count == 2)
        #expect(graph.contains(#"<a class="graph-link" href="../../authors/jeff-donahue/index.html" tabindex="-1"><title>Jeff Donahue: 1 paper together</title>"#))
        #expect(files["authors/gael-varoquaux/index.html"]?.contains("graph") == false)
    }

    @Test func venueKindAndButtonsShowInLists() throws {
        let html = try #require(files["authors/arthur-mensch/index.html"])
        #expect(html.contains(#"<span class="venue">arXiv.org Artificial Intelligence</span> <span class="kind">Preprint</span>"#))
        #expect(html.contains(#"title="The profile says code is public: search GitHub for it">Code</a>"#))
        #expect(html.contains(#"<a class="btn" href="../../papers/flamingo/cite.bib">BibTeX</a>"#))
    }
}
