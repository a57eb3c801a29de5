import SitegenModel

/// Some of the site's papers in a given order, read in place in `site.papers` by position: an
/// author's or a category's papers, which a page goes through for its lists, charts and rankings
/// (a copy of each `Paper` would retain and release a dozen fields, and free them again).
struct PaperSelection: RandomAccessCollection {
    /// The site's papers.
    let all: [Paper]
    /// Positions in `all`, in the order of the selection.
    let positions: [Int]

    var startIndex: Int { positions.startIndex }
    var endIndex: Int { positions.endIndex }

    subscript(offset: Int) -> Paper {
        _read { yield all[positions[offset]] }
    }

    /// The papers at these offsets of the selection, in this order.
    func picking(_ offsets: some Sequence<Int>) -> PaperSelection {
        PaperSelection(all: all, positions: offsets.map { positions[$0] })
    }
}
