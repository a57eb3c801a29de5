import SitegenModel
import SitegenSupport

/// The order one load put its papers in (`ModelAssembler.newestFirst`), for the next load of a
/// long-lived process (`sitegen serve`): taken back while it still orders the papers, which one look
/// at each pair of neighbours tells (ids are unique, so a sort gives that order and no other). So an
/// edit that moves no date, title or id sorts nothing.
final class DateOrder: Sendable {
    /// The order, by the number of papers it orders.
    private let kept = KeptForNextBuild<Int, [Int]>()

    /// The positions of `papers`, newest first: the last load's order when it still holds, else sorted anew; kept for the next load.
    func positions(of papers: UnsafeBufferPointer<Paper>) -> [Int] {
        let last = kept.take(madeFrom: papers.count)
        let order = last.flatMap { order in
            zip(order, order.dropFirst()).allSatisfy { ModelAssembler.newestFirst(papers[$0], papers[$1]) } ? order : nil
        } ?? Self.sorted(papers)
        kept.keep(order, madeFrom: papers.count)
        return order
    }

    /// The positions of `papers`, newest first, sorted: positions, not the large `Paper` values,
    /// so the sort copies none.
    static func sorted(_ papers: UnsafeBufferPointer<Paper>) -> [Int] {
        papers.indices.sorted { ModelAssembler.newestFirst(papers[$0], papers[$1]) }
    }
}
