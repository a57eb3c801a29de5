import Foundation

/// Paths to the fixture files shipped with the tests.
enum Fixtures {
    static let root = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    /// A content folder holding the five seed pages and a `site.yml`.
    static let seedsContent = root.appendingPathComponent("seeds-content")
    /// The expected reading of the seeds.
    static let seedsGold = root.appendingPathComponent("seeds-gold.json")
}
