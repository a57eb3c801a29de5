import SitegenModel
import Testing

/// The venue rules (`VenueClassifier`) on every venue string of the seeds, the test fixtures and
/// the bench corpus generator, plus the usual shapes of real venue names and traps.
@Suite struct VenueClassifierTests {
    @Test(arguments: [
        // The seeds and the test fixtures (seeds-gold.json, realworld-gold.json, synthetic-manifest.json)
        ("arXiv.org Artificial Intelligence", VenueKind.preprint), ("arXiv.org Computation and Language", .preprint),
        ("arXiv.org Machine Learning", .preprint), ("arXiv.org Computer Vision", .preprint),
        ("Computer Vision and Pattern Recognition", .proceedings), ("European Conference on Computer Vision", .proceedings),
        ("International Conference on Learning Representations", .proceedings),
        ("Neural Information Processing Systems", .proceedings),
        ("Conference of the Association for Machine Translation in the Americas", .proceedings),
        ("Journal of Machine Learning Research", .journal),
        // The bench corpus generator's others
        ("International Conference on Machine Learning", .proceedings),
        // Common shapes
        ("ArXiv", .preprint), ("bioRxiv", .preprint), ("SSRN Electronic Journal", .preprint),
        ("Advances in Neural Information Processing Systems 35 (NeurIPS 2022)", .proceedings), ("NeurIPS 2023", .proceedings),
        ("ICLR 2024 Workshop on Reliable ML", .proceedings), ("Proc. ACL", .proceedings),
        ("Findings of the Association for Computational Linguistics: EMNLP 2023", .proceedings),
        ("Annual Meeting of the Association for Computational Linguistics", .proceedings),
        ("Proceedings of Machine Learning Research", .proceedings), ("AAAI", .proceedings),
        ("Transactions of the Association for Computational Linguistics", .journal),
        ("Transactions on Machine Learning Research", .journal), ("Nature", .journal), ("Science Robotics", .journal),
        ("IEEE Transactions on Pattern Analysis and Machine Intelligence", .journal),
        // Traps: journals named like proceedings, words inside other words
        ("Proceedings of the National Academy of Sciences", .journal), ("Proceedings of the IEEE", .journal),
        ("Conferences Quarterly Review", .journal), ("Machine Learning", .journal), ("IEEE Micro", .journal),
        ("Soda Chemistry Letters", .journal),
    ])
    func kind(_ venue: String, _ kind: VenueKind) {
        #expect(VenueClassifier.kind(of: venue) == kind, "\(venue)")
    }

    /// A paper file's `type:` wins over the rules; its `venue:` over the listings' venues.
    @Test func paperFileOverridesTheRules() {
        var paper = Paper(id: "x", title: "X", authors: [], authorsTruncated: false, hasPrintedByline: true, organizations: [], category: nil,
                          date: nil, hasCode: false, venues: ["arXiv.org Machine Learning"], sources: [], altTitles: [],
                          abstract: nil, knownAuthors: [])
        #expect(paper.venue == Venue(name: "arXiv.org Machine Learning", kind: .preprint))
        paper.links = PaperLinks(venue: "ICML 2024", source: "papers/x.md")
        #expect(paper.venue == Venue(name: "ICML 2024", kind: .proceedings))
        paper.links = PaperLinks(type: .journal, source: "papers/x.md")
        #expect(paper.venue == Venue(name: "arXiv.org Machine Learning", kind: .journal))
        paper.venues = []
        paper.links = nil
        #expect(paper.venue == nil)
    }
}
