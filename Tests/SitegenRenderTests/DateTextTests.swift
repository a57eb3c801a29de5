import SitegenModel
import Testing

/// Dates as pages, feeds and citations print them (`PaperDate.description`, `longForm`), written
/// byte by byte (`ShortASCIIText`): the same text as the plain interpolation, for every day of
/// eleven centuries and years of other widths.
@Suite struct DateTextTests {
    static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    @Test func everyDayReadsAsTheInterpolationDoes() {
        let years = Array(1000...2100) + [1, 42, 999, 10_000, 123_456, Int(Int32.max)]
        for year in years {
            for month in 1...12 {
                for day in 1...31 {
                    let date = PaperDate(year: year, month: month, day: day)
                    let iso = "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
                    let long = "\(day) \(PaperDate.monthNames[month - 1]) \(year)"
                    if date.description != iso || date.longForm != long {
                        Issue.record("\(year)-\(month)-\(day): \(date.description), \(date.longForm)")
                        return
                    }
                }
            }
        }
    }
}
