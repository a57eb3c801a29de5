/// Tells a venue's kind from its name by documented rules (README, "Venues"), in this order:
/// 1. a preprint server's name anywhere (`arXiv`, `bioRxiv`, `SSRN`, `preprint`…) → preprint;
/// 2. a journal known by a name that looks like proceedings (`Proceedings of the National Academy
///    of Sciences`, `Proceedings of the IEEE`) → journal;
/// 3. a word of meetings (`conference`, `proceedings`, `workshop`, `symposium`, `findings`…), a
///    conference acronym (`NeurIPS`, `ICLR`, `CVPR`…) or a conference's full name without such a
///    word (`Neural Information Processing Systems`) → proceedings;
/// 4. anything else → journal. A paper's Markdown file overrides all of this with `type:`.
public enum VenueClassifier {
    public static func kind(of venue: String) -> VenueKind {
        let lower = venue.lowercased()
        if preprintServers.contains(where: lower.contains) { return .preprint }
        if journalsNamedLikeProceedings.contains(where: lower.hasPrefix) { return .journal }
        let words = Set(lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        if !words.isDisjoint(with: meetingWords) { return .proceedings }
        if venue.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains(where: { conferenceAcronyms.contains(String($0)) }) {
            return .proceedings
        }
        if conferenceNames.contains(where: lower.contains) { return .proceedings }
        return .journal
    }

    /// Preprint servers and the word itself, matched anywhere in the lower-cased name.
    static let preprintServers = [
        "arxiv", "biorxiv", "medrxiv", "chemrxiv", "psyarxiv", "socarxiv", "techrxiv", "eartharxiv", "ssrn",
        "preprint", "research square", "preprints.org", "hal archives", "zenodo",
    ]

    /// Journals whose names start like proceedings, matched at the start of the lower-cased name.
    static let journalsNamedLikeProceedings = [
        "proceedings of the national academy", "proceedings of the ieee", "proceedings of the royal society",
        "proceedings of the american mathematical society", "proceedings of the london mathematical society",
        "proceedings of the vldb endowment", "proceedings of the acm on",
    ]

    /// Whole lower-case words that only meetings' names hold.
    static let meetingWords: Set<String> = [
        "conference", "conf", "proceedings", "proc", "workshop", "workshops", "symposium", "congress",
        "colloquium", "meeting", "summit", "findings", "convention",
    ]

    /// Conference acronyms, matched as whole words as they are written (`NeurIPS 2023`, `Proc. ACL`;
    /// not the magazine `IEEE Micro`).
    static let conferenceAcronyms: Set<String> = [
        "NeurIPS", "NIPS", "ICML", "ICLR", "COLT", "AISTATS", "UAI", "AAAI", "IJCAI", "ECAI", "KDD", "WSDM", "CIKM",
        "RecSys", "ICDM", "SDM", "ECML", "PKDD", "ACL", "EMNLP", "NAACL", "EACL", "AACL", "COLING", "CoNLL", "LREC",
        "INTERSPEECH", "Interspeech", "ICASSP", "CVPR", "ICCV", "ECCV", "WACV", "BMVC", "ACCV", "ICIP", "MICCAI", "ISBI",
        "SIGGRAPH", "SIGIR", "SIGMOD", "VLDB", "ICDE", "WWW", "CHI", "UIST", "CSCW", "ICRA", "IROS", "CoRL", "RSS",
        "STOC", "FOCS", "SODA", "ICALP", "CCS", "NDSS", "OSDI", "SOSP", "NSDI", "SIGCOMM", "PLDI", "POPL", "ICSE", "FSE",
        "ASE", "ISCA", "MICRO", "ASPLOS", "HPCA", "DAC", "ICCAD", "MLSys", "SemEval", "3DV", "CAV", "TACAS",
    ]

    /// Full names of conferences that hold no meeting word, matched anywhere in the lower-cased name.
    static let conferenceNames = [
        "neural information processing systems", "computer vision and pattern recognition", "learning representations", "machine learning research proceedings",
        "empirical methods in natural language processing", "association for computational linguistics annual",
        "robotics: science and systems", "uncertainty in artificial intelligence",
        "artificial intelligence and statistics", "knowledge discovery and data mining",
    ]
}
