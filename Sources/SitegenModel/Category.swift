/// An arXiv subject category, identified by the two-letter code the pages show.
public struct Category: Sendable, Equatable, Identifiable {
    /// The code as shown (`CL`).
    public var code: String
    /// Ids of its papers, newest first.
    public var paperIDs: [String]

    public init(code: String, paperIDs: [String]) {
        self.code = code
        self.paperIDs = paperIDs
    }

    /// The slug: the code in lower case (`cl`); the page lives at `categories/<id>/`.
    public var id: String { code.lowercased() }

    /// The official arXiv identifier (`cs.CL`), when the code is known.
    public var arxivID: String? { Self.known[code]?.arxivID }

    /// The official arXiv name (`Computation and Language`), or the code itself when unknown.
    public var name: String { Self.known[code]?.name ?? code }

    /// Two-letter codes the profile pages use, with their arXiv identifiers and names.
    public static let known: [String: (arxivID: String, name: String)] = [
        "AI": ("cs.AI", "Artificial Intelligence"),
        "AR": ("cs.AR", "Hardware Architecture"),
        "CC": ("cs.CC", "Computational Complexity"),
        "CE": ("cs.CE", "Computational Engineering, Finance, and Science"),
        "CG": ("cs.CG", "Computational Geometry"),
        "CL": ("cs.CL", "Computation and Language"),
        "CR": ("cs.CR", "Cryptography and Security"),
        "CV": ("cs.CV", "Computer Vision and Pattern Recognition"),
        "CY": ("cs.CY", "Computers and Society"),
        "DB": ("cs.DB", "Databases"),
        "DC": ("cs.DC", "Distributed, Parallel, and Cluster Computing"),
        "DL": ("cs.DL", "Digital Libraries"),
        "DM": ("cs.DM", "Discrete Mathematics"),
        "DS": ("cs.DS", "Data Structures and Algorithms"),
        "ET": ("cs.ET", "Emerging Technologies"),
        "FL": ("cs.FL", "Formal Languages and Automata Theory"),
        "GR": ("cs.GR", "Graphics"),
        "GT": ("cs.GT", "Computer Science and Game Theory"),
        "HC": ("cs.HC", "Human-Computer Interaction"),
        "IR": ("cs.IR", "Information Retrieval"),
        "IT": ("cs.IT", "Information Theory"),
        "IV": ("eess.IV", "Image and Video Processing"),
        "LG": ("cs.LG", "Machine Learning"),
        "LO": ("cs.LO", "Logic in Computer Science"),
        "MA": ("cs.MA", "Multiagent Systems"),
        "ML": ("stat.ML", "Machine Learning (Statistics)"),
        "MM": ("cs.MM", "Multimedia"),
        "NC": ("q-bio.NC", "Neurons and Cognition"),
        "NE": ("cs.NE", "Neural and Evolutionary Computing"),
        "NI": ("cs.NI", "Networking and Internet Architecture"),
        "OC": ("math.OC", "Optimization and Control"),
        "PF": ("cs.PF", "Performance"),
        "PL": ("cs.PL", "Programming Languages"),
        "RO": ("cs.RO", "Robotics"),
        "SC": ("cs.SC", "Symbolic Computation"),
        "SD": ("cs.SD", "Sound"),
        "SE": ("cs.SE", "Software Engineering"),
        "SI": ("cs.SI", "Social and Information Networks"),
        "SP": ("eess.SP", "Signal Processing"),
        "SY": ("eess.SY", "Systems and Control"),
        "AS": ("eess.AS", "Audio and Speech Processing"),
        "ST": ("stat.ST", "Statistics Theory"),
        "ME": ("stat.ME", "Methodology"),
        "CO": ("stat.CO", "Computation"),
        "AP": ("stat.AP", "Applications"),
        "QM": ("q-bio.QM", "Quantitative Methods"),
    ]
}
