/// A byline as pages print it: `Name, Name, Name[ et al.][ · org, org]`.
struct Byline: Equatable {
    var names: [String]
    /// Ended in `et al.`: the list is cut.
    var truncated: Bool
    var organizations: [String]

    /// Splits a byline; it does not judge whether the names look like names. Simple text (most
    /// bylines, and the abstracts read while telling layouts apart) is split by scalars, any
    /// other by characters; the two give the same parts (`SimpleText`).
    init(_ text: String) {
        if SimpleText.isSimple(text) {
            self.init(parts: Substring(text).unicodeScalars, string: String.init)
        } else {
            self.init(parts: Substring(text), string: String.init)
        }
    }

    /// Splits `text`, seen as characters or as scalars; `string` turns a part into a `String`.
    private init<Text: BidirectionalCollection>(parts text: Text, string: (Text) -> String)
    where Text.SubSequence == Text, Text.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
        var rest = text
        // The organisations follow the last ` · ` (or a leading `· ` when no name is printed).
        if let dot = rest.lastIndex(of: "·"), dot == rest.startIndex || rest[rest.index(before: dot)] == " " {
            organizations = Self.commaSeparated(rest[rest.index(after: dot)...], string: string)
            rest = rest[..<dot]
        } else {
            organizations = []
        }
        let trimmed = Self.trimmed(rest)
        let etAl: [Text.Element] = ["e", "t", " ", "a", "l", "."] // ` et al.` once trimmed
        truncated = trimmed.reversed().starts(with: etAl.reversed())
        names = Self.commaSeparated(truncated ? trimmed.dropLast(etAl.count) : trimmed, string: string)
    }

    /// `a, b ,c,` → `["a", "b", "c"]`.
    private static func commaSeparated<Text: BidirectionalCollection>(_ text: Text, string: (Text) -> String) -> [String]
    where Text.SubSequence == Text, Text.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
        text.split(separator: ",").compactMap { part in
            let name = trimmed(part)
            return name.isEmpty ? nil : string(name)
        }
    }

    /// `text` without leading and trailing spaces (lines are already cleaned: all white space is " ").
    private static func trimmed<Text: BidirectionalCollection>(_ text: Text) -> Text
    where Text.SubSequence == Text, Text.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
        guard let first = text.firstIndex(where: { $0 != " " }), let last = text.lastIndex(where: { $0 != " " }) else {
            return text[text.startIndex..<text.startIndex]
        }
        return text[first...last]
    }

    /// Whether every name looks like a person's or group's name: tells a byline from a sentence.
    var looksLikeNames: Bool {
        !names.isEmpty && names.allSatisfy { PersonName.plausibility($0) != nil }
    }
}
