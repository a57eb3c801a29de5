import Testing
@testable import SitegenRender

@Suite("Deterministic output and helpers")
struct DeterminismTests {
    @Test func renderingTwiceGivesIdenticalBytesInTheSameOrder() throws {
        let first = try renderSite(EscapingTests.hostileSite())
        let second = try renderSite(EscapingTests.hostileSite())
        #expect(first.order == second.order)
        #expect(first.files == second.files)
        #expect(first.order.first == "index.html")
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (20263, "20,263"), (1234567, "1,234,567"), (-4321, "-4,321")])
    func thousandsAreGroupedWithCommas(number: Int, text: String) {
        #expect(PartBuilder.groupedThousands(number) == text)
    }

    @Test func rootPrefixHasOneStepPerFolder() {
        #expect(SitePath.root(of: "index.html") == "")
        #expect(SitePath.root(of: "papers/index.html") == "../")
        #expect(SitePath.root(of: "papers/x/index.html") == "../../")
    }
}
