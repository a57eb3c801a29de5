/// The templates sitegen renders pages with, `<rawValue>.mustache`; the built-in theme has each.
enum PageTemplate: String, CaseIterable, Sendable {
    case home, paper, author, category, papers, authors, categories, search, page
    case notFound = "not-found"
}
