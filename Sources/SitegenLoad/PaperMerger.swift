import SitegenModel

/// Groups the entries of every page into unique papers.
///
/// Entries with the same `TitleKey` (case, accents, hyphens, punctuation set aside) are one
/// paper. An entry whose title matches no paper yet is compared (`PaperSimilarity`) with the
/// papers that share a distinctive title word; the best match above the bar takes it.
struct PaperMerger {
    /// A paper in the making: the entries that describe it.
    struct Cluster {
        var entries: [ProfileEntry]
        var fingerprints: [PaperSimilarity.Fingerprint]
    }

    /// One decision to fold an entry into a paper that had a different title.
    struct Merge: Equatable {
        var file: String
        var line: Int
        var title: String
        var intoTitle: String
        var titleSimilarity: Double
        var abstractSimilarity: Double
    }

    /// Title words found in more papers than this are too common to find candidates by.
    static let maxPostingLength = 200

    private(set) var clusters: [Cluster] = []
    private(set) var merges: [Merge] = []
    private var byTitleKey: [String: Int] = [:]
    private var byTitleWord: [String: [Int]] = [:]

    /// Adds entries in a deterministic order (files by name, then lines).
    mutating func add(_ entry: ProfileEntry) {
        let key = TitleKey.make(entry.title)
        let fingerprint = PaperSimilarity.Fingerprint(title: entry.title, abstract: entry.abstract)
        if let index = byTitleKey[key] {
            clusters[index].entries.append(entry)
            clusters[index].fingerprints.append(fingerprint)
            return
        }
        if let (index, score) = bestMatch(for: fingerprint) {
            merges.append(Merge(file: entry.file, line: entry.line, title: entry.title,
                                intoTitle: clusters[index].entries[0].title,
                                titleSimilarity: score.title, abstractSimilarity: score.abstract))
            clusters[index].entries.append(entry)
            clusters[index].fingerprints.append(fingerprint)
            byTitleKey[key] = index
            return
        }
        let index = clusters.count
        clusters.append(Cluster(entries: [entry], fingerprints: [fingerprint]))
        byTitleKey[key] = index
        for word in fingerprint.titleWords where word.count > 2 {
            byTitleWord[word, default: []].append(index)
        }
    }

    private func bestMatch(for fingerprint: PaperSimilarity.Fingerprint) -> (Int, PaperSimilarity.Score)? {
        guard fingerprint.abstractWords != nil else { return nil }
        var candidates = Set<Int>()
        for word in fingerprint.titleWords {
            guard let postings = byTitleWord[word], postings.count <= Self.maxPostingLength else { continue }
            candidates.formUnion(postings)
        }
        var best: (Int, PaperSimilarity.Score)?
        for index in candidates.sorted() {
            for other in clusters[index].fingerprints {
                let score = PaperSimilarity.compare(fingerprint, other)
                guard score.isSamePaper else { continue }
                if best == nil || score.abstract + score.title > best!.1.abstract + best!.1.title {
                    best = (index, score)
                }
            }
        }
        return best
    }
}
