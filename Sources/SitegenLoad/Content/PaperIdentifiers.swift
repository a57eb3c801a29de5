/// The identifiers a paper file gives (`arxiv:`, `doi:`), checked and put in the one form every
/// citation format and link is made from, whatever way the researcher pasted them.
enum PaperIdentifiers {
    /// `2310.06825`, `2310.06825v2` or an old-style `hep-th/9901001`, taken from itself, `arXiv:…`
    /// or an arxiv.org `abs/` or `pdf/` link; nil when it is none of these.
    static func arXiv(_ text: String) -> String? {
        var id = withoutPrefix(text, ["https://arxiv.org/abs/", "http://arxiv.org/abs/", "https://arxiv.org/pdf/",
                                      "http://arxiv.org/pdf/", "arXiv:", "arxiv:"])
        if id.hasSuffix(".pdf") { id = id.dropLast(4) }
        let (body, version) = splitVersion(id)
        guard version.allSatisfy(\.isASCIIDigit) else { return nil }
        let parts = body.split(separator: "/", omittingEmptySubsequences: false)
        let valid: Bool
        switch parts.count {
        case 1:
            let halves = body.split(separator: ".", omittingEmptySubsequences: false)
            valid = halves.count == 2 && halves[0].count == 4 && (4...5).contains(halves[1].count)
                && halves.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
        case 2:
            valid = !parts[0].isEmpty && parts[0].allSatisfy { $0.isASCIILetter || $0 == "-" || $0 == "." }
                && parts[1].count == 7 && parts[1].allSatisfy(\.isASCIIDigit)
        default:
            valid = false
        }
        return valid ? String(id) : nil
    }

    /// `10.48550/arXiv.2310.06825`, taken from itself, `doi:…` or a doi.org link; nil unless it is
    /// `10.`, a registrant code of digits, `/` and a suffix without spaces.
    static func doi(_ text: String) -> String? {
        let doi = withoutPrefix(text, ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "DOI:"])
        guard doi.hasPrefix("10."), let slash = doi.firstIndex(of: "/") else { return nil }
        let registrant = doi[doi.index(doi.startIndex, offsetBy: 3)..<slash]
        let suffix = doi[doi.index(after: slash)...]
        guard !registrant.isEmpty, registrant.allSatisfy({ $0.isASCIIDigit || $0 == "." }), !suffix.isEmpty,
              !suffix.contains(where: \.isWhitespace) else { return nil }
        return String(doi)
    }

    /// `text` trimmed, without the first of `prefixes` it starts with.
    private static func withoutPrefix(_ text: String, _ prefixes: [String]) -> Substring {
        let trimmed = Substring(text.trimmingSpaces())
        return prefixes.first(where: trimmed.hasPrefix).map { trimmed.dropFirst($0.count) } ?? trimmed
    }

    /// `2310.06825v2` → (`2310.06825`, `2`); no version → (the id, ``).
    private static func splitVersion(_ id: Substring) -> (Substring, Substring) {
        guard let v = id.lastIndex(of: "v"), v > id.startIndex, id[id.index(before: v)].isASCIIDigit else { return (id, "") }
        let version = id[id.index(after: v)...]
        return version.isEmpty ? (id, "x") : (id[..<v], version)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}
