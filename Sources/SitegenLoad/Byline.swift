import Foundation

/// A byline as pages print it: `Name, Name, Name[ et al.][ · org, org]`.
struct Byline: Equatable {
    var names: [String]
    /// Ended in `et al.`: the list is cut.
    var truncated: Bool
    var organizations: [String]

    static let orgSeparator = " · "
    static let etAl = " et al."

    /// Splits a byline; it does not judge whether the names look like names.
    init(_ text: String) {
        var rest = Substring(text)
        if let dot = rest.range(of: Self.orgSeparator) {
            organizations = rest[dot.upperBound...].split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            rest = rest[..<dot.lowerBound]
        } else if rest.hasPrefix("· ") {
            organizations = rest.dropFirst(2).split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            rest = ""
        } else {
            organizations = []
        }
        let trimmed = rest.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(Self.etAl.dropFirst()) {
            truncated = true
            rest = Substring(trimmed.dropLast(Self.etAl.count - 1))
        } else {
            truncated = false
            rest = Substring(trimmed)
        }
        names = rest.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Whether every name looks like a person's or group's name: tells a byline from a sentence.
    var looksLikeNames: Bool {
        !names.isEmpty && names.allSatisfy { PersonName.plausibility($0) != nil }
    }
}
