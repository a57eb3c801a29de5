import Foundation

/// A ContextObject in SPAN (COinS): the OpenURL key/value string Zotero's browser connector reads
/// from `<span class="Z3988" title="…">`. The template HTML-escapes it like any attribute.
enum COinS {
    static func title(_ citation: Citation) -> String {
        var pairs: [(String, String)] = [
            ("ctx_ver", "Z39.88-2004"),
            ("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"),
            ("rft.genre", "article"),
            ("rft.atitle", citation.title),
        ]
        if let venue = citation.venue { pairs.append(("rft.jtitle", venue)) }
        if let first = citation.authors.first {
            pairs.append(("rft.aulast", first.family))
            if !first.given.isEmpty { pairs.append(("rft.aufirst", first.given)) }
        }
        pairs += citation.authors.map { ("rft.au", $0.given.isEmpty ? $0.family : "\($0.given) \($0.family)") }
        if let date = citation.date { pairs.append(("rft.date", date.description)) }
        if let url = citation.url { pairs.append(("rft_id", url)) }
        return pairs.map { "\($0.0)=\(encode($0.1))" }.joined(separator: "&")
    }

    /// Percent-encoding of everything but RFC 3986's unreserved characters.
    private static let unreserved = CharacterSet(charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
