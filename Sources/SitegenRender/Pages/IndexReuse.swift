import SitegenModel
import SitegenSupport

/// The last render's index work (`KeptIndex`) set against a new site: which of its parts the new
/// `SiteIndex` can take as they are, each because everything it was made from is equal. Names whose
/// author link changed and profile files whose owner changed are found once, here.
struct IndexReuse: Sendable {
    let kept: KeptIndex
    /// Whether the authors are the kept ones by id, name and other spellings, in the same order:
    /// their links and the names' lookup are then the kept ones.
    let sameAuthors: Bool
    /// Names that stand for another author link than in the kept index, or for none in one of the two.
    private let changedNames: Set<String>
    /// Profile files whose owner changed, or whose owner's link did.
    private let changedOwnerFiles: Set<String>

    init(_ kept: KeptIndex, sameAuthors: Bool, authorsByName: [String: AuthorLink], profilesByFile: [String: Profile]) {
        self.kept = kept
        self.sameAuthors = sameAuthors
        var changedNames: Set<String> = []
        if !sameAuthors {
            for (name, link) in authorsByName where kept.authorsByName[name] !== link {
                changedNames.insert(name)
            }
            for name in kept.authorsByName.keys where authorsByName[name] == nil {
                changedNames.insert(name)
            }
        }
        self.changedNames = changedNames
        var changedOwnerFiles: Set<String> = []
        for (file, profile) in profilesByFile {
            let owner = profile.owner
            if kept.profilesByFile[file]?.owner != owner || owner.map(changedNames.contains) == true {
                changedOwnerFiles.insert(file)
            }
        }
        for file in kept.profilesByFile.keys where profilesByFile[file] == nil {
            changedOwnerFiles.insert(file)
        }
        self.changedOwnerFiles = changedOwnerFiles
    }

    /// Whether `authors` are `kept` by id, name and other spellings, in order: what author links
    /// and the lookup of names are made from.
    static func sameNames(_ authors: [Author], _ kept: [Author]) -> Bool {
        authors.count == kept.count && zip(authors, kept).allSatisfy { new, old in
            new.id == old.id && new.name == old.name && new.otherSpellings == old.otherSpellings
        }
    }

    /// The kept paper equal to `paper`, by id, if any.
    private func keptPaper(equalTo paper: Paper) -> Int? {
        guard let position = kept.paperPositions[paper.id], kept.papers[position] == paper else { return nil }
        return position
    }

    /// Whether every name on `paper` stands for the author it stood for.
    private func linksUnchanged(_ paper: Paper) -> Bool {
        changedNames.isEmpty || !paper.allAuthors.contains(where: changedNames.contains)
    }

    /// `paper`'s kept listing, when the paper is equal and each of its names stands for the same author.
    func listing(of paper: Paper) -> PaperListing? {
        guard let position = keptPaper(equalTo: paper), linksUnchanged(paper) else { return nil }
        return kept.listings[position]
    }

    /// `paper`'s kept listing texts, when what they are read from is equal (`PaperListing.Texts.areRead`).
    func texts(of paper: Paper) -> PaperListing.Texts? {
        guard let position = kept.paperPositions[paper.id],
              PaperListing.Texts.areRead(from: paper, as: kept.papers[position]) else { return nil }
        return kept.listings[position].texts
    }

    /// The kept BibTeX keys, when every paper has the kept one's id, date and base key (`bases`) at
    /// the same position: the keys are made from those alone.
    func bibTeXKeys(of papers: [Paper], bases: [String]) -> [String: String]? {
        guard papers.count == kept.papers.count else { return nil }
        for position in papers.indices {
            let (new, old) = (papers[position], kept.papers[position])
            guard new.id == old.id, new.date == old.date, bases[position] == kept.listings[position].bibTeXBase else { return nil }
        }
        return kept.bibTeXKeys
    }

    /// The kept order of the authors index, when every author has the kept one's id and name at the
    /// same position: the order is made from those alone.
    func authorOrder(of authors: [Author]) -> [Int]? {
        guard sameAuthors || authors.count == kept.authors.count && zip(authors, kept.authors).allSatisfy({ $0.id == $1.id && $0.name == $1.name })
        else { return nil }
        return kept.authorOrder
    }

    /// The kept top authors of `category`, when its papers are the kept ones and none of their
    /// listings was made again (`fresh`: the ids of those made again).
    func topAuthors(of category: Category, paperPositions: [String: Int], fresh: Set<String>) -> [(value: String, count: Int)]? {
        guard let old = kept.categories.first(where: { $0.code == category.code }), old.paperIDs == category.paperIDs,
              category.paperIDs.allSatisfy({ paperPositions[$0] != nil && !fresh.contains($0) }) else { return nil }
        return kept.categoryFacts.topAuthors[category.code] ?? []
    }

    /// The kept related categories, when every author has the kept one's papers at the same position
    /// and every paper the kept one's category: they are made from those alone.
    func relatedCategories(of site: Site, paperPositions: [String: Int]) -> [String: [(value: String, count: Int)]]? {
        guard site.authors.count == kept.authors.count, paperPositions.count == kept.paperPositions.count,
              zip(site.authors, kept.authors).allSatisfy({ $0.paperIDs == $1.paperIDs }) else { return nil }
        for (id, position) in paperPositions {
            guard let old = kept.paperPositions[id], kept.papers[old].category == site.papers[position].category else { return nil }
        }
        return kept.categoryFacts.related
    }

    /// `paper`'s kept page digest, when the paper, its BibTeX key (`key`), where its names link and
    /// who owns its pages are as they were (`PageInputs.digest(of:index:)` reads nothing else).
    func pageDigest(of paper: Paper, key: String?) -> ContentDigest? {
        guard keptPaper(equalTo: paper) != nil, kept.bibTeXKeys[paper.id] == key, linksUnchanged(paper),
              changedOwnerFiles.isEmpty || !paper.sources.contains(where: changedOwnerFiles.contains) else { return nil }
        return kept.paperDigests[paper.id]
    }
}
