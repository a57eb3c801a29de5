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
/// words, so the work grows with the corpus, not with its square. A merger kept by `sitegen
/// serve` (`MergeState`) takes edited entries in (`update`) and compares again only the papers
/// they can reach.
struct PaperMerger: Sendable {
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

    /// Which entries are one paper: the positions of the entries in paper order, each paper's
    /// range of the positions, and the merges of differently titled entries.
    struct Plan: Sendable {
        var order: [Int]
        var papers: [Range<Int>]
        var merges: [LoadReport.Merge]
    }

    /// The entries with one title key (positions in the entries), titles in order of first appearance.
    private let clusters: [[Int]]
    /// The cluster of each entry (by position); kept for `update` only.
    private let clusterOfEntry: [Int]
    /// The clusters' texts as vectors; kept for `update` only (a clean load lets them go once read).
    private var vectors: TermVectors?
    private var features: [MergeRule.Features]
    /// The clusters (with an abstract) each lookup word finds, ascending, by word id.
    private var postings: [[Int]]
    /// Each cluster's best earlier match (`bestEarlierMatch`), with the similarity.
    private var matches: [(Int, Double)?]

    /// Groups `entries` (in a deterministic order: files by name, then lines) into papers. The
    /// entries are moved into paper order, not copied.
    /// `owners` maps a profile file to its owner, who is an author of every entry on it;
    /// `foldKey` gives a name's `PersonName.foldKey` (`AuthorIdentity` knows them already).
    static func group(_ entries: consuming [ProfileEntry], owners: [String: String],
                      foldKey: @escaping @Sendable (String) -> String = PersonName.foldKey) -> Grouping {
        let plan = PaperMerger(copy entries, owners: owners, foldKey: foldKey, updatable: false).plan(entries)
        entries.reorder(by: plan.order)
        return Grouping(entries: entries, papers: plan.papers, merges: plan.merges)
    }

    /// Compares the clusters of same-titled `entries` (see `group`); `updatable` keeps what
    /// `update` needs.
    init(_ entries: [ProfileEntry], owners: [String: String], foldKey: @escaping @Sendable (String) -> String, updatable: Bool) {
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
        self.clusters = clusters
        var clusterOfEntry: [Int] = []
        if updatable {
            clusterOfEntry = Array(repeating: 0, count: entries.count)
            for (index, cluster) in clusters.enumerated() { for position in cluster { clusterOfEntry[position] = index } }
        }
        self.clusterOfEntry = clusterOfEntry
        // A clean load lets the vectors go once read, before comparing.
        let wordCount: Int
        do {
            let vectors = TermVectors(count: clusters.count) { [clusters] in Self.text(of: clusters[$0], entries: entries) }
            features = ParallelRuns.map(count: clusters.count) { [clusters] in Self.features(of: clusters[$0], index: $0, vectors: vectors, entries: entries) }
            wordCount = vectors.wordCount
            self.vectors = updatable ? vectors : nil
        }
        postings = Self.postings(of: features, wordCount: wordCount)
        matches = []
        matches = bestEarlierMatches(of: Array(clusters.indices), entries: entries, owners: owners, foldKey: foldKey)
    }

    /// Takes in `entries` in which those at `changed` (positions) were replaced, each by one with
    /// the same title key and the same names, on a page whose owner is the same: the clusters are
    /// the same, and only texts and so vectors change. The edited clusters' texts are read again,
    /// and every vector holding a word whose weight moved (`TermVectors.replace`) is made again;
    /// then each cluster whose vector, lookup words or title changed, and each later cluster that
    /// looks it up by a shared lookup word, old or new, is compared again. A later cluster's use of
    /// a word can change only if it is among the first `maxPostingLength + 1` of that word's
    /// clusters, give or take one a changed cluster.
    mutating func update(_ entries: [ProfileEntry], changed: [Int], owners: [String: String],
                         foldKey: @escaping @Sendable (String) -> String) {
        guard var vectors else { preconditionFailure("update needs an updatable PaperMerger") }
        self.vectors = nil
        let edited = Set(changed.map { clusterOfEntry[$0] })
        let clusters = clusters
        let changedWords = vectors.replace(edited.sorted().map { ($0, Self.text(of: clusters[$0], entries: entries)) })
        let reweighed = edited.union(vectors.texts(holding: changedWords)).sorted()
        let made = ParallelRuns.map(reweighed) { [vectors] in Self.features(of: clusters[$0], index: $0, vectors: vectors, entries: entries) }
        self.vectors = vectors
        if postings.count < vectors.wordCount { postings += Array(repeating: [], count: vectors.wordCount - postings.count) }
        var moved: [(index: Int, words: Set<Int32>)] = []
        for (index, made) in zip(reweighed, made) where made != features[index] {
            let old = features[index]
            if old.hasAbstract { for word in old.lookupWords { postings[Int(word)].removeAll { $0 == index } } }
            if made.hasAbstract {
                for word in made.lookupWords { postings[Int(word)].insert(index, at: Self.countBelow(index, in: postings[Int(word)])) }
            }
            features[index] = made
            moved.append((index, Set(old.lookupWords + made.lookupWords)))
        }
        var compared = Set(moved.map(\.index))
        let reach = Self.maxPostingLength + 1 + moved.count
        for (index, words) in moved {
            for word in words { compared.formUnion(postings[Int(word)].prefix(reach).lazy.filter { $0 > index }) }
        }
        let again = compared.sorted()
        for (index, match) in zip(again, bestEarlierMatches(of: again, entries: entries, owners: owners, foldKey: foldKey)) {
            matches[index] = match
        }
    }

    /// Which entries are one paper, from each cluster's best earlier match: the clusters joined,
    /// papers in order of first appearance. `entries` are those compared.
    func plan(_ entries: [ProfileEntry]) -> Plan {
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
        return Plan(order: order, papers: papers, merges: merges)
    }

    /// The best earlier match (`bestEarlierMatch`) of each cluster of `indices` (ascending), on every core.
    private func bestEarlierMatches(of indices: [Int], entries: [ProfileEntry], owners: [String: String],
                                    foldKey: @escaping @Sendable (String) -> String) -> [(Int, Double)?] {
        let (clusters, features, postings) = (clusters, features, postings)
        let authors = { @Sendable (index: Int) in Self.authors(of: clusters[index], entries: entries, owners: owners) }
        return OrderedParallelMap.map(ParallelRuns.ranges(count: indices.count)) { run in
            var tally = CandidateTally(count: clusters.count)
            var spread = TermVectors.Spread(wordCount: postings.count)
            return run.map { Self.bestEarlierMatch(of: indices[$0], features: features, postings: postings, authors: authors, foldKey: foldKey,
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

    /// A cluster's text: the first entry's title and the first abstract.
    private static func text(of cluster: [Int], entries: [ProfileEntry]) -> (title: String, abstract: String) {
        (entries[cluster[0]].title, cluster.lazy.compactMap { entries[$0].abstract }.first ?? "")
    }

    /// The features `MergeRule` compares of a cluster (`index` in `vectors`).
    private static func features(of cluster: [Int], index: Int, vectors: TermVectors, entries: [ProfileEntry]) -> MergeRule.Features {
        let vector = vectors.vector(index)
        return MergeRule.Features(vector: vector, lookupWords: vector.heaviest(lookupWords), title: entries[cluster[0]].title,
                                  hasAbstract: cluster.contains { entries[$0].abstract != nil })
    }
}
