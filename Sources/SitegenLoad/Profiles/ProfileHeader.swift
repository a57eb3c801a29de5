import Foundation
import SitegenModel

/// The header of a full profile (layout A):
/// owner, primary category, `h-index27`, `27papers`, `20,263citations`, `Novelty58%`,
/// `AI Score51`, `27 Papers`, each on its own line; any may be missing.
struct ProfileHeader {
    var owner: String?
    var stats: ProfileStats
    var claimedEntryCount: Int?
    /// Header lines that matched nothing known.
    var unknownLines: [SourceText.Line] = []

    init(lines: [SourceText.Line]) {
        stats = ProfileStats()
        for (index, line) in lines.enumerated() {
            let text = line.text
            if let n = Self.number(in: text, prefix: "h-index") {
                stats.hIndex = n
            } else if let n = Self.number(in: text, suffix: "citations") {
                stats.citations = n
            } else if let n = Self.number(in: text, suffix: " Papers") {
                claimedEntryCount = n
            } else if let n = Self.number(in: text, suffix: "papers") {
                stats.paperCount = n
            } else if let n = Self.number(in: text.hasSuffix("%") ? String(text.dropLast()) : "", prefix: "Novelty") {
                stats.novelty = n
            } else if let n = Self.number(in: text, prefix: "AI Score") {
                stats.aiScore = n
            } else if index == 0 {
                owner = text
            } else if stats.primaryCategory == nil, text.count == 2, text.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                stats.primaryCategory = text
            } else {
                unknownLines.append(line)
            }
        }
    }

    func diagnostics(file: String) -> [Diagnostic] {
        unknownLines.map {
            Diagnostic(.warning, file: file, line: $0.number,
                       "expected a header line (`h-index27`, `1,024papers`, `20,263citations`, `Novelty58%`, `AI Score51`); line ignored")
        }
    }

    /// The number in `text` after `prefix` or before `suffix`, thousands separators allowed.
    static func number(in text: String, prefix: String = "", suffix: String = "") -> Int? {
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), text.count > prefix.count + suffix.count else { return nil }
        let middle = text.dropFirst(prefix.count).dropLast(suffix.count)
        if middle.utf8.allSatisfy({ $0 < 0x80 }) { return asciiNumber(middle.utf8) }
        let digits = middle
            .trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: "\u{202F}", with: "")
        guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// `number` of ASCII text, read from its bytes: white space there is a space or a tab.
    private static func asciiNumber(_ text: Substring.UTF8View) -> Int? {
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return nil }
        var (value, digits) = (0, 0)
        for byte in text[first...last] where byte != UInt8(ascii: ",") {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), digits < 12 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}
