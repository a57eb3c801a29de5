import Foundation

/// What a person's (or group author's) name looks like, and how spellings of one name compare.
enum PersonName {
    /// Lower-case words that sit inside names in many languages (`Diego de las Casas`).
    static let particles: Set<String> = [
        "de", "del", "della", "der", "des", "di", "da", "das", "do", "dos", "du", "la", "las", "le", "les",
        "lo", "van", "von", "den", "ten", "ter", "te", "zu", "zur", "y", "e", "i", "bin", "binti", "ibn",
        "al", "el", "af", "av", "op", "het", "vom", "dei", "degli",
    ]

    /// Words that mark a group author (`Gemini Team`, `BigScience Workshop`, `Mistral-AI`).
    static let groupWords: Set<String> = [
        "team", "workshop", "consortium", "collaboration", "project", "initiative", "group", "lab", "labs",
        "laboratory", "institute", "ai", "inc", "inc.", "ltd", "society", "committee", "association",
        "network", "alliance", "foundation", "research", "community", "contributors", "authors", "org",
    ]

    /// Prefixes after which a capital inside a surname is normal (`McDonald`, `LeCun`, `DeVries`, `O'Neil`).
    static let innerCapitalPrefixes = ["Mc", "Mac", "De", "Le", "La", "Di", "Da", "Van", "Von", "Du", "Fitz", "O'", "D'", "L'"]

    /// `Mensch, Arthur` → `Arthur Mensch`; `de la Torre, Fernando` → `Fernando de la Torre`.
    /// Other names come back unchanged.
    static func naturalOrder(_ name: String) -> String {
        let parts = name.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return name }
        return "\(parts[1]) \(parts[0])"
    }

    /// The identity of a spelling: accents folded, case, hyphens, spaces and punctuation ignored.
    /// `Carles Domingo-Enrich`, `Carles Domingo Enrich` and `carles domingo enrich` share one key.
    static func foldKey(_ name: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in TextFolding.fold(naturalOrder(name)).unicodeScalars where TextFolding.isWordScalar(scalar) {
            key.append(scalar)
        }
        return String(key)
    }

    /// How much `text` looks like one author's name: nil when it cannot be one, otherwise a
    /// plausibility score (higher is more name-like). Group authors count as names.
    static func plausibility(_ text: String) -> Int? {
        let tokens = text.split(separator: " ").map(String.init)
        guard !tokens.isEmpty, tokens.count <= 6, text.count <= 60 else { return nil }
        if tokens.contains(where: { groupWords.contains($0.lowercased()) }) || (tokens.count == 1 && tokens[0].split(separator: "-").contains(where: { groupWords.contains($0.lowercased()) })) {
            // A group author: capitalised words, inner capitals allowed (`BigScience Workshop`).
            guard tokens.allSatisfy({ isGroupWord($0) }) else { return nil }
            return 1
        }
        guard tokens.count >= 2 else { return nil }
        guard let first = tokens.first, isCapitalisedWord(first) || isInitials(first) else { return nil }
        var score = 3
        for token in tokens.dropFirst() {
            if particles.contains(token) {
                continue
            } else if isCapitalisedWord(token) {
                continue
            } else if isInitials(token) {
                score -= 0
            } else {
                return nil
            }
        }
        // The last word is a surname: not an initial, not a particle.
        guard let last = tokens.last, isCapitalisedWord(last) else { return nil }
        if tokens.count > 4 { score -= 1 }
        return score
    }

    /// `Q.`, `J.-P.`, `A.B.`: initials with periods.
    static func isInitials(_ token: String) -> Bool {
        guard token.hasSuffix(".") else { return false }
        let letters = token.filter { $0.isLetter }
        return !letters.isEmpty && letters.count <= 3 && letters.allSatisfy(\.isUppercase)
            && token.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
    }

    /// `Gaël`, `Jean-Baptiste`, `Seo-yeon`, `LeCun`, `O'Neil`, `Arandjelović`: a capital, then
    /// lower-case letters; hyphenated parts; inner capitals only after the usual surname prefixes.
    static func isCapitalisedWord(_ token: String) -> Bool {
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        return parts.enumerated().allSatisfy { index, part in
            // After a hyphen a lower-case part is a romanised given name (`Seo-yeon`, `Min-jun`).
            guard let first = part.first, first.isUppercase || (index > 0 && first.isLowercase),
                  part.count >= 2 || part.count == 1 && parts.count == 1 else {
                return false
            }
            var previousWasApostrophe = false
            for (offset, c) in part.enumerated() where offset > 0 {
                if c == "'" || c == "’" {
                    previousWasApostrophe = true
                    continue
                }
                guard c.isLetter else { return false }
                if c.isUppercase && !previousWasApostrophe {
                    let head = String(part.prefix(offset))
                    guard innerCapitalPrefixes.contains(head) else { return false }
                }
                previousWasApostrophe = false
            }
            return part.last.map { $0.isLetter } ?? false
        }
    }

    /// A word of a group author's name: starts with a capital or a digit, letters and digits,
    /// inner capitals and hyphens allowed.
    private static func isGroupWord(_ token: String) -> Bool {
        guard let first = token.first, first.isUppercase || first.isNumber else { return false }
        return token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "&" }
    }
}
