import Foundation

/// The address a site is published at (`--base-url`, `baseURL:` in `site.yml`): canonical
/// links, feeds and the sitemap are made by appending paths to it, so it must be an absolute
/// http(s) URL with a host and no query or fragment. Empty means none (relative links only).
public enum BaseURL {
    /// What is wrong with `text` as a base URL, in words that say what was expected; nil when
    /// it is fine.
    public static func problem(with text: String) -> String? {
        guard !text.isEmpty else { return nil }
        let expected = "expected an absolute http(s) URL such as https://example.org/lab/"
        guard !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) else {
            return "`\(text)` holds a space or a control character; \(expected)"
        }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(), text.contains("://") else {
            return "`\(text)` has no scheme (did you mean https://\(text.drop { $0 == "/" })?); \(expected)"
        }
        guard scheme == "http" || scheme == "https" else {
            return "`\(text)` is a \(scheme): address, not http(s); \(expected)"
        }
        guard let host = components.host, !host.isEmpty else {
            return "`\(text)` has no host; \(expected)"
        }
        guard components.query == nil, components.fragment == nil else {
            return "`\(text)` has a query or fragment (`?`, `#`), to which no page path can be added; \(expected)"
        }
        return nil
    }
}
