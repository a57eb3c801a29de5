import SitegenModel

/// Groups the entries of every page into unique papers.
///
/// 1. Entries with the same `TitleKey` (case, accents, hyphens, punctuation set aside) are one
///    paper.
/// 2. Papers whose titles differ are one paper when both have an abstract, their titles carry
///    the same numbers (so `Gemini` and `Gemini 1.5`, `Part 2` and `Part 3` stay apart), and
///    the TF-IDF cosine of title plus abstract (`TermVectors`) reaches `minimumSimilarity`.
///    Title alone never merges two titles. The seeds measure 0.76 for one paper under two arXiv
///    titles and 0.81 for a reworded one, against at most 0.29 for the seeds' different papers
///    and 0.55 for the closest of 100,000 pairs of templated synthetic abstracts.
///
/// Candidates for step 2 are the earlier papers that share one of a paper's heaviest words,
/// so the work grows with the corpus, not with its square.
struct PaperMerger {
    static let minimumSimilarity = 0.68
    /// How many of a paper's heaviest words it is looked up by.
    static let lookupWords = 8
    /// Words carried by more papers than this are too common to find candidates by.
    static let maxPostingLength = 400

    /// Groups `entries` (in a deterministic order: files by name, then lines) into papers,
    /// each a list of entries in input order; papers in order of first appearance.
    static func group(_ entries: [ProfileEntry]) -> (papers: [[ProfileEntry]], merges: [LoadReport.Merge]) {
        var byKey: [String: Int] = [:]
        var clusters: [[ProfileEntry]] = []
        for entry in entries {
            let key = TitleKey.make(entry.title)
            if let index = byKey[key] {
                clusters[index].append(entry)
            } else {
                byKey[key] = clusters.count
                clusters.append([entry])
            }
        }
        var vectors = TermVectors()
        var hasAbstract: [Bool] = []
        for cluster in clusters {
            let abstract = cluster.lazy.compactMap(\.abstract).first
            hasAbstract.append(abstract != nil)
            _ = vectors.add(cluster[0].title + "\n" + (abstract ?? ""))
        }
        let vectorOf = clusters.indices.map { vectors.vector($0) }
        let numbersOf = clusters.map { Self.numbers(in: $0[0].title) }
        var parent = Array(clusters.indices)
        var merges: [LoadReport.Merge] = []
        var postings: [Int32: [Int]] = [:]
        for index in clusters.indices where hasAbstract[index] {
            let vector = vectorOf[index]
            let lookup = vector.heaviest(lookupWords)
            var candidates = Set<Int>()
            for word in lookup {
                if let list = postings[word], list.count <= maxPostingLength { candidates.formUnion(list) }
            }
            var best: (Int, Double)?
            for candidate in candidates.sorted() where numbersOf[candidate] == numbersOf[index] {
                let similarity = vector.cosine(vectorOf[candidate])
                if similarity >= minimumSimilarity, similarity > (best?.1 ?? 0) { best = (candidate, similarity) }
            }
            if let (target, similarity) = best {
                let root = Self.root(of: target, in: parent)
                parent[index] = root
                merges.append(LoadReport.Merge(file: clusters[index][0].file, line: clusters[index][0].line,
                                    title: clusters[index][0].title, intoTitle: clusters[root][0].title,
                                    similarity: similarity))
            }
            for word in lookup { postings[word, default: []].append(index) }
        }
        var papers: [[ProfileEntry]] = []
        var paperOfRoot: [Int: Int] = [:]
        for index in clusters.indices {
            let root = Self.root(of: index, in: parent)
            if let paper = paperOfRoot[root] {
                papers[paper] += clusters[index]
            } else {
                paperOfRoot[root] = papers.count
                papers.append(clusters[index])
            }
        }
        return (papers, merges)
    }

    private static func root(of index: Int, in parent: [Int]) -> Int {
        var current = index
        while parent[current] != current { current = parent[current] }
        return current
    }

    /// The numbers a title carries (`1.5`, `3`, `7b`): papers that differ in them are different.
    static func numbers(in title: String) -> Set<String> {
        Set(TitleKey.words(title).filter { $0.contains(where: \.isNumber) })
    }
}
