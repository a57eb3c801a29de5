/// A calendar day as the profile pages give it (`Apr 29, 2022`, or `Mar 26` in the capture year).
public struct PaperDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `YYYY-MM-DD` names, if it is a real calendar day (1000–9999).
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              year >= 1000, (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// ISO 8601 form, `YYYY-MM-DD` (a year past 9999 in full).
    public var description: String {
        ShortASCIIText.make { text in
            text.append(year, width: 4)
            text.append(UInt8(ascii: "-"))
            text.append(month, width: 2)
            text.append(UInt8(ascii: "-"))
            text.append(day, width: 2)
        }
    }

    /// English month name, e.g. `April`.
    public var monthName: String { Self.monthNames[month - 1] }

    /// `29 April 2022`.
    public var longForm: String {
        ShortASCIIText.make { text in
            text.append(day, width: 1)
            text.append(UInt8(ascii: " "))
            text.append(Self.monthNames[month - 1])
            text.append(UInt8(ascii: " "))
            text.append(year, width: 1)
        }
    }

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    public static func < (lhs: PaperDate, rhs: PaperDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "expected YYYY-MM-DD, got \(text)"))
        }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
