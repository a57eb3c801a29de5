import SitegenModel
import SitegenSupport

/// Groups the entries of every page into unique papers.
///
/// 1. Entries with the same `TitleKey` (case, accents, hyphens, punctuation set aside) are one
///    paper.
/// 2. Papers whose titles differ are one paper when `MergeRule` says so (title and abstract
///    together, numbers, shared authors).
///
/// Candidates for step 2 are the earlier papers that share at least two of a paper's heaviest
/// words, so the work grows with the corpus, not with its square.
struct PaperMerger {
    /// How many of a paper's heaviest words it is looked up by.
    static let lookupWords = 8
    /// How many of those words a candidate must share before the rule is asked.
    static let minimumSharedLookupWords = 2
    /// Words carried by more papers than this are too common to find candidates by.
    static let maxPostingLength = 400

    /// Entries grouped into papers.
    struct Grouping {
        /// The entries, each paper's together (in input order), papers in order of first appearance.
        var entries: [ProfileEntry]
        /// Each paper's range of `entries`.
        var papers: [Range<Int>]
        var merges: [LoadReport.Merge]
    }

    /// Groups `entries` (in a deterministic order: files by name, then lines) into papers. The
    /// entries are moved into paper order, not copied.
    /// `owners` maps a profile file to its owner, who is an author of every entry on it;
    /// `foldKey` gives a name's `PersonName.foldKey` (`AuthorIdentity` knows them already).
    static func group(_ entries: consuming [ProfileEntry], owners: [String: String],
                      foldKey: @escaping @Sendable (String) -> String = PersonName.foldKey) -> Grouping {
        let (order, papers, merges) = plan(entries, owners: owners, foldKey: foldKey)
        entries.reorder(by: order)
        return Grouping(entries: entries, papers: papers, merges: merges)
    }

    /// Which entries are one paper: the positions of `entries` in paper order, each paper's range
    /// of the positions, and the merges of differently titled entries.
    private static func plan(_ entries: [ProfileEntry], owners: [String: String], foldKey: @escaping @Sendable (String) -> String)
        -> (order: [Int], papers: [Range<Int>], merges: [LoadReport.Merge]) {
        // Clusters hold positions in `entries`, not copies of the entries.
        var byKey: [String: Int] = [:]
        var clusters: [[Int]] = []
        for position in entries.indices {
            let key = entries[position].titleKey
            if let index = byKey[key] {
                clusters[index].append(position)
            } else {
                byKey[key] = clusters.count
                clusters.append([position])
            }
        }
        let matches = Self.bestEarlierMatches(clusters, entries: entries, owners: owners, foldKey: foldKey)
        var parent = Array(clusters.indices)
        var merges: [LoadReport.Merge] = []
        for index in clusters.indices {
            guard let (target, similarity) = matches[index] else { continue }
            let root = Self.root(of: target, in: parent)
            parent[index] = root
            let (entry, into) = (entries[clusters[index][0]], entries[clusters[root][0]])
            merges.append(LoadReport.Merge(file: entry.file, line: entry.line, title: entry.title,
                                           intoTitle: into.title, similarity: similarity))
        }
        // Each paper's clusters, in order of first appearance.
        var paperClusters: [[Int]] = []
        var paperOfRoot: [Int: Int] = [:]
        for index in clusters.indices {
            let root = Self.root(of: index, in: parent)
            if let paper = paperOfRoot[root] {
                paperClusters[paper].append(index)
            } else {
                paperOfRoot[root] = paperClusters.count
                paperClusters.append([index])
            }
        }
        var order: [Int] = []
        order.reserveCapacity(entries.count)
        let papers = paperClusters.map { members in
            let start = order.count
            for cluster in members { order += clusters[cluster] }
            return start..<order.count
        }
        return (order, papers, merges)
    }

    /// For each cluster (positions in `entries` of same-titled entries), its best earlier match
    /// (`bestEarlierMatch`). The features and postings are released when it returns.
    private static func bestEarlierMatches(_ clusters: [[Int]], entries: [ProfileEntry], owners: [String: String],
                                           foldKey: @escaping @Sendable (String) -> String) -> [(Int, Double)?] {
        let features = Self.features(of: clusters, entries: entries)
        let wordCount = features.lazy.compactMap { $0.vector.ids.last.map { Int($0) + 1 } }.max() ?? 0
        let postings = Self.postings(of: features, wordCount: wordCount)
        let authors = { @Sendable (index: Int) in Self.authors(of: clusters[index], entries: entries, owners: owners) }
        return OrderedParallelMap.map(ParallelRuns.ranges(count: clusters.count)) { run in
            var tally = CandidateTally(count: clusters.count)
            var spread = TermVectors.Spread(wordCount: wordCount)
            return run.map { Self.bestEarlierMatch(of: $0, features: features, postings: postings, authors: authors, foldKey: foldKey,
                                                   tally: &tally, spread: &spread) }
        }.flatMap { $0 }
    }

