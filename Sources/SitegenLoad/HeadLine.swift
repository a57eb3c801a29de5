import SitegenModel

/// The line that opens an entry in layouts A and C: `[score]CAT Mon D[, YYYY][Code]`,
/// e.g. `CVApr 29, 2022`, `CLOct 10, 2023Code`, `55.2AIMar 26`.
struct HeadLine: Equatable {
    var score: Double?
    var category: String
    var month: Int
    var day: Int
    /// Nil when the page left the year out (it is then the capture year).
    var year: Int?
    var hasCode: Bool

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The date, with `captureYear` standing in for a missing year; nil for an impossible day.
    func date(captureYear: Int) -> PaperDate? {
        let y = year ?? captureYear
        let monthLengths = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day >= 1, day <= monthLengths[month - 1] else { return nil }
        return PaperDate(year: y, month: month, day: day)
    }

    /// Parses a head line, or returns nil when `text` is not one.
    init?(_ text: String) {
        var rest = Substring(text)
        // Optional score: digits with an optional decimal part.
        let scoreText = rest.prefix(while: { $0.isASCII && ($0.isNumber || $0 == ".") })
        if !scoreText.isEmpty {
            guard let value = Double(scoreText) else { return nil }
            score = value
            rest = rest.dropFirst(scoreText.count)
        } else {
            score = nil
        }
        // Two-letter upper-case subject code.
        let code = rest.prefix(2)
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        category = String(code)
        rest = rest.dropFirst(2)
        // Month abbreviation.
        guard let monthIndex = Self.months.firstIndex(where: { rest.hasPrefix($0) }) else { return nil }
        month = monthIndex + 1
        rest = rest.dropFirst(3)
        guard rest.first == " " else { return nil }
        rest = rest.dropFirst()
        let dayText = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...2).contains(dayText.count), let dayValue = Int(dayText) else { return nil }
        day = dayValue
        rest = rest.dropFirst(dayText.count)
        if rest.hasPrefix(", ") {
            let yearText = rest.dropFirst(2).prefix(while: { $0.isASCII && $0.isNumber })
            guard yearText.count == 4, let yearValue = Int(yearText) else { return nil }
            year = yearValue
            rest = rest.dropFirst(2 + 4)
        } else {
            year = nil
        }
        if rest == "Code" {
            hasCode = true
        } else if rest.isEmpty {
            hasCode = false
        } else {
            return nil
        }
    }
}
