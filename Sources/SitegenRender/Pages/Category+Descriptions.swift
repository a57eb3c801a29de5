import SitegenModel

extension Category {
    /// One line on what each known category covers, after arXiv's own subject descriptions.
    static let descriptions: [String: String] = [
        "AI": "Knowledge representation, planning, reasoning and search, outside vision, language and learning.",
        "AR": "Computer hardware: processors, memory systems, accelerators and their design.",
        "CC": "Models of computation, complexity classes, lower bounds and hardness.",
        "CE": "Computing applied to engineering, finance and the natural sciences.",
        "CG": "Algorithms and data structures for geometric problems.",
        "CL": "Natural language processing: language models, translation, parsing, speech and text.",
        "CR": "Cryptography, security, privacy and attacks on systems and models.",
        "CV": "Image and video understanding, generation and recognition.",
        "CY": "Computing's effects on people and society: ethics, policy, law and education.",
        "DB": "Data management: query languages, storage, indexing and data integration.",
        "DC": "Distributed, parallel and cluster computing, from clouds to supercomputers.",
        "DL": "Digital libraries: scholarly data, archives, metadata and retrieval of publications.",
        "DM": "Combinatorics, graph theory and discrete probability for computer science.",
        "DS": "Design and analysis of algorithms and data structures.",
        "ET": "Computing with new technologies: quantum, optical, molecular and nano devices.",
        "FL": "Automata, formal languages, grammars and their theory.",
        "GR": "Computer graphics: rendering, modelling, animation and geometry processing.",
        "GT": "Game theory, mechanism design and economics meeting computation.",
        "HC": "How people use, design and are affected by interactive computing.",
        "IR": "Search, recommendation, indexing and ranking of information.",
        "IT": "Information theory: coding, compression and the limits of communication.",
        "IV": "Image and video processing: restoration, compression, imaging and analysis.",
        "LG": "Machine learning: learning algorithms, theory, deep learning and their applications.",
        "LO": "Logic in computer science: verification, type theory, semantics and proof.",
        "MA": "Systems of interacting agents: cooperation, negotiation and multi-agent learning.",
        "ML": "Machine learning from the statistics side: methods, theory and inference.",
        "MM": "Multimedia: audio, video and images together, their delivery and retrieval.",
        "NC": "Computational neuroscience: neurons, brain networks and models of cognition.",
        "NE": "Neural networks, evolutionary algorithms and nature-inspired computing.",
        "NI": "Computer networks, network protocols and the internet.",
        "OC": "Optimization and control: convex and non-convex optimization, optimal control.",
        "PF": "Performance measurement, modelling and evaluation of computer systems.",
        "PL": "Programming languages: design, semantics, compilers and program analysis.",
        "RO": "Robotics: perception, planning, control and learning for robots.",
        "SC": "Symbolic computation and computer algebra.",
        "SD": "Sound: audio signal processing, music and speech as sound.",
        "SE": "Software engineering: development, testing, maintenance and tools.",
        "SI": "Social and information networks: their structure, dynamics and analysis.",
        "SP": "Signal processing: theory and algorithms for signals of every kind.",
        "SY": "Systems and control engineering: modelling, estimation and feedback control.",
        "AS": "Audio and speech processing: recognition, synthesis and enhancement.",
        "ST": "Statistics theory: estimation, testing and asymptotics.",
        "ME": "Statistical methodology: new methods for design, estimation and inference.",
        "CO": "Statistical computation: algorithms, simulation and software for statistics.",
        "AP": "Statistics applied to the sciences, engineering and society.",
        "QM": "Quantitative methods in biology: data analysis and modelling of living systems.",
    ]

    /// The one-line description, or nil for a code arXiv does not list.
    var summary: String? { Self.descriptions[code] }

    /// The official name of `code` (the code itself when unknown).
    static func name(of code: String) -> String { Category(code: code, paperIDs: []).name }
}