    /// Every byline name and page owner of a cluster's entries (positions in `entries`), as printed.
    private static func authors(of cluster: [Int], entries: [ProfileEntry], owners: [String: String]) -> [String] {
        var authors: [String] = []
        for position in cluster {
            authors += entries[position].names
            if let owner = owners[entries[position].file] { authors.append(owner) }
        }
        return authors
    }

    /// The earlier paper `index` is most similar to among those sharing enough of its lookup
    /// words, if `MergeRule` makes them one, with the similarity. A word's earlier papers are the
    /// start of its postings; a word that more than `maxPostingLength` earlier papers carry is
    /// too common to find candidates by. `authors` gives a paper's authors (`MergeRule.judge`);
    /// `tally` and `spread` are scratch space, reused.
    private static func bestEarlierMatch(of index: Int, features: [MergeRule.Features], postings: [[Int]],
                                         authors: (Int) -> [String], foldKey: (String) -> String,
                                         tally: inout CandidateTally, spread: inout TermVectors.Spread) -> (Int, Double)? {
        guard features[index].hasAbstract else { return nil }
        // The earlier papers of each lookup word; a candidate is in enough of them.
        var lists: [ArraySlice<Int>] = []
        for word in features[index].lookupWords {
            let list = postings[Int(word)]
            guard !list.isEmpty else { continue }
            let earlierCount = Self.countBelow(index, in: list)
            guard earlierCount <= maxPostingLength else { continue }
            lists.append(list[..<earlierCount])
        }
        let candidates = tally.values(inAtLeast: minimumSharedLookupWords, of: lists)
        guard !candidates.isEmpty else { return nil }
        let paper = features[index]
        spread.spread(paper.vector)
        return features.withUnsafeBufferPointer { features in
            var best: (Int, Double)?
            for candidate in candidates {
                if let similarity = MergeRule.judge(paper, features[candidate], spread: spread,
                                                    authors: { (authors(index), authors(candidate)) }, foldKey: foldKey),
                   similarity > (best?.1 ?? 0) {
                    best = (candidate, similarity)
                }
            }
            return best
        }
    }

    /// The papers (with an abstract) each lookup word finds, in index order, by word id (below `wordCount`).
    private static func postings(of features: [MergeRule.Features], wordCount: Int) -> [[Int]] {
        var postings = [[Int]](repeating: [], count: wordCount)
        for index in features.indices where features[index].hasAbstract {
            for word in features[index].lookupWords { postings[Int(word)].append(index) }
        }
        return postings
    }

    /// Counts how many lists hold each value, in one slot per paper: one pass over the lists,
    /// rather than comparing every list's head for every value. One per run of papers, reused
    /// from paper to paper.
    struct CandidateTally {
        private var counts: [UInt8]

        init(count: Int) {
            counts = Array(repeating: 0, count: count)
        }

        /// The values (below `count`) that at least `minimum` of `lists` hold, ascending. No list
        /// holds a value twice, and there are fewer than 256 lists.
        mutating func values(inAtLeast minimum: Int, of lists: [ArraySlice<Int>]) -> [Int] {
            var result: [Int] = []
            let minimum = UInt8(minimum)
            counts.withUnsafeMutableBufferPointer { counts in
                for list in lists {
                    for value in list {
                        counts[value] &+= 1
                        if counts[value] == minimum { result.append(value) }
                    }
                }
                for list in lists {
                    for value in list { counts[value] = 0 }
                }
            }
            return result.sorted()
        }
    }

    /// How many values of the ascending `list` are below `value` (a binary search).
    private static func countBelow(_ value: Int, in list: [Int]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func root(of index: Int, in parent: [Int]) -> Int {
        var current = index
        while parent[current] != current { current = parent[current] }
        return current
    }

    /// The features `MergeRule` compares, for each cluster of same-titled entries (positions
    /// in `entries`), computed on every core.
    private static func features(of clusters: [[Int]], entries: [ProfileEntry]) -> [MergeRule.Features] {
        let vectors = TermVectors(count: clusters.count) { index in
            (entries[clusters[index][0]].title, clusters[index].lazy.compactMap { entries[$0].abstract }.first ?? "")
        }
        return ParallelRuns.map(count: clusters.count) { index in
            let cluster = clusters[index]
            let vector = vectors.vector(index)
            return MergeRule.Features(vector: vector, lookupWords: vector.heaviest(lookupWords), title: entries[cluster[0]].title,
                                      hasAbstract: cluster.contains { entries[$0].abstract != nil })
        }
    }
}
