/// Where an `href` or `src` written on a page points, resolved against the page's path.
enum SiteLink: Equatable {
    /// Another scheme or host (`https:`, `mailto:`, `//cdn…`): not checked.
    case external
    /// A path inside the site (maybe with a trailing `/` for a folder) and an optional fragment.
    case local(path: String, fragment: String?)
    /// A relative path with more `..` than the page is deep.
    case outsideSite

    /// Resolves `reference` as written on the page at `page` (a site path such as `papers/x/index.html`).
    /// A reference starting with `/` is taken from the site root.
    init(_ reference: String, on page: String) {
        if Self.hasScheme(reference) || reference.hasPrefix("//") {
            self = .external
            return
        }
        var rest = Substring(reference)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...]).removingPercentEncoding
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
        let decoded = String(rest).removingPercentEncoding ?? String(rest)
        if decoded.isEmpty {
            self = .local(path: page, fragment: fragment)
            return
        }
        var segments = decoded.hasPrefix("/") ? [] : page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for part in parts where !part.isEmpty {
            switch part {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { self = .outsideSite; return }
                segments.removeLast()
            default: segments.append(part)
            }
        }
        let isFolder = parts.last == "" || parts.last == "." || parts.last == ".."
        let path = segments.joined(separator: "/")
        self = .local(path: isFolder && !path.isEmpty ? path + "/" : path, fragment: fragment)
    }

    /// `https:`, `mailto:`, `data:`, `javascript:`…: letters, digits, `+ - .` then `:`, before any `/`.
    private static func hasScheme(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":"), colon != reference.startIndex,
              reference.first!.isLetter else { return false }
        return reference[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
