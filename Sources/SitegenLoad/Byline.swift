/// A byline as pages print it: `Name, Name, Name[ et al.][ · org, org]`.
struct Byline: Equatable {
    var names: [String]
    /// Ended in `et al.`: the list is cut.
    var truncated: Bool
    var organizations: [String]

    static let etAl = " et al."

    /// Splits a byline; it does not judge whether the names look like names.
    init(_ text: String) {
        var rest = Substring(text)
        // The organisations follow the last ` · ` (or a leading `· ` when no name is printed).
        if let dot = rest.lastIndex(of: "·"), dot == rest.startIndex || rest[rest.index(before: dot)] == " " {
            organizations = Self.commaSeparated(rest[rest.index(after: dot)...])
            rest = rest[..<dot]
        } else {
            organizations = []
        }
        let trimmed = Self.trimmed(rest)
        truncated = trimmed.hasSuffix(Self.etAl.dropFirst())
        names = Self.commaSeparated(truncated ? trimmed.dropLast(Self.etAl.count - 1) : trimmed)
    }

    /// `a, b ,c,` → `["a", "b", "c"]`.
    private static func commaSeparated(_ text: Substring) -> [String] {
        text.split(separator: ",").map { String(trimmed($0)) }.filter { !$0.isEmpty }
    }

    /// `text` without leading and trailing spaces (lines are already cleaned: all white space is " ").
    private static func trimmed(_ text: Substring) -> Substring {
        guard let first = text.firstIndex(where: { $0 != " " }), let last = text.lastIndex(where: { $0 != " " }) else { return "" }
        return text[first...last]
    }

    /// Whether every name looks like a person's or group's name: tells a byline from a sentence.
    var looksLikeNames: Bool {
        !names.isEmpty && names.allSatisfy { PersonName.plausibility($0) != nil }
    }
}
