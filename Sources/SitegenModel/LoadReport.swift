/// What the loader decided beyond the model itself, for researchers auditing their data
/// (`sitegen inspect`) and for the build summary.
public struct LoadReport: Sendable, Equatable {
    /// Two differently titled entries judged to be one paper.
    public struct Merge: Sendable, Equatable, Codable {
        /// Where the merged-in entry is (`file` is the profile file name).
        public var file: String
        public var line: Int
        public var title: String
        /// The title of the paper it was folded into.
        public var intoTitle: String
        /// TF-IDF cosine of the two titles plus abstracts (0…1).
        public var similarity: Double

        public init(file: String, line: Int, title: String, intoTitle: String, similarity: Double) {
            self.file = file
            self.line = line
            self.title = title
            self.intoTitle = intoTitle
            self.similarity = similarity
        }
    }

    /// Several spellings read as one person.
    public struct Folding: Sendable, Equatable, Codable {
        public var canonical: String
        /// Every spelling seen, with how often.
        public var spellings: [String: Int]

        public init(canonical: String, spellings: [String: Int]) {
            self.canonical = canonical
            self.spellings = spellings
        }
    }

    /// Pages that disagree on a field of one paper, and what was kept.
    public struct Conflict: Sendable, Equatable, Codable {
        public var paperTitle: String
        public var field: String
        /// The values seen, best-ranked source first.
        public var values: [String]
        public var chosen: String
        /// The rule that chose.
        public var rule: String

        public init(paperTitle: String, field: String, values: [String], chosen: String, rule: String) {
            self.paperTitle = paperTitle
            self.field = field
            self.values = values
            self.chosen = chosen
            self.rule = rule
        }
    }

    public var merges: [Merge]
    public var foldings: [Folding]
    public var conflicts: [Conflict]

    public init(merges: [Merge] = [], foldings: [Folding] = [], conflicts: [Conflict] = []) {
        self.merges = merges
        self.foldings = foldings
        self.conflicts = conflicts
    }
}
