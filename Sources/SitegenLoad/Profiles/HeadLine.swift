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

    /// Parses a head line, or returns nil when `text` is not one. The grammar is all ASCII,
    /// so it is read from the bytes, where they are.
    init?(_ text: String) {
        // Most lines are prose: they fail on the first two bytes, before anything is read further.
        var utf8 = text.utf8.makeIterator()
        guard let first = utf8.next(), Self.isScoreByte(first) || Self.isCapital(first),
              let second = utf8.next(), Self.isScoreByte(first) || Self.isCapital(second) else { return nil }
        var text = text
        guard let head = text.withUTF8(Self.init(bytes:)) else { return nil }
        self = head
    }

    /// `init?(_:)` of a line's UTF-8 bytes.
    private init?(bytes: UnsafeBufferPointer<UInt8>) {
        var index = bytes.prefix(while: Self.isScoreByte).count
        if index > 0 {
            guard let value = Double(String(decoding: bytes[..<index], as: UTF8.self)) else { return nil }
            score = value
        } else {
            score = nil
        }
        // Two-letter upper-case subject code.
        guard index + 2 <= bytes.count, bytes[index..<index + 2].allSatisfy(Self.isCapital) else { return nil }
        category = String(decoding: bytes[index..<index + 2], as: UTF8.self)
        index += 2
        // Month abbreviation, then a space.
        guard let monthIndex = Self.months.firstIndex(where: { bytes[index...].starts(with: $0.utf8) }) else { return nil }
        month = monthIndex + 1
        index += 3
        guard index < bytes.count, bytes[index] == UInt8(ascii: " ") else { return nil }
        index += 1
        let dayDigits = bytes[index...].prefix(while: Self.isDigit)
        guard (1...2).contains(dayDigits.count) else { return nil }
        day = Self.number(dayDigits)
        index += dayDigits.count
        if bytes[index...].starts(with: ", ".utf8) {
            let yearDigits = bytes[(index + 2)...].prefix(while: Self.isDigit)
            guard yearDigits.count == 4 else { return nil }
            year = Self.number(yearDigits)
            index += 2 + 4
        } else {
            year = nil
        }
        let rest = bytes[index...]
        if rest.elementsEqual("Code".utf8) {
            hasCode = true
        } else if rest.isEmpty {
            hasCode = false
        } else {
            return nil
        }
    }

    private static func isScoreByte(_ byte: UInt8) -> Bool { isDigit(byte) || byte == UInt8(ascii: ".") }
    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    private static func isCapital(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }

    /// The value of a few ASCII digits.
    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
