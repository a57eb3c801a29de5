import Foundation

/// Where an `href` or `src` written on a page points, resolved against the page's path.
///
/// Works on UTF-8 bytes: sites have tens of thousands of links, and Character-wise splitting
/// was most of the checker's time.
enum SiteLink: Equatable, Sendable {
    /// Another scheme or host (`https:`, `mailto:`, `//cdn…`): not checked.
    case external
    /// A path inside the site (maybe with a trailing `/` for a folder) and an optional fragment.
    case local(path: String, fragment: String?)
    /// A relative path with more `..` than the page is deep.
    case outsideSite

    private static let slash = UInt8(ascii: "/")

    /// Resolves `reference` as written on the page at `page` (a site path such as `papers/x/index.html`).
    /// A reference starting with `/` is taken from the site root.
    init(_ reference: String, on page: String) {
        if Self.hasScheme(reference) || reference.hasPrefix("//") {
            self = .external
            return
        }
        var rest = Substring(reference)
        var fragment: String?
        if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = Self.percentDecoded(rest[rest.utf8.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.utf8.firstIndex(of: UInt8(ascii: "?")) { rest = rest[..<question] }
        let decoded = Self.percentDecoded(rest)
        if decoded.isEmpty {
            self = .local(path: page, fragment: fragment)
            return
        }
        var segments: [Substring] = []
        if !decoded.hasPrefix("/") {
            segments = page.utf8.split(separator: Self.slash, omittingEmptySubsequences: false).dropLast().map { Substring($0) }
        }
        for part in decoded.utf8.split(separator: Self.slash) {
            let segment = Substring(part)
            if segment == "." { continue }
            if segment == ".." {
                guard !segments.isEmpty else { self = .outsideSite; return }
                segments.removeLast()
            } else {
                segments.append(segment)
            }
        }
        let isFolder = decoded.hasSuffix("/") || decoded.hasSuffix("/.") || decoded.hasSuffix("/..") || decoded == "." || decoded == ".."
        let path = segments.joined(separator: "/")
        self = .local(path: isFolder && !path.isEmpty ? path + "/" : path, fragment: fragment)
    }

    /// The text with `%XX` decoded; as written when it has no `%` or does not decode.
    private static func percentDecoded(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        return String(text).removingPercentEncoding ?? String(text)
    }

    /// `https:`, `mailto:`, `data:`, `javascript:`…: a letter, then letters, digits, `+ - .`, then `:`.
    private static func hasScheme(_ reference: String) -> Bool {
        let bytes = reference.utf8
        guard let first = bytes.first, first.isASCIILetter, let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return bytes[..<colon].allSatisfy {
            $0.isASCIILetter || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }
}
