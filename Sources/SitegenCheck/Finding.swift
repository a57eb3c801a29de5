/// One problem `sitegen check` found, printed as `page: problem`.
///
/// `page` is a path relative to the output folder (`papers/x/index.html`, `sitemap.xml`).
/// Findings sort by page, then by problem, so the report is the same on every run.
public struct Finding: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var page: String
    public var problem: String

    public init(_ page: String, _ problem: String) {
        self.page = page
        self.problem = problem
    }

    public var description: String { "\(page): \(problem)" }

    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.page, lhs.problem) < (rhs.page, rhs.problem)
    }
}
