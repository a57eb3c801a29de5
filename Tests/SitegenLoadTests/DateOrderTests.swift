@testable import SitegenLoad
import SitegenModel
import Testing

/// The papers' date order is taken from the last load while it still orders them, and is always
/// the order a sort gives.
@Suite struct DateOrderTests {
    static func positions(_ papers: [Paper], _ order: DateOrder) -> [Int] {
        papers.withUnsafeBufferPointer { order.positions(of: $0) }
    }

    static func sorted(_ papers: [Paper]) -> [Int] {
        papers.withUnsafeBufferPointer { DateOrder.sorted($0) }
    }

    @Test func theOrderIsKeptWhileItHoldsAndIsASortsOrder() throws {
        let site = try SiteLoader(contentDirectory: Fixtures.seedsContent).load()
        var papers = site.papers.reversed() as [Paper]
        let order = DateOrder()
        #expect(Self.positions(papers, order) == Self.sorted(papers))
        // An edited abstract moves nothing: the order kept is given back, as a sort would give it.
        papers[3].abstract = "Another abstract."
        #expect(Self.positions(papers, order) == Self.sorted(papers))
        // A date, a title, an id moved: sorted again.
        for edit: (inout Paper) -> Void in [{ $0.date = PaperDate(year: 1999, month: 1, day: 1) }, { $0.date = nil },
                                           { $0.title = "AAA first of its day" }, { $0.id = "zzz-last-of-its-day" }] {
            edit(&papers[papers.count / 2])
            #expect(Self.positions(papers, order) == Self.sorted(papers))
        }
        // Papers moved in the list: the positions follow them.
        papers.swapAt(0, papers.count - 1)
        #expect(Self.positions(papers, order) == Self.sorted(papers))
        papers.removeLast()
        #expect(Self.positions(papers, order) == Self.sorted(papers))
    }
}
