/// Where a paper appeared and what kind of place that is, which decides how every citation format
/// writes it (`@misc`/`@inproceedings`/`@article`, RIS `TY`, CSL `type`, Highwire tags).
public struct Venue: Sendable, Equatable {
    /// The name as a listing or the paper's Markdown file gives it; nil when only the kind is known
    /// (`type: preprint` in a paper file without a `venue:`).
    public var name: String?
    public var kind: VenueKind

    public init(name: String?, kind: VenueKind) {
        self.name = name
        self.kind = kind
    }
}

/// The three kinds of venue the citation formats tell apart.
public enum VenueKind: String, Sendable, CaseIterable {
    /// A preprint server or its listing (`arXiv.org Artificial Intelligence`, bioRxiv, SSRN).
    case preprint
    /// A conference, workshop or symposium's proceedings (`ICLR`, `Neural Information Processing Systems`).
    case proceedings
    /// A journal (`Journal of Machine Learning Research`, `Nature`): anything not recognised as the other two.
    case journal
}

extension Paper {
    /// The venue's name alone: the Markdown file's `venue:`, else the first venue a listing named.
    public var venueName: String? { links?.venue ?? venues.first }

    /// The paper's venue: its Markdown file's `venue:` and `type:` first, else the first venue a
    /// listing named, its kind told by `VenueClassifier`; nil when neither says anything.
    public var venue: Venue? {
        let name = venueName
        if let kind = links?.type { return Venue(name: name, kind: kind) }
        return name.map { Venue(name: $0, kind: VenueClassifier.kind(of: $0)) }
    }
}
