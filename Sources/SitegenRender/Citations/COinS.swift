import SitegenModel

/// A ContextObject in SPAN (COinS): the OpenURL key/value string Zotero's browser connector reads
/// from `<span class="Z3988" title="…">`. The template HTML-escapes it like any attribute.
enum COinS {
    static func title(_ citation: Citation) -> String {
        var pairs: [(String, String)] = [
            ("ctx_ver", "Z39.88-2004"),
            ("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"),
            ("rft.genre", genre(citation.venue?.kind)),
            ("rft.atitle", citation.titleText),
        ]
        if let container = citation.containerTitle { pairs.append(("rft.jtitle", container)) }
        if let first = citation.authors.first {
            pairs.append(("rft.aulast", first.family))
            if !first.given.isEmpty { pairs.append(("rft.aufirst", first.given)) }
        }
        pairs += citation.authors.map { ("rft.au", $0.natural) }
        if let date = citation.date { pairs.append(("rft.date", date.description)) }
        if let doi = citation.doi { pairs.append(("rft_id", "info:doi/\(doi)")) }
        if let url = citation.url { pairs.append(("rft_id", url)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        for (offset, (key, value)) in pairs.enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: "&")) }
            bytes += key.utf8
            bytes.append(UInt8(ascii: "="))
            PercentEncoding.append(value, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The OpenURL journal format's genre for a venue kind.
    private static func genre(_ kind: VenueKind?) -> String {
        switch kind {
        case .preprint?, nil: "preprint"
        case .proceedings?: "proceeding"
        case .journal?: "article"
        }
    }
}
