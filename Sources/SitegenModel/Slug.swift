import Foundation

/// Turns names and titles into URL path segments: ASCII-folded, lower case, hyphens.
public enum Slug {
    /// Letters that do not decompose into an ASCII base letter plus a mark.
    private static let foldings: [Character: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
        "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ł": "l", "Ł": "l", "ı": "i", "ħ": "h", "Ħ": "h",
    ]

    /// `Gaël Varoquaux` → `gael-varoquaux`; at most `maxLength` characters, cut at a hyphen.
    /// Returns an empty string when nothing slug-worthy is left (the caller picks a fallback).
    public static func make(_ text: String, maxLength: Int = 80) -> String {
        var out = text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiSlug(text.utf8) : characterSlug(text)
        if out.count > maxLength {
            let cut = out.prefix(maxLength)
            if let lastHyphen = cut.lastIndex(of: "-") {
                out = String(cut[..<lastHyphen])
            } else {
                out = String(cut)
            }
        }
        return out
    }

    /// The slug of ASCII text, uncut, from its bytes: each byte is a character, folded as itself.
    private static func asciiSlug(_ utf8: String.UTF8View) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingHyphen = false
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(byte < UInt8(ascii: "a") && byte >= UInt8(ascii: "A") ? byte + 32 : byte)
            case UInt8(ascii: "'"):
                continue
            default:
                pendingHyphen = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The slug of any text, uncut, character by character.
    private static func characterSlug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for character in text {
            let folded: Substring
            if character.isASCII {
                folded = Substring(String(character))
            } else if let special = foldings[character] {
                folded = Substring(special)
            } else {
                // Canonical decomposition splits `ë` into `e` + combining mark; keep the ASCII part.
                folded = Substring(String(character).decomposedStringWithCanonicalMapping.unicodeScalars
                    .filter(\.isASCII).map(Character.init))
            }
            for scalar in folded.unicodeScalars {
                if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) {
                    if pendingHyphen && !out.isEmpty { out.append("-") }
                    pendingHyphen = false
                    out.unicodeScalars.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
                } else if scalar != "'" {
                    pendingHyphen = true
                }
            }
            if folded.isEmpty && character != "’" { pendingHyphen = true }
        }
        return out
    }

    /// Makes each slug unique: the first (in the given, deterministic order) keeps it, the others
    /// get `-2`, `-3`, … . Empty slugs become `fallback`.
    public static func unique(_ slugs: [String], fallback: String) -> [String] {
        var taken = Set<String>(minimumCapacity: slugs.count)
        var result: [String] = []
        result.reserveCapacity(slugs.count)
        for slug in slugs {
            let base = slug.isEmpty ? fallback : slug
            var candidate = base
            var n = 2
            // One look-up a slug free at once (most): the insertion tells whether it was taken.
            while !taken.insert(candidate).inserted {
                candidate = "\(base)-\(n)"
                n += 1
            }
            result.append(candidate)
        }
        return result
    }
}
