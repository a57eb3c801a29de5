import Foundation

/// The identity of a title for merging: case, accents, hyphenation, punctuation and spacing ignored.
enum TitleKey {
    /// `Extra-gradient with Player Sampling` → `extragradientwithplayersampling`.
    static func make(_ title: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in TextFolding.fold(title).unicodeScalars where TextFolding.isWordScalar(scalar) {
            key.append(scalar)
        }
        return String(key)
    }

    /// The words of a title, folded, for similarity: `Online Sinkhorn: Optimal…` → `online`, `sinkhorn`, ….
    static func words(_ text: String) -> [String] {
        let folded = TextFolding.fold(text)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if TextFolding.isWordScalar(scalar) || scalar == "." && !current.isEmpty {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
    }
}
